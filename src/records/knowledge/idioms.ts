// Idioms delegates type in chat, in the plain words minutes and papers use for
// the same thing: "is it still in the pipeline" asks what is planned, "who will
// foot the bill" who funds it. Applied to questions and records alike, before
// the words are cut to stems; each maps to a word the records write.
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  // planned, not yet done
  [/\b(?:in the (?:pipe ?line|pipleine|pipline|works)|on the cards)\b/gi, "plan"],
  // done with, final
  [
    /\b(?:put|puts|putting) (?:it |that |this )?to bed\b|\b(?:wrapped|wraps|wrapping) up\b|\bdone and dusted\b|\bset in stone\b|\b(?:the )?finished article\b/gi,
    "final",
  ],
  // a draft still
  [/\b(?:a )?work in progress\b/gi, "draft"],
  // "which expert body does the np name": the paper mentions it ("naming and shaming" is no naming by a paper)
  [
    /(?<=\b(?:np|paper|minutes|document|it)(?: (?:para|paragraph) \d{1,2})? )(?:name|names|named)\b/gi,
    "mentions",
  ],
  // "which non-SPs are named", "is Cambodia named in the np": mentioned
  [/\b(?:is|are|was|were|be|been|being) (?:named|listed|cited)\b/gi, "are mentioned"],
  // "named next to the ICRC": together with
  [/\bnext to\b/gi, "and"],
  // speaking at a meeting
  [
    /\b(?:take|takes|took|taken|taking) the floor\b|\b(?:chime|chimes|chimed|chiming|pipe|piped|piping) in\b/gi,
    "speak",
  ],
  // meeting someone
  [/\b(?:touch|touches|touched|touching) base\b|\b(?:catch|catches|caught|catching) up with\b/gi, "meet"],
  // starting something
  [
    /\b(?:get|gets|got|getting) the ball rolling\b|\b(?:kick|kicks|kicked|kicking)[ -]?start(?:s|ed|ing)?\b|\b(?:get|gets|got|getting) (?:\w+ )?off the ground\b/gi,
    "start",
  ],
  // put off till later
  [
    /\bon the back ?burner\b|\bon ice\b|\b(?:kick|kicks|kicked|kicking) (?:the can |it |them )?down the road\b|\binto the long grass\b/gi,
    "later",
  ],
  [/\b(?:down the (?:track|line|road)|in the long term|(?:a |the )?long game)\b/gi, "in the long run"],
  // paying up
  [
    /\b(?:cough|coughs|coughed|coughing|shell|shells|shelled|shelling|fork|forks|forked|forking|pony|ponies|ponied) (?:up|out)\b|\bchip(?:s|ped|ping)? in\b/gi,
    "paid",
  ],
  [
    /\b(?:put|puts|putting) (?:our|its|their|his|her|a) hand out\b|\bpass(?:ed|es|ing)? the hat\b/gi,
    "requested",
  ],
  // approved
  [
    /\b(?:got|get|gets|getting|given|gave|give) the (?:nod|green light|go[- ]ahead|thumbs up)\b|\brubber[- ]stamp(?:s|ed|ing)?\b/gi,
    "approved",
  ],
  [/\b(?:in the bag|a done deal|locked in|nailed down)\b/gi, "confirmed"],
  [/\bgame ?plan\b|\broad ?map\b/gi, "strategy"],
  // chasing who has not paid: reminders
  [/\b(?:chase|chases|chased|chasing)(?: up| after)?\b/gi, "remind"],
  // "who sat in on the meeting": who attended it; "what's on the table": what is proposed
  [/\b(?:sit|sits|sat|sitting) in(?: on)?\b/gi, "attended"],
  [/\b(?:land|lands|landed|landing) on the table\b/gi, "presented"],
  // "what did the ICRC put on the table": what it offered
  [/\b(?:put|puts|putting|lay|lays|laid|laying) (?:\w+ ){0,3}on the table\b/gi, "offered"],
  [/\bon the table\b/gi, "proposed"],
  // "ahead of the meeting": prior to it
  [/\bahead of\b/gi, "prior to"],
  // "what did the ICRC put forward": what it proposed
  [/\b(?:put|puts|putting) forward\b|\b(?:float|floats|floated|floating)\b/gi, "proposed"],
  // "how many countries turned up": those a meeting "brought together", as the minutes write it
  // (who "turns up as an observer" takes part as one)
  [/\b(?:turn|turns|turned|turning|show|shows|showed|showing) up as\b/gi, "participating as"],
  [/\b(?:turn|turns|turned|turning|show|shows|showed|showing) up\b/gi, "brought together"],
  // "did the CMC bring up Syria": did it raise it
  [/\b(?:bring|brings|brought|bringing) up\b/gi, "raised"],
  // "show the CC a first draft": present it to the Committee; "when did the agenda go out": when it was circulated
  [
    /\b(?:show|shows|showed|showing|shown) (?:it |them |this |that )?(?:to )?(?:the |our )?(?:cc|committee|coordination committee|members)\b/gi,
    "present to the committee",
  ],
  [
    /\b(?:go|goes|went|gone|going) (?:out|round|around)\b|\b(?:sent|send|sends|sending) (?:round|around)\b/gi,
    "circulated",
  ],
  // an agenda or a draft "sent out" is circulated; reminders and letters sent out are only sent
  [
    /\b(agendas?|minutes|drafts?|papers?)((?: \w+){0,3}) (?:sent|send|sends|sending) out\b/gi,
    "$1$2 circulated",
  ],
  // "time limit per concept note pitch", "pitch their concept note": a paper is presented (a cause is pitched to
  // be promoted)
  [/\b(notes?|papers?|plans?) pitch(?:es)?\b/gi, "$1 presentation"],
  [
    /\bpitch(?:es|ed|ing)?\b(?=(?: (?:its|their|the|our|his|her|a|an|each))?(?: \w+)? (?:notes?|papers?|plans?)\b)/gi,
    "present",
  ],
  // "who held the VA job before Italy", "the coordinator before them": the former coordinator, as the minutes say
  [/\b(?:held|had|did) the (?:\w+ )?(?:job|role|post|position) before\b/gi, "was former coordinator before"],
  // (not "for coordinators before the notes were presented": before a time)
  [
    /\bcoordinators? before (?!(?:the|a|an|its|their|our|we|they|he|she|it|\d+)\b)/gi,
    "former coordinator before ",
  ],
  // "a date to sit down together": to meet
  [/\b(?:sit|sits|sat|sitting) down (?:together|with)\b/gi, "meet"],
  // "did the 4/11 CC run over the 11:30 finish": whether it overran, which no minutes say
  [
    /\b(?:run|runs|ran|running|go|goes|went|going) (?:over|past) (?:the |its )?(?:\d{1,2}[:.]\d\d )?(?:finish|end|time|schedule)\b/gi,
    "overran",
  ],
  [/\b(?:run|runs|ran|running) (?:over|late)\b/gi, "overran"],
  // "how many francs had come in": had been received
  [/\b(?:come|comes|came|coming) in\b/gi, "received"],
  // "what did the Dutch want to know": what they asked
  [/\b(?:want|wants|wanted|wanting) to know\b/gi, "ask"],
  // said their piece
  [/\b(?:weigh|weighs|weighed|weighing|chime|chimes|chimed|chiming) in\b/gi, "commented"],
  [/\bon board\b|\b(?:get|gets|got|getting) behind\b/gi, "support"],
  // "was Wellington ok with it": did it support it
  [/\b(?:ok|okay|fine|happy|comfortable) with\b/gi, "supported"],
  // "a goer", "has legs": promising
  [/\ba goer\b|\b(?:has|have|had) legs\b/gi, "potential"],
  [/\b(?:drag|drags|dragged|dragging) (?:its|their|his|her|our) feet\b/gi, "delay"],
  // arrived by e-mail
  [/\b(?:land|landed|lands|hit|hits) (?:in )?(?:our|their|my|the) inbox(?:es|s)?\b/gi, "circulated"],
  [/\barvo\b/gi, "afternoon"],
  // "how much did they add up to": the total; "had put anything into the fund": contributed to it
  [/\b(?:add|adds|added|adding) up(?: to)?\b|\ball told\b/gi, "total"],
  [
    /\b(?:put|puts|putting) (?:(?:anything|something|money|any money|cash|funds?)(?: at all)? )?(?:in|into)\b/gi,
    "contributed to",
  ],
  // "what did the closed meeting conclude": its outcome
  [
    /\bwhat did (the (?=(?:[\w-]+ ){0,8}?(?:meeting|seminar|workshop|session|event|conference)s?\b)(?:[\w-]+ ){1,9}?)(?:actually |finally |eventually )?(?:conclude|decide|agree|achieve|produce)\b/gi,
    "what was the outcome of $1",
  ],
  // "what came out of the meeting": its outcome
  [/\bwhat (?:came|has come|comes|come) out of\b/gi, "what was the outcome of"],
  // "when did the 2016 Monitor come out": when it was launched
  [/\b(?:come|comes|came|coming) out\b(?! of)/gi, "launched"],
  // "who's behind the initiative": who launched it; "opened up to non-SPs": extended to them
  [/\b(?:who s|who is|who's|whos|who are|who was|who were) behind\b/gi, "who launched"],
  [/\bbehind(?= the (?:\w+ )?(?:initiative|idea|concept|coalitions?|proposal|paper)\b)/gi, "that launched"],
  [/\b(?:open|opens|opened|opend|opening) (?:up )?to\b/gi, "extended to"],
  // "who cooked up the idea": who launched it; "top of the pile": the priority
  [/\b(?:cook|cooks|cooked|cooking) up\b/gi, "launched"],
  [/\b(?:the )?top of the (?:pile|list|queue)\b/gi, "priority"],
  // "who would take part in a coalition": who would be in it (the paper lists its actors, not who
  // "participates"); "which operators took part" still asks for names, and keeps its verb
  [
    /\b(who(?: (?:would|will|could|should|can|might|may|is|are|was|were|has|have|had))?) (?:(?:take|takes|took|taking|taken) part|participat(?:e|es|ed|ing)) in\b/gi,
    "$1 be in",
  ],
  // "which coordinators would deal with the coalitions", "is it in my remit": in whose purview it falls
  // (not "in charge of coordinating", which asks who leads)
  [/\b(?:deal|deals|dealt|dealing|handle|handles|handled|handling) with\b|\bremits?\b/gi, "purview of"],
  // mine action in plain words: "cluster bombs", "getting rid of" them, "stocks", "survivors", "survey work",
  // "fencing off dangerous land", as the paper writes them
  [/\bcluster bombs?\b|\bbomblets?\b/gi, "cluster munitions"],
  [/\b(?:get|gets|got|getting|gotten) rid of\b/gi, "destroy"],
  [/\bsurvivors?\b/gi, "victims"],
  [/\bstocks\b|\b(?<=in )stock\b/gi, "stockpiles"],
  [/\bsurvey(?:s|ed|ing)?(?: work)?\b/gi, "mapping"],
  [/\b(?:fence|fences|fenced|fencing|mark|marks|marked|marking) off\b|\bfencing\b/gi, "securing"],
  [/\bdangerous (?:land|areas?|ground|sites?|zones?)\b/gi, "contaminated areas"],
  // "get more States to sign up to the Convention": to accede to it; "the landmine treaty": the APMBC
  [/\b(?:sign|signs|signed|signing) (?:up|on) to\b/gi, "accede to"],
  // "did the CMC raise anything under AOB": did it say anything (not only ask or worry)
  [
    /\b(?:raise|raises|raised|raising|bring up|brought up|put forward)\s+(?:anything|something)\b/gi,
    "say anything",
  ],
  // "when do we get to cast our eyes over a draft": when it is presented ("cast" is no misspelt "cost")
  [/\b(?:cast|casting|run|running) (?:our |my |an |your )?eyes? over\b/gi, "see"],
  // "what makes or breaks a coalition": the key to a successful one
  [/\b(?:make|makes|made|making) or (?:break|breaks|broke|breaking)\b/gi, "key to successful"],
  // "acc to nz": according to New Zealand
  [/\bacc\.? to\b/gi, "according to"],
  [/\b(?:the )?(?:landmine|land mine|mine ban|ottawa) (?:treaty|convention)\b/gi, "the APMBC"],
  // "whose budget did the Thai seminar come out of": who funded it
  [/\bwhose (?:budget|pocket|money)\b(?:(?: \w+){0,8} (?:come|came|comes|coming) out of)?/gi, "who funded"],
  [/\b(?:come|comes|came|coming|paid) out of ([\w]+)(?:['’]s)? (?:pocket|budget)\b/gi, "funded by $1"],
  // "who dreamed up the coalitions": who launched them; "spelled out": made clear
  [/\b(?:dream|dreams|dreamed|dreamt|dreaming) up\b/gi, "launched"],
  [/\b(?:spell|spells|spelled|spelt|spelling) out\b/gi, "clear"],
  // "unexploded ordnance": the paper's explosive remnants of war
  [/\bunexploded ordnance\b|\buxo\b/gi, "explosive remnants of war"],
];

/** The text with each idiom in the records' words. */
export function plainIdioms(text: string): string {
  return IDIOMS.reduce((plain, [idiom, words]) => plain.replace(idiom, words), text);
}
