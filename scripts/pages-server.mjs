// A static server that answers like GitHub Pages, for the browser tests:
// files of DIR are served under PREFIX (e.g. /certscope/); `/x` is answered by x.html when
// there is one (as Pages does: the prerendered pages rely on it), `/x/` by x/index.html, and a
// directory asked for without its slash is redirected to it (`/certscope` → `/certscope/`);
// any unknown path gets DIR/404.html with status 404.
// Like Pages it sends an ETag and answers a matching If-None-Match with 304 and no body, so the
// service worker's update checks and revalidations cost what they cost there.
// Usage: node scripts/pages-server.mjs DIR PREFIX PORT
// Or, from a test: pagesServer(dir, prefix, onResponse).listen(port), where onResponse(path,
// status, bodyBytes) sees every answer (used to count what a visit downloads).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// For the audits of scripts/lighthouse.mjs: `gzip: true` compresses text and Wasm when the
// browser accepts it, as Pages does (the transfer counts of the browser tests want raw bytes);
export function pagesServer(dir, prefixArg = "/", onResponse = () => {}, { gzip = false } = {}) {
  const root = resolve(dir);
  const prefix = prefixArg.endsWith("/") ? prefixArg : prefixArg + "/";

  async function isFile(full) {
    try {
      return (await stat(full)).isFile();
    } catch {
      return false;
    }
  }

  // A file to send, a redirect for a directory asked for without its slash, or nothing.
  async function fileFor(path) {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) return null;
    if (path.endsWith("/") || path === "") {
      const index = join(full, "index.html");
      return (await isFile(index)) ? { file: index } : null;
    }
    if (await isFile(full)) return { file: full };
    if (await isFile(full + ".html")) return { file: full + ".html" };
    if (await isFile(join(full, "index.html"))) return { redirect: true };
    return null;
  }

  async function send(req, res, status, file) {
    const body = await readFile(file);
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers = { "Content-Type": types[extname(file)] || "application/octet-stream", "Cache-Control": "no-cache", ETag: etag };
    if (status === 200 && req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return onResponse(req.url, 304, 0);
    }
    const compress = gzip && /gzip/.test(req.headers["accept-encoding"] || "") && !/image\/png/.test(headers["Content-Type"]);
    const sent = compress ? gzipSync(body) : body;
    res.writeHead(status, { ...headers, "Content-Length": sent.length, ...(compress ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}) });
    const head = req.method === "HEAD";
    res.end(head ? undefined : sent);
    onResponse(req.url, status, head ? 0 : sent.length);
  }

  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      const path = decodeURIComponent(url.pathname);
      const found = path.startsWith(prefix) ? await fileFor(path.slice(prefix.length)) : null;
      if (path + "/" === prefix || found?.redirect) {
        res.writeHead(301, { Location: path + "/" + url.search });
        res.end();
        return onResponse(req.url, 301, 0);
      }
      if (found) return await send(req, res, 200, found.file);
      return await send(req, res, 404, join(root, "404.html"));
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain" });
      res.end("bad request");
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = "dist", prefix = "/", port = "4173"] = process.argv.slice(2);
  pagesServer(dir, prefix).listen(Number(port), "127.0.0.1", () => {
    console.log(`pages-server: ${resolve(dir)} at http://127.0.0.1:${port}${prefix}`);
  });
}
