import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const srv = spawn("node", ["scripts/pages-server.mjs", process.argv[2] || "dist", "/certscope/", "4197"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto("http://127.0.0.1:4197/certscope/");
await page.getByRole("searchbox", { name: "Search" }).waitFor();
await page.evaluate(() => { window.__loaf = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) __loaf.push({ d: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, sl: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts: e.scripts.reduce((a, s) => a + s.duration, 0) }); }).observe({ type: "long-animation-frame", buffered: false }); });
const box = page.getByRole("searchbox", { name: "Search" });
await box.click();
for (const ch of "machine learning") { await page.keyboard.type(ch); await page.waitForTimeout(60); }
await page.waitForTimeout(300);
console.log(JSON.stringify(await page.evaluate(() => __loaf.map(e => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, Math.round(v)]))))));
console.log(await page.evaluate(() => document.querySelectorAll("*").length));
await browser.close(); srv.kill();
