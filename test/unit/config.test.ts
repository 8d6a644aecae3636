// The configuration check: a malformed or half-given secret stops start-up
// with one line naming the variable and never repeating its value.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { REDACTED, scrubber } from "../../src/log.ts";
import { secretValues } from "../../src/secrets.ts";

const SIGNING = "8f742231b10e8888abcd99yyyzzz85a5";
const APP_ID = "9c1e7d2a-4b1f-4a55-8f0e-6b3f0f7d2e11";

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    for (const [name, value] of Object.entries(env)) {
      if (name !== "MICROSOFT_APP_TYPE") expect(message, name).not.toContain(value);
    }
    return message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("accepts the unset configuration and each platform fully configured", () => {
    expect(loadConfig({}).DATABASE_URL).toBe("file:./data/rapporteur.db");
    expect(() =>
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: SIGNING }),
    ).not.toThrow();
    expect(() =>
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_APP_TOKEN: "xapp-1-A1-abc" }),
    ).not.toThrow();
    expect(() => loadConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: "a~b.c_d-e" })).not.toThrow();
    for (const url of ["file:/tmp/x.db", "postgres://u:p@h/db", "postgresql://h/db"]) {
      expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxp-SECRET-user-token", SLACK_SIGNING_SECRET: SIGNING }, "SLACK_BOT_TOKEN"],
    [{ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_SIGNING_SECRET: "not a hex secret!" }, "SLACK_SIGNING_SECRET"],
    [{ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_SIGNING_SECRET: "xoxb-1-2-pasted-token" }, "SLACK_SIGNING_SECRET"],
    [{ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xoxb-SECRET-wrong-kind" }, "SLACK_APP_TOKEN"],
    [{ SLACK_BOT_TOKEN: "xoxb-SECRET-half-configured" }, "SLACK_SIGNING_SECRET"],
    [{ SLACK_SIGNING_SECRET: SIGNING }, "SLACK_BOT_TOKEN"],
    [{ SLACK_API_URL: "slack dot com" }, "SLACK_API_URL"],
    [{ MICROSOFT_APP_ID: "my-bot", MICROSOFT_APP_PASSWORD: "SECRET~pw" }, "MICROSOFT_APP_ID"],
    [{ MICROSOFT_APP_PASSWORD: "SECRET~pw" }, "MICROSOFT_APP_ID"],
    [{ MICROSOFT_APP_ID: APP_ID }, "MICROSOFT_APP_PASSWORD"],
    [{ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: "SECRET pw" }, "MICROSOFT_APP_PASSWORD"],
    [
      { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: "SECRET~pw", MICROSOFT_APP_TYPE: "SingleTenant" },
      "MICROSOFT_APP_TENANT_ID",
    ],
    [{ DATABASE_URL: "mysql://root:SECRETpw@db/rapporteur" }, "DATABASE_URL"],
    [{ PORT: "http" }, "PORT"],
  ])("refuses %j naming %s", (env, variable) => {
    expect(refusal(env)).toMatch(new RegExp(`^Invalid configuration: .*\\b${variable}\\b`));
  });
});

describe("loadConfig without the pairing rules", () => {
  it("takes one variable alone (the Teams package needs only the app id) but still checks its form", () => {
    expect(loadConfig({ MICROSOFT_APP_ID: APP_ID }, { pairs: false }).MICROSOFT_APP_ID).toBe(APP_ID);
    expect(() => loadConfig({ MICROSOFT_APP_ID: "my-bot" }, { pairs: false })).toThrow(/MICROSOFT_APP_ID/);
  });
});

describe("log scrubbing", () => {
  it("replaces configured secrets, Slack tokens and bearer credentials in a serialised line", () => {
    const scrub = scrubber(
      secretValues({ MICROSOFT_APP_PASSWORD: "pw~with.dots", DATABASE_URL: "postgres://u:dbpass99@h/db" }),
    );
    const line = scrub(
      JSON.stringify({ msg: "pw~with.dots xoxb-123-abc xapp-1-X Bearer eyJ.a.b postgres://u:dbpass99@h/db" }),
    );
    expect(line).not.toMatch(/pw~with\.dots|xoxb-123|xapp-1-X|eyJ|dbpass99/);
    expect(line).toContain(REDACTED);
  });
});
