//! The thin edge between the app and the browser: the one storage adapter, the router base
//! from `<base href>`, the clipboard, file downloads and the panic screen. Everything here
//! turns a browser failure into a value the caller can show; nothing panics on user data.

pub mod base;
pub mod clipboard;
pub mod download;
pub mod fatal;
pub mod storage;

/// Today in the person's time zone; `None` natively (the prerender step and native tests have no
/// person, and a page drawn at build time must not say what is true only on the build day).
pub fn today() -> Option<crate::catalog::Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let year = u16::try_from(now.get_full_year()).ok()?;
        Some(crate::catalog::Date {
            year,
            month: u8::try_from(now.get_month() + 1).ok()?,
            day: u8::try_from(now.get_date()).ok()?,
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}
