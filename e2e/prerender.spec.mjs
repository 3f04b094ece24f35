// Every address is a real page (scripts/build, src/bin/prerender.rs): it answers 200 like GitHub
// Pages would, reads well with JavaScript off, carries its own head (JSON-LD on detail pages),
// is listed in sitemap.xml, and looks the same before and after the Wasm takes it over.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect } from "./fixtures.mjs";
import { catalog, certs, byId } from "./catalog-data.mjs";

const dist = process.env.E2E_DIST || "dist";
const providerName = (cert) => catalog.providers.find((p) => p.id === cert.provider).name;
const money = (cents) => {
  const dollars = Math.floor(cents / 100).toLocaleString("en-US");
  return cents % 100 ? `$${dollars}.${String(cents % 100).padStart(2, "0")}` : `$${dollars}`;
};
// The price as the page words it, or the part of it that does not depend on wording.
const priceText = (cert) =>
  cert.price.model === "free" || cert.price.amount?.cents === 0 ? "Free" : cert.price.amount ? money(cert.price.amount.cents) : "unknown";

const APP_PAGES = ["", "compare", "score", "advisor", "lists"];
const addresses = [...APP_PAGES, ...certs.map((c) => `cert/${c.id}`)];

function sitemapPaths() {
  const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/^\/certscope\//, ""));
}

