// Issue 6, score: the person's own priorities → a ranked, explained 0–100 fit.
import { test, expect } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const ranking = (page) => page.locator("ol.ranking > li");
const first = async (page) => (await ranking(page).first().getByRole("link").first().textContent()).trim();
const weight = (page, label) => page.getByRole("slider", { name: label });
const verdict = (page) => page.locator(".verdict");

test("weights change the ranking, live in the URL, survive a reload and are remembered", async ({ page }) => {
  await page.goto("score");
  await expect(page).toHaveTitle("Which certification fits you? · CertScope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which certification fits you?");
  const before = await first(page);
  // Only cost matters: the cheapest known 3-year cost comes first.
  for (const c of ["Curriculum depth", "Employer recognition", "Time to earn", "Focus match", "Level fit", "Renewal burden"]) {
    await weight(page, c).fill("0");
  }
  await weight(page, "Cost").fill("5");
  await expect(page).toHaveURL(/cost=5/);
  await expect(page).toHaveURL(/depth=0/);
  const costFirst = await first(page);
  // Only recognition matters: a different order.
  await weight(page, "Cost").fill("0");
  await weight(page, "Employer recognition").fill("5");
  await expect(page).toHaveURL(/recognition=5/);
  await expect.poll(() => first(page)).not.toBe(costFirst);
  const url = page.url();
  await page.reload();
  await expect(weight(page, "Employer recognition")).toHaveValue("5");
  await expect(weight(page, "Cost")).toHaveValue("0");
  // The value is announced in words.
  await expect(weight(page, "Employer recognition")).toHaveAttribute("aria-valuetext", /5 of 5/);
  // Remembered: a bare `score` and the header link bring the same priorities back.
  expect(await page.evaluate(() => localStorage.getItem("certscope.score"))).toContain("recognition=5");
  await page.goto("score");
  await expect(weight(page, "Employer recognition")).toHaveValue("5");
  await page.goto("./");
  await page.getByRole("link", { name: "Fit score" }).click();
  expect(page.url()).toBe(url);
  expect(before).toBeTruthy();
});

test("a link with unusable parts shows its own priorities, and the sliders build on what it shows", async ({ page }) => {
  await page.goto("score");
  await weight(page, "Cost").fill("5");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("certscope.score"))).toContain("cost=5");
  // A stray "%": nothing in the link is usable, but it is not a bare `score` either.
  await page.goto("score?cost=%");
  const shown = await weight(page, "Cost").inputValue();
  expect(shown).not.toBe("5");
  await weight(page, "Time to earn").fill("1");
  await expect(weight(page, "Time to earn")).toHaveValue("1");
  await expect(weight(page, "Cost")).toHaveValue(shown);
});

test("a limit excludes entries and says why, never silently", async ({ page }) => {
  await page.goto("score");
  const all = await ranking(page).count();
  await page.getByLabel(/Most you will spend over 3 years/).fill("150");
  await expect(page).toHaveURL(/budget=150/);
  const excluded = page.getByRole("heading", { name: /^Excluded \(\d+\)$/ });
  await expect(excluded).toBeVisible();
  const n = Number((await excluded.textContent()).match(/\((\d+)\)/)[1]);
  await expect(page.locator("main li", { hasText: "excluded because" })).toHaveCount(n);
  await expect(page.locator("main li", { hasText: "excluded because" }).first()).toContainText(/excluded because .+\./);
  expect(await ranking(page).count()).toBeLessThan(all);
  // Online only, by a box: one history entry per click, so Back undoes it.
  await page.getByLabel("Only ones I can take online").check();
  await expect(page).toHaveURL(/online=1/);
  await page.goBack();
  await expect(page.getByLabel("Only ones I can take online")).not.toBeChecked();
});

test("all weights 0: every entry scores the same and there is no clear winner", async ({ page }) => {
  await page.goto("score?cost=0&depth=0&recognition=0&time=0&focus_match=0&level_fit=0&renewal=0");
  await expect(verdict(page)).toContainText("No clear winner");
});

test("the sensitivity sentence is true: applying it puts that certification first", async ({ page }) => {
  await page.goto("score?cost=5&depth=1&recognition=1&time=1&level_fit=1&renewal=1");
  const sentence = page.getByText(/^If .+ mattered \d+ steps? (more|less) \(weight \d instead of \d\), .+ would rank first\.$/);
  await expect(sentence).toBeVisible();
  const [, criterion, to, name] = (await sentence.textContent()).match(/^If (.+) mattered \d+ steps? (?:more|less) \(weight (\d) instead of \d\), (.+) would rank first\.$/);
  const label = criterion[0].toUpperCase() + criterion.slice(1);
  await weight(page, label).fill(to);
  await expect.poll(() => first(page)).toBe(name);
});

