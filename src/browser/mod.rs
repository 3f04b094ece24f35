//! The thin edge between the app and the browser: the one storage adapter, the router base
//! from `<base href>`, the clipboard, file downloads and the panic screen. Everything here
//! turns a browser failure into a value the caller can show; nothing panics on user data.

pub mod base;
pub mod clipboard;
pub mod download;
pub mod fatal;
pub mod storage;
