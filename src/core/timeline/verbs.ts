/**
 * Just enough English verb morphology to turn a clause into a headline-style label: a past, gerund or
 * bare verb becomes the third-person present ("took over" → "takes over", "to meet" → "meets").
 */

const IRREGULAR_PAST: Record<string, string> = {
  said: 'say',
  spoke: 'speak',
  met: 'meet',
  took: 'take',
  began: 'begin',
  was: 'be',
  were: 'be',
  held: 'hold',
  made: 'make',
  went: 'go',
  came: 'come',
  gave: 'give',
  told: 'tell',
  left: 'leave',
  won: 'win',
  lost: 'lose',
  fell: 'fall',
  rose: 'rise',
  ran: 'run',
  bought: 'buy',
  sold: 'sell',
  saw: 'see',
  found: 'find',
  got: 'get',
  brought: 'bring',
  wrote: 'write',
  struck: 'strike',
  shot: 'shoot',
  hit: 'hit',
  led: 'lead',
  fled: 'flee',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  chose: 'choose',
  drew: 'draw',
  drove: 'drive',
  flew: 'fly',
  forgot: 'forget',
  grew: 'grow',
  knew: 'know',
  paid: 'pay',
  put: 'put',
  quit: 'quit',
  read: 'read',
  rode: 'ride',
  sang: 'sing',
  sat: 'sit',
  set: 'set',
  shut: 'shut',
  stood: 'stand',
  swore: 'swear',
  taught: 'teach',
  thought: 'think',
  threw: 'throw',
  understood: 'understand',
  woke: 'wake',
  wore: 'wear',
  withdrew: 'withdraw',
  overtook: 'overtake',
  undertook: 'undertake',
  became: 'become',
  broke: 'break',
  caught: 'catch',
  cut: 'cut',
  did: 'do',
  ate: 'eat',
  felt: 'feel',
  fought: 'fight',
  heard: 'hear',
  kept: 'keep',
  laid: 'lay',
  let: 'let',
  meant: 'mean',
  sought: 'seek',
  seized: 'seize',
  shook: 'shake',
  slid: 'slide',
  split: 'split',
  spread: 'spread',
  stole: 'steal',
  stuck: 'stick',
  swept: 'sweep',
  tore: 'tear',
  unveiled: 'unveil',
  had: 'have',
  underwent: 'undergo',
  overcame: 'overcome',
  foresaw: 'foresee',
  forgave: 'forgive',
  upheld: 'uphold',
  withheld: 'withhold',
  overthrew: 'overthrow',
  outgrew: 'outgrow',
  rebuilt: 'rebuild',
  overran: 'overrun',
  misled: 'mislead',
  hid: 'hide',
  lent: 'lend',
  dealt: 'deal',
  dug: 'dig',
  froze: 'freeze',
  sank: 'sink',
  shrank: 'shrink',
  slept: 'sleep',
  swam: 'swim',
  wept: 'weep',
  forbade: 'forbid',
  spun: 'spin',
  bent: 'bend',
  flung: 'fling',
  hung: 'hang',
  knelt: 'kneel',
  leapt: 'leap',
  lit: 'light',
  mistook: 'mistake',
  rang: 'ring',
  shone: 'shine',
  slung: 'sling',
  sped: 'speed',
  sprang: 'spring',
  stung: 'sting',
  strode: 'stride',
  strove: 'strive',
  swung: 'swing',
  wrung: 'wring',
  arose: 'arise',
  awoke: 'awake',
  beheld: 'behold',
  dwelt: 'dwell',
  oversaw: 'oversee',
  rewrote: 'rewrite',
  slew: 'slay',
  stank: 'stink',
  withstood: 'withstand',
  foretold: 'foretell',
  retold: 'retell',
  resold: 'resell',
  overheard: 'overhear',
  misunderstood: 'misunderstand',
  overshot: 'overshoot',
  outran: 'outrun',
  outsold: 'outsell',
  oversold: 'oversell',
  overpaid: 'overpay',
  repaid: 'repay',
  blew: 'blow',
  drank: 'drink',
  clung: 'cling',
  crept: 'creep',
  bled: 'bleed',
  burst: 'burst',
  thrust: 'thrust',
  beat: 'beat',
  hurt: 'hurt',
  cast: 'cast',
  shed: 'shed',
  cost: 'cost',
  forecast: 'forecast',
};

