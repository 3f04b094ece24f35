// Page objects: tests talk to the app the way a person does, by role, label and visible text.
export class CatalogPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.cards = page.locator("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    this.count = page.getByRole("status");
  }
  async open(query = "") {
    await this.page.goto(query ? `./${query}` : "./");
    await this.heading.waitFor();
  }
  certLink(name) {
    return this.page.locator("main").getByRole("link", { name, exact: true });
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
