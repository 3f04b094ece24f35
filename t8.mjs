import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
const srv = spawn("node", ["scripts/pages-server.mjs", process.argv[2] || "dist", "/certscope/", "4196"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu-vsync", "--disable-frame-rate-limit"] });
const page = await browser.newPage();
await page.goto("http://127.0.0.1:4196/certscope/");
await page.getByRole("searchbox", { name: "Search" }).waitFor();
const box = page.getByRole("searchbox", { name: "Search" });
await box.click();
await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "blink", "v8"] });
for (const ch of "machine learning") { await page.keyboard.type(ch); await page.waitForTimeout(60); }
await browser.stopTracing();
const ev = JSON.parse(readFileSync("/tmp/trace.json")).traceEvents;
const sum = new Map();
for (const e of ev) if (e.ph === "X" && e.dur) sum.set(e.name, (sum.get(e.name) || 0) + e.dur);
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => (v / 1000).toFixed(1) + " ms " + k).join("\n"));
await browser.close(); srv.kill();
