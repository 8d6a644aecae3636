// Which question a message asks, by ordered rules over the folded text and
// the names found in it. Order matters and says what wins: small talk, then
// what the bot must not answer (facts outside its records, other meetings,
// predictions), then the most specific record questions before the general.
// No model, no network: every rule is a reason that can be read.
import { fold } from "../../domain/names.ts";
import { OTHER_MEETINGS, OUTSIDE_RECORDS, UNSUPPORTED_REQUEST } from "./lexicon.ts";
import type { Entities, Understanding } from "./types.ts";

export type Classified = Pick<Understanding, "intent" | "reason">;

const has = (text: string, pattern: RegExp) => pattern.test(text);

const GREETING =
  /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|bonjour|buenos dias|hola|salut|dear rapporteur)\b/;
const THANKS =
  /^(?:thank you|thanks?|thx|ty|merci|gracias|cheers|many thanks|much appreciated|great thanks)\b/;
export const FAREWELL =
  /^(?:bye|bye bye|goodbye|good bye|see you|see you later|talk later|ciao|au revoir|adios|have a good (?:day|evening|weekend))\b/;
const SMALL_TALK_REST =
  /^(?:(?:there|all|everyone|rapporteur|bot|again|a lot|so much|very much|beaucoup|indeed|kindly|that is (?:very )?helpful|that (?:s|was) (?:very |really )?helpful|that helps|this helps|that s all|got it|noted|bye|goodbye|for now|very helpful|helpful|hope you are (?:well|fine|ok)|how are you(?: doing)?|and|for that|for your help|perfect|great|ok|okay)\s*)*$/;

export const HELP =
  /^(?:help|help me|aide|\?+)$|\bwhat can (?:you|i) (?:do|ask)\b|\bwhat (?:can|do) you know\b|\bhow (?:do|can|should) i (?:use|ask|submit|send|record|add|mark|report)\b|\bhow does (?:this|it) work\b|\b(?:which|what|list(?: of)? the) commands\b|^commands$|\bhow to use\b/;

const ATTENDANCE =
  /\b(?:(?:was|were) (?:\w+ ){1,3}there(?! (?:any|comments?|questions?|objections?|changes?|amendments?|remarks?)\b)|did (?!it |that |this |they |the money )(?:\w+ ){1,3}(?:come(?! back)|show up|turn up|take part|make it)|(?:made|make|makes) it to (?:the |our )?(?:\w+ ){0,3}(?:meeting|cc|session)\b|attend|attended|attending|attendance|participants?|who was (?:at|there|present)|who (?:\w+ ){1,3}(?:was|were) (?:there|present|at)|who came|came to|was (?:\w+ ){1,3}present|were (?:\w+ ){1,3}present|present (?:at|last)\b|present on (?:the )?\d|(?:was|were) (?!\w+ed )(?:\w+ ){1,3}at the (?:\w+ ){0,3}(?:meeting|cc)|represented (?:\w+ ){1,3}at|who (?:was|were) in the room|attend for|(?:sat|sit|sitting|stood|stand|standing) in for|(?:sat|sit|sitting|was|were) at the table for|how many (?:people|ppl|persons|delegates|representatives) did (?:\w+ ){1,3}send|who (?:was|were) absent|(?:sent|send|gave) (?:\w+ )?apologies|apologies (?:for|from)|absent (?:from|at|on))\b/;
const AGENDA =
  /\bagenda\b|\bwhat will we (?:discuss|talk about)\b|\bwhat (?:is|are) we (?:discussing|covering)\b/;
const MINUTES = /\bminutes\b/;
/** "who proposed that…": a speaker of the committee's minutes, whatever meeting its proposal spoke of. */
const PROPOSED_HERE = /^(?:and )?who (?:first )?(?:proposed|suggested|recommended|requested) that\b/;
const AGENDA_SENT =
  /^(?:was|were|has|had|did|when|on what date|what date)\b(?=.*\bagenda (?:\w+ ){0,3}(?:sent|circulated|distributed|shared|issued|go|went|gone) ?(?:out|round|around)?\b)/;
const MINUTES_SAY =
  /\bminutes (?:say|said|record|recorded|mention|mentioned|state|note)\b|\b(?:according to|acc to|accdg to|per|going by|based on) the (?:\w+ )?minutes\b/;
const APPROVED = /\bapprov/;

const UPDATE_WORDS =
  "(?:update|updates|concept note|concept notes|operational plan|operational plans|report)";
