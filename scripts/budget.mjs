// Size budget: what a first visit downloads from dist/, raw, gzip and brotli (Node's own zlib, so
// the figures are the same on every machine). Fails when the brotli total exceeds the budget.
// Usage: node scripts/budget.mjs [--readme]   (--readme rewrites the table in README.md, and the
// first/repeat visit transfer table from target/transfer.json, which e2e/offline.spec.mjs writes)
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const BUDGET_BROTLI = 120 * 1024;
const dist = "dist";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const kindOf = (path) => {
  if (path.endsWith(".wasm")) return "wasm";
  if (path.endsWith(".js")) return "js";
  if (path.endsWith(".css")) return "css";
  if (path.endsWith(".html")) return "html";
  return "other";
};

// 404.html is a copy of index.html that a first visit never downloads as well.
const shipped = files(dist).filter((p) => !p.endsWith("404.html"));
const rows = shipped.map((path) => {
  const body = readFileSync(path);
  return {
    file: relative(dist, path),
    kind: kindOf(path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => (n / 1024).toFixed(1);
const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
const groups = ["wasm", "js", "css", "html", "other"]
  .map((kind) => ({ kind, list: rows.filter((r) => r.kind === kind) }))
  .filter((g) => g.list.length);
const total = { raw: sum(rows, "raw"), gzip: sum(rows, "gzip"), brotli: sum(rows, "brotli") };

const lines = [
  "| part | files | raw KB | gzip KB | brotli KB |",
  "|---|---:|---:|---:|---:|",
  ...groups.map((g) => `| ${g.kind} | ${g.list.length} | ${kb(sum(g.list, "raw"))} | ${kb(sum(g.list, "gzip"))} | ${kb(sum(g.list, "brotli"))} |`),
  `| **first visit total** | ${rows.length} | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** |`,
  "",
  `Budget: ${kb(BUDGET_BROTLI)} KB brotli for everything a first visit downloads (all of dist/ but 404.html).`,
];
const table = lines.join("\n");
console.log(table);

// Replaces the text between <!-- NAME:start --> and <!-- NAME:end --> in README.md.
function writeReadmeSection(name, text) {
  const readme = readFileSync("README.md", "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const at = readme.indexOf(start);
  const until = readme.indexOf(end);
  if (at < 0 || until < at) {
    console.error(`budget: README.md has no ${name} markers`);
    process.exit(1);
  }
  writeFileSync("README.md", readme.slice(0, at + start.length) + "\n" + text + "\n" + readme.slice(until));
}

if (process.argv.includes("--readme")) {
  writeReadmeSection("size", table);
  const transferPath = "target/transfer.json";
  if (existsSync(transferPath)) {
    const { firstVisit, repeatVisit } = JSON.parse(readFileSync(transferPath, "utf8"));
    const row = (label, visit) => `| ${label} | ${visit.requests} | ${kb(visit.bytes)} | ${visit.answers.filter((a) => a.startsWith("304")).length} |`;
    writeReadmeSection(
      "transfer",
      [
        "| visit | requests reaching the server | body KB | of which 304 (not modified) |",
        "|---|---:|---:|---:|",
        row("first (installs the service worker)", firstVisit),
        row("repeat (service worker active)", repeatVisit),
        "",
        `Repeat visit, every request: ${repeatVisit.answers.map((a) => `\`${a}\``).join(", ")} (status, path, body bytes).`,
      ].join("\n"),
    );
  }
}

if (total.brotli > BUDGET_BROTLI) {
  console.error(`budget: FAILED, ${kb(total.brotli)} KB brotli is over the ${kb(BUDGET_BROTLI)} KB budget`);
  process.exit(1);
}
console.log(`budget: ok, ${kb(total.brotli)} KB of ${kb(BUDGET_BROTLI)} KB brotli`);
