// How a question is put in chat, around what it asks: "quick one -", "sorry to
// bother", "can you check if", "remind me", "for the ICA brief:", "I'm drafting
// the VA section,", "for the note to the president:", "need the exact ref",
// "thx". The framing is no topic; the topic it names stays ("VA").

/** The writer's own purpose: a note, email or brief and whom it is for. */
const PAPER = "(?:note|email|e-mail|memo|brief|briefing|cable)";
const READER = "(?:(?:to|for) (?:the )?(?:president|presidency|capitals?|ambassador|minister|boss|hq|chair))";
/** What the writer needs of the answer: "the exact ref", "the sentence", "the figure", "all three", "one line". */
const NEEDED =
  "(?:(?:the|a|an) (?:exact |precise )?(?:ref|reference|sentence|figure|name|number|wording|quote|line|date)|all (?:three|two|four|of them)|who does what|one line)";

export const CHAT_FRAMING = new RegExp(
  [
    "\\b(?:quick (?:one|q|question)|sorry to (?:bother|bug)(?: you)?|(?:can|could) you (?:please )?(?:check|confirm|tell me|remind me)(?: if| whether)?|just (?:checking|to check|to confirm)|remind me|(?:my |the )?(?:ambassador|boss|capital|minister) (?:asked|asks|wants to know)|prepping (?:my )?(?:talking points|brief)|talking points|(?:i|we)(?: a|\\s?['’])?m (?:drafting|writing|preparing|prepping|updating|working on|booking travel for)(?: the| my| our)?|(?:section|bit|chapter|part) of the brief|for the (?:\\w+ )?brief(?: i need)?|i need (?:this |it )?for (?:the|my) (?:\\w+ )?brief|need (?:the|it) for the brief|thx|thanks|ty|pls|btw)\\b",
    `\\b(?:for|drafting|writing) (?:the|my|our|an?) ${PAPER}(?: ${READER})?\\b|\\bin (?:the|my|our) ${PAPER} ${READER}\\b`,
    `\\b(?:i )?need ${NEEDED}(?: (?:for|in) (?:the|my|our) (?:${PAPER}|president|presidency|capitals?))?(?: as written)?\\b`,
    "\\b(?:please|pls) confirm(?: the (?:name|figure|date|number))?(?: as written)?\\b",
    "\\b(section|bit|chapter)\\b(?=\\s*[,:;\\-–—])",
  ].join("|"),
  "gi",
);