const UPDATES_STATUS = new RegExp(
  [
    // not "did the ISU send its first payment reminder": a letter, an invoice, a template is no update
    // ("does the affected State have to submit its strategy", "did Vietnam send anyone to the seminar": no update)
    `\\b(?:has|have|did|had)(?! to\\b) (?:\\w+ ){1,4}(?:sent|send|submitted|submit|handed|delivered|provided|uploaded|reported)\\b(?! (?:\\w+ ){0,3}(?:reminders?|letters?|invoices?|bills?|payments?|templates?|notes? verbales?|anyone|anybody|someone|people|delegates?|representatives?|experts?|staff|outlines?|drafts?|papers?|programmes?|programs?|comments?|transparency reports?|art(?:icle)? 7 reports?|initial reports?|annual reports?)\\b)`,
    `\\b(?:which|what) ${UPDATE_WORDS} (?:are|is|have|has)\\b`,
    `\\b(?:which|how many) (?:of the )?(?:coordinators|delegations|areas) (?:have|has) (?:reported|sent|submitted)\\b`,
    `\\bwho (?:has|have|is) not (?:yet )?(?:sent|submitted|reported)\\b`,
    `\\b(?:is|are) (?:the )?(?:\\w+ ){0,4}${UPDATE_WORDS} (?:in|received|here|there|ready)\\b`,
    `\\bhow many ${UPDATE_WORDS}\\b`,
    `\\b${UPDATE_WORDS} status\\b`,
    `\\b(?:waiting|wait) (?:on|for) (?:the )?(?:\\w+ ){0,4}${UPDATE_WORDS}\\b`,
    `\\b(?:missing|received|arrived|outstanding) ${UPDATE_WORDS}\\b|\\b${UPDATE_WORDS} (?:are |is )?(?:still )?(?:missing|outstanding|arrived|received)\\b`,
    // ("have we got anyone lined up", "how long have SPs got", "had the resolution got through": having, no update)
    `\\bhave we (?:received|had)\\b|\\b(?:has|have|did|had) (?:\\w+ ){1,4}got\\b(?= (?:\\w+ ){0,4}${UPDATE_WORDS})`,
    // "when will the universalization coordinators report", "…send their update": the updates asked before each meeting
    `\\bwhen (?:will|do|does|should|must|would) (?:the )?(?:\\w+ ){0,3}coordinators? (?:send|submit|report|deliver|hand in)\\b(?! (?:\\w+ ){0,3}(?:reminders?|letters?|invoices?|bills?|payments?|templates?|notes?|papers?|programmes?|programs?|contributions?|plans?)\\b)`,
  ].join("|"),
);
const UPDATES_CONTENT =
  /\bwhat (?:did|has|have|does) (?:\w+ ){1,5}(?:say|said|report|reported|present|presented|tell|told|mention|mentioned|propose|proposed|explain|explained|announce|announced|write|wrote|share|shared|suggest|suggested)\b|\bwhat is in (?:the )?(?:\w+ ){0,4}(?:update|concept note|operational plan)\b|\bread (?:me )?(?:out )?(?:the )?(?:\w+ ){0,4}(?:update|concept note)\b|\b(?:text|content|contents) of (?:the )?(?:\w+ ){0,4}update\b|\bwhat is (?:\w+ ){1,3}(?:view|views|position|opinion|stance) (?:on|about|regarding)\b/;

const ACTIONS =
  /\b(?:owe|owes|owed|action|actions|action items?|tasks?|to ?dos?|overdue|past (?:their |the |its )?(?:deadlines?|due dates?)|pending|outstanding|follow ups?|due|deliverables?|deliver|on my plate|on the hook|hand in|asked to do|supposed to do|(?:have|has|need|needs) to (?:do|deliver|hand in|send)|(?:open|outstanding|pending) items?|still open(?! to\b)|what (?:is|s) left|left (?:for (?:us|me) )?to do|still (?:have|has) to do|must (?:\w+ ){0,3}do|been done|to be done|(?:have|has|need|needs) to bring|homework|completed|needs to be ready)\b|\b(?:anything|what|who|whose|which|items?|actions?|tasks?|things?) (?:is |are |s |was |were )?(?:still |running )?late\b|\blate (?:items?|actions?|tasks?)\b/;
/** After a list: "which ones are mine?", "and mine?". */
const MINE =
  /\b(?:which|what) (?:ones?|of (?:them|these|those)) (?:are|is) (?:mine|ours)\b|^(?:and )?(?:mine|ours)$/;
const NOT_ACTIONS =
  /\baction plans?\b|\bmine action\b|\bwhen (?:is|are|were|was) (?:the )?(?:\w+ ){0,5}(?:reports?|contributions?|payments?|invoices?|papers?|letters?) due\b|\b(?:reports?|contributions?|payments?|invoices?) (?:had been|were|was) due\b|\b(?:plans?|planned|planning|intends?|intended|wants?|wanted|hopes?|hoped|proposes?|proposed|going|offers?|offered) to do\b|\boverdue (?:initial |annual |\d{4} )*(?:transparency )?(?:reports?|contributions?)\b|\blate submission\b|\bapologi[sz]\w* (?:for )?(?:being )?late\b|\bdue from (?:the )?(?:states|sps|states parties|signatories|countries)\b|\b(?:late|overdue|behind) (?:with|on|in) (?:their|its) (?:initial |annual |\d{4} )*(?:transparency |art(?:icle)? 7 )?(?:reports?|contributions?|payments?)\b/;

