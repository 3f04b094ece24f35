// Issue 4: search, facets with live counts, sort, and all of it in the URL.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { CatalogPage } from "./pages.mjs";
import { certs, byId, notRetired, shown, catalog as data } from "./catalog-data.mjs";

const providerName = (id) => data.providers.find((p) => p.id === id).name;
// What the search reads: name, provider, exam code, aliases and focus labels (only the
// "Generative AI" label matters to these tests).
const haystack = (c) =>
  [c.name, c.provider, providerName(c.provider), c.exam_code ?? "", ...c.aliases, c.focus_areas.includes("genai") ? "generative ai" : ""]
    .join(" ")
    .toLowerCase();
// The price a ceiling and the fee sort compare: free is 0, unknown is null.
const listedPrice = (c) => (c.price.model === "free" ? 0 : c.price.amount?.cents ?? null);

test("search is case- and accent-insensitive and ANDs its words", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.search.fill("genai");
  // Every hit has "genai" in its name, provider, code, focus or aliases, whatever the case.
  const genai = notRetired.filter((c) =>
    [c.name, ...c.aliases].join(" ").toLowerCase().includes("genai"),
  );
  expect(genai.length).toBeGreaterThan(0);
  for (const cert of genai) await expect(catalog.certLink(cert.name)).toHaveCount(1);

  // The browser folds the query too: accents and case never matter.
  await catalog.search.fill("GÉNÉRATIVE");
  const generative = notRetired.filter((c) => c.focus_areas.includes("genai") || /generative/i.test(c.name));
  await expect(catalog.cards).not.toHaveCount(0);
  const found = await catalog.cardNames();
  for (const name of found) expect(generative.map((c) => c.name)).toContain(name);

  // Several words narrow the list: each must match.
  await catalog.search.fill("aws generative");
  await expect(catalog.cards).not.toHaveCount(0);
  for (const name of await catalog.cardNames()) {
    const text = haystack(certs.find((c) => c.name === name));
    expect(text).toContain("aws");
    expect(text.includes("generative") || text.includes("genai")).toBe(true);
  }
  await expect(page).toHaveURL(/\?q=aws(%20|\+)generative$/);
});

test("exam codes match with or without punctuation, and matches are marked", async ({ page }) => {
  const catalog = new CatalogPage(page);
  const cert = byId("aws-aif-c01");
  await catalog.open();
  for (const typed of ["AIF-C01", "aif c01", "aifc01"]) {
    await catalog.search.fill(typed);
    await expect(catalog.certLink(cert.name)).toHaveCount(1);
    await expect(catalog.cards.first().locator("h2")).toHaveText(cert.name);
  }
  await catalog.search.fill("practitioner");
  await expect(catalog.certLink(cert.name).locator("mark")).toHaveText(["Practitioner"]);
});

test("a retired exam code is found while retired entries are hidden, with its replacement", async ({ page }) => {
  const catalog = new CatalogPage(page);
  const cert = byId("aws-mls-c01");
  await catalog.open();
  await catalog.search.fill("MLS-C01");
  const card = catalog.cards.filter({ hasText: cert.name });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(`Retired on ${cert.status.date}`);
  for (const id of cert.status.replacements) {
    await expect(card.getByRole("link", { name: byId(id).name })).toHaveAttribute("href", `/certscope/cert/${id}`);
  }
});

