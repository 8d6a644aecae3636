// The intent layer's parts on their own: names as typed (typos, accents,
// codes), dates and meetings as referred to, the rules, and the bounded memory.
import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { classify } from "../../src/core/intents/classify.ts";
import { extractEntities } from "../../src/core/intents/entities.ts";
import { type MeetingSummary, readWhen } from "../../src/core/intents/meeting-refs.ts";
import { createConversationMemory, type Turn } from "../../src/core/intents/memory.ts";
import { foldMessage } from "../../src/core/intents/normalize.ts";
import { pickChoice, understand } from "../../src/core/intents/understand.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import { typoDistance } from "../../src/domain/record-names/near-miss.ts";
import type { Directory } from "../../src/store/directory.ts";
import { COMMITTEE_ENTRY, delegationEntry, personEntry } from "../fixtures/directory-entries.ts";

const delegation = delegationEntry;
const person = personEntry;

const DIR: Directory = {
  committee: COMMITTEE_ENTRY,
  delegations: [
    delegation(1, "Germany", "DE", ["presidency"]),
    delegation(2, "Norway", "NO"),
    delegation(3, "Chile", "CL"),
    delegation(4, "Costa Rica", "CR"),
    delegation(5, "Bosnia and Herzegovina", "BA", ["bih", "bosnia"]),
    delegation(6, "Lao PDR", "LA", ["laos", "lao"]),
    delegation(7, "Netherlands", "NL", ["holland"]),
  ],
  persons: [
    person(1, "Malgorzata Hauge", "Hauge", 2),
    person(2, "Carola Muñoz", "Muñoz", 3),
    person(3, "Maricela Muñoz", "Muñoz", 4),
    person(4, "Asim Dorović", "Dorović", 5),
  ],
  areas: [
    {
      id: 1,
      name: "Victim Assistance",
      shortName: "VA",
      position: 1,
      aliases: ["victim assistance", "va"],
      coordinatorIds: [3],
    },
    {
      id: 4,
      name: "Clearance and Risk Reduction Education",
      shortName: "RRE",
      position: 4,
      aliases: ["rre", "clearance"],
      coordinatorIds: [2, 7],
    },
  ],
  coalitions: [{ id: 1, name: "Lao PDR", affectedDelegationId: 6, visibility: "committee" }],
};

function names(text: string): string[] {
  const e = extractEntities(DIR, foldMessage(text), text);
  return [
    ...e.delegations.map((d) => d.name),
    ...e.areas.map((a) => a.name),
    ...e.persons.map((p) => p.name),
    ...e.ambiguousPersons.flat().map((p) => `${p.name}?`),
  ];
}

describe("names as typed", () => {
  it("finds aliases, demonyms and accents typed without them", () => {
    expect(names("where are we with Laos")).toEqual(["Lao PDR"]);
    expect(names("what are the Dutch doing")).toEqual(["Netherlands"]);
    expect(names("who is Dorovic")).toEqual(["Asim Dorović"]);
    expect(names("what has BiH done")).toEqual(["Bosnia and Herzegovina"]);
    // a government by its capital, as diplomats speak of it
    expect(names("has Oslo paid? and the hague?").sort()).toEqual(["Netherlands", "Norway"]);
  });

  it("tolerates one typo (a swap counts once), but never on ordinary words", () => {
    expect(names("wher are we with Loas")).toEqual(["Lao PDR"]);
    expect(names("what does Nroway owe")).toEqual(["Norway"]);
    expect(names("while we wait, who is late?")).toEqual([]);
    // a place is no misspelt person: "Asia" is not Mr. Asim
    expect(names("the workshop in South East Asia")).toEqual([]);
    expect(typoDistance("loas", "laos", 1)).toBe(1);
  });

  it("reads two-letter codes in capitals, and in lower case only where they are no word", () => {
    expect(names("how is the coalition in LA doing")).toEqual(["Lao PDR"]);
    expect(names("no, la la")).toEqual([]);
    expect(names("is it in the de minutes, no?")).toEqual([]);
    // delegates type "nl" and "cr" as they type "laos"
    expect(names("what did nl say")).toEqual(["Netherlands"]);
    expect(names("cr and nl on transparency")).toEqual(["Costa Rica", "Netherlands"]);
  });

  it("leaves a shared surname open unless the delegation settles it", () => {
    expect(names("who is Muñoz")).toEqual(["Carola Muñoz?", "Maricela Muñoz?"]);
    expect(names("Ms. Munoz of Costa Rica")).toEqual(["Costa Rica", "Maricela Muñoz"]);
  });

  it("keeps names it does not know, for an honest answer", () => {
    const e = extractEntities(DIR, foldMessage("what does Peru owe us?"), "what does Peru owe us?");
    expect(e.unknownNames).toEqual(["peru"]);
  });
});