const DECISIONS =
  /\b(?:decided|decide|decisions?|agreed|agree|came out of|happened (?:at|in|on)|summary of|outcome of|conclusions?|when was the (?:last|previous)|where was the (?:last|previous)|what did we (?:agree|decide))\b/;
/** "what did we decide ... about the next meeting?": past decisions win over the meeting they concern. */
const PAST_DECISIONS = /\b(?:decided|decisions (?:were|taken|made)|agreed|did we (?:decide|agree))\b/;
const LAST_MEETING =
  /\blast (?:meet|met)\b|\bmet last\b|\bwhen did (?:we|the committee|the cc) (?:last )?meet\b|\b(?:last|previous) (?:cc |coordination committee |committee )?meeting\b|\blast time\b|^meeting last$/;
const NEXT_MEETING =
  /\b(?:next (?:cc |coordination committee |committee )?meeting|meet next|meet again|meeting next|next get together|when do we meet|when are we meeting|where are we meeting|what time do we (?:start|meet|finish|end)|what room|which room|meeting still on\b|still on\b|(?:a |any )?meeting (?:next|this) (?:month|week)|meeting scheduled|meetings? planned|date of (?:our |the )?next|prepare for the next|does the next meeting (?:start|finish|end)|next meeting (?:start|finish|end))/;

const COALITION_LEAD =
  /\b(?:lead|leads|leading|led|lead country|lead donor|donors?|members?|who is in|who are in|take part|taking part|participat\w*|driving|involved|partners?)\b/;
/** Asked for the status as well as the lead: the status card names the leads too. */
const STATUS_ASKED = /\b(?:status|where (?:are|do) we|progress|phase|next step|happening)\b/;
/** The list itself asked for ("which coalitions do we have", "coalitions?"), not a question that names them. */
const COALITION_LIST =
  /\b(?:which|what|how many|list|all|any)(?: the| of the| our)? (?:country )?coalitions\b|^(?:the |our )?(?:country )?coalitions$|\bcoalitions (?:do we have|are there|on record|so far|exist)\b|\b(?:which|what) countries have (?:a )?coalition/;
const COALITION_STATUS =
  /\b(?:where (?:are|do) we|status|happening|progress|moved|moving|phase|next step|challenges?|activities|last updated|national strategy|how is|how are|doing|getting on|tell me about|latest|news|update on|stand)\b/;

/** "where are we with Vietnam?": a country's status means its coalition's, even where none exists. */
const MONEY_WORDS =
  /\b(?:isu|money|mony|payments?|contributions?|contributon|funds?|funding|deficit|invoices?|budget)\b/;
const STATUS_OF_COUNTRY =
  /\b(?:where (?:are|do) we (?:with|on|in)|status of|(?:what is )?happening (?:in|with)|any progress (?:on|in|with)|how is \w+ (?:doing|getting on)|news (?:from|on|about))\b/;

const ACTIVITY_WORDS =
  /\b(?:seminar|seminars|workshop|workshops|bangkok|zagreb|racviac|closed meeting|intersessional|inter sessional|funded|funding|financ\w*|paying|pays|pay for)\b/;
/** "the ISU's projected funding gap": money of the ISU's, not an activity's funding. */
const NOT_ACTIVITY_MONEY = /\b(?:gap|shortfall|deficit|contributions?|budget|isu|trust fund)\b/;

const WHO_COORDINATES =
  /\b(?:who|which delegations?|which countries|which states)\b.*\b(?:coordinat\w*|on|handles?|handling|responsible|in charge|looks? after|does|do|contact|talk to|covers?|leads?|runs?)\b|\bcoordinators? (?:on|for|of)\b/;
const COORDINATORS_OWN =
  /\bcoordinators? (?:intend|intends|plan|plans|want|wants|hope|hopes|aim|aims|propose|proposes) to\b|\bcoordinators? (?:\w+ )?(?:strategy|strategies|plans?|approach|priorit\w*|focus|goals?|aims?|objectives?|ideas?|proposals?|concerns?|views?|positions?|concept notes?|workshops?|letters?|papers?)\b/;
/** The coordinators before the present ones are named in the minutes, not in the table of who coordinates now. */
export const FORMER_COORDINATORS =
  /\b(?:former|previous|outgoing|past|last year s|old) (?:\w+ ){0,2}coordinators?\b|\bpredecessors?\b|\b(?:coordinators?|coordinating|job|role|post|position) before\b/;
/** Words that leave "VA coordinators?", "the coordinators for ICA this year" a question of who they are. */
const ABOUT_COORDINATORS = new Set(
  "the a an our current present who are is were was and what about of for on this year these those coordinator coordinators s".split(
    " ",
  ),
);

function namesOnlyCoordinators(entities: Entities): boolean {
  return entities.unmatched.filter((word) => !ABOUT_COORDINATORS.has(word)).length === 0;
}

const DELEGATION_COORDINATES =
  /\bwhat (?:is|are) (?:\w+ ){1,3}working on\b|\bwhat (?:does|do|is|are) (?:\w+ ){1,3}coordinat\w*\b|\bwhich (?:thematic )?areas? (?:is|are|does|do) (?:\w+ ){1,3}(?:coordinat\w*|cover|covering|handle|handling|responsible)\b|\bis (?:\w+ ){1,3}a coordinator\b/;
