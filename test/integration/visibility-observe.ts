// What each person could read after a request or a scheduler run, as the
// platform would show it: text posted into the committee channel (everyone
// there reads it) apart from text only the asker, or one recipient, sees
// (ephemeral messages, direct messages, App Home, a Teams personal chat).
// Judged from what the real adapters sent to the local fakes of Slack's Web
// API and Teams' Bot Connector, never from the core's neutral replies.
import type { FakeConnector } from "../fixtures/bot-connector.ts";
import type { FakeSlackApi } from "../fixtures/slack-api.ts";
import { CHANNEL_ID } from "../fixtures/teams-activities.ts";

export interface Seen {
  /** Everything posted where the whole channel reads it. */
  channel: string;
  /** Everything only someone in particular reads, by who: a Slack user or channel id, a Teams conversation. */
  personal: Map<string, string>;
}

/**
 * Waits for the adapters' asynchronous sends: until `count()` passes `before`
 * when an answer is still to come (at most 4 s), then until it has not moved
 * for 80 ms.
 */
export async function settle(count: () => number, before?: number): Promise<void> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 40));
  for (let i = 0; before !== undefined && count() <= before && i < 100; i += 1) await pause();
  let last = count();
  let still = 0;
  for (let i = 0; i < 100 && still < 2; i += 1) {
    await pause();
    const now = count();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/** A JSON value as searchable text, with text files carried as data: URLs decoded. */
function text(value: unknown): string {
  return JSON.stringify(value, (_key, field) => {
    if (typeof field !== "string") return field;
    const data = /^data:(text\/[^;,]+)[^,]*;base64,(.*)$/s.exec(field);
    return data ? Buffer.from(data[2] ?? "", "base64").toString("utf8") : field;
  });
}

function add(seen: Seen, who: string, value: unknown): void {
  seen.personal.set(who, `${seen.personal.get(who) ?? ""}\n${text(value)}`);
}

/** Slack: what the ack and the Web API / response_url calls made since `from` showed, and to whom. */
export function slackSeen(api: FakeSlackApi, from: number, asker: string, ack?: string): Seen {
  const seen: Seen = { channel: "", personal: new Map() };
  const toChannel = (value: unknown) => {
    seen.channel += `\n${text(value)}`;
  };
  if (ack) {
    const body = ack.startsWith("{") ? (JSON.parse(ack) as Record<string, unknown>) : { text: ack };
    if (body.response_type === "in_channel") toChannel(body);
    else add(seen, asker, body);
  }
  for (const call of api.calls.slice(from)) {
    const { body } = call;
    switch (call.method) {
      case "response_url":
        if (body.response_type === "in_channel") toChannel(body);
        else add(seen, asker, body);
        break;
      case "chat.postEphemeral":
        add(seen, String(body.user), body);
        break;
      case "views.publish":
        add(seen, String(body.user_id), body);
        break;
      case "views.open":
      case "views.update":
        add(seen, asker, body);
        break;
      case "chat.postMessage":
      case "chat.update":
      case "files.completeUploadExternal": {
        const channel = String(body.channel ?? body.channel_id ?? "");
        if (channel.startsWith("C")) toChannel(body);
        else add(seen, channel === "" ? asker : channel, body);
        break;
      }
    }
  }
  return seen;
}

/**
 * Teams: the connector calls since `from`, and an Action.Execute invoke's own
 * response, which replaces the card for the person who pressed only (Teams'
 * "replace for interactor"; everyone else keeps the card as it was).
 */
export function teamsSeen(
  connector: FakeConnector,
  from: number,
  invoke?: { body: unknown; presser: string },
): Seen {
  const seen: Seen = { channel: "", personal: new Map() };
  for (const call of connector.calls.slice(from)) {
    if (call.conversationId.startsWith(CHANNEL_ID)) seen.channel += `\n${text(call.body)}`;
    else if (call.path.includes("/activities")) add(seen, call.conversationId, call.body);
  }
  if (invoke?.body !== undefined) add(seen, invoke.presser, invoke.body);
  return seen;
}

/** All a person reads: the channel (when in it) and what was sent to them alone. */
export function readBy(seen: Seen, ids: readonly string[], inChannel: boolean): string {
  return [inChannel ? seen.channel : "", ...ids.map((id) => seen.personal.get(id) ?? "")].join("\n");
}
