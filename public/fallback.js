// Shown instead of a blank page when the WebAssembly app never starts (old browser, blocked
// download, script error). The app removes #boot when it mounts; if #boot is still there long
// after the page loaded, the app did not start. Plain script: it must work when Wasm does not.
(function () {
  "use strict";
  function showFatal(detail) {
    var fatal = document.getElementById("fatal");
    if (!fatal) return;
    var boot = document.getElementById("boot");
    if (boot) boot.hidden = true;
    var pre = document.getElementById("fatal-detail");
    if (pre && !pre.textContent) pre.textContent = detail;
    fatal.hidden = false;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var reload = document.getElementById("fatal-reload");
    if (reload) reload.addEventListener("click", function () { location.reload(); });
    if (typeof WebAssembly !== "object") {
      showFatal("This browser does not support WebAssembly.");
    }
  });
  addEventListener("load", function () {
    setTimeout(function () {
      if (document.getElementById("boot")) {
        showFatal("The application did not start within 15 seconds of loading.");
      }
    }, 15000);
  });
})();
