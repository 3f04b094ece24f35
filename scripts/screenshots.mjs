// Renders each page at phone and desktop width, light and dark, into docs/screenshots/.
// Usage: node scripts/screenshots.mjs   (serves dist/ under /certscope/ itself)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { writeLists } from "./sample-lists.mjs";

const port = 4199;
const server = spawn("node", ["scripts/pages-server.mjs", "dist", "/certscope/", String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
// name → path, or [path, prepare(page)] for a page that needs saved data first. The lists page
// comes last: its saved list would also add "Save to a list" to the catalog and detail pages.
const pages = {
  catalog: "",
  detail: "cert/aws-mls-c01",
  "detail-unknowns": "cert/udacity-ai-engineer-nd",
  "not-found": "cert/nope",
  compare: "compare?ids=aws-mls-c01,aws-aif-c01,gcp-pmle",
  "catalog-filtered": "?q=machine&level=associate,professional&max_cost=300",
  advisor: "advisor",
  "advisor-outcome": "advisor?experience=no&career=yes&focus=genai",
  "catalog-table": "?view=table&sort=cost",
  score: "score?budget=200&focus=genai",
  "score-comparing": "score?focus_match=0&level_fit=0&renewal=0&pairwise=3,5,9,,,,1,3,,,,3",
  lists: ["lists", writeLists],
};
mkdirSync("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const scheme of ["light", "dark"]) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, entry] of Object.entries(pages)) {
        const [path, prepare] = Array.isArray(entry) ? entry : [entry];
        await page.goto(`http://127.0.0.1:${port}/certscope/${path}`);
        if (prepare) {
          await prepare(page);
          await page.reload();
        }
        await page.getByRole("heading", { level: 1 }).waitFor();
        const file = `docs/screenshots/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: width === 375 ? false : true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