const MEETINGS: MeetingSummary[] = [
  {
    id: 1,
    startsAt: new Date("2016-09-26T22:00:00Z"),
    endsAt: null,
    timeKnown: false,
    timeZone: "Europe/Zurich",
    status: "held",
  },
  {
    id: 2,
    startsAt: new Date("2016-11-04T09:00:00Z"),
    endsAt: new Date("2016-11-04T10:30:00Z"),
    timeKnown: true,
    timeZone: "Europe/Zurich",
    status: "held",
  },
  {
    id: 3,
    startsAt: new Date("2016-12-07T09:00:00Z"),
    endsAt: new Date("2016-12-07T10:30:00Z"),
    timeKnown: true,
    timeZone: "Europe/Zurich",
    status: "scheduled",
  },
];
const NOW = new Date("2016-11-21T08:00:00Z");
const when = (text: string) => readWhen(foldMessage(text), text, MEETINGS, NOW, "Europe/Zurich");

describe("question words as typed", () => {
  it("reads 'wich', 'waht', 'wehn' and 'hwo' as the question words, and leaves other words alone", () => {
    expect(foldMessage("wich day is the CC? waht time, wehn, hwo long")).toBe(
      "which day is the cc what time when how long",
    );
    expect(foldMessage("the Whitsun watch")).toBe("the whitsun watch");
  });

  it("reads a routing word one slip off as meant ('meeitng', 'comittee'), not its own forms", () => {
    expect(foldMessage("the 4 nov meeitng of the comittee")).toBe("the 4 nov meeting of the committee");
    expect(foldMessage("meetings attended by coordinators")).toBe("meetings attended by coordinators");
  });
});

describe("meetings and dates as referred to", () => {
  it("reads last time, the next meeting, a month and a Geneva-style date", () => {
    expect(when("what was decided last time?").meeting).toMatchObject({ found: true, id: 2 });
    expect(when("what is due by the next meeting").meeting).toMatchObject({ found: true, id: 3 });
    expect(when("what's due before the December meeting?").meeting).toMatchObject({ found: true, id: 3 });
    expect(when("decisions taken on 4/11").meeting).toMatchObject({ found: true, id: 2 });
    expect(when("what is due by 7/12").meeting).toMatchObject({ found: true, id: 3 });
    // the committee's own name for its meeting
    expect(when("wich day and time is the december CC").meeting).toMatchObject({ found: true, id: 3 });
  });

  it("reads 'the next CC after 4/11' as the meeting following the dated one", () => {
    expect(when("anything they owe the next CC after 4/11?").meeting).toMatchObject({ found: true, id: 3 });
    expect(when("what is due at the meeting after 4 november").meeting).toMatchObject({ found: true, id: 3 });
    expect(when("what was decided on 4 november after the break").meeting).toMatchObject({
      found: true,
      id: 2,
    });
  });

  it("says so when a named meeting is not on record", () => {
    expect(when("who attended on 15 October?").meeting).toEqual({ found: false, text: "15 October" });
  });

  it("reads periods as a last day", () => {
    expect(when("what's due before the end of January?").dueBy).toBe("2017-01-31");
    expect(when("anything due this week?").dueBy).toBe("2016-11-27");
  });
});

