// What every command is given: the store (for writes), the clock, the committee snapshot,
// the person asking and the request itself.
import type { Clock } from "../clock.ts";
import type { Logger } from "../log.ts";
import type { Records } from "../read-model/records.ts";
import type { Actor } from "../store/audit.ts";
import type { Directory, PersonEntry } from "../store/directory.ts";
import type { Db } from "../store/open.ts";
import type { ChatRequest } from "./request.ts";

export interface CommandContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  dir: Directory;
  /** The committee's records as of this request (src/read-model/): what answers read. */
  records: Records;
  /** The records again, with this request's own writes: for a reply that reads what it just wrote. */
  fresh(): Promise<Records>;
  person: PersonEntry;
  actor: Actor;
  request: ChatRequest;
  now: Date;
}

export function actorFor(request: ChatRequest, person: PersonEntry): Actor {
  const { speaker } = request;
  if (speaker.kind === "chat") {
    return { personId: person.id, platform: speaker.platform, platformUserId: speaker.userId };
  }
  return { personId: person.id, platform: request.conversation.platform };
}
