// The verbs the rewriter knows, with their forms. Without a part-of-speech
// tagger, knowing that "organises" is a verb (and that "report" may also be a
// noun) is what lets the back-shift touch verbs and leave nouns alone.

/** base: past, past participle (when it differs from the past). */
const IRREGULAR: Record<string, [string, string?]> = {
  arise: ["arose", "arisen"],
  bear: ["bore", "borne"],
  become: ["became", "become"],
  begin: ["began", "begun"],
  break: ["broke", "broken"],
  bring: ["brought"],
  build: ["built"],
  buy: ["bought"],
  choose: ["chose", "chosen"],
  come: ["came", "come"],
  cost: ["cost"],
  cut: ["cut"],
  deal: ["dealt"],
  do: ["did", "done"],
  draw: ["drew", "drawn"],
  drive: ["drove", "driven"],
  fall: ["fell", "fallen"],
  feel: ["felt"],
  find: ["found"],
  foresee: ["foresaw", "foreseen"],
  forget: ["forgot", "forgotten"],
  get: ["got"],
  give: ["gave", "given"],
  go: ["went", "gone"],
  grow: ["grew", "grown"],
  have: ["had"],
  hear: ["heard"],
  hold: ["held"],
  keep: ["kept"],
  know: ["knew", "known"],
  lead: ["led"],
  leave: ["left"],
  lend: ["lent"],
  let: ["let"],
  lose: ["lost"],
  make: ["made"],
  mean: ["meant"],
  meet: ["met"],
  overcome: ["overcame", "overcome"],
  oversee: ["oversaw", "overseen"],
  pay: ["paid"],
  put: ["put"],
  read: ["read"],
  rise: ["rose", "risen"],
  run: ["ran", "run"],
  say: ["said"],
  see: ["saw", "seen"],
  seek: ["sought"],
  sell: ["sold"],
  send: ["sent"],
  set: ["set"],
  show: ["showed", "shown"],
  sit: ["sat"],
  speak: ["spoke", "spoken"],
  spend: ["spent"],
  spread: ["spread"],
  stand: ["stood"],
  take: ["took", "taken"],
  teach: ["taught"],
  tell: ["told"],
  think: ["thought"],
  understand: ["understood"],
  undertake: ["undertook", "undertaken"],
  win: ["won"],
  withdraw: ["withdrew", "withdrawn"],
  write: ["wrote", "written"],
};

const REGULAR = `accept achieve acknowledge add address adopt advise advocate agree aim allocate allow
announce anticipate apologise apologize appear apply appoint appreciate approach approve ask assess assist
assume assure attach attend believe benefit call carry celebrate change circulate clarify collaborate collect
commit complete concern conclude conduct confirm congratulate consider consult contact continue contribute
convene convey coordinate cover create decide declare define delay deliver demonstrate depend deploy
design destroy develop discuss disseminate draft emphasise emphasize enable encourage endorse engage enhance
ensure envisage establish evaluate examine expect explain explore express face facilitate finalise finalize
finance finish focus follow fund gather help highlight hope host identify implement improve include increase
indicate inform initiate insist intend introduce invite involve join launch learn like look maintain manage
mention monitor move need note notice observe obtain offer open operate organise organize participate pass
plan play point prefer prepare present proceed produce promote propose protect provide publish pursue reach
realise realize receive recall recognise recognize recommend record reduce refer reflect regret reiterate
remain remind repeat reply report request require respond review revise seem share start state stay stress
strengthen submit suggest support suppose target thank train translate travel try underline underscore
update urge use value visit want welcome wish work accede amount arrange attempt avoid base belong check claim
compare compile contain cooperate correspond count decline determine differ emerge encounter enter exceed
exchange exist expand extend fail favour fill form gain handle happen hesitate last lack listen look matter
mobilise mobilize name object occur outline overlap own participate perform place pledge postpone
prioritise prioritize process progress prove question raise ratify reject relate release rely remember remove
replace represent resolve result retain return reveal schedule secure select serve settle showcase sign
stabilise step stop succeed suffer summarise summarize supply sustain tackle talk tend test track transfer
treat trust turn upload vary verify view voice volunteer vote wait warn wonder worry operationalise
operationalize end close enact adapt align expire arrive`.split(/\s+/);

/** Verbs that are as often nouns: convert them only where the context says "verb". */
export const ALSO_NOUNS = new Set(
  `approach contact design attempt outline end close aim call change concern cost cut deal delay draft face fall finance focus fund help hope increase lead
  like look move need note offer plan point present record reply report request review run set share show
  start state stay support target update use value visit wish work rise spread draw pass amount base check claim
  count exchange form lack mark name object overlap place process progress question release result return
  schedule showcase sign step supply test track transfer trust turn view voice volunteer vote wait`.split(
    /\s+/,
  ),
);

/** Verbs that take a "that" clause, so "shows that" is a verb and not the noun of a relative clause. */
export const TAKES_THAT = new Set(
  "show note report state stress suggest propose request confirm indicate mean hope recommend recall highlight underline demonstrate".split(
    " ",
  ),
);

/** Verbs that double their final consonant: planned, committed, travelled. */
const DOUBLING = new Set([
  "plan",
  "commit",
  "submit",
  "refer",
  "prefer",
  "regret",
  "travel",
  "occur",
  "stop",
  "step",
  "transfer",
]);

export type VerbForm = { base: string; form: "base" | "s" | "past" };

const byForm = new Map<string, VerbForm>();
const past = new Map<string, string>();
const participle = new Map<string, string>();

function regularPast(base: string): string {
  if (DOUBLING.has(base)) return `${base}${base.at(-1)}ed`;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function thirdPerson(base: string): string {
  if (base === "have") return "has";
  if (base === "do" || base === "go") return `${base}es`;
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function register(base: string, pastForm: string, participleForm: string): void {
  past.set(base, pastForm);
  participle.set(base, participleForm);
  byForm.set(base, { base, form: "base" });
  byForm.set(thirdPerson(base), { base, form: "s" });
  if (!byForm.has(pastForm)) byForm.set(pastForm, { base, form: "past" });
}

for (const base of REGULAR) register(base, regularPast(base), regularPast(base));
for (const [base, [pastForm, participleForm]] of Object.entries(IRREGULAR)) {
  register(base, pastForm, participleForm ?? pastForm);
}

/** "organises" -> {base: "organise", form: "s"}; undefined for words that are not known verbs. */
export function verbForm(lowerWord: string): VerbForm | undefined {
  return byForm.get(lowerWord);
}

export function pastOf(base: string): string {
  return past.get(base) ?? regularPast(base);
}

export function participleOf(base: string): string {
  return participle.get(base) ?? regularPast(base);
}

/** A past form that cannot be a participle ("took", "went"), so it is always a finite verb. */
export function isPastOnly(lowerWord: string): boolean {
  const known = byForm.get(lowerWord);
  return known?.form === "past" && participleOf(known.base) !== lowerWord;
}

/** Keeps a leading capital when the original word had one. */
export function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
