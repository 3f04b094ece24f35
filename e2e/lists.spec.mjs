// Issue 7: shortlists in localStorage that never lose data.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";

const KEY = "certscope.lists";
const BACKUP = "certscope.lists.backup";
const lists = (page) => page.locator("section.shortlist");
const list = (page, name) => page.getByRole("region", { name, exact: true });
const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const status = (page) => page.locator(".tray-message");

async function create(page, name) {
  await page.getByLabel("New list name").fill(name);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(list(page, name)).toBeVisible();
}

async function save(page, certId, listName) {
  await page.goto(`cert/${certId}`);
  await page.getByRole("button", { name: `Add to ${listName}` }).click();
  await expect(page.getByRole("button", { name: `Remove from ${listName}` })).toBeVisible();
}

test("create, save from detail pages, note, reorder by keyboard, rename; it all survives a reload", async ({ page }) => {
  await page.goto("lists");
  await expect(page).toHaveTitle("Shortlists · CertScope");
  await create(page, "Cloud picks");
  await save(page, "aws-aif-c01", "Cloud picks");
  await save(page, "gcp-pmle", "Cloud picks");
  await expect(status(page)).toContainText("Saved Google Cloud Professional Machine Learning Engineer to Cloud picks.");
  await page.getByRole("link", { name: "Lists", exact: true }).click();
  const cloud = list(page, "Cloud picks");
  const items = cloud.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await cloud.getByLabel("Note on AWS Certified AI Practitioner").fill("Cheap, \"quick\", first");
  await cloud.getByLabel("Note on AWS Certified AI Practitioner").press("Tab");
  await expect(status(page)).toHaveText("Note saved.");
  // Keyboard reorder: the moved entry keeps focus on its button.
  const down = cloud.getByRole("button", { name: "Move down AWS Certified AI Practitioner" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(items.first()).toContainText("Google Cloud");
  await expect(cloud.getByRole("button", { name: "Move down AWS Certified AI Practitioner" })).toBeFocused();
  await expect(cloud.getByRole("button", { name: "Move down AWS Certified AI Practitioner" })).toHaveAttribute("aria-disabled", "true");
  await cloud.getByLabel("Name", { exact: true }).fill("Cloud shortlist");
  await cloud.getByLabel("Name", { exact: true }).press("Enter");
  await expect(list(page, "Cloud shortlist")).toBeVisible();
  await page.reload();
  const again = list(page, "Cloud shortlist");
  await expect(again.getByRole("listitem").first()).toContainText("Google Cloud");
  await expect(again.getByLabel("Note on AWS Certified AI Practitioner")).toHaveValue("Cheap, \"quick\", first");
  const envelope = JSON.parse(await stored(page));
  expect(envelope.version).toBe(2);
  expect(envelope.lists[0].items.map((i) => i.cert)).toEqual(["gcp-pmle", "aws-aif-c01"]);
  // Ranked by the person's fit score (their remembered priorities).
  await again.getByText("Ranked by your fit score").click();
  await expect(again.locator("details ol > li")).toHaveCount(2);
  await expect(again.locator("details ol > li").first()).toContainText(/fit \d+(–\d+)? of 100/);
  // Open the list in compare.
  await again.getByRole("link", { name: "Compare the first 2" }).click();
  await expect(page.locator("table.compare thead th[scope=col]")).toHaveCount(3);
});

test("the compare page saves all its columns to a list, and removes them again", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Compared");
  await page.goto("compare?ids=aws-aif-c01,gcp-pmle,ms-ai-901");
  await page.getByRole("button", { name: "Add these 3 to Compared" }).click();
  await expect(status(page)).toHaveText("Saved 3 certifications to Compared.");
  expect(JSON.parse(await stored(page)).lists[0].items.map((i) => i.cert)).toEqual(["aws-aif-c01", "gcp-pmle", "ms-ai-901"]);
  await page.getByRole("button", { name: "Remove these 3 from Compared" }).click();
  expect(JSON.parse(await stored(page)).lists[0].items).toEqual([]);
  // A detail page toggles the one certification.
  await save(page, "gcp-pmle", "Compared");
  await page.getByRole("button", { name: "Remove from Compared" }).click();
  await expect(page.getByRole("button", { name: "Add to Compared" })).toBeVisible();
  expect(JSON.parse(await stored(page)).lists[0].items).toEqual([]);
});

test("a catalog card saves to a list from its menu, and the menu says when it would remove", async ({ page }) => {
  await page.goto("lists");
  await create(page, "From the catalog");
  await page.goto("./?q=aif-c01");
  const menu = page.getByRole("combobox", { name: "Save AWS Certified AI Practitioner to a list" });
  await menu.selectOption({ label: "Add to From the catalog" });
  await expect(status(page)).toHaveText("Saved AWS Certified AI Practitioner to From the catalog.");
  await expect(menu).toHaveValue("");
  expect(JSON.parse(await stored(page)).lists[0].items.map((i) => i.cert)).toEqual(["aws-aif-c01"]);
  await menu.selectOption({ label: "Remove from From the catalog" });
  expect(JSON.parse(await stored(page)).lists[0].items).toEqual([]);
});

test("delete has Undo, and an undone list comes back where it was", async ({ page }) => {
  await page.goto("lists");
  await create(page, "First");
  await create(page, "Second");
  await list(page, "First").getByRole("button", { name: "Delete list First" }).click();
  await expect(list(page, "First")).toHaveCount(0);
  expect(JSON.parse(await stored(page)).lists.map((l) => l.name)).toEqual(["Second"]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(lists(page).locator("h2")).toHaveText(["First", "Second"]);
  expect(JSON.parse(await stored(page)).lists.map((l) => l.name)).toEqual(["First", "Second"]);
});

test("markup in a name or note is shown as text and runs nothing", async ({ page }) => {
  await page.goto("lists");
  const evil = `<img src=x onerror="document.title='owned'">`;
  await create(page, evil);
  await list(page, evil).getByLabel("Note on this list").fill(`<script>document.title='owned'</script>`);
  await list(page, evil).getByLabel("Note on this list").press("Tab");
  await page.reload();
  await expect(page.locator("main h2").first()).toHaveText(evil);
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page).toHaveTitle("Shortlists · CertScope");
});

test("corrupt stored lists are kept aside, offered as a download, and the app still works", async ({ page }) => {
  await page.goto("lists");
  await page.evaluate((k) => localStorage.setItem(k, "{not json"), KEY);
  await page.reload();
  const banner = page.getByRole("alert");
  await expect(banner).toContainText("could not be read");
  expect(await stored(page, BACKUP)).toBe("{not json");
  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Download the unreadable data" }).click();
  expect(await readFile(await (await download).path(), "utf8")).toBe("{not json");
  await create(page, "Fresh start");
  expect(JSON.parse(await stored(page)).lists[0].name).toBe("Fresh start");
  expect(await stored(page, BACKUP)).toBe("{not json");
});

test("lists from a newer CertScope are shown read-only and never overwritten", async ({ page }) => {
  await page.goto("lists");
  const future = JSON.stringify({ version: 9, lists: [{ id: "x", name: "From the future" }] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("newer version of CertScope (format 9)");
  await expect(page.getByLabel("New list name")).toHaveCount(0);
  await page.goto("cert/aws-aif-c01");
  await expect(page.getByText("Lists are read-only in this version of CertScope.")).toBeVisible();
  expect(await stored(page)).toBe(future);
});

test("stored lists that change under an open page are never written over", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Mine");
  // A newer CertScope writes its format while this page is open (no storage event in this tab).
  const future = JSON.stringify({ version: 9, lists: [{ id: "x", name: "From the future" }] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
  await page.getByLabel("New list name").fill("Another");
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(status(page)).toHaveText("Lists are read-only here; nothing was changed.");
  await expect(page.getByRole("alert")).toContainText("newer version of CertScope (format 9)");
  expect(await stored(page)).toBe(future);
  // Unreadable text written meanwhile is kept under the backup key before a save replaces it.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await create(page, "Again");
  await page.evaluate((k) => localStorage.setItem(k, "garbage"), KEY);
  await create(page, "After garbage");
  expect(await stored(page, BACKUP)).toBe("garbage");
  expect(JSON.parse(await stored(page)).lists.map((l) => l.name)).toEqual(["Again", "After garbage"]);
  // And the person is told, with the set-aside text to download.
  await expect(page.getByRole("alert")).toContainText("could not be read");
  await expect(page.getByRole("alert").getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
});

test("version 1 lists are migrated and kept", async ({ page }) => {
  await page.goto("lists");
  const v1 = JSON.stringify({ version: 1, lists: [{ name: "Old list", ids: ["aws-aif-c01", "gone-cert"] }] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, v1]);
  await page.reload();
  const old = list(page, "Old list");
  await expect(old.getByRole("listitem")).toHaveCount(2);
  await expect(old).toContainText("gone-cert (no longer in the catalog)");
});

test("storage that throws: lists work for the visit and a banner says they are not kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
  await page.goto("lists");
  await expect(page.getByRole("alert")).toContainText("not saving data");
  await create(page, "In memory");
  await expect(list(page, "In memory")).toBeVisible();
});

test("quota exceeded: the change is refused by the browser, the banner says so, stored lists are intact", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Kept");
  const before = await stored(page);
  // Fill the rest of the origin's storage.
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`certscope.filler.${i}`, chunk); } catch { break; }
    }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`certscope.small.${size}.${i}`, "y".repeat(size)); } catch { break; }
      }
    }
  });
  await create(page, "A second list that cannot be saved");
  await expect(page.getByRole("alert")).toContainText("refused to save");
  expect(await stored(page)).toBe(before);
});

