// Plain questions in mentions and DMs ("where are we with Laos?", "what does
// Norway owe us?", "when do we meet next?") routed to the same answers as the
// commands. Only recorded facts are given; when nothing fits, the bot says what
// it can answer instead of guessing.
import * as chrono from "chrono-node";
import { calendarDate, joinAnd, meetingWhen, personName } from "../domain/format.ts";
import { fold } from "../domain/names.ts";
import { MONTH_NAMES } from "../domain/period.ts";
import { searchPassages, terms } from "../records/search.ts";
import { areasCoordinatedBy } from "../store/directory.ts";
import { findMeeting, findMeetingInMonth, findNextMeeting } from "../store/meetings.ts";
import { listUpdatesForMeeting } from "../store/updates.ts";
import { actions, actionsDueBy } from "./commands/actions.ts";
import { coalitionStatus, coalitionsOverview } from "./commands/coalitions.ts";
import { areas, coalitionMembers, who } from "./commands/directory.ts";
import { help } from "./commands/help.ts";
import { agenda, meeting, minutes } from "./commands/meetings.ts";
import type { CommandContext } from "./context.ts";
import { activityDetail, attendanceByDelegation } from "./describe.ts";
import { UserError } from "./errors.ts";
import { privateReply, type Reply } from "./reply.ts";
import { findMentions, type Subject, subjectName } from "./resolve.ts";

const has = (text: string, pattern: RegExp) => pattern.test(text);