const AREA_LIST =
  /\bwho coordinates what\b|\b(?:all|list|which|the) (?:the )?(?:thematic )?areas\b|\ball (?:the )?coordinators\b|^areas$|\bthematic areas\b|\bwho are the coordinators\b$/;
/** A verb of what a delegation said or did at a meeting, in the past: "it supported", "Norway asked". */
const SAID_SOMETHING =
  /\b(?:supported|said|asked|proposed|suggested|raised|welcomed|stressed|agreed|objected|explained|informed|reported|offered|responded|replied)\b/;
/** A place the question names other than Geneva, where the committee meets, and other than a member ("Chile"). */
function namesPlaceElsewhere(entities: Entities): boolean {
  return entities.places.some(
    (place) => place !== "geneva" && !entities.delegations.some((d) => fold(d.name) === place),
  );
}

/** Bodies other than the committee and its delegations: "the ISU advisory board", "a steering group". */
const NO_MEMBER_BODY =
  /\b(?:board|boards|panel|council|commission|working group|steering group|task force|network|forum|bureau|ministry|ministries|agency|department)\b/;
const WHO_IS =
  /\bwho chairs\b|\bwho is (?:the )?chair\b|\bwho (?:is|are)\b|\bwho represents\b|\bwho sits\b|\bwho speaks\b|\bwho holds\b|\bwho is from\b|\bwhat does (?:ms|mr|dr|he|she) \w+ do\b|\bdelegation\b/;

/** "who proposed…", "which delegation apologised…": the answer is who spoke in the minutes. */
const WHO_SPOKE =
  /^(?:and )?(?:who|whos|which (?:delegation|delegations|country|countries|state|states|member|members))(?: (?:is|was|has|had|first))? (?:asked|proposed|suggested|recommended|raised|apologi[sz]ed|said|offered|promoted|mentioned|stressed|requested|called|urged|volunteered|announced|expressed|questioned|wondered|warned|pointed)\b/;
/** "which delegation has transmitted the files…": who did a thing, in the minutes (not who attended, nor coordinates). */
const WHICH_DID =
  /^(?:and )?which (?:delegation|country|state|member)s? (?:has |had |have )?(?!attended\b|participated\b|coordinated\b)\w+ed\b/;
/** What a delegation asked, proposed or worried about, and how it argued: the minutes' sentences. */
const SPOKE_OF =
  /\b(?:what|which|how|did) (?:\w+ ){0,2}did (?!we |i |you )(?:\w+ ){1,4}(?:ask|propose|suggest|recommend|offer|stress|raise|reply|answer|apologi[sz]e|request|urge|warn|worry|insist|call|underline|emphasi[sz]e|recall|foresee|announce|explain|make|want|intend|agree|think|feel|support|oppose|welcome|respond|object|hope|push|press|urge|encourage|advocate)\b|^did (?:the )?\w+(?: \w+)? (?:say|mention|ask|propose|suggest|offer|raise|object|agree|support|back|oppose|welcome)\b|\b(?:does|do|did) (?!we |i |you )(?:the )?\w+(?: \w+)? (?:think|believe|consider|feel|expect)\b|^(?:and )?who did\b|\b(?:meant|supposed|designed|aimed|intended) to (?!do\b|bring\b|deliver\b|send\b|hand\b)|\bwhat (?:kind|sort|type) of\b|\bhow (?:do|does|would|could|will) (?:the )?(?:country )?coalitions? (?:\w+ )?(?:relate|work|fit|help|differ|link)\b|\bwhat (?:was|were|is|are) (?:\w+ ){1,4}(?:concerns?|worried|answer|reply|response|question|proposal|suggestion|recommendation|priorities)\b|\b\w+ (?:question|concern|concerns|worry|proposal|answer|reply) (?:on|about|regarding)\b|\bhow did (?:\w+ ){1,4}(?:group|suggest|propose|explain|justify|describe|answer|reply|respond|plan)\b|\baccording to\b/;
/** The non-paper's concept: a country coalition in general, not one on record. */
const CONCEPT =
  /\b(?:a|each|every) country coaliti?on\b|\b(?:in|inside|within|to|of|for|by|join|would|should|could|can|will|does|is|before|after|without|until) (?:a|each|every|any) coaliti?on\b|\b(?:would|could|should|can|must|will) (?:the )?(?:country )?coaliti?ons\b|\b(?:do|does) (?:country )?coaliti?ons (?:have to|need to|need|require|get)\b/;
/** "did Australia and Iraq sell the coalitions idea…": the idea itself, whichever States the question names. */
const CONCEPT_ITSELF =
  /\bcoalitions? (?:approach|concept|initiative|idea|strategy|thing|model)\b|\b(?:non ?paper|presidency s paper|the paper)\b|\bpurvi?e(?:w|iw)\b/;
