// A static server that answers like GitHub Pages, for the browser tests:
// files of DIR are served under PREFIX (e.g. /certscope/); a directory serves its index.html;
// `/certscope` redirects to `/certscope/`; any unknown path gets DIR/404.html with status 404.
// Usage: node scripts/pages-server.mjs DIR PREFIX PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const [dirArg = "dist", prefixArg = "/", portArg = "4173"] = process.argv.slice(2);
const root = resolve(dirArg);
const prefix = prefixArg.endsWith("/") ? prefixArg : prefixArg + "/";
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

async function send(res, status, file, head) {
  const body = await readFile(file);
  res.writeHead(status, {
    "Content-Type": types[extname(file)] || "application/octet-stream",
    "Content-Length": body.length,
    "Cache-Control": "no-cache",
  });
  res.end(head ? undefined : body);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path + "/" === prefix) {
      res.writeHead(301, { Location: prefix + url.search });
      return res.end();
    }
    const head = req.method === "HEAD";
    const file = path.startsWith(prefix) ? await fileFor(path.slice(prefix.length)) : null;
    if (file) return await send(res, 200, file, head);
    return await send(res, 404, join(root, "404.html"), head);
  } catch (error) {
    res.writeHead(400, { "Content-Type": "text/plain" });
    res.end("bad request");
  }
}).listen(Number(portArg), "127.0.0.1", () => {
  console.log(`pages-server: ${root} at http://127.0.0.1:${portArg}${prefix}`);
});
