// The real catalog, read from data/ so tests assert against what ships, not copied numbers.
import { readFileSync } from "node:fs";

export const catalog = JSON.parse(readFileSync(new URL("../data/catalog.json", import.meta.url), "utf8"));
export const certs = catalog.certifications;
export const byId = (id) => certs.find((c) => c.id === id);
export const notRetired = certs.filter((c) => c.status.state !== "retired");
export const retired = certs.filter((c) => c.status.state === "retired");
// The catalog first shows at most 60 cards (src/pages/catalog.rs SHOWN); "Show all" shows the rest.
export const shown = (n) => Math.min(n, 60);
