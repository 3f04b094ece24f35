//! Writes every address of CertScope as a real HTML page into a Trunk build (scripts/build runs
//! it after `trunk build`): the body is the app's own components rendered to a string (Leptos
//! SSR, feature `prerender`), the head is the build's `index.html` with the page's title,
//! description, canonical URL, card tags and JSON-LD (`certscope::site`). Also writes
//! `shell.html` (the build's index.html as it was: the service worker's offline fallback),
//! `sitemap.xml` and `robots.txt`.
//!
//! Usage: prerender --dist DIR --public-url /certscope/ [--origin https://me.github.io]
//! The origin defaults to $CERTSCOPE_ORIGIN, then to https://$GITHUB_REPOSITORY_OWNER.github.io
//! (set in GitHub Actions), then to http://127.0.0.1:8080 (scripts/serve).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use certscope::catalog::Catalog;
use certscope::site::{self, Page};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;

struct Args {
    dist: PathBuf,
    base: &'static str,
    origin: String,
}

fn args() -> Result<Args, String> {
    let mut dist = PathBuf::from("dist");
    let mut public_url = String::from("/");
    let mut origin = std::env::var("CERTSCOPE_ORIGIN").ok().or_else(|| {
        std::env::var("GITHUB_REPOSITORY_OWNER")
            .ok()
            .map(|owner| format!("https://{}.github.io", owner.to_lowercase()))
    });
    let mut rest = std::env::args().skip(1);
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => dist = value.into(),
            "--public-url" => public_url = value,
            "--origin" => origin = Some(value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let base = certscope::browser::base::router_base(&format!("http://host{public_url}"));
    Ok(Args {
        dist,
        base: Box::leak(base.into_boxed_str()),
        origin: origin.unwrap_or_else(|| "http://127.0.0.1:8080".into()),
    })
}

/// Effects (focus, scrolling, writing the theme attribute) belong to the browser: a prerendered
/// page is drawn once and never updated, so their futures are dropped unrun.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The page's body and title, rendered by the app's components.
fn render(base: &'static str, page: &Page) -> (String, String) {
    let owner = Owner::new();
    owner.with(|| {
        let (meta, output) = ServerMetaContext::new();
        provide_context(meta);
        let path = certscope::route::join(base, &page.path);
        let body = certscope::app::prerender(base, &path).to_html();
        // leptos_meta hands the title over through the head of a stream.
        let head = futures::executor::block_on(async {
            use futures::StreamExt;
            let chunk = futures::stream::iter([String::from("<head></head>")]);
            output
                .inject_meta_context(chunk)
                .await
                .collect::<String>()
                .await
        });
        let title = between(&head, "<title>", "</title>")
            .unwrap_or("CertScope")
            .to_owned();
        (body, title)
    })
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = from + text[from..].find(end)?;
    Some(&text[from..to])
}

/// The text without its first element whose opening tag holds `marker`, cut from that tag's `<`
/// to the end of the first `close` after the marker.
fn cut(html: &str, marker: &str, close: &str) -> Result<String, String> {
    let at = html
        .find(marker)
        .ok_or_else(|| format!("the build's index.html has no {marker}"))?;
    let start = html[..at]
        .rfind('<')
        .ok_or_else(|| format!("no tag around {marker}"))?;
    let end = at
        + html[at..]
            .find(close)
            .ok_or_else(|| format!("no {close} after {marker}"))?
        + close.len();
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

/// The build's index.html with its own title, description and "Loading…" box taken out.
fn template(index: &str) -> Result<String, String> {
    let html = cut(index, "<title>", "</title>")?;
    let html =
        cut(&html, "name=description", ">").or_else(|_| cut(&html, "name=\"description\"", ">"))?;
    // The boot box holds only a paragraph and a <noscript>: its first </div> is its own. An
    // empty, hidden #boot stays so public/fallback.js can still tell when the Wasm never ran.
    let html = cut(&html, "id=boot", "</div>").or_else(|_| cut(&html, "id=\"boot\"", "</div>"))?;
    let head_end = html
        .find("</head>")
        .ok_or("the build's index.html has no </head>")?;
    let body_start = html[head_end..]
        .find("<body>")
        .map(|i| head_end + i + "<body>".len())
        .ok_or("the build's index.html has no <body>")?;
    Ok(format!(
        "{}<!--HEAD--></head><body><div id=boot hidden></div>{}",
        &html[..head_end],
        &html[body_start..]
    ))
}

fn page_html(template: &str, head: &str, body: &str) -> String {
    let html = template.replacen("<!--HEAD-->", head, 1);
    let app = format!("<div class=app>{body}</div>");
    match html.rfind("</body>") {
        Some(at) => format!("{}{app}{}", &html[..at], &html[at..]),
        None => format!("{html}{app}"),
    }
}

fn write(dist: &Path, file: &str, contents: &str) -> Result<usize, String> {
    let path = dist.join(file);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(contents.len())
}

fn run() -> Result<(), String> {
    let args = args()?;
    any_spawner::Executor::init_custom_executor(NoEffects).map_err(|e| e.to_string())?;
    let index_path = args.dist.join("index.html");
    let index = fs::read_to_string(&index_path)
        .map_err(|e| format!("{}: {e} (run trunk build first)", index_path.display()))?;
    // Trunk's index.html becomes shell.html; run again on the same build, the step finds its
    // own catalog page there and starts from the shell it kept.
    let index = if index.contains("<div class=app>") {
        let shell = args.dist.join("shell.html");
        fs::read_to_string(&shell).map_err(|e| format!("{}: {e}", shell.display()))?
    } else {
        write(&args.dist, "shell.html", &index)?;
        index
    };
    let template = template(&index)?;
    let catalog = Catalog::embedded().map_err(|e| e.to_string())?;
    let pages = site::pages(&catalog);
    let mut bytes = 0;
    let mut files = 0;
    for page in &pages {
        let (body, title) = render(args.base, page);
        let head = format!(
            "<title>{}</title>{}",
            site::attr(&title),
            site::head_tags(page, &title, &args.origin, args.base)
        );
        let html = page_html(&template, &head, &body);
        for file in &page.files {
            bytes += write(&args.dist, file, &html)?;
            files += 1;
        }
    }
    write(
        &args.dist,
        "sitemap.xml",
        &site::sitemap(&pages, &args.origin, args.base),
    )?;
    write(
        &args.dist,
        "robots.txt",
        &site::robots(&args.origin, args.base),
    )?;
    println!(
        "prerender: {} pages in {files} files ({} KB), sitemap.xml and robots.txt for {}{}/",
        pages.len(),
        bytes / 1024,
        args.origin,
        args.base
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
