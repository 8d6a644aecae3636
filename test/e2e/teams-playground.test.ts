// Teams as a person sees it: `npm start` in local mode on a temporary SQLite
// database, Microsoft's Agents Playground as the Teams client, and its page
// in headless Chromium. The Playground's mock user is linked to the
// secretariat with the admin CLI, then types commands, a question, presses
// card buttons and fills in a form; each step is checked on the page, and
// screenshots go to RAPPORTEUR_SHOTS (default: a folder in the temp dir).
// Skipped, saying why, only when Chromium is not installed.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  HAVE_CHROMIUM,
  openPlayground,
  PLAYGROUND_TENANT,
  PLAYGROUND_USER,
  type Playground,
} from "../fixtures/playground.ts";
import { runScript } from "../fixtures/run-script.ts";
import { type StartedProcess, startRapporteur } from "../fixtures/start-process.ts";

const SHOTS = process.env.RAPPORTEUR_SHOTS || join(tmpdir(), "rapporteur-teams-shots");
/** The longest one step may take: a reply, a card refresh, a form error. */
const STEP_MS = 20_000;
const HEADER = '[aria-label="Message header"]';

const dir = mkdtempSync(join(tmpdir(), "rapporteur-playground-"));
const env = {
  DATABASE_URL: `file:${join(dir, "playground.db")}`,
  RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
  LOG_LEVEL: "warn",
  MICROSOFT_APP_ID: "",
  MICROSOFT_APP_PASSWORD: "",
  SLACK_BOT_TOKEN: "",
};
let server: StartedProcess | undefined;
let playground: Playground | undefined;
let page: Page;

/** Each message as the page shows it: the element around its header (author, time, text or card). */
const MESSAGES = 'xpath=//*[@aria-label="Message header"]/..';

/** Waits (polling, at most STEP_MS) until a message after the first `from` shows `expected`; their text. */
async function shown(from: number, expected: RegExp): Promise<string> {
  const deadline = Date.now() + STEP_MS;
  for (;;) {
    const texts = (await page.locator(MESSAGES).allInnerTexts()).slice(from);
    if (texts.some((text) => expected.test(text))) return texts.join("\n---\n");
    if (Date.now() > deadline)
      throw new Error(`the page never showed ${expected}; it shows:\n${texts.join("\n---\n")}`);
    await page.waitForTimeout(200);
  }
}

/** Types a message in the compose box and waits for an answer matching `expected`. */
async function say(text: string, expected: RegExp): Promise<string> {
  const from = await page.locator(HEADER).count();
  const box = page.locator('[role="textbox"][data-lexical-editor="true"]');
  await box.click();
  await box.fill(text);
  await box.press("Enter");
  return shown(from, expected);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const suite = HAVE_CHROMIUM ? describe : describe.skip;
const title = HAVE_CHROMIUM
  ? "Teams in Microsoft's Agents Playground"
  : `Teams in Microsoft's Agents Playground: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

suite(title, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // `npm run admin -- link teams ...`: the secretariat's first step, before the bot runs.
    const linked = await runScript(
      "src/admin/cli.ts",
      ["link", "teams", PLAYGROUND_TENANT, PLAYGROUND_USER, "Sheila Mweemba"],
      "",
      env,
    );
    expect(linked.code, linked.stderr).toBe(0);
    server = await startRapporteur(env);
    playground = await openPlayground(server.base);
    page = playground.page;
    // Installing the app greets the personal chat once.
    await shown(0, /I'm Rapporteur/);
  }, 90_000);

  afterAll(async () => {
    await playground?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers help, status, actions, agenda and a plain question with cards that render", async () => {
    // each waits for the part of the card it checks: a card's text shows before its list and buttons
    expect(await say("help", /status \[coalition\]/)).toMatch(/Commands you can use/);
    await shot("01-help");
    const status = await say("status Lao PDR", /Country coalition: Lao PDR[\s\S]*Share in channel/);
    expect(status).toMatch(/Tested at regional seminars/);
    await shot("02-status-lao-pdr");
    const actions = await say("actions open", /A-1 [\s\S]*Reassign/);
    expect(actions).toMatch(/Mark done/);
    const agenda = await say("agenda", /Agenda for the meeting of/);
    // The Word file comes as a file consent card (which the Playground only names); no Markdown source.
    expect(agenda).not.toMatch(/\.md\b|# /);
    await shot("03-agenda");
    expect(await say("when do we meet next?", /meeting/i)).not.toMatch(/Something went wrong/);
    await shot("04-question");
  }, 60_000);

  it("Mark done refreshes the card; the Reassign form shows its error, then records valid values", async () => {
    const from = await page.locator(HEADER).count();
    await say("actions open", /Mark done/);
    await page.getByRole("button", { name: "Mark done" }).last().click();
    expect(await shown(from, /marked done/)).not.toMatch(/Something went wrong/);
    await shot("05-marked-done");

    const listed = await page.locator(HEADER).count();
    await say("actions open", /Reassign/);
    await page.getByRole("button", { name: "Reassign", exact: true }).last().click();
    const field = page.getByLabel("Action item").last();
    await field.waitFor({ timeout: STEP_MS });
    const handle = await field.inputValue();
    expect(handle).toMatch(/^A-\d+$/);
    // An empty required field: the card's own check keeps the form and says what is missing.
    await field.fill("");
    await page.getByRole("button", { name: "Reassign", exact: true }).last().click();
    await shown(listed, /Action item is required/);
    await shot("06-reassign-error");
    await field.fill(handle);
    await page.getByRole("button", { name: "Reassign", exact: true }).last().click();
    expect(await shown(listed, new RegExp(`${handle} reassigned to`))).not.toMatch(/Something went wrong/);
    await shot("07-reassigned");
    expect(server?.stderr() ?? "").not.toMatch(/"level":50/);
  }, 60_000);
});
