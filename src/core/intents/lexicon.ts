// Words, not code: the vocabularies the intent rules and the "don't know"
// guards read. The words that name records are in src/domain/record-names/words.ts.

/** Questions about facts the records never hold: answered "I don't know that", never guessed. */
export const OUTSIDE_RECORDS: RegExp[] = [
  /\b(?:weather|rain|raining|snow|snowing|sunny|forecast|temperature)\b/,
  /\b(?:joke|jokes|meaning of life|football|soccer|match last night|horoscope)\b/,
  /\bexchange rate\b|\bcurrency\b/,
  /\b(?:wifi|wi fi|password|phone number|telephone|mobile number|email address|e mail address|postal address)\b/,
  /\bemail of\b|\bphone of\b/,
  /\b(?:population|inhabitants|people live)\b/,
  /\bcapital of\b/,
  /\bwhat time is it\b|\btime is it in\b/,
  /\bsecretary general\b/,
  /\bhow old\b|\bbirthday\b|\bage of\b/,
  /\b(?:hotel|restaurant|lunch|dinner|taxi|parking|visa)\b/,
  /\bbudget of\b|\bhow much does .* cost\b|\bprice of\b/,
];

/** Requests to do something the bot does not do ("book a room", "translate the minutes"). */
export const UNSUPPORTED_REQUEST =
  /^(?:(?:can|could|would|will) you |please )?(?:book|order|translate|send|email|e mail|call|phone|print|reserve|cancel|forward|fax)\b/;

/** Meetings that are not the committee's own: Meetings of States Parties, review conferences, ASEAN meetings. */
export const OTHER_MEETINGS =
  /\b(?:\d{1,2}\s*msp|msp|meeting of (?:the )?states parties|meetings of states parties|review conference|first committee|asean|apmbc meetings)\b/;