test("two tabs see each other's changes and neither loses the other's list", async ({ page, context }) => {
  await page.goto("lists");
  const other = await context.newPage();
  await other.goto("lists");
  await create(page, "From tab one");
  await expect(list(other, "From tab one")).toBeVisible();
  await create(other, "From tab two");
  await expect(list(page, "From tab two")).toBeVisible();
  await list(page, "From tab one").getByRole("button", { name: "Delete list From tab one" }).click();
  await expect(list(other, "From tab one")).toHaveCount(0);
  expect(JSON.parse(await stored(page)).lists.map((l) => l.name)).toEqual(["From tab two"]);
});

test("a list another tab deleted while an import waited for confirmation stays deleted", async ({ page, context }) => {
  await page.goto("lists");
  await create(page, "Deleted elsewhere");
  const other = await context.newPage();
  await other.goto("lists");
  const file = JSON.stringify({ version: 2, lists: [{ id: "imp", name: "Imported", items: [] }] });
  await page.getByLabel("Import a CertScope JSON file").setInputFiles({ name: "in.json", mimeType: "application/json", buffer: Buffer.from(file) });
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toBeVisible();
  await list(other, "Deleted elsewhere").getByRole("button", { name: "Delete list Deleted elsewhere" }).click();
  await expect(list(page, "Deleted elsewhere")).toHaveCount(0);
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(list(page, "Imported")).toBeVisible();
  await expect(list(page, "Deleted elsewhere")).toHaveCount(0);
  expect(JSON.parse(await stored(page)).lists.map((l) => l.name)).toEqual(["Imported"]);
});

