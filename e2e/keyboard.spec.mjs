// Issue 9, keyboard only: the tasks the other specs do not already do by keyboard (saving to a
// list, the whole advisor, a score weight), and what every page owes a keyboard or screen-reader
// user: one h1, one main landmark, its own document title, and focus on `main` after an in-app
// link is followed. (Searching the catalog, ticking three and opening the comparison by keyboard
// are in compare.spec.mjs; the skip link and a card to its detail page in foundation.spec.mjs.)
import { test, expect } from "./fixtures.mjs";

// Presses Tab until `target` has focus, the way a person would; fails if it never does.
async function tabTo(page, target, limit = 80) {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);
const h1 = (page) => page.getByRole("heading", { level: 1 });

test("keyboard only: create a list, save a certification to it from its page, see it saved", async ({ page }) => {
  await page.goto("lists");
  await expect(h1(page)).toHaveText("Shortlists");
  await tabTo(page, page.getByLabel("New list name"));
  await page.keyboard.type("Keyboard picks");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create list" })).toBeFocused();
  await page.keyboard.press("Enter");
  const list = page.getByRole("region", { name: "Keyboard picks", exact: true });
  await expect(list).toBeVisible();
  // Focus stays somewhere on the page, not dropped to the document.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  // To the catalog by the header link, search, and follow the card's link, all by keyboard.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }));
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("AI and machine-learning certifications");
  await tabTo(page, page.getByRole("searchbox", { name: "Search" }));
  await page.keyboard.type("aif-c01");
  const card = page.locator("main h2").getByRole("link", { name: "AWS Certified AI Practitioner", exact: true });
  await expect(card).toBeVisible();
  // Past the filters: with 43 providers the facets hold well over a hundred checkboxes.
  await tabTo(page, card, 250);
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("AWS Certified AI Practitioner");
  expect(await focusedId(page)).toBe("main");

  await tabTo(page, page.getByRole("button", { name: "Add to Keyboard picks" }));
  await page.keyboard.press("Enter");
  const remove = page.getByRole("button", { name: "Remove from Keyboard picks" });
  await expect(remove).toBeVisible();
  // The pressed button keeps focus under its new name, so Enter again would undo it.
  await expect(remove).toBeFocused();
  await expect(page.locator(".tray-message")).toHaveText("Saved AWS Certified AI Practitioner to Keyboard picks.");
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("certscope.lists")));
  expect(stored.lists.map((l) => [l.name, l.items.map((i) => i.cert)])).toEqual([["Keyboard picks", ["aws-aif-c01"]]]);

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lists" }));
  await page.keyboard.press("Enter");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("AWS Certified AI Practitioner");
});

// Tab into a question's radio group, move with the arrow keys until `label` is chosen, then Tab
// to Next and press Enter.
async function answer(page, question, label) {
  const group = page.getByRole("group", { name: question });
  await tabTo(page, group.getByRole("radio").first());
  const choice = group.getByLabel(label);
  for (let i = 0; i < 20 && !(await choice.isChecked()); i++) {
    // Space chooses the option that has focus; an arrow key moves to the next one and chooses it.
    if (await choice.evaluate((el) => el === document.activeElement)) await page.keyboard.press("Space");
    else await page.keyboard.press("ArrowDown");
  }
  await expect(choice).toBeChecked();
  await tabTo(page, page.getByRole("link", { name: "Next" }));
  await page.keyboard.press("Enter");
}

test("keyboard only: answer the advisor to an outcome", async ({ page }) => {
  await page.goto("advisor");
  const progress = page.locator(".progress");
  await expect(progress).toHaveText("Step 1 of 4");
  await answer(page, "Do you have prior AI or machine-learning experience?", "No, not yet");
  await expect(progress).toHaveText("Step 2 of 4");
  await answer(page, "Are you changing careers into AI?", "Yes, I want an AI role");
  await expect(progress).toHaveText("Step 3 of 4");
  await answer(page, /Which area interests you most/, "Generative AI and agents");
  await expect(progress).toHaveText("Step 4 of 4");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("An entry-level certification can structure your switch");
  await expect(page).toHaveURL(/experience=no&career=yes&focus=genai/);
});

