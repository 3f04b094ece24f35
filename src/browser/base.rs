//! Where the app is hosted: `/` locally, `/certscope/` on GitHub Pages. Trunk writes the public
//! URL into `<base href>`; the router needs the same prefix without the trailing slash.

/// The router base for a document base URI: `http://h/certscope/` → `/certscope`, `http://h/` → ``.
pub fn router_base(base_uri: &str) -> String {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_owned()
}

/// The base of the running document; empty (root) when the browser cannot tell.
pub fn current_router_base() -> String {
    leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .map(|uri| router_base(&uri))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::router_base;

    #[test]
    fn base_is_the_path_without_trailing_slash() {
        assert_eq!(
            router_base("http://127.0.0.1:8080/certscope/"),
            "/certscope"
        );
        assert_eq!(
            router_base("https://user.github.io/certscope/"),
            "/certscope"
        );
        assert_eq!(router_base("http://localhost:8080/"), "");
        assert_eq!(router_base("http://localhost:8080"), "");
        assert_eq!(router_base("http://h/a/b/?x=1#y"), "/a/b");
    }

    #[test]
    fn links_join_base_and_path() {
        use crate::route::join;
        assert_eq!(join("/certscope", "cert/x"), "/certscope/cert/x");
        assert_eq!(join("/certscope", ""), "/certscope/");
        assert_eq!(join("", "?status=retired"), "/?status=retired");
        assert_eq!(join("", "/cert/x"), "/cert/x");
    }
}