test("export JSON and CSV, then import into a fresh browser recreates the lists", async ({ page, browser }) => {
  await page.goto("lists");
  await create(page, "Export me");
  await save(page, "aws-aif-c01", "Export me");
  await page.goto("lists");
  await list(page, "Export me").getByLabel("Note on AWS Certified AI Practitioner").fill("line one\nwith, comma");
  await list(page, "Export me").getByLabel("Note on AWS Certified AI Practitioner").press("Tab");
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe("certscope-lists.json");
  const jsonPath = await json.path();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = await readFile(await (await csvDownload).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("list,certification,provider,exam fee,status,note");
  expect(csv).toContain("Export me,AWS Certified AI Practitioner,");

  const fresh = await browser.newContext({ baseURL: page.url() });
  const other = await fresh.newPage();
  await other.goto("lists");
  await other.getByLabel("Import a CertScope JSON file").setInputFiles(jsonPath);
  const preview = other.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("This file adds 1 list(s)");
  // Nothing changes before confirming.
  expect(await stored(other)).toBeNull();
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(list(other, "Export me").getByRole("listitem")).toHaveCount(1);
  expect(JSON.parse(await stored(other))).toEqual(JSON.parse(await stored(page)));
  await fresh.close();
});

test("malformed, newer and oversized imports are refused with a reason and change nothing", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Untouched");
  const before = await stored(page);
  const input = page.getByLabel("Import a CertScope JSON file");
  const cases = [
    ["broken.json", "{\"version\": 2, \"lists\": [", "could not be read"],
    ["newer.json", JSON.stringify({ version: 7, lists: [] }), "newer CertScope"],
    ["shape.json", JSON.stringify({ version: 2, lists: 5 }), "could not be read"],
    ["huge.json", "x".repeat(1_100_000), "larger than 1 MB"],
  ];
  for (const [name, text, says] of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(status(page)).toContainText(says);
    await expect(status(page)).toContainText("Nothing changed.");
    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
    expect(await stored(page)).toBe(before);
  }
});

test("a share link opens read-only with Save a copy; a damaged link says so", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Shared list");
  await save(page, "gcp-pmle", "Shared list");
  await page.goto("lists");
  const href = await list(page, "Shared list").getByRole("link", { name: "Share link (read-only copy)" }).getAttribute("href");
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.goto(href);
  await expect(page.getByText("A list someone shared with you")).toBeVisible();
  const shared = list(page, "Shared list");
  await expect(shared.getByRole("listitem")).toHaveCount(1);
  await expect(shared.getByRole("button")).toHaveCount(0);
  await page.getByRole("button", { name: "Save a copy to my lists" }).click();
  await expect(status(page)).toContainText("Saved a copy of “Shared list”");
  expect(JSON.parse(await stored(page)).lists[0].items[0].cert).toBe("gcp-pmle");

  for (const bad of [href.slice(0, href.length - 12), "lists?share=%7B%22garbage", "lists?share=" + "a".repeat(9000)]) {
    await page.goto(bad);
    await expect(page.locator(".notice-doubt")).toContainText(/damaged|too long/);
    await expect(page.getByRole("link", { name: "Go to my lists" })).toBeVisible();
  }
});

