// A static server that answers like GitHub Pages, for the browser tests:
// files of DIR are served under PREFIX (e.g. /certscope/); a directory serves its index.html;
// `/certscope` redirects to `/certscope/`; any unknown path gets DIR/404.html with status 404.
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

export function pagesServer(dir, prefixArg = "/", onResponse = () => {}) {
  const root = resolve(dir);
  const prefix = prefixArg.endsWith("/") ? prefixArg : prefixArg + "/";

  async function fileFor(path) {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) return null;
    try {
      const info = await stat(full);
      if (info.isFile()) return full;
      if (info.isDirectory()) {
        const index = join(full, "index.html");
        if ((await stat(index)).isFile()) return index;
      }
    } catch {
      return null;
    }
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
    res.writeHead(status, { ...headers, "Content-Length": body.length });
    const head = req.method === "HEAD";
    res.end(head ? undefined : body);
    onResponse(req.url, status, head ? 0 : body.length);
  }

  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      const path = decodeURIComponent(url.pathname);
      if (path + "/" === prefix) {
        res.writeHead(301, { Location: prefix + url.search });
        res.end();
        return onResponse(req.url, 301, 0);
      }
      const file = path.startsWith(prefix) ? await fileFor(path.slice(prefix.length)) : null;
      if (file) return await send(req, res, 200, file);
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