test("presets set weights and limits as links; Back returns; bad values are clamped with a notice", async ({ page }) => {
  await page.goto("score");
  await page.getByRole("link", { name: "Changing careers into AI" }).click();
  await expect(page).toHaveURL(/level_fit=5/);
  await expect(weight(page, "Level fit")).toHaveValue("5");
  await page.goBack();
  await expect(weight(page, "Level fit")).toHaveValue("3");
  await page.goto("score?cost=9&budget=-5&zzz=1");
  await expect(page.locator(".notice-doubt")).toBeVisible();
  await expect(weight(page, "Cost")).toHaveValue("5");
  await expect(ranking(page).first()).toBeVisible();
});

test("sliders work from the keyboard", async ({ page }) => {
  await page.goto("score");
  await weight(page, "Cost").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/cost=4/);
  await expect(weight(page, "Cost")).toBeFocused();
  await expect(weight(page, "Cost")).toHaveAttribute("aria-valuetext", /4 of 5/);
});

test("an advisor outcome opens its ranking on the score page", async ({ page }) => {
  await page.goto("advisor?experience=no&career=yes&focus=genai");
  await page.getByRole("link", { name: "See and adjust this ranking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which certification fits you?");
  await expect(weight(page, "Level fit")).toHaveValue("5");
  await expect(page.getByLabel("Generative AI")).toBeChecked();
});

for (const scheme of ["light", "dark"]) {
  test(`axe: score page has no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("score?budget=200&focus=genai");
    await expect(ranking(page).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

// Issue 16, defect 1: the address is written back into a number field only when it stands for
// something else. Bound to the URL as it is typed, "-" (on the way to "-5") and "1e" (on the way
// to "1e3") read as empty, drop the limit and are wiped, and the next key starts a new number.
test("typing in a number field keeps partial entries and the caret", async ({ page }) => {
  await page.goto("score?budget=300");
  const budget = page.getByLabel(/Most you will spend over 3 years/);
  await expect(budget).toHaveValue("300");
  await budget.selectText();
  await page.keyboard.type("-");
  await page.keyboard.type("5");
  await expect(page).toHaveURL(/budget=0(&|$)/);
  await expect(budget).toHaveValue("-5");
  await expect(budget).toBeFocused();

  await budget.selectText();
  await page.keyboard.type("1e");
  // Still the number typed so far: a partial entry is no change to the limit.
  await expect(page).toHaveURL(/budget=1(&|$)/);
  await page.keyboard.type("3");
  await expect(page).toHaveURL(/budget=1000(&|$)/);
  await expect(budget).toHaveValue("1e3");

  // Typing mid-entry: the caret stays where the person put it.
  const hours = page.getByLabel("Most study hours (empty: no limit)");
  await hours.fill("150");
  await expect(page).toHaveURL(/hours=150(&|$)/);
  await hours.press("Home");
  await page.keyboard.type("00");
  await expect(page).toHaveURL(/hours=150(&|$)/);
  await expect(hours).toHaveValue("00150");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("2");
  await expect(page).toHaveURL(/hours=1520(&|$)/);
  await expect(hours).toHaveValue("001520");
  // Text that arrives without key presses (an input method, dictation) counts the same.
  await hours.fill("");
  await page.keyboard.insertText("42");
  await expect(page).toHaveURL(/hours=42(&|$)/);
  await expect(hours).toHaveValue("42");

  // A change from elsewhere still reaches the field: a preset sets the budget.
  await page.getByRole("link", { name: "Exploring AI casually" }).click();
  await expect(budget).toHaveValue("100");
  // Typing replaced the history entry, so Back goes to before the preset.
  await page.goBack();
  await expect(budget).toHaveValue("1000");
});

test("a link records the scoring method's version; one made with an older version says what changed", async ({ page }) => {
  await page.goto("score?cost=5");
  const notice = page.getByRole("status").filter({ hasText: "scoring method" });
  await expect(notice).toContainText("This link was made with version 1 of the scoring method; this page uses version 2. Version 2: The same scores as version 1.");
  await page.getByText("Scoring method, version 2: what each version is").click();
  await expect(page.locator("details.method li")).toHaveCount(2);
  // What the page writes carries its own version, and reads back without a notice.
  await weight(page, "Time to earn").fill("4");
  await expect(page).toHaveURL(/\?cost=5&time=4&method=2$/);
  await page.reload();
  await expect(page.locator(".notice-doubt")).toHaveCount(0);
  await expect(weight(page, "Time to earn")).toHaveValue("4");
});