for (const scheme of ["light", "dark"]) {
  test(`axe: lists page with lists, banner and import preview has no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("lists");
    await create(page, "Axe list");
    await save(page, "aws-aif-c01", "Axe list");
    await page.goto("lists");
    await page.getByLabel("Import a CertScope JSON file").setInputFiles({
      name: "in.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ version: 2, lists: [{ id: "imp", name: "Imported", items: [{ cert: "gone" }] }] })),
    });
    await expect(page.getByRole("region", { name: "Import preview" })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("print: lists keep names, entries and notes; editing tools, import and export go", async ({ page }) => {
  await page.goto("lists");
  await create(page, "Printed");
  await save(page, "aws-aif-c01", "Printed");
  await page.goto("lists");
  await page.emulateMedia({ media: "print" });
  const printed = list(page, "Printed");
  await expect(printed.getByRole("link", { name: "AWS Certified AI Practitioner" })).toBeVisible();
  await expect(printed.getByRole("button", { name: /^Move up/ })).toBeHidden();
  await expect(printed.getByRole("button", { name: "Delete list Printed" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Create list" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Export JSON" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});

// Issue 16, defect 2: an export is made at the click as a Blob download, so a large one works
// (Chromium refuses data: URLs over 2 MB, which the old links were).
test("a 5 MB export downloads whole", async ({ page }) => {
  await page.addInitScript((key) => {
    const note = "n".repeat(500);
    const lists = Array.from({ length: 50 }, (_, l) => ({
      id: `l${l}`,
      name: `List ${l}`,
      note: "",
      items: Array.from({ length: 200 }, (_, i) => ({ cert: i === 0 ? "aws-aif-c01" : `gone-${i}`, note })),
      revision: 1,
    }));
    const text = JSON.stringify({ version: 2, lists });
    const getItem = Storage.prototype.getItem;
    // The page reads the big store; writes of it are refused like a full storage.
    Storage.prototype.getItem = function (k) {
      return k === key ? text : getItem.call(this, k);
    };
  }, KEY);
  await page.goto("lists");
  await expect(lists(page)).toHaveCount(50, { timeout: 20_000 });
  const download = page.waitForEvent("download");
  // By its text, not its role: working out the accessible name of every one of the page's
  // 10,000 entries' buttons takes Playwright half a minute (the page itself is drawn in 4 s).
  await page.locator("button", { hasText: /^Export JSON$/ }).click();
  const body = await readFile(await (await download).path(), "utf8");
  expect(body.length).toBeGreaterThan(5_000_000);
  const envelope = JSON.parse(body);
  expect(envelope.lists).toHaveLength(50);
  expect(envelope.lists[49].items[199].note).toHaveLength(500);
});

// Issue 16, defect 4: a file the browser cannot read is reported, and nothing changes.
test("a failed file read on import says so and changes nothing", async ({ page }) => {
  await page.addInitScript(() => {
    Blob.prototype.text = () => Promise.reject(new DOMException("gone", "NotReadableError"));
  });
  await page.goto("lists");
  await create(page, "Untouched");
  const before = await stored(page);
  await page.getByLabel("Import a CertScope JSON file").setInputFiles({ name: "in.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(status(page)).toContainText("could not be read");
  await expect(status(page)).toContainText("Nothing changed.");
  await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
  expect(await stored(page)).toBe(before);
});

// Issue 16, defect 5: the compare tray and the theme follow what another tab stores.
test("the tray and the theme follow other tabs", async ({ page, context }) => {
  await page.goto("./");
  const other = await context.newPage();
  await other.goto("./");
  await page.getByRole("checkbox", { name: "Compare AWS Certified AI Practitioner" }).check();
  const tray = other.getByRole("complementary", { name: "Compare tray" });
  await expect(tray).toContainText("AWS Certified AI Practitioner");
  await expect(other.getByRole("checkbox", { name: "Compare AWS Certified AI Practitioner" })).toBeChecked();
  await page.getByRole("button", { name: /^Theme:/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(other.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(other.getByRole("button", { name: "Theme: dark" })).toBeVisible();
  await other.getByRole("button", { name: "Remove AWS Certified AI Practitioner from the comparison" }).click();
  await expect(page.getByRole("complementary", { name: "Compare tray" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Compare AWS Certified AI Practitioner" })).not.toBeChecked();
});