/** The answer to a plain question, or null when the bot cannot tell what is asked. */
export async function answerQuestion(context: CommandContext, raw: string): Promise<Reply[] | null> {
  const text = raw
    .replace(/<@[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const lower = text.toLowerCase();
  if (!lower) return help({ name: "help" });
  if (lower.length > 4000)
    throw new UserError(
      `That message is ${lower.length.toLocaleString("en-GB")} characters long; the limit is 4,000.`,
    );
  if (has(lower, /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|greetings|bonjour|hola)\b[\s!.,]*$/)) {
    return [
      privateReply(
        `Hello, ${personName(context.person)}. Ask me about coalitions, action items, meetings or updates, or type "help".`,
      ),
    ];
  }
  if (has(lower, /^(?:thanks?|thank you|merci|gracias|cheers)\b/)) return [privateReply("You're welcome.")];
  if (has(lower, /\b(?:help|what can you do|how do i|commands?)\b/)) return help({ name: "help" });

  const mentions = findMentions(context.dir, text, ["coalition", "delegation", "area", "person"]);
  const coalitions = mentions.filter((m) => m.kind === "coalition");

  if (has(lower, /\bagenda\b/)) return agenda(context);
  if (has(lower, /\bminutes\b/)) return minutes(context);
  if (has(lower, /\b(?:attend(?:ed|ance|ing)?|present|who was there|who came)\b/))
    return attendance(context, text);
  if (has(lower, /\b(?:decided|decisions?|agreed|last time|last meeting|previous meeting)\b/))
    return meeting(context, "last");
  if (
    has(lower, /\b(?:update|updates|report(?:ed)?|concept note|sent|submitted)\b/) &&
    !has(lower, /\bcoalition\b/)
  ) {
    const reply = await updatesQuestion(context, mentions);
    if (reply) return reply;
  }
  if (
    has(
      lower,
      /\b(?:owe|owes|actions?|tasks?|to-?dos?|overdue|late|pending|outstanding|due|deadline|follow[- ]?ups?)\b/,
    )
  ) {
    return actionsQuestion(context, lower, mentions);
  }
  if (
    has(lower, /\b(?:when|where|what time)\b.*\b(?:meet|meeting)\b|\bnext meeting\b|\bmeet(?:ing)? next\b/)
  ) {
    return meeting(context, "next");
  }
  if (
    has(
      lower,
      /^who\b|\bwho(?:'s| is| are)?\b.*\b(?:lead|leads|coordinat\w*|on|in charge|responsible|handl\w*)\b/,
    )
  ) {
    const leadQuestion = has(lower, /\blead/);
    const target =
      leadQuestion && coalitions[0]
        ? coalitions[0]
        : (mentions.find((m) => m.kind !== "coalition") ?? mentions[0]);
    if (target?.kind === "coalition") return coalitionMembers(context, target.coalition.id);
    if (target) return who(context, subjectName(target));
    if (has(lower, /\bcoordinators?\b/)) return areas(context);
  }
  const fromRecord = await recordQuestion(context, text);
  if (fromRecord && fromRecord.hit.matched >= 3) return fromRecord.replies;
  if (coalitions[0]) return coalitionStatus(context, coalitions[0].coalition.id);
  // Words beyond the names mentioned ("the ISU deficit") ask about something the
  // record says, not about who the ISU is.
  const beyondNames = terms(text).filter(
    (term) => findMentions(context.dir, term, ["delegation", "area", "person"]).length === 0,
  );
  if (fromRecord && beyondNames.length > 0) return fromRecord.replies;
  if (has(lower, /\bcoalitions?\b/)) return coalitionsOverview(context);
  if (has(lower, /\b(?:areas?|themes?|thematic)\b/)) return areas(context);
  const area = mentions.find((m) => m.kind === "area");
  if (area) return who(context, subjectName(area));
  const delegation = mentions.find((m) => m.kind === "delegation" || m.kind === "person");
  if (delegation) return who(context, subjectName(delegation));
  return (await activityQuestion(context, lower)) ?? fromRecord?.replies ?? null;
}

/** A quotation from the committee's records (minutes, papers) that answers the question, with its source. */
async function recordQuestion(context: CommandContext, text: string) {
  const passages = await context.db.recordPassage.findMany({
    where: { committeeId: context.dir.committee.id },
    orderBy: [{ source: "asc" }, { position: "asc" }],
  });
  const hit = searchPassages(passages, text);
  if (!hit) return null;
  const replies: Reply[] = [
    privateReply(`${hit.source}, ${hit.reference}:`, {
      sections: [
        {
          text: hit.sentences.map((sentence) => `“${sentence}”`).join(" "),
          context: "Quoted from the record, not summarised.",
        },
      ],
    }),
  ];
  return { hit, replies };
}

export function notUnderstood(text: string): Reply {
  const lower = text.toLowerCase();
  const examples = has(lower, /\bmeet/)
    ? ['"when do we meet next?"', '"what was decided last time?"']
    : has(lower, /\b(?:who|person|people)\b/)
      ? ['"who\'s on VA?"', '"who leads the Lao coalition?"']
      : ['"where are we with Laos?"', '"what does Norway owe us?"'];
  return privateReply(
    `I'm not sure what you're asking, and I only answer from the committee's records. I can tell you about country coalitions, action items, meetings, updates and who coordinates what. Try ${examples.join(" or ")}, or type "help".`,
  );
}

async function actionsQuestion(
  context: CommandContext,
  lower: string,
  mentions: Subject[],
): Promise<Reply[]> {
  if (has(lower, /\b(?:before|by|for|until)\b.*\bmeeting\b/) && !has(lower, /\b(?:overdue|late)\b/)) {
    const target = await meetingReferredTo(context, lower);
    if (target) return actionsDueBy(context, target);
  }
  if (has(lower, /\b(?:overdue|late|past due|behind)\b/)) return actions(context, { kind: "overdue" });
  if (has(lower, /\b(?:my|mine|i owe|do i|me)\b/)) return actions(context, { kind: "mine" });
  const subject = mentions.find((m) => m.kind !== "coalition") ?? mentions[0];
  if (subject) {
    const name = subject.kind === "coalition" ? `${subjectName(subject)} coalition` : subjectName(subject);
    return actions(context, { kind: "subject", text: name });
  }
  if (has(lower, /\b(?:done|completed|finished)\b/)) return actions(context, { kind: "done" });
  return actions(context, { kind: "open" });
}

async function updatesQuestion(context: CommandContext, mentions: Subject[]): Promise<Reply[] | null> {
  const { db, dir, now } = context;
  const next = await findNextMeeting(db, dir.committee.id, now);
  if (!next) return null;
  const updates = await listUpdatesForMeeting(db, next.id);
  const subject = mentions.find((m) => m.kind === "delegation" || m.kind === "area");
  const areaList = subject
    ? subject.kind === "area"
      ? [subject.area]
      : subject.kind === "delegation"
        ? areasCoordinatedBy(dir, subject.delegation.id)
        : []
    : dir.areas;
  if (subject?.kind === "delegation" && areaList.length === 0) {
    const sent = updates.filter((u) => u.author.delegationId === subject.delegation.id);
    // Not a coordinator and nothing sent: the question is more likely about what it said on record.
    if (sent.length === 0) return null;
  }
  const items = areaList.map((area) => {
    const update = updates.find((u) => u.areaId === area.id);
    return update
      ? {
          text: `${area.name}: received`,
          detail: `${update.body} (from ${personName(update.author)} (${update.author.delegation.name}), ${calendarDate(update.revisedAt ?? update.submittedAt, dir.committee.timeZone)})`,
        }
      : { text: `${area.name}: not yet received` };
  });
  const received = items.filter(
    (item) => item.text.endsWith("received") && !item.text.endsWith("not yet received"),
  ).length;
  const who = subject ? subjectName(subject) : "the coordinators";
  return [
    privateReply(
      `Updates from ${who} for the meeting of ${meetingWhen(next)}: ${received} of ${items.length} received.`,
      {
        sections: [{ items }],
      },
    ),
  ];
}

async function attendance(context: CommandContext, text: string): Promise<Reply[]> {
  const { db, dir, now } = context;
  const zone = dir.committee.timeZone;
  const parsed = chrono.en.GB.parse(text, { instant: now, timezone: zone }, { forwardDate: false })[0];
  let meetingId: number | undefined;
  if (parsed?.start.get("day") && parsed.start.get("month")) {
    const month = String(parsed.start.get("month")).padStart(2, "0");
    const day = String(parsed.start.get("day")).padStart(2, "0");
    const year = parsed.start.isCertain("year") ? String(parsed.start.get("year")) : undefined;
    const meetings = await db.meeting.findMany({
      where: { committeeId: dir.committee.id },
      orderBy: { startsAt: "desc" },
    });
    const match = meetings.find((m) => {
      const date = calendarDate(m.startsAt, m.timeZone);
      return date.endsWith(`-${month}-${day}`) && (!year || date.startsWith(year));
    });
    if (!match) throw new UserError(`No meeting is on record for ${parsed.text}.`);
    meetingId = match.id;
  } else {
    const last = await db.meeting.findFirst({
      where: { committeeId: dir.committee.id, status: { not: "cancelled" }, startsAt: { lte: now } },
      orderBy: { startsAt: "desc" },
    });
    meetingId = last?.id;
  }
  const found = meetingId ? await findMeeting(db, meetingId) : null;
  if (!found) throw new UserError("No meeting has been held yet.");
  if (found.attendances.length === 0) {
    return [privateReply(`No attendance is recorded for the meeting of ${meetingWhen(found)}.`)];
  }
  const byDelegation = attendanceByDelegation(found.attendances);
  return [
    privateReply(
      `Present at the meeting of ${meetingWhen(found)}: ${byDelegation.length} delegations, ${found.attendances.length} people.`,
      {
        sections: [
          {
            items: byDelegation.map(({ delegation, people }) => ({
              text: delegation.name,
              detail: joinAnd(people),
            })),
          },
        ],
      },
    ),
  ];
}

/** "the December meeting" -> the scheduled meeting in December; otherwise the next meeting. */
async function meetingReferredTo(context: CommandContext, lower: string): Promise<number | null> {
  const { db, dir, now } = context;
  const month = MONTH_NAMES.findIndex((name) =>
    new RegExp(`\\b${name.slice(0, 3)}\\w*\\s+(?:cc\\s+|committee\\s+)?meeting`).test(lower),
  );
  if (month >= 0) {
    return (await findMeetingInMonth(db, dir.committee.id, month + 1, now))?.id ?? null;
  }
  return (await findNextMeeting(db, dir.committee.id, now))?.id ?? null;
}

const GENERIC_WORDS = new Set([
  "seminar",
  "seminars",
  "meeting",
  "meetings",
  "regional",
  "country",
  "specific",
  "informal",
  "closed",
  "promoting",
  "coalitions",
  "intersessional",
]);

/** Questions about one recorded activity ("how is the Bangkok seminar funded?"). */
async function activityQuestion(context: CommandContext, lower: string): Promise<Reply[] | null> {
  const { db, dir, now } = context;
  const activities = await db.coalitionActivity.findMany({
    where: { coalition: { committeeId: dir.committee.id } },
    include: { coalition: true, area: true },
    orderBy: { position: "asc" },
  });
  const words = new Set(fold(lower).split(" "));
  const matches = activities.filter((activity) =>
    fold(`${activity.title} ${activity.place ?? ""}`)
      .split(" ")
      .some((word) => word.length >= 4 && !GENERIC_WORDS.has(word) && words.has(word)),
  );
  if (matches.length === 0) return null;
  return [
    privateReply(
      matches.length === 1
        ? `${matches[0]?.title}, ${matches[0]?.coalition.name} coalition.`
        : `${matches.length} recorded activities match.`,
      {
        sections: [
          {
            items: matches.map((activity) => ({
              text: `${activity.title} (${activity.coalition.name} coalition)`,
              detail: activityDetail(activity, now),
            })),
          },
        ],
      },
    ),
  ];
}
