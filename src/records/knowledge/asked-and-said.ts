// Questions that ask for one kind of thing whatever else their words share with
// a sentence: a reason given, a decision of the committee, replies received, a
// file format, a figure, a limit. Only a sentence saying that kind of thing
// answers; each pair below is what is asked and what says it.
import { REASON } from "./answer-types.ts";

/** "was a reason given", "did Costa Rica give any reasons", "did NZ explain why": whether a reason was given. */
const REASON_GIVEN_ASKED =
  /\b(?:was|were) (?:a |any )?reasons? given\b|\b(?:give|gave|offer|offered|state|stated) (?:a |any )?reasons?\b|\bexplain(?:ed)? why\b/;

/** "did the CC agree…", "has the committee decided…": a decision of the committee asked about. */
const COMMITTEE_AGREED =
  /^(?:and |so )?(?:did|has|have|had) (?:the )?(?:cc|committee|coordination committee|we|members) (?:ever |actually |formally )?(?:agree|agreed|decide|decided|adopt|adopted|endorse|endorsed)\b/;

/** "any replies in yet?", "did they get any responses": replies received asked about (not a reply at the meeting). */
export const REPLIES_ASKED = /\b(?:any|got|get|received|had) (?:\w+ )?(?:replies|responses|answers)\b/;
const REPLY_SAID =
  /\b(?:received|got|had) (?:\w+ ){0,3}(?:repl(?:y|ies)|responses?|answers?)\b|\b(?:replies|responses|answers) (?:\w+ ){0,3}(?:received|came|arrived)\b/i;

/** "in what format - word or pdf?": the file a document comes as (not "in what format was the idea pushed"). */
const FORMAT_ASKED = /\b(?:what|which) file formats?\b|\b(?:word|docx?) or pdf\b|\bpdf or (?:word|docx?)\b/;
const FORMAT_SAID =
  /\bformats?\b|\bpdf\b|\bword document\b|\b(?:docx?|excel|spreadsheet)\b|\bhard ?cop(?:y|ies)\b|\belectronic/i;
/** "did Costa Rica put a number on it": whether a figure was given. */
const NUMBER_PUT = /\bput (?:a|any) (?:number|figure|percentage|target) on\b/;

/** "page limit", "max length", "maximum number of pages": a bound asked for, not the thing bounded. */
const LIMIT_ASKED =
  /\b(?:page|word|length|size|character|time|speaking) limits?\b|\bmax(?:imum)? (?:length|size|number of (?:pages|words))\b/;
const LIMIT_SET =
  /\blimit|\bmaxim|\bno (?:more|longer) than\b|\bnot (?:to )?exceed|\bat most\b|\bup to \d|\b\d+ (?:pages|words|minutes)\b/i;

/** What is asked, and what a sentence must say to answer it. */
export const ASKED_AND_SAID: readonly (readonly [asked: RegExp, said: RegExp])[] = [
  // "did NZ explain why its concept note was late?": not "apologized for the late submission", which gives none
  [REASON_GIVEN_ASKED, REASON],
  // "did the CC agree a statement condemning it?": not the CMC stressing that the Committee should condemn
  [COMMITTEE_AGREED, /\bagree|\bdecid|\badopt|\bendors|\bapprov|\bconsensus/i],
  // "letters to the 8 SPs - any replies in yet?": not "Croatia replied" at the meeting
  [REPLIES_ASKED, REPLY_SAID],
  [FORMAT_ASKED, FORMAT_SAID],
  // (a figure in digits or as a share: "one of its main objectives" puts no number on it)
  [NUMBER_PUT, /\d|per ?cent/],
  // "any page limit for the concept notes? max length?": only a sentence setting a limit sets one
  [LIMIT_ASKED, LIMIT_SET],
];