describe("the rules", () => {
  const intentOf = (text: string) => understand({ dir: DIR, meetings: MEETINGS, now: NOW }, text).intent;

  it("routes the issue's examples", () => {
    expect(intentOf("where are we with Laos?")).toBe("coalition.status");
    expect(intentOf("who's on VA?")).toBe("who.coordinates");
    expect(intentOf("who leads the Lao coalition?")).toBe("coalition.lead");
    expect(intentOf("what does Norway owe us?")).toBe("actions.list");
    expect(intentOf("anything overdue?")).toBe("actions.list");
    expect(intentOf("when do we meet next?")).toBe("meeting.next");
    expect(intentOf("what was decided last time?")).toBe("meeting.last");
    expect(intentOf("who attended on 4 November?")).toBe("meeting.attendance");
    expect(intentOf("has Costa Rica sent its update?")).toBe("updates.status");
    expect(intentOf("what did the Netherlands report?")).toBe("updates.content");
    expect(intentOf("thanks!")).toBe("thanks");
  });

  it("tells what someone must hand in from what they plan or have received", () => {
    expect(intentOf("what has germany got to hand in by 7 dec")).toBe("actions.list");
    expect(intentOf("has germany got its update in?")).toBe("updates.status");
    expect(intentOf("in which month did the isu send its first payment reminder of 2016")).not.toBe(
      "updates.status",
    );
    expect(intentOf("what does norway plan to do once the lebanon workshop is over")).not.toBe(
      "actions.list",
    );
    expect(intentOf("which items are still open?")).toBe("actions.list");
    expect(intentOf("when are the 2017 annual transparency reports due")).not.toBe("actions.list");
    expect(intentOf("when is A-3 due?")).toBe("action.detail");
    expect(intentOf("whats the VA coordinators' main strategy, per italy in nov")).toBe("record");
    expect(intentOf("who are the VA coordinators")).toBe("who.coordinates");
    expect(intentOf("cmc monitor briefing 19/10 - who is it for?")).toBe("record");
    // "did it come", "was discussed at the meeting": no one's attendance
    expect(intentOf("The sum was reported on 4 November. From how many States Parties did it come?")).toBe(
      "record",
    );
    expect(intentOf("who levies the 13% fee that was discussed at the November meeting?")).toBe("record");
    expect(intentOf("was norway at the november meeting")).toBe("meeting.attendance");
    expect(intentOf("which step did the ISU Director say was due from SPs by the close of 2016?")).toBe(
      "record",
    );
    // the Presidency (Germany) speaks of the coalitions idea; it has no coalition of its own to report on
    expect(intentOf("honestly, does the presidency reckon this coalitions idea has legs?")).toBe("record");
    expect(intentOf("so did germany cook up the coalitions thing on its own or with the campaigners?")).toBe(
      "record",
    );
    // coordinators named by the way, or the former ones, are not a question of who coordinates now
    expect(intentOf("VA coordinators?")).toBe("who.coordinates");
    expect(intentOf("coordinators for VA this year")).toBe("who.coordinates");
    expect(intentOf("the side event of the ICA coordinators in geneva takes place in which month?")).toBe(
      "record",
    );
    expect(intentOf("the stockpile coordinators - they need a budget for realise their plan?")).toBe(
      "record",
    );
    expect(
      intentOf("which delegation has transmitted the files of the former VA coordinators to chile?"),
    ).toBe("record");
    // "assisted to the meeting" (assister à, asistir a) is attended; assisting with the implementation is not
    expect(intentOf("who assisted to the 6 october meeting for costa rica?")).toBe("meeting.attendance");
    expect(intentOf("how can the ISU assist to the implementation")).not.toBe("meeting.attendance");
    expect(intentOf("where exactly will the 7 dec CC be held")).toBe("meeting.next");
    // "late" asks for overdue items only of the items themselves ("is anything late?"), not of a paper or a payment
    expect(intentOf("who is late")).toBe("actions.list");
    expect(intentOf("was norway late with its clearance concept note?")).toBe("record");
    expect(intentOf("is croatia finishing its own stockpile destrucion early or late?")).toBe("record");
    expect(intentOf("how long was the 4/11 meeting")).toBe("meeting.last");
    // who does a thing ("who's moderating the VA side event") is in the minutes, not who someone is
    expect(intentOf("who's moderating the side event where the VA guidance gets launched")).toBe("record");
    // coalitions in general asked when or why: the documents; where they stand: the coalitions on record
    expect(intentOf("the meeting in thailand on the coalitions, when it took place?")).toBe("record");
    expect(intentOf("Where do the country coalitions stand overall?")).toBe("coalition.list");
    // "any news on the Norwegian ISU money": a State's payment, not its coalition
    expect(intentOf("any news on the norwegian isu money, is it on its way")).not.toBe("coalition.status");
    expect(intentOf("any news on laos")).toBe("coalition.status");
    expect(foldMessage("untill when")).toBe("until when");
    // a treaty article's obligation is in the minutes, not in a coalition's record; coalitions in general,
    // with States that have none, are the concept
    expect(intentOf("by when must laos destroy its stockpiles under art 3")).toBe("record");
    expect(intentOf("where were the intersessionals where chile and norway pushed coalitions")).toBe(
      "record",
    );
    expect(intentOf("where are we with Laos?")).toBe("coalition.status");
    // who presides over another treaty's meeting is not on record; "mine action" is a field, not an action item
    expect(intentOf("who's presiding over the APMBC 15MSP in santiago?")).toBe("unknown");
    expect(intentOf("when does the meeting of mine action national directors start")).not.toBe(
      "actions.list",
    );
    expect(intentOf("Do the VA Coordinators intend to carry forward the previous Coordinators' work?")).toBe(
      "record",
    );
    expect(intentOf("is the presidency's coalitions paper final or still open to changes")).toBe("record");
    expect(intentOf("who sat in for unoda at the 4/11 meeting")).toBe("meeting.attendance");
    expect(intentOf("how many people did australia send to the nov CC")).toBe("meeting.attendance");
    expect(intentOf("are CC members welcome to attend the launch of the VA guidance in santiago")).not.toBe(
      "meeting.attendance",
    );
  });

  it("takes a meeting's hours and place from its record, and 'going by the minutes' to the minutes' words", () => {
    expect(intentOf("wat time did the 4/11 CC kick off")).toBe("meeting.last");
    expect(intentOf("where was the nov CC held")).toBe("meeting.last");
    expect(intentOf("when is the december CC")).toBe("meeting.next");
    expect(intentOf("which day and time is the december CC")).toBe("meeting.next");
    expect(intentOf("which city was the 4/11 CC in")).toBe("meeting.last");
    expect(intentOf("where did we meet on 4/11")).toBe("meeting.last");
    expect(intentOf("where was the workshop on 4/11")).not.toBe("meeting.last");
    expect(intentOf("the nov CC - was it a 90 min meeting? start and end times pls")).toBe("meeting.last");
    // typed without a question word
    expect(intentOf("nov CC start time?")).toBe("meeting.last");
    // "got" is having something, an update only when an update is named
    expect(intentOf("who's going to foot the bill for the workshops, have we got anyone lined up?")).not.toBe(
      "updates.status",
    );
    expect(intentOf("has norway got its update in yet?")).toBe("updates.status");
    expect(intentOf("nov CC venue")).toBe("meeting.last");
    expect(intentOf("which month is the clearance workshop in lebanon, going by the nov minutes")).toBe(
      "record",
    );
  });

  it("refuses what the records cannot hold rather than routing it by a keyword", () => {
    expect(
      classify(
        foldMessage("When is the next Meeting of States Parties?"),
        extractEntities(DIR, "", ""),
        false,
      ),
    ).toEqual({
      intent: "unknown",
      reason: "other-meeting",
    });
    expect(intentOf("will Norway pay on time?")).toBe("unknown");
    expect(intentOf("what's the weather in Geneva on 7 December?")).toBe("unknown");
  });

  it("reads an action item by its number, not a count ('a 90 min meeting') nor an agenda item ('item 5.1')", () => {
    const actionsIn = (text: string) =>
      understand({ dir: DIR, meetings: MEETINGS, now: NOW }, text).entities.actions;
    expect(actionsIn("was it a 90 min meeting")).toEqual([]);
    expect(actionsIn("what was said at the close of item 5.1")).toEqual([]);
    expect(actionsIn("what is a 3 and action item 4")).toEqual([3, 4]);
  });

  it("reads an agenda item named ('under 5.2', 'item 3 on 6/10', 'agenda item 6'), and its number as no date", () => {
    const read = (text: string) => understand({ dir: DIR, meetings: MEETINGS, now: NOW }, text).entities;
    expect(read("what did france add under 5.2 in nov")).toMatchObject({ agendaItem: "5.2", actions: [] });
    expect(read("what did france add under 5.2 in nov").meeting).toMatchObject({ found: true, how: "month" });
    expect(read("item 3 on 6/10 - what did the director undertake")).toMatchObject({
      agendaItem: "3",
      actions: [],
    });
    expect(read("swiss proposal under agenda item 6?")).toMatchObject({ agendaItem: "6", actions: [] });
    // (a meeting just before names its item: "6/10 item 6", "oct minutes item 6")
    expect(read("6/10 item 6: did croatia weigh in on the ISU shortfall?")).toMatchObject({
      agendaItem: "6",
      actions: [],
    });
    expect(read("oct minutes item 6 - who spoke?")).toMatchObject({ agendaItem: "6", actions: [] });
    // a bare "item 3" is still the action item, and "under 5 states" a count
    expect(read("who owns item 3")).toMatchObject({ agendaItem: undefined, actions: [3] });
    expect(read("under 5 states have paid").agendaItem).toBeUndefined();
  });

  it("leans on the previous turn only for a follow-up", () => {
    const previous: Turn = {
      intent: "coalition.status",
      delegationIds: [],
      areaIds: [],
      coalitionIds: [1],
      personIds: [],
      listed: [4, 7],
    };
    const world = { dir: DIR, meetings: MEETINGS, now: NOW };
    expect(understand(world, "and Chile?", previous).intent).toBe("coalition.status");
    expect(understand(world, "who owns the second one?", previous).entities.actions).toEqual([7]);
    expect(understand(world, "when do we meet next?", previous).intent).toBe("meeting.next");
  });

  it("picks a choice by name, delegation or position", () => {
    const choices = [
      {
        label: "Ms. Carola Muñoz (Chile)",
        value: "who is Carola Muñoz?",
        keys: ["carola munoz", "carola", "chile"],
      },
      {
        label: "Ms. Maricela Muñoz (Costa Rica)",
        value: "who is Maricela Muñoz?",
        keys: ["maricela munoz", "maricela", "costa rica"],
      },
    ];
    expect(pickChoice("the one from Costa Rica", choices)?.value).toBe("who is Maricela Muñoz?");
    expect(pickChoice("the first", choices)?.value).toBe("who is Carola Muñoz?");
    expect(pickChoice("2", choices)?.value).toBe("who is Maricela Muñoz?");
    expect(pickChoice("what about Norway", choices)).toBeUndefined();
  });
});