/** A fact about a seminar or workshop: how many came, what came of it. The activity record holds neither. */
const EVENT_FACT =
  /\b(?:how many|how much|outcome|result|results|conclusions?|came out of)\b.*\b(?:seminar|seminars|workshop|workshops|side event|(?:bangkok|zagreb|beirut|racviac) meeting)\b|\b(?:who|which \w+(?: \w+)?) (?:took part|take part|attended|attend|participated|came)\b.*\b(?:seminar|seminars|workshop|workshops|side event)\b|\b(?:send|sent|sends) (?:anyone|anybody|someone|people|a delegation|delegates|representatives?|experts?)\b.*\b(?:seminar|seminars|workshop|workshops|side event)\b|^(?:and )?(?:did|do|does|will|would|were|was) (?:\w+ ){1,4}(?:take part|took part|attend|attended|participate|participated|there)\b.*\b(?:seminar|seminars|workshop|workshops|side event)\b/;
/** Who chairs another treaty's bodies is not on record; a joint meeting "with the APMBC committee" is. */
const OTHER_BODY =
  /\b(?:who|which)\b.*\b(?:chair(?:s|ed|ing)?|presid(?:e|es|ed|ing)|head(?:s|ed|ing)?|leads?|leading|led)\b.*\b(?:apmbc|ccw|ottawa|mine ban)\b|\b(?<!\b(?:with|and) (?:the )?)(?:apmbc|ccw) (?:committee|president|presidency|chair)\b/;
/** "what did Norway say on 4 November": a meeting's minutes, not the coordinators' updates. */
const SAID_AT_MEETING = /\bwhat did (?:\w+ ){1,5}(?:say|said|tell|report|mention|present)\b/;

const MEETING_HOURS_OR_PLACE =
  /\b(?:what time|when) did (?:\w+ ){1,5}(?:start|begin|open|finish|end|close|kick off|wrap up)\b|\bwhere (?:did|was|were) (?:\w+ ){1,5}(?:take place|held|happen)\b|\bhow long (?:was|did|is|will) (?:the |that |our )?(?:\w+ ){0,3}(?:meeting|cc|session)\b|\b(?:meeting|cc|session) (?:in|held in) the (?:morning|afternoon|evening)\b|\buntil what time\b|\b(?:what|which) (?:day of the week|weekday)\b|\bweekday\b/;

/** "when is the december CC", "which day and time is the December meeting": the meeting itself, past or future. */
const WHEN_WHERE_IS_MEETING =
  /^(?:and )?(?:when|where|what time|what day|which day|what date|which date|what room|which room)(?: and (?:when|where|time|what time))?(?: exactly)? (?:is|was|will|does|did) (?:the |our )?(?:\w+ ){0,3}(?:meeting|cc|session)(?: (?:be held|take place|start|begin|end|finish))?$/;

/** "when was the CC meeting after the november one", "which meeting came after the october meeting". */
const MEETING_AFTER =
  /^(?:and )?(?:when|where|which|what date|what day)\b(?: \w+){0,4} (?:meeting|cc|session)(?: (?:came|come|comes|held|was held|took place))? (?:after|following)\b/;

/** Words of a question about a meeting's own day, hours or place, and nothing else ("which city was the 6 oct CC in"). */
const MEETING_ITSELF_WORDS = new Set(
  (
    "where when what which whats how time times day date city town place venue room held hold take took start started " +
    "begin began end ended finish finished kick off on in at of for the a an or and was were is are did do does we our " +
    "us meet met meeting cc committee coordination session monday tuesday wednesday thursday friday saturday sunday " +
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september " +
    "october november december this that last previous it its long min mins hour hours pls please morning afternoon evening to from until till"
  ).split(" "),
);

function aboutMeetingItself(folded: string): boolean {
  const words = folded.split(" ").filter((word) => word && !/^\d{1,4}$/.test(word));
  return (
    // "the oct CC - was it a 90 min meeting? start and end times pls": asked anywhere in the message
    // ("6/10 CC start time?", "dec CC venue": typed without a question word)
    /\b(?:where|when|what|which|was|did|how|times?|venue|room)\b/.test(folded) &&
    /\b(?:where|times?|hours?|day|city|town|place|venue|room|date|held|thursday|friday|monday|tuesday|wednesday)\b/.test(
      folded,
    ) &&
    words.every((word) => MEETING_ITSELF_WORDS.has(word))
  );
}

/** "How many ...?" is a question for the record unless it counts what the bot keeps itself. */
const HOW_MANY = /\bhow (?:many|much)\b/;
const STRUCTURED_COUNTS =
  /\b(?:updates?|coalitions?|delegations|people|actions?|tasks?|items?|present|attended)\b/;

/** Yes/no questions about what will happen: the records hold intentions, not outcomes. */
const PREDICTION =
  /^(?:will|is (?:\w+ ){1,4}going to|are (?:\w+ ){1,4}going to|who will (?:chair|replace|succeed|be)|when will \w+ (?:join|ratify|accede|sign))\b/;

