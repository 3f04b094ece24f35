// Writes DIR/sw.js from the template public/sw.js: the precache list is every file of the build in
// DIR but sw.js itself, dotfiles such as .nojekyll, sitemap.xml, robots.txt and the prerendered
// pages other than the catalog (index.html): those come from the network and, offline, from
// shell.html (see public/sw.js), so a first visit does not download 150 pages it may never open.
// The cache version is a hash of those files' names and bytes. Nothing is typed by hand, so
// any change to any shipped file makes a new worker, a new cache and an update prompt.
// Used by scripts/post-build.mjs on Trunk's staging directory, by scripts/build once the pages are
// prerendered (`node scripts/sw-manifest.mjs DIR`), and by e2e/offline.spec.mjs to "deploy" a
// changed copy of dist/ exactly as a build would.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const TEMPLATE = new URL("../public/sw.js", import.meta.url);
const VERSION_LINE = /^const VERSION = "development";$/m;
const FILES_LINE = /^const FILES = \[\];$/m;

const NOT_PRECACHED = /^(sw\.js|sitemap\.xml|robots\.txt|(?!index\.html$|shell\.html$).*\.html)$/;

// Paths relative to dir with "/" separators, sorted, so the version does not depend on the disk.
export function precacheList(dir, prefix = "") {
  return readdirSync(join(dir, prefix))
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => {
      const path = prefix + name;
      if (statSync(join(dir, path)).isDirectory()) return precacheList(dir, path + "/");
      return NOT_PRECACHED.test(path) ? [] : [path];
    })
    .sort();
}

export function buildVersion(dir, files) {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

// release = false (trunk serve, debug builds) writes the template as it is: a worker that
// precaches nothing and leaves every request to the network, so live reload keeps working and a
// release worker left from an earlier visit to the same address is replaced.
export async function writeServiceWorker(dir, { release = true } = {}) {
  let source = readFileSync(TEMPLATE, "utf8");
  if (!VERSION_LINE.test(source) || !FILES_LINE.test(source)) {
    throw new Error("sw-manifest: public/sw.js lost its VERSION or FILES line");
  }
  const files = release ? precacheList(dir) : [];
  const version = release ? buildVersion(dir, files) : "development";
  if (release) {
    source = source
      .replace(VERSION_LINE, `const VERSION = ${JSON.stringify(version)};`)
      .replace(FILES_LINE, `const FILES = ${JSON.stringify(files)};`);
  }
  const { code } = await minify(source, { toplevel: true, compress: { passes: 2 } });
  writeFileSync(join(dir, "sw.js"), code);
  return { version, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/sw-manifest.mjs DIR");
    process.exit(2);
  }
  const { version, files } = await writeServiceWorker(dir);
  console.log(`sw-manifest: sw.js precaches ${files.length} files, version ${version}`);
}