describe("conversation memory", () => {
  const request = (id: string): ChatRequest => ({
    speaker: { kind: "person", personId: 1 },
    conversation: { platform: "console", id, kind: "dm" },
    kind: "message",
    text: "",
  });
  const turn: Turn = {
    intent: "actions.list",
    delegationIds: [2],
    areaIds: [],
    coalitionIds: [],
    personIds: [],
    listed: [1, 4],
  };

  it("forgets a turn after 30 minutes and when the clock goes backwards", () => {
    const clock = manualClock(NOW);
    const memory = createConversationMemory(clock);
    memory.remember(request("a"), 1, turn);
    clock.advance(29 * 60_000);
    expect(memory.recall(request("a"), 1)).toEqual(turn);
    clock.advance(2 * 60_000);
    expect(memory.recall(request("a"), 1)).toBeUndefined();
    memory.remember(request("a"), 1, turn);
    clock.set(new Date(NOW.getTime() - 1000));
    expect(memory.recall(request("a"), 1)).toBeUndefined();
  });

  it("holds at most its limit of conversations, dropping the oldest", () => {
    const memory = createConversationMemory(manualClock(NOW), 2);
    memory.remember(request("a"), 1, turn);
    memory.remember(request("b"), 1, turn);
    memory.remember(request("c"), 1, turn);
    expect(memory.recall(request("a"), 1)).toBeUndefined();
    expect(memory.recall(request("c"), 1)).toEqual(turn);
  });
});
