// Applies the remembered light/dark choice (certscope.theme, see src/state/theme.rs) before the
// first paint, so a prerendered page never flashes the other theme while the Wasm loads. Plain
// script, loaded blocking in <head>; storage may be blocked, and then the system's choice stays.
try {
  var theme = localStorage.getItem("certscope.theme");
  if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
} catch (e) {}