test("each facet narrows the results, and the live region says how many", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.openFilters();
  const cases = [
    ["Provider", providerName("google"), (c) => c.provider === "google", /provider=google/],
    ["Level", "Foundational", (c) => c.level === "foundational", /level=foundational/],
    ["Kind", "Course certificate", (c) => c.kind === "course-certificate", /kind=course-certificate/],
    ["Focus area", "MLOps", (c) => c.focus_areas.includes("mlops"), /focus=mlops/],
    ["Delivery", "Test centre", (c) => c.delivery.includes("test-centre"), /delivery=test-centre/],
  ];
  for (const [legend, label, has, url] of cases) {
    const expected = notRetired.filter(has);
    // The count on the option is the number of results clicking it gives.
    expect(await catalog.optionCount(legend, label)).toBe(expected.length);
    await catalog.option(legend, label).check();
    await expect(page).toHaveURL(url);
    await expect(catalog.cards).toHaveCount(shown(expected.length));
    await expect(catalog.count).toHaveText(`${expected.length} of ${certs.length} certifications`);
    await catalog.showAll();
    expect((await catalog.cardNames()).sort()).toEqual(expected.map((c) => c.name).sort());
    await catalog.facet(legend).getByRole("link", { name: `Clear ${legend.toLowerCase()}` }).click();
    await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  }
});

test("a facet's own selection does not zero its siblings; zero options stay visible", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?level=foundational");
  await catalog.openFilters();
  const associates = notRetired.filter((c) => c.level === "associate").length;
  expect(await catalog.optionCount("Level", "Associate")).toBe(associates);
  // Ticking a second level adds its entries (OR within a facet).
  await catalog.option("Level", "Associate").check();
  const both = notRetired.filter((c) => ["foundational", "associate"].includes(c.level));
  await expect(catalog.cards).toHaveCount(shown(both.length));
  await expect(catalog.count).toHaveText(`${both.length} of ${certs.length} certifications`);
  await expect(page).toHaveURL(/level=foundational(,|%2C)associate/);
  // Another facet's counts follow the selection; an option with nothing left stays listed.
  await catalog.search.fill("aws");
  const zero = catalog.facet("Provider").locator(".option.zero");
  await expect(zero.first()).toBeVisible();
  expect(await catalog.optionCount("Provider", providerName("google"))).toBe(0);
});

test("the cost ceiling keeps unknown prices, marked, and drops dearer ones", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.openFilters();
  await catalog.maxCost.fill("100");
  await catalog.maxCost.press("Enter");
  await expect(page).toHaveURL(/max_cost=100/);
  await catalog.showAll();
  const unknown = notRetired.filter((c) => listedPrice(c) === null);
  for (const cert of unknown) {
    const heading = page.getByRole("heading", { level: 2, name: cert.name, exact: true });
    await expect(catalog.cards.filter({ has: heading })).toContainText("price unknown");
  }
  const dear = notRetired.filter((c) => listedPrice(c) > 10000);
  expect(dear.length).toBeGreaterThan(0);
  for (const cert of dear) await expect(catalog.certLink(cert.name)).toHaveCount(0);
  await expect(catalog.chips.getByRole("link", { name: "Remove filter Price at most $100" })).toBeVisible();
});

test("sort by exam fee puts unknown fees last, never as zero", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.sort.selectOption("fee");
  await expect(page).toHaveURL(/sort=fee/);
  await catalog.showAll();
  const names = await catalog.cardNames();
  const fees = names.map((n) => listedPrice(certs.find((c) => c.name === n)));
  const firstUnknown = fees.findIndex((f) => f === null);
  expect(firstUnknown).toBeGreaterThan(0);
  expect(fees.slice(firstUnknown).every((f) => f === null)).toBe(true);
  const known = fees.slice(0, firstUnknown);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  await catalog.sort.selectOption("name");
  const byName = await catalog.cardNames();
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
});

test("Back and Forward step through facet clicks; typing does not flood history", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.openFilters();
  await catalog.option("Level", "Foundational").check();
  await catalog.option("Kind", "Proctored exam").check();
  await expect(page).toHaveURL(/level=foundational&kind=proctored-exam$/);
  await catalog.search.pressSequentially("aws", { delay: 30 });
  await expect(page).toHaveURL(/q=aws/);
  // The three keystrokes replaced one entry: Back leaves the search and the kind together.
  await page.goBack();
  await expect(page).toHaveURL(/\?level=foundational$/);
  await expect(catalog.option("Kind", "Proctored exam")).not.toBeChecked();
  await expect(catalog.option("Level", "Foundational")).toBeChecked();
  await expect(catalog.search).toHaveValue("");
  await page.goBack();
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  await expect(catalog.option("Level", "Foundational")).not.toBeChecked();
  await page.goForward();
  await expect(catalog.option("Level", "Foundational")).toBeChecked();
  await expect(catalog.cards).toHaveCount(notRetired.filter((c) => c.level === "foundational").length);
});

