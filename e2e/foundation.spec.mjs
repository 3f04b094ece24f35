import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { CatalogPage, DetailPage } from "./pages.mjs";
import { certs, byId, notRetired, retired } from "./catalog-data.mjs";

test("catalog lists every non-retired entry by default, and all with ?status", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(catalog.heading).toHaveCount(1);
  await expect(catalog.cards).toHaveCount(Math.min(notRetired.length, 60));
  await catalog.showAll();
  await expect(catalog.cards).toHaveCount(notRetired.length);
  await expect(catalog.count).toHaveText(`${notRetired.length} of ${certs.length} certifications`);
  for (const cert of retired) await expect(catalog.certLink(cert.name)).toHaveCount(0);

  await catalog.open("?status=active,beta,upcoming,retiring,retired");
  await catalog.showAll();
  await expect(catalog.cards).toHaveCount(certs.length);
  for (const cert of certs) {
    const link = catalog.certLink(cert.name);
    await expect(link).toHaveAttribute("href", `/certscope/cert/${cert.id}`);
  }
});

test("retired entries are one click away", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.openFilters();
  await catalog.option("Status", "Retired").check();
  await expect(catalog.count).toHaveText(`${certs.length} of ${certs.length} certifications`);
  for (const cert of retired.slice(0, 3)) {
    await catalog.search.fill(cert.name);
    await expect(catalog.certLink(cert.name)).toHaveCount(1);
  }
  await catalog.search.fill("");
  await expect(page).toHaveURL(/status=.*retired/);
  await catalog.option("Status", "Retired").uncheck();
  await expect(catalog.count).toHaveText(`${notRetired.length} of ${certs.length} certifications`);
  await expect(page).not.toHaveURL(/status=/);
});

test("click a card to its detail page, reload, go back", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  const cert = byId("aws-aif-c01");
  await catalog.certLink(cert.name).click();
  await expect(page).toHaveURL(/\/certscope\/cert\/aws-aif-c01$/);
  const detail = new DetailPage(page);
  await expect(detail.heading).toHaveText(cert.name);
  await expect(page).toHaveTitle(`${cert.name} · CertScope`);
  await page.reload();
  await expect(detail.heading).toHaveText(cert.name);
  await page.goBack();
  await expect(catalog.heading).toHaveText("AI and machine-learning certifications");
});

test("a cold deep link shows every fact, sources and the verified date", async ({ page }) => {
  const cert = byId("aws-mls-c01");
  await page.goto(`cert/${cert.id}`);
  const detail = new DetailPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(detail.heading).toHaveText(cert.name);
  await expect(detail.fact("Exam code")).toHaveText(cert.exam_code);
  await expect(page.getByText(`verified ${cert.verified}`)).toBeVisible();
  await expect(page.getByText(`Retired on ${cert.status.date}`).first()).toBeVisible();
  const replacements = page.getByRole("region", { name: "Replaced by" });
  for (const id of cert.status.replacements) {
    await expect(replacements.getByRole("link", { name: byId(id).name })).toHaveAttribute("href", `/certscope/cert/${id}`);
  }
  for (const source of cert.sources) {
    await expect(page.getByRole("link", { name: source.url, exact: true }).first()).toHaveAttribute("href", source.url);
  }
  // Following a replacement link routes inside the app.
  const first = byId(cert.status.replacements[0]);
  await replacements.getByRole("link", { name: first.name }).click();
  await expect(detail.heading).toHaveText(first.name);
});

test("facts nobody confirmed read 'unknown', never blank", async ({ page }) => {
  const cert = certs.find((c) => c.price.amount === null && c.exam_minutes === null);
  await page.goto(`cert/${cert.id}`);
  const detail = new DetailPage(page);
  await expect(detail.heading).toHaveText(cert.name);
  await expect(detail.fact("Exam length")).toHaveText("unknown");
  await expect(detail.fact("Cost")).toContainText("unknown");
  for (const dd of await page.locator("main dd").all()) {
    expect((await dd.innerText()).trim()).not.toBe("");
  }
});

test("doubts in the research are shown, not hidden", async ({ page }) => {
  const cert = certs.find((c) => c.doubts.length > 0);
  await page.goto(`cert/${cert.id}`);
  const doubts = page.getByRole("region", { name: "What is uncertain" });
  await expect(doubts.getByRole("listitem")).toHaveCount(cert.doubts.length);
});

test("an unknown id gets a friendly not-found page with a way back", async ({ page }) => {
  const response = await page.goto("cert/nope");
  expect(response.status()).toBe(404); // Pages answers with 404.html, which boots the app
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Certification not found");
  await page.getByRole("link", { name: "Browse all certifications" }).click();
  await expect(new CatalogPage(page).count).toHaveText(`${notRetired.length} of ${certs.length} certifications`);
});

test("an unknown path gets the not-found page", async ({ page }) => {
  await page.goto("no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle("Page not found · CertScope");
});

test("the sub-path without a trailing slash reaches the catalog", async ({ page }) => {
  await page.goto("/certscope");
  await expect(new CatalogPage(page).count).toHaveText(`${notRetired.length} of ${certs.length} certifications`);
});

test("landmarks, skip link and keyboard route to a detail page", async ({ page }) => {
  await new CatalogPage(page).open();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  const first = notRetired[0];
  // Tab from main past the search box and filters into the first card link; follow it.
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.textContent);
    if (name === first.name) break;
  }
  await expect(page.getByRole("link", { name: first.name, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.name);
});

for (const width of [375, 1280]) {
  test(`no horizontal page scroll at ${width}px on catalog and detail`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["./?status=active,beta,upcoming,retiring,retired", "cert/aws-aip-c01", "cert/ms-ai-500"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

for (const path of ["./", "cert/aws-aif-c01", "cert/aws-mls-c01", "cert/nope", "no/such/page"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    });
  }
}

test("the CSP meta is strict and the app boots under it", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("heading", { level: 1 }).waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("default-src 'self'");
});

test("the theme button steps through system, dark and light, and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await new CatalogPage(page).open();
  const button = page.getByRole("button", { name: /^Theme: / });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(button).toHaveText("Theme: as the system");
  const light = await background();
  await button.click();
  await expect(button).toHaveText("Theme: dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await expect(button).toBeFocused();
  await page.reload();
  await expect(page.getByRole("button", { name: "Theme: dark" })).toBeVisible();
  expect(await background()).not.toBe(light);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Theme: dark" }).click();
  await expect(page.getByRole("button", { name: "Theme: light" })).toBeVisible();
  // Light wins even when the system asks for dark.
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe(light);
});

test("facts last checked more than 90 days ago are flagged on the detail page, by the browser's date", async ({ page }) => {
  const cert = "aws-aif-c01";
  await page.goto(`cert/${cert}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".stale")).toHaveCount(0);
  // The same page 102 days after its facts were verified (2026-12-03 in data/catalog.json).
  await page.clock.setFixedTime(new Date(2027, 2, 15, 12));
  await page.reload();
  const verified = (await import("./catalog-data.mjs")).byId(cert).verified;
  const days = Math.round((new Date(2027, 2, 15) - new Date(`${verified}T00:00`)) / 86_400_000);
  expect(days).toBeGreaterThan(90);
  await expect(page.locator(".stale")).toHaveText(`Verified ${days} days ago: these facts may be out of date. Check the sources before you book or pay.`);
});