test("every prerendered address answers 200 at once, as Pages does; any other address 404", async ({ request }) => {
  for (const address of [...addresses, "index.html", "cert/aws-aif-c01/", "compare/"]) {
    const response = await request.get(`./${address}`, { maxRedirects: 0 });
    expect(response.status(), address).toBe(200);
    expect(response.headers()["content-type"], address).toContain("text/html");
  }
  for (const address of ["nope", "cert/nope", "cert/aws-aif-c01/x", "compare/x"]) {
    const response = await request.get(`./${address}`, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
    expect(await response.text()).toContain("Page not found");
  }
});

test("sitemap.xml lists exactly the prerendered addresses, and parses", async ({ page, request }) => {
  const paths = sitemapPaths();
  expect(paths.sort()).toEqual([...addresses].sort());
  // The files in dist/ that are pages (x.html answers /x; index.html answers /).
  const files = [
    ...readdirSync(dist).filter((f) => f.endsWith(".html") && !["404.html", "shell.html"].includes(f)),
    ...readdirSync(join(dist, "cert")).filter((f) => f.endsWith(".html")).map((f) => `cert/${f}`),
  ].map((f) => (f === "index.html" ? "" : f.replace(/\.html$/, "")));
  expect(files.sort()).toEqual([...addresses].sort());
  // Well-formed XML in the sitemap namespace, a lastmod from the verified date.
  const xml = await (await request.get("./sitemap.xml")).text();
  await page.goto("./");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      namespace: doc.documentElement.namespaceURI,
      urls: [...doc.getElementsByTagName("url")].map((u) => ({
        loc: u.getElementsByTagName("loc")[0]?.textContent,
        lastmod: u.getElementsByTagName("lastmod")[0]?.textContent,
      })),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  for (const cert of certs) {
    const url = parsed.urls.find((u) => u.loc.endsWith(`/certscope/cert/${cert.id}`));
    expect(url?.lastmod, cert.id).toBe(cert.verified);
  }
  const robots = await (await request.get("./robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: \S+\/certscope\/sitemap\.xml$/m);
});

test("each detail page carries JSON-LD naming its credential, and a head of its own", async ({ request }) => {
  for (const cert of certs) {
    const html = await (await request.get(`./cert/${cert.id}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks.length, cert.id).toBe(1);
    const data = JSON.parse(blocks[0][1]);
    expect(data["@type"]).toBe("EducationalOccupationalCredential");
    expect(data.name).toBe(cert.name);
    expect(data.recognizedBy.name).toBe(providerName(cert));
    if (cert.price.amount) expect(Number(data.offers.price)).toBe(cert.price.amount.cents / 100);
    else if (cert.price.model !== "free") expect(data.offers, cert.id).toBeUndefined();
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/certscope/cert/${cert.id}">`));
    expect(html).toContain(`<meta property="og:title" content="`);
    expect(html.match(/<title>([^<]*)<\/title>/)[1]).toBe(`${cert.name.replaceAll("&", "&amp;")} · CertScope`);
    expect(html).not.toContain("unsafe-inline");
  }
});

// JavaScript truly off, as a person turns it off: Playwright's javaScriptEnabled only stops scripts
// from running, while the page is still parsed as if they could (no <noscript>, no
// `scripting: none`).
test.describe("with JavaScript off", () => {
  let browser;
  let page;
  test.beforeAll(async ({}, testInfo) => {
    const launch = testInfo.project.use.launchOptions;
    browser = await chromium.launch({ ...launch, args: [...launch.args, "--blink-settings=scriptEnabled=false"] });
  });
  test.afterAll(async () => browser?.close());
  test.beforeEach(async ({ baseURL }) => {
    page = await (await browser.newContext({ baseURL })).newPage();
  });

  test("the catalog is readable, links to every certification, and says what needs JavaScript", async () => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator("main").innerText()).toContain("need JavaScript");
    // The search box and filters, which could do nothing, are not shown.
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.locator("details.filters")).toBeHidden();
    for (const cert of certs) {
      await expect(page.locator(`main a[href="/certscope/cert/${cert.id}"]`).first(), cert.id).toBeVisible();
    }
    const first = page.locator("ul.cards > li").first();
    const name = await first.locator("h2").innerText();
    await first.locator("h2 a").click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  test("every detail page shows its name, price and sources, and its links lead to pages", async () => {
    test.setTimeout(120_000);
    for (const cert of certs) {
      await page.goto(`./cert/${cert.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(cert.name);
      await expect(page.locator("main")).toContainText(priceText(cert));
      expect(await page.locator("main").innerText()).toContain("need JavaScript");
      for (const source of cert.sources) {
        await expect(page.locator(`main a[href="${source.url}"]`).first(), `${cert.id} ${source.url}`).toBeVisible();
      }
      for (const id of [...(cert.prerequisites ?? []), ...(cert.status.replacements ?? [])]) {
        await expect(page.locator(`main a[href="/certscope/cert/${id}"]`).first(), `${cert.id} → ${id}`).toBeVisible();
      }
    }
    // A replacement link is a working link to a real page.
    const retired = certs.find((c) => c.status.replacements?.length);
    await page.goto(`./cert/${retired.id}`);
    const to = byId(retired.status.replacements[0]);
    await page.locator(`main a[href="/certscope/cert/${to.id}"]`).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(to.name);
  });
});

// The page as prerendered (the app's Wasm never arrives), then as the app draws it.
// `withoutFilters` leaves the filter panel's text out of what is compared.
async function textBeforeAndAfter(browser, baseURL, address, viewport, withoutFilters = false) {
  const context = await browser.newContext({ viewport, baseURL });
  try {
    const page = await context.newPage();
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(`./${address}`);
    const read = (withoutFilters) => {
      const text = document.querySelector("body > .app").innerText;
      const filters = document.querySelector("details.filters")?.innerText;
      // What every box, slider and field of the page shows.
      const fields = [...document.querySelectorAll("body > .app input")].map((i) =>
        ["checkbox", "radio"].includes(i.type) ? `${i.id}: ${i.checked}` : `${i.id}: ${i.value}`,
      );
      return { title: document.title, text: withoutFilters && filters ? text.replace(filters, "") : text, fields, shift: window.__shift };
    };
    const before = await page.evaluate(read, withoutFilters);
    const live = await context.newPage();
    await live.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await live.goto(`./${address}`);
    await live.waitForFunction(() => !document.getElementById("boot"));
    // Two frames: anything the app changes right after taking over is painted.
    await live.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await live.evaluate(read, withoutFilters);
    return { before, after };
  } finally {
    await context.close();
  }
}

test("a page looks the same before and after the app takes it over: same text, title and fields, no layout shift", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const phone = { width: 375, height: 740 };
  for (const address of ["", "cert/aws-aif-c01", "cert/gcp-pmle", "score", "advisor", "compare", "lists"]) {
    const { before, after } = await textBeforeAndAfter(browser, baseURL, address, phone);
    expect(after.text, address).toBe(before.text);
    expect(after.title, address).toBe(before.title);
    expect(after.fields, address).toEqual(before.fields);
    expect(after.shift, address).toBe(0);
  }
  // On a wide screen the filters open beside the results once the app runs; the rest is the same
  // and nothing moves.
  const { before, after } = await textBeforeAndAfter(browser, baseURL, "", { width: 1280, height: 800 }, true);
  expect(after.shift).toBe(0);
  expect(after.text).toBe(before.text);
  expect(after.fields).toEqual(before.fields);
});

test("what is typed before the app starts is kept when it takes over, and the focus too", async ({ page }) => {
  // A slow network: the page is there, the Wasm is not yet.
  let release;
  const arrived = new Promise((done) => (release = done));
  await page.route(/\.wasm$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto("./", { app: false });
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill("azure");
  await search.focus();
  expect(await page.evaluate(() => !!document.getElementById("boot"))).toBe(true);
  release();
  await page.waitForFunction(() => !document.getElementById("boot"));
  await expect(page).toHaveURL(/\?q=azure$/);
  await expect(search).toHaveValue("azure");
  await expect(search).toBeFocused();
  await expect(page.locator("ul.cards > li").first()).toContainText(/azure/i);
});
