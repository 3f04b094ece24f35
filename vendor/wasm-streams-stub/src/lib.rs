//! See Cargo.toml for why this exists. Only what server_fn 0.8's browser client names is here.

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use wasm_bindgen::JsValue;

/// A browser `ReadableStream`, as server_fn sees it.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

const NO_SERVER: &str = "CertScope has no server: server functions are not available";

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> ReadableStream {
        ReadableStream { raw }
    }

    /// Streaming a request body only happens when calling a server function.
    pub fn from_stream<St>(_stream: St) -> ReadableStream
    where
        St: futures_core::Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        panic!("{NO_SERVER}")
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Yields one error: reading a server function's streamed response is not supported.
    pub fn into_stream(self) -> IntoStream<'static> {
        IntoStream {
            done: false,
            _lifetime: PhantomData,
        }
    }
}

pub struct IntoStream<'a> {
    done: bool,
    _lifetime: PhantomData<&'a ()>,
}

impl futures_core::Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        self.done = true;
        Poll::Ready(Some(Err(JsValue::from_str(NO_SERVER))))
    }
}