// A new advisor step is the same route, so the router alone would not move focus, and the
// patch would leave focus on whatever control now sits where the link was. Step links carry
// `data-step`, and following one moves focus to main.
test("keyboard only: each advisor step starts with focus on main, not on a control of the next step", async ({ page }) => {
  await page.goto("advisor");
  await answer(page, "Do you have prior AI or machine-learning experience?", "No, not yet");
  await expect(page.locator(".progress")).toHaveText("Step 2 of 4");
  expect(await focusedId(page)).toBe("main");
  await answer(page, "Are you changing careers into AI?", "Yes, I want an AI role");
  await expect(page.locator(".progress")).toHaveText("Step 3 of 4");
  expect(await focusedId(page)).toBe("main");
  await tabTo(page, page.getByRole("link", { name: "Skip", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.locator(".progress")).toHaveText("Step 4 of 4");
  expect(await focusedId(page)).toBe("main");
});

test("keyboard only: a score weight reached by Tab moves with the arrow keys, Home and End", async ({ page }) => {
  await page.goto("score");
  const cost = page.getByRole("slider", { name: "Cost" });
  await expect(cost).toHaveValue("3");
  await tabTo(page, cost);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/cost=1/);
  await expect(cost).toBeFocused();
  await expect(cost).toHaveAttribute("aria-valuetext", /^1 of 5/);
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/cost=5/);
  await expect(cost).toHaveValue("5");
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/cost=0/);
  await expect(cost).toHaveAttribute("aria-valuetext", /^0 of 5/);
  await expect(cost).toBeFocused();
});

const everyPage = [
  ["catalog", "./"],
  ["detail", "cert/aws-aif-c01"],
  ["compare", "compare?ids=aws-aif-c01,gcp-pmle"],
  ["advisor", "advisor"],
  ["score", "score"],
  ["lists", "lists"],
  ["not-found", "no/such/page"],
];

test("every page has one h1, one main landmark and a title of its own", async ({ page }) => {
  const titles = [];
  for (const [name, path] of everyPage) {
    await page.goto(path);
    await h1(page).waitFor();
    await expect(h1(page), `${name}: one h1`).toHaveCount(1);
    await expect(page.getByRole("main"), `${name}: one main landmark`).toHaveCount(1);
    const title = await page.title();
    expect(title, `${name}: the title names the page`).toMatch(/^.+ · CertScope$/);
    titles.push(title);
  }
  expect(new Set(titles).size, `titles: ${titles.join(" | ")}`).toBe(everyPage.length);
});

test("following an in-app link puts focus on main, on every page", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Main" });
  const arrive = async (h1Text, title) => {
    await expect(h1(page)).toHaveText(h1Text);
    await expect(page).toHaveTitle(title);
    await expect.poll(() => focusedId(page)).toBe("main");
  };
  await page.goto("no/such/page");
  await expect(h1(page)).toHaveText("Page not found");
  await page.getByRole("link", { name: "Browse all certifications" }).click();
  await arrive("AI and machine-learning certifications", "AI and ML certifications · CertScope");
  await page.locator("main h2").getByRole("link", { name: "AWS Certified AI Practitioner", exact: true }).click();
  await arrive("AWS Certified AI Practitioner", "AWS Certified AI Practitioner · CertScope");
  await nav.getByRole("link", { name: "Compare" }).click();
  await arrive("Compare certifications", "Compare certifications · CertScope");
  await nav.getByRole("link", { name: "Advisor" }).click();
  await arrive("Should you get certified?", "Should you get certified? · CertScope");
  await nav.getByRole("link", { name: "Fit score" }).click();
  await arrive("Which certification fits you?", "Which certification fits you? · CertScope");
  await nav.getByRole("link", { name: "Lists" }).click();
  await arrive("Shortlists", "Shortlists · CertScope");
  await nav.getByRole("link", { name: "Catalog" }).click();
  await arrive("AI and machine-learning certifications", "AI and ML certifications · CertScope");
  // No page links to a missing certification, so one is added outside the app's own tree (as a
  // stale link would be); the app follows every same-site link it is given.
  await page.evaluate(() => {
    const a = document.createElement("a");
    a.href = "/certscope/cert/nope";
    a.textContent = "a stale link";
    document.body.append(a);
  });
  await page.getByRole("link", { name: "a stale link" }).click();
  await arrive("Certification not found", "Certification not found · CertScope");
});
