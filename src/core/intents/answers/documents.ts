// Answers from the committee's documents (every meeting's minutes, the
// non-paper, notes): the fact asked for first, then the sentence it stands in
// and where (document, item, paragraph). A delegation asked about at a
// meeting it did not attend is said to be not recorded as present; anything
// the documents do not answer gets "I don't know".

import { shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { REPLIES_ASKED } from "../../../records/knowledge/asked-and-said.ts";
import type { Constraints } from "../../../records/knowledge/constraints.ts";
import { type Finding, findAnswer } from "../../../records/knowledge/find.ts";
import type { KnowledgeSentence } from "../../../records/knowledge/knowledge.ts";
import { analyzeQuestion } from "../../../records/knowledge/question.ts";
import { ROOM_ASKED } from "../../../records/knowledge/question-words.ts";
import { CHECKED } from "../../../records/knowledge/sentence-checks.ts";
import { analyze } from "../../../records/knowledge/vocabulary.ts";
import { delegationById } from "../../../store/directory.ts";
import { privateReply } from "../../reply.ts";
import { plainMessage } from "../normalize.ts";
import { acronymsAsked, spelledOut } from "./acronyms.ts";
import {
  actsIn,
  figureOwner,
  headlined,
  namesItsOwn,
  ownedBy,
  PRONOUN,
  presentAt,
  receivingUnsaid,
  setAside,
  speakerAsked,
  typedNames,
  typedNameTerms,
  unframed,
} from "./delegations-asked.ts";
import { onlyExpected } from "./expected-only.ts";
import {
  leansOnPrevious,
  previousSentence,
  REPLY_ASKED,
  replyTo,
  sameAskedOf,
  standingAlone,
  WHO_SAID_THAT,
} from "./follow-ups.ts";
import { givesFormAsked, namesPersonChosen } from "./form-asked.ts";
import { knowledgeOf } from "./knowledge-of.ts";
import { namesOtherMeeting, onThePaperAsked, unrecordedMeeting } from "./meeting-records.ts";
import { outsiderAsSpeaker, reportedSpeaking } from "./outside-speakers.ts";
import { type Answer, type AnswerContext, dontKnow, NOTHING } from "./shared.ts";
import {
  datePartsOf,
  dayOfMonth,
  EVENT_MONTH,
  LAST_PARAGRAPH,
  lastParagraph,
  PAPER_PARAGRAPH,
  typesMeeting,
} from "./where-asked.ts";

/** Where a sentence stands: "Minutes of 6 October 2016, item 5.4 (Lebanon), paragraph 2". */
export function whereOf(sentence: KnowledgeSentence): string {
  const paragraph = sentence.paragraph !== null ? `, paragraph ${sentence.paragraph}` : "";
  return `${sentence.source}, ${sentence.reference}${paragraph}`;
}

function quoted(finding: Pick<Finding, "sentence" | "fact">): Answer {
  const { sentence, fact } = finding;
  const where = whereOf(sentence);
  return {
    replies: [
      // ("on Monday 6 November." ends its sentence: one full stop)
      privateReply(fact ? `${fact.replace(/[.;,:]+$/, "")}. (${where})` : `${where}:`, {
        sections: [{ text: `“${sentence.text}”`, context: "Quoted from the record, not summarised." }],
      }),
    ],
    record: { sentenceId: sentence.id, text: sentence.text },
  };
}

/** "deficit", "Beirut": a word or two, with no question word or mark, asks nothing a sentence could answer ("by when" does). */
function bareWords(text: string, folded: string): boolean {
  // ("naming and shaming": a phrase of the minutes is no question either)
  const words = folded.split(" ");
  return (
    (words.length <= 2 || (words.length === 3 && words[1] === "and")) &&
    !/\?/.test(text) &&
    !/\b(?:what|when|where|who|whom|whose|how|why|which)\b/.test(folded)
  );
}

/** The documents' answer, and how much of the question its sentence covers (1 for an absence or "who said that"). */
interface Looked {
  answer: Answer;
  coverage: number;
  matched: number;
  /** The date, figure or place the sentence states, when the question asks for one. */
  fact?: string;
  sentence?: KnowledgeSentence;
}

export async function answerRecord(context: AnswerContext): Promise<Answer> {
  return lookUp(context).answer;
}

/**
 * What the documents answer to a question another intent took, looked up
 * once. `strong`: the sentence says nearly all the question asks ("who
 * financed the Bangkok seminar"), so the document wins. `fact`: the question
 * asks for a date, a figure or a place and a sentence states one, for an
 * intent that answers only who or what ("by when will the SD coordinators
 * write…" is no question of who coordinates).
 */
export function documentAnswers(context: AnswerContext): {
  strong: Answer | null;
  fact: Answer | null;
  funding: Answer | null;
} {
  // the thematic area named is what another intent answers about: it does not make a sentence the answer;
  // and a question naming its own delegations overrides that intent on its own words, not the previous
  // message's ("Iraq and Australia - anything they owe the next CC after 4/11" after a question on the minutes)
  const looked = lookUp(namesItsOwn(context) ? { ...context, previous: undefined } : context, true);
  const { answer, coverage, matched } = looked;
  return {
    strong: answer.record && coverage >= STRONG && matched >= 3 ? answer : null,
    fact: statesFactAsked(context, looked) ? answer : null,
    // "who paid for the Zagreb meeting": the sentence saying who financed it, to quote beside a record
    funding:
      answer.record &&
      coverage >= 0.6 &&
      matched >= 2 &&
      /\b(?:financed|funded)\b/.test(looked.sentence?.text ?? "")
        ? answer
        : null,
  };
}

const STRONG = 0.8;
const FACT_COVERAGE = 0.75;

function statesFactAsked(context: AnswerContext, looked: Looked): boolean {
  const { fact, coverage, matched, sentence } = looked;
  // ("dates of the 6MSP?": the dates of another meeting, named and nothing else, are enough)
  const otherMeetingAlone =
    context.understanding.reason === "other-meeting" &&
    /\b(?:when|dates?)\b/.test(context.understanding.folded) &&
    coverage >= 1 &&
    matched >= 1;
  // ("which room was the 4 nov meeting in": a room named for that day is enough)
  const roomAlone = ROOM_ASKED.test(context.understanding.folded) && coverage >= 1;
  if (
    !sentence ||
    fact === undefined ||
    coverage < FACT_COVERAGE ||
    (matched < 2 && !otherMeetingAlone && !roomAlone)
  )
    return false;
  // the thematic area named is where the answer stands, or what its sentence names
  const areas = context.understanding.entities.areas;
  return areas.every((area) =>
    [area.name, area.shortName ?? "", ...area.aliases].some((name) => {
      const terms = analyze(name);
      return terms.length > 0 && terms.every((term) => sentence.ownTerms.has(term));
    }),
  );
}

function lookUp(original: AnswerContext, areasSelect = false): Looked {
  const context = unframed(original);
  const previousTurn = context.previous?.record;
  const { entities, folded } = context.understanding;
  const text = plainMessage(context.text);
  const knowledge = knowledgeOf(context.records, context.dir);
  const previous = previousSentence(knowledge, previousTurn);
  if (previous && WHO_SAID_THAT.test(folded)) {
    if (!previous.speaker) return refused(dontKnow(folded, "The record does not say who said it."));
    return { answer: quoted({ sentence: previous, fact: previous.speaker }), coverage: 1, matched: 0 };
  }
  // "what did France add under 5.2", "per para 6": the item's or paragraph's number selects, it is no topic
  const item = entities.agendaItem;
  const paragraph =
    PAPER_PARAGRAPH.exec(folded)?.[1] ?? (LAST_PARAGRAPH.test(folded) ? lastParagraph(knowledge) : undefined);
  const selecting = [
    ...(item ? ["item", "agenda", ...item.split(".")] : []),
    ...(paragraph ? ["para", "paragraph", paragraph, ...analyze("last final closing")] : []),
  ];
  // "and the French?" after "when did Switzerland pay…": the same question, of the French
  const asked = context.previous?.asked;
  const own = analyzeQuestion(text);
  const askedAgain =
    asked !== undefined && sameAskedOf(folded, own.terms.length) && !REPLY_ASKED.test(folded);
  // ("the monitor's count": the possessive the plain message drops says whose figure is asked)
  const analyzed = askedAgain
    ? { ...analyzeQuestion(asked), terms: own.terms }
    : { ...own, whoseFigure: figureOwner(context) };
  const question =
    selecting.length > 0
      ? { ...analyzed, terms: analyzed.terms.filter((term) => !selecting.includes(term)) }
      : analyzed;
  // A lone word ("clear", "budget") is not a question: a sentence that merely contains it answers nothing.
  // "and the Zagreb one?", "why those two?", "how many people are expected?": the previous question's words count too
  // (not "was Norway late with its concept note": the pronoun takes up a delegation the question itself names)
  // (a delegation the previous message named gives way to one this message names: "and the French?")
  const ownNames = namesItsOwn(context);
  const namedBefore = new Set(
    context.dir.delegations
      .filter((d) => context.previous?.delegationIds.includes(d.id))
      .flatMap((d) => analyze(typedNames(d).join(" "))),
  );
  const earlier =
    leansOnPrevious(folded, question.terms.length) && !(PRONOUN.test(folded) && ownNames)
      ? (context.previous?.topic ?? []).filter((term) => !(ownNames && namedBefore.has(term)))
      : [];
  // "what does RACVIAC stand for": only a sentence spelling it out answers
  const acronyms = acronymsAsked(context.text, knowledge);
  if (acronyms.length > 0 && !spelledOut(knowledge, acronyms)) {
    const typed = acronyms.map((a) => (/\d/.test(a) ? a : a.toUpperCase()));
    return refused(
      dontKnow(
        folded,
        `The records use ${typed.join(", ")} without spelling ${typed.length > 1 ? "them" : "it"} out.`,
      ),
    );
  }
  if (bareWords(context.text, folded) && entities.delegations.length === 0)
    return refused(dontKnow(folded, "A single word is not enough for me to find what the records say."));
  // ("did the joint meeting happen in november": the month is when the thing asked about happened, not the
  // meeting whose minutes say it)
  const eventMonth = entities.meeting?.found && entities.meeting.how === "month" && EVENT_MONTH.test(folded);
  const meeting =
    entities.meeting?.found && !eventMonth ? context.records.meetingById.get(entities.meeting.id) : undefined;
  const meetingHasText = meeting && knowledge.sentences.some((s) => s.meetingId === meeting.id);
  // (minutes of a meeting held after it: what happened since is on record)
  const laterText =
    meeting !== undefined &&
    knowledge.sentences.some((s) => {
      const held = s.meetingId === null ? undefined : context.records.meetingById.get(s.meetingId);
      return held !== undefined && held.startsAt > meeting.startsAt;
    });
  const unrecorded = meeting
    ? unrecordedMeeting(context, meeting, Boolean(meetingHasText), question, laterText)
    : null;
  if (unrecorded) return refused(unrecorded);
  const speaker = question.asksSpeaker ? undefined : speakerAsked(context);
  // the reply to the previous quote, asked in a few words ("and how did the director answer")
  // (not "any replies in yet?" after letters: replies received since, not words at the meeting)
  if (
    previous?.speaker &&
    REPLY_ASKED.test(folded) &&
    !REPLIES_ASKED.test(folded) &&
    leansOnPrevious(folded, question.terms.length)
  ) {
    const replier = speaker && speaker.name !== previous.speaker ? speaker.name : undefined;
    const reply = replyTo(knowledge, previous, replier);
    if (reply) return { answer: quoted({ sentence: reply, fact: undefined }), coverage: 1, matched: 0 };
  }
  // "Norway's concerns", "Switzerland's legislation": what the delegation itself said, not a list naming it
  const possessive = speaker !== undefined && ownedBy(context.text, speaker);
  const spoke =
    question.verb !== undefined ||
    /\b(?:concern|worri|answer|position|view|question|reaction|response)/.test(folded) ||
    (speaker !== undefined && headlined(folded, speaker)) ||
    // "and the Swiss?" after "the Aussies on coalitions": what the Swiss said on them
    (askedAgain &&
      context.dir.delegations.some(
        (d) => context.previous?.delegationIds.includes(d.id) && headlined(fold(plainMessage(asked)), d),
      ));
  const asksAboutSpeech = possessive || spoke;
  const constraints: Constraints = {
    meetingId: meetingHasText ? meeting.id : undefined,
    speakersAmong: /^(?:and )?(?:which|what) (?:sps?|states?(?: parties| party)?|countr(?:y|ies))\b/.test(
      folded,
    )
      ? context.dir.delegations.filter((d) => d.kind === "state").map((d) => d.name)
      : undefined,
    // "room for the nov CC, as agreed at the october one": the minutes that set it name its day
    sayingDay: question.room && meeting ? dayOfMonth(meeting.startsAt, meeting.timeZone) : undefined,
    agendaNumber: item,
    paperParagraph: item ? undefined : paragraph,
    dateParts: datePartsOf(folded),
    speaker: speaker && asksAboutSpeech ? speaker.name : undefined,
    // "when is Italy planning…": Italy does it, so its own words answer best
    // (a person named is who the question is about: "why did Biontino want…")
    subject:
      speaker && !asksAboutSpeech && (actsIn(folded, context.dir, speaker) || entities.persons.length > 0)
        ? speaker.name
        : undefined,
    named: entities.delegations
      .filter((d) => !(speaker && asksAboutSpeech && d.id === speaker.id) && !setAside(folded, typedNames(d)))
      .map((d) => d.name),
    // (not of the paper, which names no coordinators: "the NIM coordinators' work, going by the non-paper")
    owners: question.source === "paper" ? undefined : areaCoordinators(context),
    excluded: entities.delegations.filter((d) => setAside(folded, typedNames(d))).map((d) => d.name),
    // "a focal point for clearance (not VA)": sentences on the area set aside do not answer
    excludedTopics: entities.areas
      .filter((a) => setAside(folded, [a.name, a.shortName ?? a.name, ...a.aliases]))
      .map((a) => analyze(a.name)),
    selectorTerms: [
      ...(areasSelect
        ? entities.areas.flatMap((a) => analyze([a.name, a.shortName ?? "", ...a.aliases].join(" ")))
        : []),
      ...entities.delegations.flatMap((d) => typedNameTerms(folded, typedNames(d))),
      // "why did Biontino want…": the person selects the speaker; the name is no topic of the sentence
      ...entities.persons.flatMap((p) => analyze(`${p.name} ${p.familyName}`)),
      ...(meetingHasText ? analyze(`${shortDate(meeting.startsAt, meeting.timeZone)} meeting`) : []),
      ...analyze("minutes meeting committee ccm coordination"),
    ],
    previous: previous || earlier.length > 0 ? { sentenceId: previous?.id, terms: earlier } : undefined,
    heldOn: (id) => context.records.meetingById.get(id)?.startsAt,
  };
  // ("what did Joel Paterson contribute on 6/10": a person named at a meeting he missed did nothing there)
  const person = entities.persons[0];
  if (speaker && (spoke || person) && meeting && !presentAt(context, meeting.id, speaker, person)) {
    const who = person?.name ?? speaker.name;
    return refused(
      dontKnow(
        folded,
        `${who} is not recorded as present at the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)}, so the minutes record nothing ${who} said there.`,
      ),
    );
  }
  // "what did Lebanon say at the 4/11 CC": a State outside the committee, unless the minutes report it speaking
  const outsider = outsiderAsSpeaker(
    folded,
    context.dir,
    // (a name as typed, not an abbreviation the records spell out: "SPs" are States Parties)
    new Map(
      entities.unknownNames
        .filter((name) => analyze(name).join(" ") === name)
        .map((name) => [name, typedAs(context.text, name)]),
    ),
  );
  if (
    outsider &&
    !knowledge.sentences.some(
      (s) => (!meeting || s.meetingId === meeting.id) && reportedSpeaking(outsider, s.text),
    )
  )
    return refused(
      dontKnow(
        folded,
        meeting && meeting.attendances.length > 0
          ? `${outsider.charAt(0).toUpperCase()}${outsider.slice(1)} is not recorded as present at the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)}, so the minutes record nothing ${outsider} said there.`
          : `The minutes record nothing ${outsider} said: it is not a member of the committee.`,
      ),
    );
  // "Laos's Article 4 deadline": said by Laos, or else said of it
  const finding =
    findAnswer(knowledge, question, constraints) ??
    (possessive && !spoke && speaker
      ? findAnswer(knowledge, question, { ...constraints, speaker: undefined, mentioned: [speaker.name] })
      : null) ??
    // "how many signatories said their ratification…" after a question on the ISU's money: "their" pointed
    // nowhere; a question of two terms or more may stand on its own, without the previous message's words,
    // nor the delegation and meeting it seemed to take over from it
    (earlier.length > 0 && question.terms.length >= 2
      ? findAnswer(
          knowledge,
          question,
          standingAlone(constraints, context.understanding.followUp, typesMeeting(folded), ownNames),
        )
      : null);
  if (!finding) return refused(dontKnow(folded, NOTHING));
  // "what deficit did the ISU report at the 6MSP": not a sentence of another meeting's figure
  // (not a claim to check nor a choice: "by the 7msp, is that right?", "the MSP's or the CC's")
  const weighed = CHECKED.test(question.typed) || question.alternatives.length > 0;
  if (!weighed && !namesOtherMeeting(folded, `${finding.sentence.text} ${finding.sentence.passageText}`))
    return refused(dontKnow(folded, NOTHING));
  if (
    !onThePaperAsked(folded, finding.sentence) ||
    !givesFormAsked(folded, finding.sentence.text) ||
    !namesPersonChosen(
      folded,
      entities.persons.map((p) => p.familyName),
      finding.sentence.text,
    ) ||
    (speaker !== undefined && receivingUnsaid(folded, context.dir, speaker, finding.sentence.text))
  )
    return refused(dontKnow(folded, NOTHING));
  const expected = onlyExpected(question, finding, whereOf(finding.sentence));
  if (expected) return refused(expected);
  const typed =
    question.type === "date" || question.type === "figure" || question.type === "place" || question.room;
  return {
    answer: quoted(finding),
    coverage: finding.coverage,
    matched: finding.matched,
    fact: typed ? finding.fact : undefined,
    sentence: finding.sentence,
  };
}

function refused(answer: Answer): Looked {
  return { answer, coverage: 0, matched: 0 };
}

/** A word of the message as typed ("PAX" for "pax"). */
function typedAs(text: string, folded: string): string {
  return new RegExp(`\\b${folded}\\b`, "i").exec(text)?.[0] ?? folded;
}

/**
 * The delegations coordinating an area the question names as the owner of something: "the stockpile coords'
 * timeline" is said where they speak (not "which coordinators' areas … is transparency one of them?").
 */
function areaCoordinators(context: AnswerContext): string[] {
  const typed = context.text.toLowerCase();
  return context.understanding.entities.areas
    .filter((area) =>
      [area.name, area.shortName ?? "", ...area.aliases]
        .filter((name) => name.length > 1)
        .some(
          (name) =>
            typed.includes(`${name.toLowerCase()} coords'`) ||
            typed.includes(`${name.toLowerCase()} coordinators'`),
        ),
    )
    .flatMap((area) => area.coordinatorIds.map((id) => delegationById(context.dir, id).name));
}
