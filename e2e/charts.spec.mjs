// Issue 21: charts drawn as inline SVG, each with a text equivalent that says the same numbers.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const ranking = (page) => page.locator("ol.ranking > li");
// "13" or "0–14" → [low, high].
const range = (text) => {
  const [low, high = low] = text.split("–").map(Number);
  return [low, high];
};

test("each fit bar draws what its sentence says: a segment per criterion adding up to the score", async ({ page }) => {
  await page.goto("score?active=0&focus=genai&renewal=0");
  await expect(ranking(page).first()).toBeVisible();
  // The legend names the weighted criteria only (renewal is set to 0).
  const legend = page.getByRole("list", { name: "Colours of the criteria in the bars" });
  await expect(legend.getByRole("listitem")).toHaveText(["Cost", "Curriculum depth", "Employer recognition", "Time to earn", "Focus match", "Level fit"]);
  for (const entry of await ranking(page).all().then((all) => all.slice(0, 5))) {
    const heading = await entry.locator("h3").textContent();
    const [low, high] = range(/fit (\d+(?:–\d+)?) of 100/.exec(heading)[1]);
    const band = /, a (great|good|fair|weak) fit/.exec(heading)[1];
    const mid = (low + high) / 2;
    expect(band).toBe(mid >= 80 ? "great" : mid >= 65 ? "good" : mid >= 50 ? "fair" : "weak");

    const sentence = await entry.locator(".chart-text").textContent();
    const said = [...sentence.replace(/;.*$/, "").matchAll(/(?:^|, | and )([A-Za-z ]+?) (?:adds )?(\d+(?:–\d+)?)(?: points)?(?=,| and|$|\.)/g)].map((m) => [m[1].trim().toLowerCase(), range(m[2])]);
    expect(said.map(([name]) => name)).toEqual(["cost", "curriculum depth", "employer recognition", "time to earn", "focus match", "level fit"]);
    // The parts add up to the score, low ends and high ends apart (each rounded to a point).
    const sum = (k) => said.reduce((s, [, r]) => s + r[k], 0);
    expect(Math.abs(sum(0) - low)).toBeLessThanOrEqual(3);
    expect(Math.abs(sum(1) - high)).toBeLessThanOrEqual(3);
    if (high > low) expect(sentence).toContain(`unknown facts leave ${high - low} points open`);

    // The drawing: one rect per criterion with something to add, as wide as its middle.
    const rects = await entry.locator("svg.fit-bar rect.seg").evaluateAll((all) => all.map((r) => Number(r.getAttribute("width"))));
    const widths = said.map(([, [l, h]]) => ((l + h) / 2) * 10).filter((w) => w >= 5);
    expect(rects.length).toBe(widths.length);
    rects.forEach((w, i) => expect(Math.abs(w - widths[i])).toBeLessThanOrEqual(6));
    const lines = entry.locator("svg.fit-bar line.range");
    await expect(lines).toHaveCount(high > low ? 3 : 0);
  }
});

for (const scheme of ["light", "dark"]) {
  test(`axe: the ranking with its bars and legend has no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("score?active=0&focus=genai");
    await expect(ranking(page).first().locator("svg.fit-bar")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("the comparison's charts say the table's numbers: 3-year cost, exam length, prep hours", async ({ page }) => {
  await page.goto("compare?ids=aws-aif-c01,gcp-pmle,ms-ai-901");
  const glance = page.getByRole("region", { name: "At a glance" });
  const chart = (caption) => glance.locator("figure").filter({ has: page.locator("figcaption", { hasText: caption }) });
  const names = await page.locator("table.compare thead th > a").allTextContents();
  expect(names.length).toBe(3);
  // 3-year cost: each sentence ends with the table's 3-year cost when that is exact.
  const costRow = page.locator("table.compare tbody tr").filter({ has: page.locator("th", { hasText: /^3-year cost/ }) });
  const costs = (await costRow.locator("td").allTextContents()).map((t) => t.replace("★ best", "").trim());
  const costChart = chart("3-year cost");
  await expect(costChart.locator("li")).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const row = costChart.locator("li").nth(i);
    await expect(row.locator(".bar-label")).toHaveText(names[i]);
    const said = await row.locator(".bar-text").textContent();
    if (/^\$[\d,]+$/.test(costs[i])) expect(said.endsWith(`= ${costs[i]}`), `${said} / ${costs[i]}`).toBe(true);
    else expect(said).toContain("unknown");
  }
  // The longest bar fills the width; the others are in proportion to their totals.
  const totals = await costChart.locator("li svg").evaluateAll((svgs) =>
    svgs.map((svg) => [...svg.querySelectorAll("rect")].reduce((s, r) => s + Number(r.getAttribute("width")), 0)));
  expect(Math.max(...totals)).toBeGreaterThanOrEqual(998);
  // Exam length says the table's "Exam length" row, word for word.
  const lengthRow = page.locator("table.compare tbody tr").filter({ has: page.locator("th", { hasText: /^Exam length/ }) });
  const lengths = (await lengthRow.locator("td").allTextContents()).map((t) => t.trim());
  await expect(chart("Exam length").locator(".bar-text")).toHaveText(lengths);
  await expect(chart("Prep hours").locator("li")).toHaveCount(3);
});

test("on a phone the charts fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("compare?ids=aws-aif-c01,gcp-pmle,ms-ai-901");
  await expect(page.getByRole("region", { name: "At a glance" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the catalog's charts count the results, link to narrower lists and place every priced result", async ({ page }) => {
  await page.goto("./?q=aws");
  const overview = page.locator("details.overview");
  await overview.locator("summary").click();
  const count = Number(/^(\d+) of/.exec(await page.getByRole("status").filter({ hasText: /certifications$/ }).textContent())[1]);
  const levels = overview.locator("figure").filter({ hasText: "Results per level" });
  const perLevel = (await levels.locator(".bar-text").allTextContents()).map(Number);
  expect(perLevel.reduce((a, b) => a + b, 0)).toBe(count);
  // The price chart: one dot per result with a price, the rest said by name.
  const words = await overview.locator(".chart-words > li").allTextContents();
  const priced = words.map((w) => Number(/: (\d+) with a price/.exec(w)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
  const unknown = await overview.locator(".chart-words ul.plain li").count();
  await expect(overview.locator("svg circle.dot")).toHaveCount(priced);
  expect(priced + unknown).toBe(count);
  // A level's bar narrows the catalog to it; the chart follows.
  const associate = perLevel[1];
  await levels.getByRole("link", { name: /^Associate/ }).click();
  await expect(page).toHaveURL(/\?q=aws&level=associate$/);
  await expect(page.getByRole("status").filter({ hasText: /certifications$/ })).toHaveText(`${associate} of ${(await import("./catalog-data.mjs")).certs.length} certifications`);
  await expect(levels.locator(".bar-text")).toHaveText(["0", String(associate), "0", "0"]);
});

for (const scheme of ["light", "dark"]) {
  test(`axe: the catalog's charts have no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    await page.locator("details.overview summary").click();
    await expect(page.locator("details.overview svg circle.dot").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}