function smallTalk(folded: string, pattern: RegExp): boolean {
  const match = pattern.exec(folded);
  return match !== null && SMALL_TALK_REST.test(folded.slice(match[0].length).trim());
}

/** "who did the CMC send to…", "the ICRC rep at the 4 nov meeting": who represented a delegation at a meeting. */
const SENT_TO_MEETING =
  /\bwho did (?:\w+ ){1,3}send\b|\b(?:rep|reps|representatives?|delegates?|person|people|team) (?:at|to|for|on|in) (?:the |that |this )?(?:(?:\w+ ){0,3}(?:meeting|coordination committee|cc)\b|\d)/;

/** The intent of one message taken on its own. */
export function classify(
  folded: string,
  entities: Entities,
  hasCoalitionSubject: boolean,
  presidencyId: number | null = null,
): Classified {
  const t = folded;
  // "does the presidency reckon this coalitions idea has legs": the Presidency speaks of coalitions, it has none
  const hasState = entities.delegations.some((d) => d.kind === "state" && d.id !== presidencyId);
  if (t === "" || has(t, HELP)) return { intent: "help" };
  if (smallTalk(t, GREETING)) return { intent: "greeting" };
  if (smallTalk(t, THANKS) || smallTalk(t, FAREWELL)) return { intent: "thanks" };

  if (OUTSIDE_RECORDS.some((pattern) => pattern.test(t))) return { intent: "unknown", reason: "outside" };
  if (has(t, UNSUPPORTED_REQUEST)) return { intent: "unknown", reason: "unsupported" };
  if (has(t, PREDICTION)) return { intent: "unknown", reason: "future" };
  if (has(t, /\bpresident of (?!the committee|the 7msp|7msp)/))
    return { intent: "unknown", reason: "outside" };
  // ("who proposed that a first draft of the 7msp agenda be presented": who said it here, in the minutes)
  if (
    has(t, OTHER_MEETINGS) &&
    !has(t, PROPOSED_HERE) &&
    (has(
      t,
      /\b(?:when|where|agenda|chair|host|place|dates?|venue|room|outcome|came out|decide|decided|decisions?)\b/,
    ) ||
      // "how many participants came to the 6msp": another meeting's attendance is not on record
      (has(t, ATTENDANCE) && !has(t, /\b(?:cc|coordination committee)\b/)))
  ) {
    return { intent: "unknown", reason: "other-meeting" };
  }

  if (entities.actions.length > 0 || entities.ordinal !== undefined) return { intent: "action.detail" };
  // "para 6 - whose thematic areas…": a numbered paragraph of the paper is where the answer stands
  if (has(t, /\b(?:para|paragraph) \d{1,2}\b/)) return { intent: "record" };
  if (has(t, MINUTES) && has(t, MINUTES_SAY)) return { intent: "record" };
  // "by when will the pages be ready (per the oct minutes)": a question of what the minutes say
  if (
    has(t, /\b(?:per|in|from|according to|going by|based on|judging by) the (?:\w+ ){0,2}minutes\b/) &&
    !has(t, /\b(?:draft|circulate|approve|comment)/)
  )
    return { intent: "record" };
  if (has(t, OTHER_BODY)) return { intent: "unknown", reason: "outside" };
  // "what does the acronym RACVIAC stand for": what the documents spell out, not an activity's record
  if (has(t, /\b(?:stand|stands) for\b|\bacronyms?\b/)) return { intent: "record" };
  // "which ministry in Vientiane is the Lao focal point": a body no record holds, whatever coalition it serves
  if (has(t, /^(?:and )?(?:which|what) (?:\w+ )?(?:ministry|agency|department|board|office)\b/))
    return { intent: "record" };
  // "has UNODA indicated whether it would support…": what a delegation said, in the minutes
  if (
    has(
      t,
      /^(?:has|have|had) (?:the )?\w+(?: \w+)? (?:indicated|said|mentioned|stated|suggested|proposed|expressed|raised|announced|confirmed|explained)\b/,
    )
  )
    return { intent: "record" };
  // "cmc monitor briefing 19/10 - who is it for?": whom an event is meant for, in the minutes
  if (has(t, /\bwho (?:is|are|was|were) (?:it|this|that|they) (?:for|aimed at|meant for|intended for)\b/))
    return { intent: "record" };
  // "who did the CMC send to the nov CC", "the ICRC rep at the 4 nov meeting": that meeting's attendance list
  if (entities.meeting?.found === true && has(t, SENT_TO_MEETING)) return { intent: "meeting.attendance" };
  // "why…": a reason is in what was said, never in a table
  if (
    has(t, WHO_SPOKE) ||
    has(t, WHICH_DID) ||
    has(t, SPOKE_OF) ||
    has(t, EVENT_FACT) ||
    has(t, /^(?:and )?why\b/) ||
    // "who is the GICHD contact for…": a person the records may name, not a coalition's status
    // "who does the Presidency still need to consult", "who is the GICHD contact for…": a person the
    // records may name, not a coalition's status; "who does clearance" asks for an area's coordinators
    (has(
      t,
      /^who (?:does|do|did|should|must) (?!we |i |you )|^who (?:is|are) (?:the |our )?(?:\w+ )?(?:contact|contacts|focal point|focal points|representative|person)\b/,
    ) &&
      entities.areas.length === 0)
  )
    return { intent: "record" };
  if (has(t, CONCEPT_ITSELF) && !hasCoalitionSubject) return { intent: "record" };
  // "who took the minutes at the 4 Nov CC": who wrote them, which no record holds; not the minutes themselves
  if (has(t, /\bwho (?:took|takes|is taking|wrote|writes|kept|keeps|is keeping) (?:the )?minutes\b/))
    return { intent: "record" };
  // "by when must Laos destroy its stockpiles under art 3": a treaty obligation, in the minutes, not a coalition's record
  // ("what does art 5 require states to do", "what must states do under art 5": what the article asks, never an
  // action item of ours)
  if (
    has(t, /\b(?:art|article) ?\d+\b/) &&
    (!has(t, ACTIONS) ||
      has(
        t,
        /\b(?:art|article) ?\d+ (?:\w+ )?(?:require|requires|oblige|obliges|ask|asks|say|says)\b|\bunder (?:the )?(?:art|article) ?\d+\b/,
      ))
  )
    return { intent: "record" };
  // "where were the intersessionals where Australia and Iraq pushed coalitions": coalitions in general, and
  // States that have none on record
  if (
    hasState &&
    !hasCoalitionSubject &&
    has(t, /\bcoalitions\b/) &&
    !has(t, /\b(?:its|their) (?:own )?coalitions?\b/)
  )
    return { intent: "record" };
  if (has(t, CONCEPT) && !hasState && !hasCoalitionSubject) return { intent: "record" };
  // "who is the GICHD contact…": a name the records do not know is asked about, not a coalition's status
  if (has(t, /^who\b/) && entities.unknownNames.length > 0) return { intent: "record" };
  const datedMeeting = entities.meeting?.found === true && entities.meeting.how !== "next";
  // "when is the meeting after the december one": that meeting's record, or that none is on record
  if (entities.meeting && has(t, MEETING_AFTER)) return { intent: "meeting.last" };
  if (datedMeeting && has(t, SAID_AT_MEETING)) return { intent: "record" };
  // "what time did the 6 October meeting finish", "where did the oct CC take place": the meeting's record has its hours and place
  if (
    datedMeeting &&
    (has(t, MEETING_HOURS_OR_PLACE) || has(t, WHEN_WHERE_IS_MEETING) || aboutMeetingItself(t))
  )
    return { intent: "meeting.last" };
  // "are CC members welcome to attend the launch": an invitation in the minutes, not an attendance list
  // "how many participants are expected in Santiago": a gathering elsewhere, not the committee's own
  if (
    has(t, ATTENDANCE) &&
    !has(
      t,
      /\b(?:seminar|workshop|side event|intersessional|launch|conference)s?\b|\b(?:welcome|invited?) to attend\b/,
    ) &&
    !namesPlaceElsewhere(entities)
  )
    return { intent: "meeting.attendance" };
  // "was the 4/11 agenda sent out in advance, like the draft minutes?": whether and when a held meeting's
  // agenda went out, which the agenda itself does not say; the minutes named beside it are only a comparison
  if (datedMeeting && has(t, AGENDA_SENT)) return { intent: "record" };
  if (has(t, MINUTES)) return { intent: has(t, APPROVED) ? "meeting.last" : "meeting.minutes" };
  if (has(t, AGENDA)) return { intent: "meeting.agenda" };
  if (has(t, /\bnon paper\b|\bconcept\b.*\bcoalitions?\b|\bcoalitions? (?:concept|paper)\b/)) {
    return { intent: "record" };
  }
  if (has(t, HOW_MANY) && !has(t, STRUCTURED_COUNTS)) return { intent: "record" };
  if (has(t, UPDATES_CONTENT)) return { intent: "updates.content" };
  if (has(t, UPDATES_STATUS) && !hasCoalitionSubject) return { intent: "updates.status" };
  if ((has(t, ACTIONS) && !has(t, NOT_ACTIONS)) || has(t, MINE)) return { intent: "actions.list" };
  // "which country came out of the zagreb meeting": a gathering elsewhere, not the committee's decisions
  const elsewhere = namesPlaceElsewhere(entities);
  if (has(t, PAST_DECISIONS) && !elsewhere) return { intent: "meeting.last" };
  if (has(t, NEXT_MEETING) && !has(t, /\bnext step/)) return { intent: "meeting.next" };
  if ((has(t, DECISIONS) || has(t, LAST_MEETING)) && !elsewhere) return { intent: "meeting.last" };
  if (has(t, ACTIVITY_WORDS) && !has(t, /\bcoalition\b/) && !has(t, NOT_ACTIVITY_MONEY))
    return { intent: "activity" };
  // "the meeting in Thailand on the coalitions, when did it take place": a fact about coalitions in general
  if (
    !hasCoalitionSubject &&
    has(t, /\bcoalitions\b/) &&
    has(t, /\b(?:when|why)\b|\bwhere (?!are we|do (?:we|the|things|our) (?:\w+ ){0,2}stand|things stand)/)
  )
    return { intent: "record" };
  if (
    hasCoalitionSubject ||
    has(t, /\bcoalitions?\b/) ||
    (hasState && has(t, /\blead (?:donor|country)\b|\bdonors?\b/))
  ) {
    if (
      has(t, COALITION_LEAD) &&
      !has(t, STATUS_ASKED) &&
      (hasCoalitionSubject || !has(t, /\bcoalitions\b/))
    ) {
      return { intent: "coalition.lead" };
    }
    if (has(t, /\b(?:funding channel|funded|financ\w*|paying)\b/)) return { intent: "activity" };
    // "does the ISU get extra staff for the coalitions", "the minimum number of donor states a coalition
    // needs", "who is the focal point for the coalitions file": a yes-or-no question, a count of something
    // else or a person about coalitions in general is the documents'
    if (
      !hasCoalitionSubject &&
      !hasState &&
      (has(
        t,
        /^(?:and |so |but )?(?:do|does|did|is|are|can|could|will|would|should|must|has|have|who|whos)\b/,
      ) ||
        has(t, /\b(?:how many|number of|how often)\b(?! (?:of (?:the )?)?(?:country )?coalitions\b)/) ||
        // "how many coalitions does the presidency want by the 7MSP": a target, not the count on record
        has(
          t,
          /\bhow many (?:country )?coalitions\b.*\b(?:want|wants|hope|hopes|aim|aims|plan|plans|expect|expects|target|envisage)\b/,
        ))
    )
      return { intent: "record" };
    if (!hasCoalitionSubject && has(t, COALITION_LIST)) return { intent: "coalition.list" };
    if (hasCoalitionSubject || hasState) return { intent: "coalition.status" };
    if (has(t, COALITION_STATUS) || has(t, COALITION_LIST)) return { intent: "coalition.list" };
  }
  // "any news on the Italian ISU money": a State's payment, not its coalition
  if (hasState && has(t, STATUS_OF_COUNTRY) && (hasCoalitionSubject || !has(t, MONEY_WORDS)))
    return { intent: "coalition.status" };
  if (has(t, /^status$/)) return { intent: "coalition.list" };
  if (has(t, AREA_LIST) && entities.areas.length === 0 && entities.delegations.length === 0) {
    return { intent: "area.list" };
  }
  if (
    has(t, DELEGATION_COORDINATES) &&
    entities.delegations.length + entities.persons.length > 0 &&
    !has(t, FORMER_COORDINATORS)
  )
    return { intent: "who.coordinates" };
  // "the clearance coordinators' main strategy" asks their strategy, not who they are
  // "the side event of the ICA coordinators…": coordinators named by the way are not what is asked
  // "which countries coordinate VA after the 7msp": who will, which no record says yet
  if (
    has(t, /\b(?:who|which (?:\w+ )?(?:countries|delegations|states))\b(?: \w+){0,2} (?:will )?coordinat/) &&
    has(t, /\b(?:after the (?:\d+\s*)?msp|next year|from next|in 20(?:1[7-9]|[2-9]\d))\b/)
  )
    return { intent: "unknown", reason: "future" };
  if (
    entities.areas.length > 0 &&
    (has(t, WHO_COORDINATES) || (has(t, /\bcoordinators?\b/) && namesOnlyCoordinators(entities))) &&
    !has(t, COORDINATORS_OWN) &&
    !has(t, FORMER_COORDINATORS) &&
    // "which countries are on Costa Rica's target list": a list in the minutes, not who coordinates
    !has(t, /\b(?:on|in) (?:\w+ ){0,3}(?:list|lists|shortlist|targets?)\b/)
  ) {
    return { intent: "who.coordinates" };
  }
  // "who chairs the ISU advisory board": a body the directory does not hold, whoever it belongs to
  if (has(t, WHO_IS) && has(t, NO_MEMBER_BODY)) return { intent: "record" };
  // "who's moderating the side event", "what tool does NZ want, and who's helping with it": who does a thing
  // is in the minutes, not who someone is (who is representing or attending is)
  if (has(t, /\bwho (?:is|are|was|were) (?!represent|attend|com|sitt|speak|chair)\w+ing\b/))
    return { intent: "record" };
  // ("the iraqi delegation on 6 october, it supported the guide…?": what a delegation said, not who it is)
  if (
    has(t, WHO_IS) &&
    (entities.persons.length || entities.ambiguousPersons.length || entities.delegations.length) &&
    !(has(t, /\bdelegation\b/) && !has(t, /\bwho\b/) && has(t, SAID_SOMETHING))
  ) {
    return { intent: "who.is" };
  }
  if (has(t, /\bwho (?:is|are)\b|\bwho coordinates\b/)) return { intent: "who.is" };
  if (has(t, ACTIVITY_WORDS) && !has(t, NOT_ACTIVITY_MONEY)) return { intent: "activity" };
  return { intent: "record" };
}
