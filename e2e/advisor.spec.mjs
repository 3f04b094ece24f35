// Issue 6, advisor: the article's "should you get certified?" flowchart, one question at a time.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const progress = (page) => page.locator(".progress");
const outcome = (page) => page.getByRole("region").filter({ has: page.getByRole("heading", { level: 2 }) });

test("a newcomer changing careers reaches an entry-level shortlist with a project and pitfalls", async ({ page }) => {
  await page.goto("advisor");
  await expect(page).toHaveTitle("Should you get certified? · CertScope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Should you get certified?");
  await expect(progress(page)).toHaveText("Step 1 of 4");
  const first = page.getByRole("group", { name: "Do you have prior AI or machine-learning experience?" });
  // No answer yet: there is no Next to skip past the question.
  await expect(page.getByRole("link", { name: "Next" })).toHaveCount(0);
  await first.getByLabel("No, not yet").check();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(progress(page)).toHaveText("Step 2 of 4");
  await page.getByRole("group", { name: "Are you changing careers into AI?" }).getByLabel("Yes, I want an AI role").check();
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByRole("group", { name: /Which area interests you most/ }).getByLabel("Generative AI and agents").check();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(progress(page)).toHaveText("Step 4 of 4");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("An entry-level certification can structure your switch");
  const shortlist = page.locator("main").getByRole("list").filter({ has: page.getByRole("link") }).filter({ hasText: "fit" });
  await expect(shortlist.getByRole("listitem")).toHaveCount(5);
  await expect(shortlist.getByRole("listitem").first()).toContainText(/fit \d+(–\d+)? of 100/);
  await expect(page.getByRole("heading", { name: "Turn it into a project" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pitfalls worth avoiding" })).toBeVisible();

  // Answers survive a reload: the same outcome comes back (once the address has followed,
  // which it does after the paint).
  await expect(page).toHaveURL(/focus=genai/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("An entry-level certification can structure your switch");

  // A shortlisted certification opens its page.
  const firstName = await shortlist.getByRole("link").first().textContent();
  await shortlist.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstName);
});

test("the other way: experienced, no need for recognition → don't certify now, build projects", async ({ page }) => {
  await page.goto("advisor");
  await page.getByLabel("Yes, I have worked on ML or AI").check();
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByLabel("No, my work speaks for itself").check();
  await page.getByRole("link", { name: "Next" }).click();
  // The focus question can be skipped.
  await page.getByRole("link", { name: "Skip", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Don't certify now: build projects and publish");
  await expect(page.getByText("A shortlist for")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Turn it into a project" })).toBeVisible();
});

test("Back keeps the answer given, and Start over clears them", async ({ page }) => {
  await page.goto("advisor");
  await page.getByLabel("No, not yet").check();
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByLabel("No, I am curious or exploring").check();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(progress(page)).toHaveText("Step 1 of 4");
  await expect(page.getByLabel("No, not yet")).toBeChecked();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByLabel("No, I am curious or exploring")).toBeChecked();
  // The browser's Back steps through the questions too (once the address has followed; the
  // app writes history after the next paint).
  await expect(page).toHaveURL(/at=career/);
  await page.goBack();
  await expect(progress(page)).toHaveText("Step 1 of 4");
  await page.goForward();
  await expect(progress(page)).toHaveText("Step 2 of 4");
  await page.getByRole("link", { name: "Start over" }).click();
  await expect(progress(page)).toHaveText("Step 1 of 4");
  await expect(page.getByLabel("No, not yet")).not.toBeChecked();
});

test("the advisor works by keyboard alone", async ({ page }) => {
  await page.goto("advisor");
  await page.getByLabel("Yes, I have worked on ML or AI").focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Yes, I have worked on ML or AI")).toBeChecked();
  // The radio group is one tab stop; the next one is Next.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Next" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(progress(page)).toHaveText("Step 2 of 4");
});

test("a hand-edited link with unknown answers starts from the first open question", async ({ page }) => {
  await page.goto("advisor?experience=banana&zzz=%ZZ");
  await expect(progress(page)).toHaveText("Step 1 of 4");
  await expect(page.getByRole("group", { name: "Do you have prior AI or machine-learning experience?" })).toBeVisible();
});

for (const scheme of ["light", "dark"]) {
  test(`axe: advisor question and outcome have no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["advisor", "advisor?experience=yes&recognition=yes&focus=mlops"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    }
  });
}