test("a pasted URL restores every control, and what the app writes reads back the same", async ({ page }) => {
  const catalog = new CatalogPage(page);
  const url = "?q=machine&provider=aws,google&level=associate&status=active,retired&max_cost=400&sort=fee";
  await catalog.open(url);
  await catalog.openFilters();
  await expect(catalog.search).toHaveValue("machine");
  await expect(catalog.option("Provider", providerName("aws"))).toBeChecked();
  await expect(catalog.option("Provider", providerName("google"))).toBeChecked();
  await expect(catalog.option("Level", "Associate")).toBeChecked();
  await expect(catalog.option("Status", "Retired")).toBeChecked();
  await expect(catalog.maxCost).toHaveValue("400");
  await expect(catalog.sort).toHaveValue("fee");
  const expected = certs.filter(
    (c) =>
      ["aws", "google"].includes(c.provider) &&
      c.level === "associate" &&
      ["active", "retired"].includes(c.status.state) &&
      (listedPrice(c) === null || listedPrice(c) <= 40000) &&
      haystack(c).includes("machine"),
  );
  await expect(catalog.cards).toHaveCount(shown(expected.length));
  // Removing a chip and adding it back writes the same parameters.
  await catalog.chips.getByRole("link", { name: "Remove filter Level: Associate" }).click();
  await expect(page).not.toHaveURL(/level=/);
  await catalog.option("Level", "Associate").check();
  await expect(catalog.cards).toHaveCount(shown(expected.length));
});

test("bad parameters are ignored with a visible notice, and the page still works", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?level=banana&max_cost=-5&sort=upside-down&zzz=1");
  await expect(catalog.notice).toBeVisible();
  for (const word of ["banana", "-5", "upside-down", "zzz"]) await expect(catalog.notice).toContainText(word);
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));

  await catalog.open("?q=%E0%A4%A&level=foundational");
  await expect(catalog.notice).toContainText("not validly encoded and was ignored");
  await expect(catalog.search).toHaveValue("");
  await expect(catalog.cards).toHaveCount(notRetired.filter((c) => c.level === "foundational").length);

  await catalog.open(`?q=${"a".repeat(10_000)}`);
  await expect(catalog.notice).toContainText("200");
  await expect(catalog.search).toHaveValue("a".repeat(200));
  await expect(catalog.heading).toHaveCount(1);
});

test("nothing matches: an empty state that clears every filter", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?q=zzzz-no-such-thing&level=expert");
  await expect(catalog.cards).toHaveCount(0);
  await expect(catalog.count).toHaveText(`0 of ${certs.length} certifications`);
  await expect(page.getByText("No certification matches all of these filters.")).toBeVisible();
  await page.locator(".empty").getByRole("link", { name: "Clear all filters" }).click();
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  await expect(catalog.search).toHaveValue("");
});