const IRREGULAR_PASTS: ReadonlySet<string> = new Set(Object.keys(IRREGULAR_PAST));

/** Past forms that are irregular (for recognising verbs). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PASTS.has(word) || IRREGULAR_PASTS.has(word.toLowerCase());
}

/** Bases that themselves end in a doubled consonant, which "-ed" does not double ("added", "boycotted"). */
const DOUBLED_BASES = /^(?:add|ebb|egg|err|purr|boycott)$/;
/** British doublings of a final "l" that the general rule below cannot tell from "called" or "installed". */
const DOUBLED_L =
  /(?:ial|signal|total|equal|rival|pedal|marshal|control|patrol|annul|fuel|duel|pencil|stencil|imperil)l$/;

/** Vowel groups in a stem: "hop" 1, "develop" 3 (a "y" after a consonant counts: "typ" 1). */
const syllables = (stem: string): number => stem.match(/[aeiou]+|(?<=[^aeiou])y/g)?.length ?? 0;

/**
 * Whether a stem left by "-ed"/"-ing" lost a silent "e" ("conced" → "concede", but "succeed", "visit").
 * Spelling alone mostly tells; where it does not (a stressed last syllable: "invite" but "visit"), the
 * verbs of the rarer kind are a closed list.
 */
function silentE(stem: string, gerund: boolean): boolean {
  // "continued", "argued", "queued".
  if (/u$/.test(stem)) return true;
  // A consonant before "r": "massacred", "centred"; and "premiered" (a premiere, not a premier).
  if (/[^aeiour]r$/.test(stem) || /premier$/.test(stem)) return true;
  // "gu"/"qu" before a vowel is a consonant: "guided", "quoted", "beguiled".
  const s = stem.replace(/(?<=[gq])u(?=[aeiouy])/g, 'w');
  const one = syllables(s) === 1;
  switch (s.at(-1)) {
    case 'c':
    case 'v':
      // "announced", "placed", "reduced", "voiced"; "moved", "solved".
      return true;
    case 'z':
      // "seized", "squeezed", "amazed", but "waltzed".
      return /[aeiouy]z$/.test(s);
    case 's':
      // "raised", "released", "analysed", "condensed", "collapsed", "nursed"; not "focused", "biased".
      return !/ss$/.test(s) && !/(?:focus|bias|canvas)$/.test(s);
    case 'g':
      // "changed", "judged", "urged", "engaged", "plunged", "challenged", "hinged"; but "belonged",
      // "hanged", "banged", "ringed", and a gerund of "-ing" ("bringing", "singing").
      if (/ong$/.test(s) || /(?:^|[^c])hang$|(?:bang|clang|twang)$/.test(s)) return false;
      if (/ing$/.test(s)) return !gerund && !/^(?:r|w|p|d|z)ing$/.test(s);
      return true;
    case 'b':
      // "described", "bribed", "probed", "typed" is below.
      return /[^aeiou][aiouy]b$/.test(s);
    case 'd':
      // "decided", "included", "invaded", "exploded", "persuaded", "conceded", "impeded"; not "needed",
      // "loaded", "headed", "avoided".
      return /[^aeiou][aiouy]d$|[uw]ad$|[^aeiou]ed$/.test(s);
    case 'k':
      // "liked", "smoked", "baked", "nuked"; not "looked", "leaked".
      return /[^aeiou][aiouy]k$/.test(s);
    case 't':
      // "stated", "created", "negotiated", "evaluated"; not "treated", "floated", "awaited".
      if (/at$/.test(s)) return /[^aeiou]at$|[iuw]at$|(?:creat|permeat|delineat|nauseat)$/.test(s);
      // "completed", "deleted", "competed", "secreted" (a closed list); not "interpreted", "targeted".
      if (/et$/.test(s)) return /(?:plet|delet|pet|cret)$|^met$/.test(s);
      // "cited", "united", "invited", "excited"; not "visited", "limited", "exited", "inhibited".
      if (/[^aeiou]it$/.test(s)) return one || /(?:inv|un|exc|ign|rec|inc|exped|extrad|requ|wr)it$/.test(s);
      // "tasted", "wasted"; not "lasted", "blasted".
      if (/^(?:tast|wast|hast|bast|chast)$/.test(s)) return true;
      // "voted", "quoted", "promoted", "executed", "disputed"; not "piloted", "pivoted", "debuted".
      if (/[^aeiou][ouy]t$/.test(s)) return !/(?:pivot|pilot|ballot|debut)$/.test(s);
      return false;
    case 'l':
      // "handled", "settled"; not "curled", "howled".
      if (/[^aeioulrwy]l$/.test(s)) return true;
      // "scaled", "exhaled"; not "signaled", "totaled".
      if (/[^aeiou]al$/.test(s)) return one || /(?:inhal|exhal|impal|regal)$/.test(s);
      // "filed", "compiled", "consoled", "ruled", "styled".
      return /[^aeiou][iouy]l$/.test(s);
    case 'm':
      // "named", "timed", "resumed"; "welcomed", "becoming", but not "accustomed", "blossomed".
      if (/[^aeiou]om$/.test(s)) return one || /com$/.test(s);
      return /[^aeiou][aiuy]m$/.test(s);
    case 'n':
      // "phoned", "atoned", "postponed"; not "abandoned", "reasoned", "summoned", "mentioned".
      if (/[^aeiou]on$/.test(s)) return one || /(?:aton|condon|postpon|inton|thron|phon)$/.test(s);
      // "convened", "intervened"; not "opened", "happened".
      if (/[^aeiou]ven$/.test(s)) return true;
      // "examined", "combined", "tuned", "waned".
      return /[^aeiou][aiuy]n$/.test(s);
    case 'p':
      // "escaped", "shaped", "typed"; "hoped", "wiped" but not "developed", "gossiped".
      if (/[^aeiou][ay]p$/.test(s)) return true;
      return /[^aeiou][iou]p$/.test(s) && (one || s === 'elop');
    case 'r':
      // "required", "cured", "declared"; not "repaired", "honoured", "murmured".
      if (/[^aeiou]ir$/.test(s) || /[^aeiou]ar$/.test(s)) return true;
      if (/[^aeiou]ur$/.test(s)) return !/murmur$/.test(s);
      // "scored", "ignored", "restored"; not "monitored", "sponsored", "tailored".
      if (/[^aeiou]or$/.test(s)) return one || /(?:ignor|stor|plor|ador|scor)$/.test(s);
      // "interfered", "adhered", "revered"; not "entered", "covered", "severed".
      return /(?:interfer|adher|coher|rever|persever)$/.test(s);
    case 'h':
      // "bathed", "breathed", "soothed", "clothed", "writhed", "ached"; not "unearthed", "reached".
      return /(?:ba|la|swa|(?<!q[uw])ea|ee|oo|oa|clo|wri|scy)th$/.test(s) || s === 'ach';
    default:
      return false;
  }
}

