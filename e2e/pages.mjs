// Page objects: tests talk to the app the way a person does, by role, label and visible text.
export class CatalogPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.cards = page.locator("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    this.count = page.getByRole("status").filter({ hasText: /certifications$/ });
    this.search = page.getByRole("searchbox", { name: "Search" });
    this.filters = page.locator("details.filters");
    this.notice = page.getByRole("status").filter({ hasText: "could not be used" });
    this.chips = page.getByRole("list", { name: "Active filters" });
    this.sort = page.getByLabel("Sort by");
    this.maxCost = page.getByLabel("Price at most (US$)");
  }
  facet(legend) {
    return this.page.getByRole("group", { name: legend });
  }
  option(legend, label) {
    return this.facet(legend).getByRole("checkbox", { name: new RegExp(`^${label} \\(\\d+\\)$`) });
  }
  async optionCount(legend, label) {
    const name = await this.option(legend, label).evaluate((el) => el.labels[0].textContent);
    return Number(name.match(/\((\d+)\)$/)[1]);
  }
  async openFilters() {
    if (!(await this.filters.evaluate((d) => d.open))) await this.filters.locator("summary").click();
  }
  // Read the names once the list shows every result it is going to (at most 60 until
  // "Show all" is pressed), not while the count is ahead of the cards.
  async cardNames() {
    await this.page.waitForFunction(() => {
      const count = [...document.querySelectorAll("[role=status]")].find((s) => /certifications$/.test(s.textContent));
      const results = Number(/^(\d+) of/.exec(count?.textContent ?? "")?.[1]);
      const all = !document.querySelector("main p.more button");
      return document.querySelectorAll("main ul.cards > li").length === (all ? results : Math.min(results, 60));
    });
    return this.cards.locator("h2").allTextContents();
  }
  // The list starts with at most 60 cards; this shows the rest, when there are more.
  async showAll() {
    const button = this.page.getByRole("button", { name: /^Show all \d+$/ });
    if (await button.count()) await button.click();
  }
  async open(query = "") {
    await this.page.goto(query ? `./${query}` : "./");
    await this.heading.waitFor();
  }
  certLink(name) {
    return this.page.locator("main h2").getByRole("link", { name, exact: true });
  }
}

export class DetailPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
  }
  fact(term) {
    return this.page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }
}
