// Issue 21: the catalog as a table (?view=table), sorted by its column headers (the URL's
// `sort`, `aria-sort` on the sorted header), with the same filters, cap and compare boxes.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { CatalogPage } from "./pages.mjs";
import { certs, notRetired, shown } from "./catalog-data.mjs";

const table = (page) => page.getByRole("region", { name: /one per row/ });
const header = (page, name) => table(page).getByRole("columnheader", { name: new RegExp(`^${name}`) });
const rowNames = (page) => table(page).locator("tbody th").allTextContents();
const listedPrice = (c) => (c.price.model === "free" ? 0 : c.price.amount?.cents ?? null);
const priceOf = (name) => listedPrice(certs.find((c) => c.name === name));

// Known values in order (`order` compares two), every unknown after them.
function expectSorted(values, order) {
  const firstUnknown = values.indexOf(null);
  if (firstUnknown >= 0) expect(values.slice(firstUnknown).every((v) => v === null)).toBe(true);
  const known = values.filter((v) => v !== null);
  expect(known.length).toBeGreaterThan(5);
  for (let i = 1; i < known.length; i++) expect(order(known[i - 1], known[i]), `${known[i - 1]} then ${known[i]}`).toBe(true);
}

test("the table view sorts by a header, again reversed, with Back; filters keep the view", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await page.getByRole("group", { name: "Show results as" }).getByRole("link", { name: "Table" }).click();
  await expect(page).toHaveURL(/\?view=table$/);
  await expect(table(page).locator("tbody tr")).toHaveCount(shown(notRetired.length));
  await expect(page.locator("main ul.cards")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Table" })).toHaveAttribute("aria-current", "true");

  await header(page, "Price").getByRole("link").click();
  await expect(page).toHaveURL(/\?sort=fee&view=table$/);
  await expect(header(page, "Price")).toHaveAttribute("aria-sort", "ascending");
  await expect(header(page, "Name")).not.toHaveAttribute("aria-sort", /.*/);
  await catalog.showAll();
  await expect(table(page).locator("tbody tr")).toHaveCount(notRetired.length);
  expectSorted((await rowNames(page)).map(priceOf), (a, b) => a <= b);

  // The same header again reverses the known prices; unknown ones stay last. By keyboard.
  await header(page, "Price").getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?sort=-fee&view=table$/);
  await expect(header(page, "Price")).toHaveAttribute("aria-sort", "descending");
  await catalog.showAll();
  expectSorted((await rowNames(page)).map(priceOf), (a, b) => a >= b);
  await expect(catalog.sort).toHaveValue("fee");

  await page.goBack();
  await expect(page).toHaveURL(/\?sort=fee&view=table$/);
  await expect(header(page, "Price")).toHaveAttribute("aria-sort", "ascending");

  // A facet narrows the rows and keeps the view and the order; "Clear all filters" keeps both too.
  await catalog.openFilters();
  await catalog.option("Level", "Associate").check();
  const associates = notRetired.filter((c) => c.level === "associate");
  await expect(table(page).locator("tbody tr")).toHaveCount(shown(associates.length));
  expect((await rowNames(page)).sort()).toEqual(associates.map((c) => c.name).sort());
  await expect(page).toHaveURL(/level=associate/);
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\?sort=fee&view=table$/);
});

test("a table row says the facts, and its Compare box fills the tray", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?view=table&q=AIF-C01");
  const cert = certs.find((c) => c.id === "aws-aif-c01");
  const row = table(page).getByRole("row", { name: new RegExp(cert.name) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("rowheader")).toHaveText(cert.name);
  await expect(row.getByRole("cell").nth(0)).toHaveText("Amazon Web Services");
  await expect(row.getByRole("cell").nth(8)).toHaveText(cert.verified);
  await row.getByRole("checkbox", { name: `Compare ${cert.name}` }).check();
  await expect(page.getByRole("complementary", { name: "Compare tray" })).toContainText(cert.name);
  await row.getByRole("link", { name: cert.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cert.name);
});

test("on a 375 px phone the table scrolls inside its labelled region, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const catalog = new CatalogPage(page);
  await catalog.open("?view=table");
  const region = table(page);
  await expect(region).toHaveAttribute("tabindex", "0");
  const widths = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(widths[0]).toBeGreaterThan(widths[1]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"]) {
  test(`axe: the table view has no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const catalog = new CatalogPage(page);
    await catalog.open("?view=table&sort=-cost&level=associate");
    await expect(table(page).locator("tbody tr").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}