test("a change on the catalog paints every card in the frame that answers it, and keeps the cards that stay", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?q=aws");
  await expect(catalog.cards).not.toHaveCount(0);
  const kept = byId("aws-aif-c01");
  // The card names on screen in the first frame after an event, and a mark on one card's element.
  await page.evaluate((name) => {
    window.__firstFrame = [];
    const names = () => [...document.querySelectorAll("main ul.cards > li h2")].map((h) => h.textContent);
    for (const type of ["input", "popstate"]) {
      addEventListener(type, () => requestAnimationFrame(() => __firstFrame.push(names())), true);
    }
    [...document.querySelectorAll("main ul.cards > li")].find((li) => li.querySelector("h2").textContent === name).__kept = true;
  }, kept.name);
  await catalog.search.fill("");
  const all = await catalog.cardNames();
  expect(all).toHaveLength(shown(notRetired.length));
  const [first] = await page.evaluate(() => __firstFrame);
  expect(first).toEqual(all);
  // Cards are keyed by certification: one that stays in the results is the same element.
  const same = await page.evaluate((name) => [...document.querySelectorAll("main ul.cards > li")].find((li) => li.querySelector("h2").textContent === name).__kept === true, kept.name);
  expect(same).toBe(true);

  // Off to a detail page and back: the catalog arrives whole.
  await catalog.certLink(notRetired[0].name).click();
  await expect(page).toHaveURL(/\/cert\//);
  await page.evaluate(() => (__firstFrame = []));
  await page.goBack();
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  await expect.poll(() => page.evaluate(() => __firstFrame)).toEqual([all]);
});

test("Back to an earlier filter state puts the page back where it was scrolled, with every card", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  const y = await page.evaluate(() => {
    scrollTo(0, document.documentElement.scrollHeight - innerHeight - 200);
    return scrollY;
  });
  expect(y).toBeGreaterThan(2000);
  // Tick "Retired" where it is, without scrolling to it: the list grows, the address gains an entry.
  await catalog.option("Status", "Retired").evaluate((box) => {
    box.checked = true;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect(page).toHaveURL(/status=/);
  await expect(catalog.cards).toHaveCount(shown(certs.length));
  expect(await page.evaluate(() => scrollY)).toBe(y);
  await page.evaluate(() => {
    window.__firstFrame = null;
    addEventListener("popstate", () => requestAnimationFrame(() => (__firstFrame ??= document.querySelectorAll("main ul.cards > li").length)), true);
  });
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(catalog.cards).toHaveCount(shown(notRetired.length));
  await expect.poll(() => page.evaluate(() => __firstFrame)).toBe(shown(notRetired.length));
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
});

test("typing a search on /index.html keeps the focus in the search box", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await page.goto("./index.html");
  await catalog.heading.waitFor();
  await catalog.search.click();
  await page.keyboard.type("aws");
  await expect(page).toHaveURL(/q=aws/);
  await expect(catalog.search).toBeFocused();
  await expect(catalog.search).toHaveValue("aws");
});

