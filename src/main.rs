fn main() {
    certscope::start();
}
