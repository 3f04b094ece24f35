// Issue 21: "Set weights by comparing" on the score page: one pair at a time, the answers in
// the URL (Back takes one back), the AHP weights and their consistency, "Use these weights".
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const weight = (page, label) => page.getByRole("slider", { name: label });
const panel = (page) => page.getByRole("region", { name: "Set weights by comparing" });
const step = (page) => panel(page).locator("#pairwise-step");
// Four criteria compared: the other three are set to 0 and left out (6 pairs).
const FOUR = "score?focus_match=0&level_fit=0&renewal=0";

async function answer(page, question, button) {
  await expect(step(page)).toContainText(question);
  await panel(page).getByRole("button", { name: button, exact: true }).click();
}

test("six answers that agree give the weights they imply, and they become the sliders", async ({ page }) => {
  await page.goto(FOUR);
  await page.getByRole("link", { name: "Set weights by comparing two at a time" }).click();
  await expect(page).toHaveURL(/pairwise=$/);
  await expect(page.getByRole("heading", { name: "Set weights by comparing" })).toBeFocused();
  await expect(step(page)).toContainText("Pair 1 of 6.");
  // Cost 9 : depth 3 : recognition 3 : time 1, said pair by pair.
  await answer(page, "Cost or Curriculum depth", "Cost: a little more");
  await expect(page).toHaveURL(/pairwise=3$/);
  await expect(step(page)).toBeFocused();
  await answer(page, "Pair 2 of 6. Which matters more to you: Cost or Employer recognition", "Cost: a little more");
  await answer(page, "Cost or Time to earn", "Cost: extremely more");
  await answer(page, "Curriculum depth or Employer recognition", "Equally");
  await answer(page, "Curriculum depth or Time to earn", "Curriculum depth: a little more");
  // Back takes the last answer back: the same question again.
  await page.goBack();
  await expect(step(page)).toContainText("Pair 5 of 6. Which matters more to you: Curriculum depth or Time to earn?");
  await page.goForward();
  await answer(page, "Pair 6 of 6. Which matters more to you: Employer recognition or Time to earn", "Employer recognition: a little more");

  const table = panel(page).getByRole("table", { name: "The weights your answers give" });
  const row = (name) => table.getByRole("row", { name: new RegExp(`^${name}`) });
  await expect(row("Cost")).toContainText("56 %");
  await expect(row("Cost")).toContainText("5 (critical)");
  await expect(row("Curriculum depth")).toContainText("19 %");
  await expect(row("Employer recognition")).toContainText("2 (somewhat important)");
  await expect(row("Time to earn")).toContainText("6 %");
  await expect(row("Time to earn")).toContainText("1 (barely matters)");
  await expect(panel(page)).toContainText("Consistency ratio 0.00: your answers agree with each other");
  await panel(page).getByText("Your answers (6)").click();
  await expect(panel(page).getByText("Cost matters extremely more than time to earn")).toBeVisible();

  await panel(page).getByRole("button", { name: "Use these weights" }).click();
  await expect(page).toHaveURL(/score\?cost=5&depth=2&recognition=2&time=1&focus_match=0&level_fit=0&renewal=0&method=2$/);
  await expect(panel(page)).toHaveCount(0);
  await expect(weight(page, "Cost")).toHaveValue("5");
  await expect(weight(page, "Time to earn")).toHaveValue("1");
  await expect(page.getByRole("link", { name: "Set weights by comparing two at a time" })).toBeFocused();
});

test("contradicting answers are named with the consistency ratio, and one can be asked again", async ({ page }) => {
  // Cost over depth, depth over time, but time far over cost: a cycle.
  await page.goto(`${FOUR.replace("focus_match=0", "focus_match=0&recognition=0")}&pairwise=5,,-9,,,,,5`);
  await expect(panel(page)).toContainText(/Consistency ratio \d\.\d\d: above 0\.10, so some answers contradict each other/);
  const contradictions = panel(page).locator("ul.contradictions > li");
  await expect(contradictions).toHaveCount(3);
  await expect(contradictions.first()).toContainText(/^You said .+, but your other answers put it at .+\./);
  await contradictions.first().getByRole("button", { name: "Ask again" }).click();
  await expect(step(page)).toContainText("Pair 3 of 3.");
  await expect(panel(page).getByRole("button", { name: "Use these weights" })).toHaveCount(0);
  // Stopping keeps the sliders as they were.
  await panel(page).getByRole("button", { name: /^Stop comparing/ }).click();
  await expect(page).not.toHaveURL(/pairwise/);
  await expect(weight(page, "Cost")).toHaveValue("3");
});

test("a broken answer in a link is named and asked again", async ({ page }) => {
  await page.goto(`${FOUR}&pairwise=3,banana,12`);
  await expect(page.getByRole("status").filter({ hasText: "banana" })).toContainText("Ignored the comparison “banana”");
  await expect(step(page)).toContainText("Pair 2 of 6. Which matters more to you: Cost or Employer recognition?");
});

for (const scheme of ["light", "dark"]) {
  test(`axe: comparing, a question and a result, has no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    };
    await page.goto(`${FOUR}&pairwise=3`);
    await expect(step(page)).toContainText("Pair 2 of 6.");
    await axe();
    await page.goto(`${FOUR}&pairwise=5,,-9,,,,,5&recognition=0`);
    await expect(panel(page).locator("ul.contradictions > li")).toHaveCount(3);
    await axe();
  });
}
