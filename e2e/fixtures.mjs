// Shared fixture: every test fails on a request that leaves the local origin, an uncaught page
// error, a console error (Rust panics and CSP violations are logged as errors) or a CSP report,
// in its page and in every other page the test opens in the same context.
// Every address is a prerendered page (scripts/build): its links work at once, its buttons only
// once the app has taken it over. So goto() and reload() wait for that (the app removes #boot);
// pass { app: false } for a page that is not expected to start the app.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, context }, use) => {
    const problems = [];
    // GitHub Pages answers an unknown path with 404.html and status 404; the browser logs that
    // document's status as an error, which is expected for not-found tests and nothing else.
    const notFoundDocuments = new Set();
    const watch = (watched) => {
      watched.on("response", (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) notFoundDocuments.add(response.url());
      });
      watched.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      watched.on("console", (message) => {
        if (message.type() !== "error") return;
        if (message.text().includes("status of 404") && notFoundDocuments.has(message.location().url)) return;
        problems.push(`console error: ${message.text()} at ${message.location().url}`);
      });
      watched.on("request", (request) => {
        const url = new URL(request.url());
        if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") {
          problems.push(`request left the local origin: ${request.url()}`);
        }
      });
    };
    const waitForApp = (target) => {
      for (const name of ["goto", "reload"]) {
        const original = target[name].bind(target);
        target[name] = async (...args) => {
          const options = (name === "goto" ? args[1] : args[0]) ?? {};
          const response = await original(...args);
          if (options.app !== false) await target.waitForFunction(() => !document.getElementById("boot"));
          return response;
        };
      }
    };
    watch(page);
    waitForApp(page);
    context.on("page", (opened) => {
      watch(opened);
      waitForApp(opened);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(problems, "no errors, panics, CSP violations or third-party requests").toEqual([]);
  },
});
export { expect };