// The fields are written from the URL only when it says something other than what they hold:
// written back on every change, the URL's trimmed text would eat the space before the next word
// and move the caret to the end, and a price half typed ("-" reads as empty) would be wiped.
test("typing is never written back over: a caret mid-word, trimmed spaces, inserted text, a half-typed price", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?max_cost=100");
  await catalog.openFilters();
  const caret = () => catalog.search.evaluate((el) => [el.selectionStart, el.selectionEnd]);
  await catalog.search.click();
  await page.keyboard.type("machine lerning");
  await expect(page).toHaveURL(/q=machine(%20|\+)lerning&max_cost=100$/);
  // Back into "le|rning" to fix the typo: the letter goes there and the caret stays after it.
  await catalog.search.evaluate((el) => el.setSelectionRange(10, 10));
  await page.keyboard.type("a");
  await expect(page).toHaveURL(/q=machine(%20|\+)learning&max_cost=100$/);
  await expect(catalog.search).toHaveValue("machine learning");
  expect(await caret()).toEqual([11, 11]);
  await expect(catalog.search).toBeFocused();

  // The search trims a trailing space, the box keeps it for the next word, here one left by
  // deleting the last word.
  await page.keyboard.press("End");
  await page.keyboard.type(" aws");
  await expect(page).toHaveURL(/q=machine(%20|\+)learning(%20|\+)aws&/);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
  await expect(page).toHaveURL(/q=machine(%20|\+)learning(%20|\+)&/);
  await expect(catalog.search).toHaveValue("machine learning ");
  await page.keyboard.type("ml");
  await expect(catalog.search).toHaveValue("machine learning ml");
  await expect(page).toHaveURL(/q=machine(%20|\+)learning(%20|\+)ml&/);

  // Text inserted at once (as an input method or a paste does) in the middle, with a trailing
  // space the search does not keep: both stay, and the caret ends after what was inserted.
  await page.keyboard.type(" ");
  await catalog.search.evaluate((el) => el.setSelectionRange(7, 7));
  await page.keyboard.insertText(" aws");
  await expect(page).toHaveURL(/q=machine(%20|\+)aws(%20|\+)learning(%20|\+)ml/);
  await expect(catalog.search).toHaveValue("machine aws learning ml ");
  expect(await caret()).toEqual([11, 11]);

  // A price is taken when committed. "-" alone reads as empty, and "-5" is no ceiling: neither
  // changes the address while typed, and neither is wiped from the field.
  await expect(catalog.maxCost).toHaveValue("100");
  await catalog.maxCost.selectText();
  await page.keyboard.type("-");
  await page.keyboard.type("5");
  await expect(catalog.maxCost).toHaveValue("-5");
  await expect(page).toHaveURL(/max_cost=100$/);
  // Committed, it is ignored and said so; the field still shows what was typed.
  await catalog.maxCost.press("Enter");
  await expect(page).not.toHaveURL(/max_cost/);
  await expect(page.locator(".tray-message")).toContainText("Ignored the price “-5”");
  await expect(catalog.maxCost).toHaveValue("-5");
  await expect(catalog.chips.getByRole("link", { name: /Price at most/ })).toHaveCount(0);
  // A whole number after that is a ceiling as usual, and the search box kept its text throughout.
  await catalog.maxCost.fill("250");
  await catalog.maxCost.press("Enter");
  await expect(page).toHaveURL(/max_cost=250$/);
  await expect(catalog.maxCost).toHaveValue("250");
  await expect(catalog.search).toHaveValue("machine aws learning ml ");
  // A change from elsewhere still reaches both fields.
  await page.locator(".chips").getByRole("link", { name: "Clear all filters" }).click();
  await expect(catalog.search).toHaveValue("");
  await expect(catalog.maxCost).toHaveValue("");
});

test("phone width: filters fold into a disclosure and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(catalog.search).toBeVisible();
  await expect(catalog.facet("Level")).toBeHidden();
  await catalog.filters.locator("summary").click();
  await expect(catalog.facet("Level")).toBeVisible();
  await catalog.option("Level", "Expert").check();
  await expect(catalog.cards).toHaveCount(notRetired.filter((c) => c.level === "expert").length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations with filters open and active (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const catalog = new CatalogPage(page);
    await catalog.open("?q=aws&level=foundational&max_cost=500");
    await catalog.openFilters();
    await expect(catalog.chips).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("print: the catalog prints its results without filters, search or navigation", async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open("?level=associate");
  await page.emulateMedia({ media: "print" });
  await expect(catalog.cards.first()).toBeVisible();
  await expect(catalog.filters).toBeHidden();
  await expect(catalog.search).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("checkbox", { name: /^Compare / }).first()).toBeHidden();
});

test("a long list shows 60 cards, then all on request with focus on the first new one; a new query starts short again", async ({ page }) => {
  expect(certs.length).toBeGreaterThan(60);
  const catalog = new CatalogPage(page);
  await catalog.open("?status=active,beta,upcoming,retiring,retired");
  await expect(catalog.cards).toHaveCount(60);
  await expect(page.getByText("Showing the first 60.")).toBeVisible();
  const button = page.getByRole("button", { name: `Show all ${certs.length}` });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(catalog.cards).toHaveCount(certs.length);
  await expect(button).toHaveCount(0);
  await expect(catalog.cards.nth(60).locator("h2 a")).toBeFocused();
  await catalog.sort.selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
  await expect(catalog.cards).toHaveCount(60);
});
