// Before any test: bring dist/ (what `npm start` runs, and what the tests
// that start the real server run) up to date with the sources, once per
// vitest run. A few milliseconds when nothing changed, about a second when
// something did.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "build.mjs"), "--if-stale"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}