/**
 * The base form of a verb given as past ("announced"), gerund ("taking") or base ("meet").
 * @example baseForm('taking') // 'take'
 */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PAST[w];
  if (irregular) return irregular;
  // "carried" → "carry", but "died", "tied", "lied" → "die", "tie", "lie".
  if (w.endsWith('ied')) return w.length === 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  // "agreed", "freed", "guaranteed" → "agree", …; "need", "proceed", "succeed", "breed" are bases.
  if (w.endsWith('eed')) return /(?:[^b]r|t)eed$/.test(w) ? w.slice(0, -1) : w;
  if (!w.endsWith('ed') && !w.endsWith('ing')) return w;
  const gerund = w.endsWith('ing');
  const stem = gerund ? w.slice(0, -3) : w.slice(0, -2);
  // "string", "spring": no verb stem.
  if (syllables(stem) === 0) return w;
  // "dying", "lying", "vying" → "die", "lie", "vie"; "owed" → "owe".
  if (gerund && /^[^aeiou]y$/.test(stem)) return `${stem[0]}ie`;
  if (stem === 'ow') return 'owe';
  if (DOUBLED_BASES.test(stem)) return stem;
  // "bidding" → "bid", "planned" → "plan" (but "added", "called", "passed" keep theirs).
  if (/([bdgkmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  // "travelled", "cancelled", "fuelled" → "travel", …; but "called", "spelled", "quelled" keep theirs.
  if (/(?:[aeiou][^aeiou]+|[^q]u)ell$/.test(stem) || DOUBLED_L.test(stem)) return stem.slice(0, -1);
  // "mimicked", "panicked", "trafficked" → "mimic", …
  if (/(?:mimic|panic|traffic|picnic|frolic)k$/.test(stem)) return stem.slice(0, -1);
  return silentE(stem, gerund) ? `${stem}e` : stem;
}

/**
 * The third-person singular present of a base verb.
 * @example thirdPerson('meet') // 'meets'
 */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  // "does", "goes", "undergoes", "vetoes", "echoes".
  if (/[^aeiou]o$/.test(base)) return `${base}es`;
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Bases of more than one syllable whose last consonant doubles before "-ing" (their stress is on it). */
const DOUBLING_BASES =
  /^(?:begin|admit|commit|omit|submit|permit|transmit|occur|recur|refer|prefer|confer|defer|infer|deter|regret|forget|upset|control|patrol|compel|expel|propel|rebel|equip)$/;

/**
 * The present participle of a base verb.
 * @example presentParticiple('dope') // 'doping'
 */
export function presentParticiple(base: string): string {
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(base)) return `${base}ing`;
  if (/[^aeiou]e$/.test(base) || /[aeiou][^aeiouy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  // "win" → "winning", "plan" → "planning"; not "open", "visit", "rain".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) || DOUBLING_BASES.test(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}

/**
 * The base of a present-tense verb, third person or not ("starts" → "start", "reaches" → "reach",
 * "begin" → "begin").
 * @example presentBase('carries') // 'carry'
 */
export function presentBase(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word) || /[^aeiou]oes$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Nouns of events and the verb phrase a label says instead ("return" → "returns"). */
const NOMINALISATIONS: Record<string, string> = {
  return: 'returns',
  exit: 'exits',
  visit: 'visits',
  arrival: 'arrives',
  departure: 'departs',
  election: 'is elected',
  reelection: 'is re-elected',
  're-election': 'is re-elected',
  death: 'dies',
  resignation: 'resigns',
  appointment: 'is appointed',
  launch: 'launches',
  meeting: 'meets',
  attack: 'attacks',
  invasion: 'invades',
  victory: 'wins',
  win: 'wins',
  vote: 'votes',
  triumph: 'triumphs',
  defeat: 'is defeated',
  release: 'is released',
  arrest: 'is arrested',
  birth: 'is born',
  trip: 'travels',
  speech: 'speaks',
  announcement: 'announces',
  decision: 'decides',
  withdrawal: 'withdraws',
  collapse: 'collapses',
  inauguration: 'is inaugurated',
  retirement: 'retires',
  acquisition: 'acquires',
  purchase: 'buys',
  sale: 'sells',
  merger: 'merges',
  takeover: 'takes over',
  rise: 'rises',
  fall: 'falls',
  loss: 'loses',
  ouster: 'is ousted',
  overthrow: 'is overthrown',
  capture: 'is captured',
  escape: 'escapes',
  marriage: 'marries',
  wedding: 'marries',
  funeral: 'is buried',
  trial: 'is tried',
  conviction: 'is convicted',
  sentencing: 'is sentenced',
  execution: 'is executed',
  assassination: 'is assassinated',
  kidnapping: 'is kidnapped',
  founding: 'is founded',
  opening: 'opens',
  closure: 'closes',
  crash: 'crashes',
  bankruptcy: 'goes bankrupt',
  independence: 'becomes independent',
  failure: 'fails',
  eruption: 'erupts',
  debut: 'debuts',
  premiere: 'premieres',
  landing: 'lands',
  takeoff: 'takes off',
  decline: 'declines',
  increase: 'increases',
  drop: 'drops',
  slump: 'slumps',
  contraction: 'contracts',
  end: 'ends',
  abolition: 'is abolished',
  outbreak: 'breaks out',
  creation: 'is created',
  establishment: 'is established',
  formation: 'is formed',
  signing: 'is signed',
  adoption: 'is adopted',
  restoration: 'is restored',
  reunification: 'is reunified',
  liberation: 'is liberated',
  unification: 'is unified',
};

/**
 * The verb phrase for an event noun after a possessive ("Smith's return" → "returns"), or null.
 * @example verbOfNoun('return') // 'returns'
 */
export function verbOfNoun(noun: string): string | null {
  return NOMINALISATIONS[noun.toLowerCase()] ?? null;
}
