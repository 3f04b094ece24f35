//! The one storage adapter: the only code that touches `localStorage`. Every key starts with
//! `certscope.`. Storage can be missing (disabled, private mode, `SecurityError`) or full
//! (quota): then reads give nothing, writes report the failure, and the app keeps working in
//! memory. It never panics (gloo-storage's `raw()` would, on missing storage).

/// Why a write did not persist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No usable `localStorage` in this browser or mode.
    Unavailable,
    /// The browser refused the write (usually the quota).
    Refused,
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws when storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Natively (tests, the prerender step) there is no browser, and web-sys would panic rather
/// than answer: storage is then a fresh browser's that keeps nothing (reads find nothing, writes
/// are accepted and dropped), so a prerendered page is what a first-time visitor sees.
#[cfg(not(target_arch = "wasm32"))]
fn storage() -> Option<web_sys::Storage> {
    None
}

/// The stored text under `key`, if storage works and the key exists.
pub fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()
        .ok_or(StorageError::Unavailable)?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn write(_key: &str, _value: &str) -> Result<(), StorageError> {
    Ok(())
}

/// Whether writes can persist at all: a probe write, then removed (some private modes expose
/// `localStorage` but refuse every write).
pub fn probe() -> Result<(), StorageError> {
    const PROBE: &str = "certscope.probe";
    write(PROBE, "1")?;
    if let Some(s) = storage() {
        let _ = s.remove_item(PROBE);
    }
    Ok(())
}
