// CertScope's service worker: after one visit the app works offline, and a new build only takes
// over when the person chooses to reload (public/offline.js shows the prompt).
// This file is a template. scripts/sw-manifest.mjs (run by the post-build hook) writes dist/sw.js
// from it, replacing VERSION with a hash of every file of the build and FILES with their names, so
// a new build is always a new worker with a new cache, and old JS never meets new Wasm.
// Plain script, no framework; it never touches localStorage (the saved lists live there).
const VERSION = "development";
const FILES = [];

// Caches are shared by every site of an origin (all project sites of one github.io account), so
// the names carry the scope and only this app's old caches are ever deleted.
const PREFIX = registration.scope + " ";
const CACHE = PREFIX + VERSION;
// The build's index.html before prerendering: "Loading…", then the app draws whatever page the
// address names. Offline, it answers every address that has no precached page of its own.
const SHELL = new URL("shell.html", registration.scope).href;
const PRECACHED = new Set(FILES.map((file) => new URL(file, registration.scope).href));

addEventListener("install", (event) => {
  // "no-cache": revalidate with the server, so a stale HTTP-cached index.html can never be
  // stored beside the new build's scripts.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "no-cache" })))),
  );
});

addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      // The first worker takes the page it was installed from, so it works offline at once.
      .then(() => clients.claim()),
  );
});

// The page's "Reload" button (public/offline.js) asks the waiting worker to take over.
addEventListener("message", (event) => {
  if (event.data === "skipWaiting") skipWaiting();
});

// The precached page for a navigation to `url`, if any.
function pageFor(url) {
  const path = new URL(url);
  path.search = "";
  path.hash = "";
  const file = path.href.endsWith("/") ? path.href + "index.html" : path.href;
  return PRECACHED.has(file) ? file : null;
}

// Development builds precache nothing and leave every request to the network.
if (FILES.length) {
  addEventListener("fetch", (event) => {
    const request = event.request;
    const navigation = request.mode === "navigate";
    if (request.method !== "GET" || !(navigation || PRECACHED.has(request.url))) return;
    // The catalog's page answers its own address from the cache. Every other page (the ~150
    // prerendered ones are not precached: a first visit would download pages one may never
    // open) comes from the network, and offline from the shell, on which the app draws the
    // page the address names. Deep links and routes added later work offline too.
    const key = navigation ? pageFor(request.url) : request.url;
    event.respondWith(
      key
        ? caches
            .open(CACHE)
            .then((cache) => cache.match(key))
            .then((response) => response || fetch(request))
        : fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(SHELL))),
    );
  });
}
