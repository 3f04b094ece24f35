// Trunk post-build hook (see Trunk.toml). Runs in the staging directory before dist/ is written.
// 1. Puts the sha256 of every inline <script> Trunk emitted into the CSP meta, so the policy can
//    stay strict ('self' + hashes, never 'unsafe-inline'). The hash depends on the build and the
//    public URL, so it is computed here, never typed.
// 2. Minifies every JavaScript file (Trunk minifies HTML and CSS but leaves wasm-bindgen's
//    glue as is: terser measured 6.1 → 4.5 KB brotli) and updates its integrity hash.
// 3. Gives the Wasm's preload link a low fetch priority (below), and writes 404.html as a copy of
//    index.html for `trunk serve`; scripts/build then replaces it with the prerendered not-found
//    page, and writes a page for every address.
// 4. Writes the web manifest without whitespace, and .nojekyll (Pages serves files as they are).
// 5. Last, once every other file is final: writes sw.js with the precache list and cache version
//    computed from those files (scripts/sw-manifest.mjs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { writeServiceWorker } from "./sw-manifest.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

const placeholder = "__TRUNK_SCRIPT_HASH__";
if (!html.includes(placeholder)) {
  console.error("post-build: CSP placeholder missing from index.html");
  process.exit(1);
}
for (const name of readdirSync(staging).filter((n) => n.endsWith(".js"))) {
  const path = join(staging, name);
  const before = readFileSync(path);
  const { code } = await minify(before.toString("utf8"), { module: true });
  writeFileSync(path, code);
  const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  html = html.replaceAll(sri(before), sri(code));
}

const hashes = [];
for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const digest = createHash("sha256").update(match[1], "utf8").digest("base64");
  hashes.push(`'sha256-${digest}'`);
}
html = html.replace(placeholder, hashes.join(" "));
// The Wasm's preload must not compete with the page itself: the prerendered HTML and the
// stylesheet paint the page, the Wasm only takes it over later. Low priority lets the browser
// (and Lighthouse's model of it) fetch it after what the first paint needs.
html = html.replace(/<link\b(?=[^>]*\brel="?preload\b)(?=[^>]*\.wasm\b)/, "<link fetchpriority=low");
writeFileSync(indexPath, html);
writeFileSync(join(staging, "404.html"), html);
console.log(`post-build: ${hashes.length} inline script hash(es) written to the CSP; 404.html created`);

const manifestPath = join(staging, "manifest.webmanifest");
writeFileSync(manifestPath, JSON.stringify(JSON.parse(readFileSync(manifestPath, "utf8"))));
writeFileSync(join(staging, ".nojekyll"), "");

const release = process.env.TRUNK_PROFILE === "release";
const { version, files } = await writeServiceWorker(staging, { release });
console.log(release ? `post-build: sw.js precaches ${files.length} files, version ${version}` : "post-build: sw.js precaches nothing (debug build)");
