/**
 * Short readable labels for events, derived from the sentence around the date by general rules:
 * a named event at the date ("last month's X bombings" → "X bombings"), a noun phrase the date
 * modifies ("the 2003 invasion of Iraq" → "Invasion of Iraq"), a possessive event noun ("Smith's
 * return to Paris on May 7" → "Smith returns to Paris"), or the clause's subject, verb and object
 * ("Smith is due to meet activists on Wednesday" → "Smith meets activists"). Entity names shorten
 * people to their surname; with no entities, capitalised words stand in for them.
 */
import type { Entity, Span } from '../types';
import { asOwner } from '../as-owner';
import {
  isPersonRoleNoun,
  isRoleNoun,
  KIN_NOUNS,
  ORG_HEADS,
  RELIGIOUS_LEADER,
  SHIP_LENGTH_UNITS,
  SHIP_WEIGHT_UNITS,
} from '../entities/lexicon';
import { lookupPlace } from '../entities/gazetteer';
import { lexKind } from '../entities/name-lexicon';
import { COUNTED_LENGTH } from './durations';
import { DECLARED_DAY_AFTER, INVITED_TO, RECORD_UNTIL } from './resolve';
import { baseForm, isIrregularPast, presentBase, presentParticiple, thirdPerson, verbOfNoun } from './verbs';

export interface LabelInput {
  text: string;
  sentence: Span;
  /**
   * The date expression the event hangs on; or, of no width, where a date given elsewhere would stand (the end
   * of "…, two days after [investigators raided his home]").
   */
  timex: Span;
  /** True for spans anchored on the publication date ("since March 2011", "the 26-month conflict"). */
  anchored: boolean;
  entities: readonly Entity[];
  /** Reused across the events of one article: how the article names a head noun ("conflict" → "Syria conflict"). */
  headCache?: Map<string, string>;
  /** True when the date lies wholly before the publication day: a future reported then has happened. */
  past?: boolean;
  /** True when the date lies wholly after the publication day: nothing done is dated by it. */
  future?: boolean;
  /** True when `sentence` is a clause cut from a sentence ("…, four years after [a previous attempt ended in a crash]"). */
  clause?: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** The date expression itself. */
  marker: boolean;
  /** For the date: written as a possessive ("Sunday's election"). */
  possessive?: true;
  /** "that" pointing at a noun after a preposition ("survivors of that disaster"): no clause opens there. */
  demonstrative?: true;
  /** A capitalised word inside a mention of a recognised entity ("Mohamed", "Reed"): never a verb. */
  name?: true;
  /** A word in lower case inside such a mention ("and" in "the Rock and Roll Hall of Fame"): no object ends at it. */
  within?: true;
  /** A word of the role the article gives a name right before it ("ousted" in "ousted president X"): never a verb. */
  role?: true;
}

const MAX_WORDS = 10;

/** Connectives a clause may set off by commas inside it ("He denied, however, that …"). */
const CONNECTIVE =
  /^(?:however|though|meanwhile|nevertheless|nonetheless|moreover|furthermore|therefore|instead|indeed)$/;

/** ", only to" and a verb, after a clause: what was done next, undoing it ("…, only to reinstate it"). */
const ONLY_TO = /,\s+only\s+to\s+(?=\p{Ll})/u;

/** A market's session, the time a change is counted from ("since Friday's close", "at Monday's open"). */
const MARKET_SESSION = /^(?:close|open|opening|closing|session|bell)$/;

/** Words of degree before a political wing ("radical left", "far right"). */
const WING_DEGREE = /^(?:radical|far|hard|centre|center|extreme|ultra)$/i;

/** A count of people or things, its last word ("200", "dozens", "others"). */
const COUNT_WORD =
  /^(?:\d[\d,.]*|others|more|dozens|hundreds|thousands|scores|many|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)$/i;
/** A word of approximation or bound before a count ("around", "at least", "more than", "up to"). */
const COUNT_HEDGE = /^(?:around|about|some|nearly|almost|over|more|than|at|least|up|to)$/i;
/** Prepositions that are no verb's particle: a label does not end on one. */
const DANGLING =
  /^(?:outside|inside|near|beyond|into|onto|towards?|against|between|amid|despite|via|within|throughout)$/i;
/** Little words inside a person's name ("Maria del Rio", "Ursula von der Leyen", "Rebelo de Sousa"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'del',
  'de',
  'della',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'dos',
  'das',
  'dela',
  'delos',
  'los',
  'las',
]);
const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|another|each|every|no)$/i;
const DETERMINERS_ARTICLE = /^(?:the|a|an)$/i;
/** A quantifier opening a noun phrase ("Most British companies", "Several ministers"), no name. */
const QUANTIFIER = /^(?:most|many|some|all|several|few|both|other|more|such|certain|no|two|three|four|five)$/;
const ADVERBS = new Set([
  'also',
  'twice',
  'long',
  'sternly',
  'later',
  'then',
  'now',
  'already',
  'still',
  'just',
  'reportedly',
  'again',
  'further',
  'only',
  'finally',
  'formally',
  'officially',
  'recently',
  'previously',
  'earlier',
  'first',
  'once',
  'never',
  'not',
  'has',
  'have',
  'had',
  'been',
  'allegedly',
  'apparently',
  'publicly',
  'jointly',
  'quietly',
  'briefly',
  'almost',
  // ("was nevertheless elected prime minister": sentence adverbs between "be" and its participle.)
  'nevertheless',
  'nonetheless',
  'eventually',
  'subsequently',
  'ultimately',
  'but',
  'and',
  'so',
  'yet',
]);
/** Verbs whose object is what they are "for" ("called for calm", "asked for prayers"). */
const CALL_FOR = /^(?:call|ask|push|press|appeal|plead|vote|lobby|campaign|argue|apply|bid|pray)$/;
/** Nouns of a happening that no verb of the event names ("the January 5 incident", "the 2019 blast"). */
const MISHAP =
  /^(?:incident|accident|attack|assault|explosion|blast|fire|blaze|wildfire|shooting|bombing|shelling|stabbing|collision|crash|disaster|earthquake|quake|eruption|tsunami|avalanche|landslide|storm|flood|floods|raid|clash|clashes|riot|riots|massacre|siege|coup|derailment|outage|spill|leak)$/;
/** Acts that take effect on a date ("the decree of December 3", "the Oslo accords of 1993"). */
const ACTS =
  /^(?:decree|agreement|accord|treaty|deal|pact|ceasefire|truce|resolution|declaration|ruling|verdict|law|constitution|referendum|uprising|revolution|revolt|protest)$/;
/** Nouns ending in -ing, which do not end an object as a participle does ("three days of national mourning"). */
const ING_NOUNS = new Set([
  'mourning',
  'meeting',
  'building',
  'funding',
  'spending',
  'training',
  'hearing',
  'ruling',
  'bombing',
  'shooting',
  'fighting',
  'killing',
  'warning',
  'offering',
  'opening',
  'landing',
  'wedding',
  'evening',
  'morning',
  'ceiling',
  'briefing',
  'uprising',
  'gathering',
  'housing',
  'clothing',
  'shipping',
  'lending',
  'rating',
  'ranking',
  'crossing',
  'listing',
  'recording',
  'painting',
  'setting',
  'beginning',
  'ending',
  'understanding',
  'trading',
  'voting',
  'polling',
  'shelling',
  'flooding',
  'looting',
  'rioting',
  'wrongdoing',
  'questioning',
  'doping',
  'racketeering',
  'trafficking',
  'laundering',
  'backing',
  'blessing',
]);
/** Verbs whose object does what a gerund after "for"/"of" says ("sentenced X for taking", "accused X of lying"). */
const OBJECT_CONTROL =
  /^(?:sentence|jail|convict|fine|arrest|accuse|charge|punish|praise|thank|blame|criticise|criticize|sue|ban|suspend|reward|honour|honor|prosecute|indict|acquit|clear|suspect|detain|imprison)$/;
/** Verbs whose object a participle may describe ("held the markets closed", "kept the road blocked"). */
const OBJECT_COMPLEMENT =
  /^(?:hold|holds|held|holding|keep|keeps|kept|keeping|leave|leaves|left|leaving|declare|declares|declared)$/;
/** Linking verbs: a participle after one describes the subject ("schools stayed closed"). */
const LINKING =
  /^(?:stay|stays|stayed|staying|remain|remains|remained|remaining|become|becomes|became|seem|seems|seemed|appear|appears|appeared)$/;
/** An adverb a linking verb may stand before ("remained severely disrupted", "stayed largely closed"). */
const adverbial = (w: string): boolean => ADVERBS.has(w) || /^\p{Ll}{3,}ly$/u.test(w);
/** Adverbs of degree or manner between an auxiliary and its verb ("has nearly tripled", "had quietly left"). */
/** Gerunds of saying, which open a reported clause ("…, saying the men had …"). */
const REPORTING_GERUND =
  /^(?:saying|adding|claiming|arguing|noting|warning|insisting|stating|explaining|announcing|promising)$/;
/** Pasts of multiplying and dividing, which "more than" or "less than" may qualify ("more than doubled"). */
const MULTIPLIED = /^(?:doubled|tripled|trebled|quadrupled|halved)$/;
const MID_ADVERB = /^(?:\p{Ll}{2,}ly|almost|barely|even|more|than|last)$/u;
const AUXILIARY = /^(?:has|have|had|been)$/;
const MODALS = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'to']);
const BE = new Set(['is', 'are', 'was', 'were', 'be']);
const PLAN_WORDS = new Set([
  'due',
  'set',
  'scheduled',
  'expected',
  'likely',
  'poised',
  'about',
  'going',
  'planning',
  'preparing',
  'hoping',
  'able',
  'ready',
  'keen',
  'supposed',
  'meant',
  'slated',
]);
const GERUND_CUES = new Set(['since', 'after', 'before', 'while', 'by', 'upon', 'without', 'on']);
/** Words before "as" that make it a role's or a likeness's preposition ("served as", "known as", "such as"). */
const AS_ROLE_BEFORE =
  /^(?:serves?|served|serving|acts?|acted|acting|works?|worked|working|known|named|elected|appointed|chosen|described|regarded|seen|hired|joined|sworn|installed|confirmed|nominated|recogni[sz]ed|listed|classified|designated|identified|returned|stays?|stayed|remains?|remained|such|same|well|so|just|much|many|far|long|soon|twice|half|back)$/;
const CLAUSE_WORDS = new Set([
  'when',
  'while',
  'after',
  'before',
  'because',
  'although',
  'though',
  'if',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'as',
  'and',
  'but',
  'since',
  'until',
  'till',
  'unless',
  'whereas',
  'including',
]);
const STOP_PREPOSITIONS = new Set([
  'at',
  'on',
  'in',
  'during',
  'by',
  'from',
  'after',
  'before',
  'since',
  'until',
  'till',
  'when',
  'while',
  'amid',
  'despite',
  'ahead',
  'following',
  'into',
  'through',
  'within',
  'under',
  'near',
  'between',
  'across',
  'around',
  'circa',
  'via',
  'per',
]);
/** Words of approximation before a number or a date ("about 1440", "roughly 3,000"). */
const APPROXIMATION = /^(?:about|around|roughly|approximately|circa|nearly|almost|some)$/;
const KEPT_PREPOSITIONS = new Set(['with', 'to', 'as', 'for', 'against', 'over', 'about', 'of', 'on']);
/** Verbs of telling someone something ("told AFP that …", "assured reporters that …"). */
const TELLING =
  /^(?:tell|tells|told|telling|inform|informs|informed|assure|assures|assured|remind|reminds|reminded|warn|warns|warned|notify|notified|convince|convinced)$/i;
const REPORTING = new Set([
  'say',
  'tell',
  'state',
  'announce',
  'warn',
  'add',
  'claim',
  'report',
  'insist',
  'acknowledge',
  'note',
  'confirm',
  'deny',
  'explain',
  'write',
  'argue',
  'suggest',
]);
/** A ship's length or weight before its name, with "the" ("The 400-metre Ever Given"). */
const SHIP_MEASURE = new RegExp(
  String.raw`^(?:[Tt]he\s+)?[\d,]+-(?:${SHIP_LENGTH_UNITS}|${SHIP_WEIGHT_UNITS})(?:-long)?\s+(?=\p{Lu})`,
  'u',
);
/** Verbs of naming after "what" and its subject ("what the palace called", "what critics dubbed"). */
const NAMING_VERB = /^(?:call|calls|called|termed|terms|dubbed|dubs|described|describes|labelled|labeled|branded)$/i;
/** Nouns of figures that "show" what happened, as a teller says it ("official results showed", "data showed"). */
const SHOWING_FIGURES = /^(?:results|data|figures|statistics|polls|surveys?|counts?|records|images|footage)$/i;
/** Pasts in `NOT_VERBS` for their use before a noun ("advanced weapons"), which are verbs too ("troops advanced"). */
const ATTRIBUTIVE_PAST = /^(?:advanced|proposed|detailed|united|alleged|limited|experienced)$/;
const NOT_VERBS = new Set([
  // ("shot dead unarmed black teenager …", "the full, unredacted report": adjectives in "un-" and "-ed".)
  'unarmed',
  'unredacted',
  'unidentified',
  'unnamed',
  'unmanned',
  'unopposed',
  'unelected',
  'unprecedented',
  'unexpected',
  'concerned',
  'alleged',
  'armed',
  'united',
  'limited',
  'detailed',
  'advanced',
  'related',
  'based',
  'experienced',
  'skilled',
  'talented',
  'interested',
  'proposed',
  'so-called',
  'red',
  'bed',
  'need',
  'speed',
  'feed',
  'seed',
  'hundred',
  'indeed',
  'shed',
  'wed',
  'naked',
  'wicked',
  'sacred',
  'beloved',
  'rugged',
  'ragged',
  'crooked',
  'aged',
  'embattled',
  'unprecedented',
]);
/** Nouns of places, which a possessive before a date names as where, not what ("Azerbaijan's capital"). */
const PLACE_NOUNS =
  /^(?:capital|city|town|village|province|region|state|country|home|hometown|border|coast|port|island|district|area|headquarters|embassy|office|territory|soil)$/;
const TIME_HEADS =
  /^(?:lows?|highs?|records?|periods?|times?|averages?|basis|old|long|term|mark|level|levels|span|run|streak|stretch|history|ago|years?|months?|weeks?|days?|hours?)$/i;
const TITLE_WORDS =
  /^(?:President|Prime|Minister|Secretary|Ambassador|Foreign|Defence|Defense|General|Chancellor|King|Queen|Prince|Senator|Governor|Mayor|Chairman|Chief|Director|Judge|Justice|Pope|Bishop|Archbishop|Sheikh|Sir|Dr|Mr|Mrs|Ms|Lord|Lady|Commander|Colonel|Captain|Admiral|Sergeant|Officer|Envoy|Spokesman|Spokeswoman|Leader|Premier|Deputy|Vice|Interior|Finance|State|Home|Trade|Health|Labour|Labor|Justice|Energy|Education)$/;

/** The parts of a day that follow a day's name in one date ("Sunday evening"). */
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;

const DATE_WORD =
  /^(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Oo]vernight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/**
 * Whether "when" and its clause follow the date ending at `end` ("since 1960, when an earthquake …"): that
 * clause is what happened at the date.
 */
export const whenClauseAfter = (text: string, end: number): boolean => /^,?\s+when\b/i.test(text.slice(end, end + 8));

/** The label's first letter in capitals, unless its word is a name written with a capital inside ("iPhone", "eBay"). */
const capitalise = (s: string): string => (s && !/^\p{Ll}+\p{Lu}/u.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s);
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** A given name written after the family name, hyphenated in lower case ("Chun Doo-hwan", "Lee Jae-myung"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Common Chinese family names, which come first ("Xi Jinping", "Li Qiang"). */
const CHINESE_FAMILY =
  /^(?:Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Xi|Qin|Jia|Fu|Fang|Zou|Meng|Xiong|Qiu|Qian|Dai|Kong|Mao|Wen|Zhong|Hou|Shi|Jin|Lei|Hao|Gu|Yan|Lai|Qi|Niu|Tan|Xiang|Bo|Bai|Xue|Hua|Duan|Shao|Yin)$/;
/** A given name in pinyin: one or two syllables ("Jinping", "Qiang", "Yi"). */
const PINYIN_GIVEN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)){1,2}$/i;
/** Korean family names, first in a name of three words ("Kim Jong Un", "Yoon Suk Yeol"). */
const KOREAN_FAMILY =
  /^(?:Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Moon|Chung|Roh|Ban)$/;

/** Cantonese family names, first in a name of three words ("Hui Ka Yan", "Wong Kar Wai"). */
const CANTONESE_FAMILY =
  /^(?:Hui|Chan|Cheung|Wong|Leung|Lau|Ng|Ho|Tsang|Yip|Kwok|Lam|Chow|Lui|Fung|Tse|Chu|Mak|Siu|Tam|Yeung|Kwan|Lo|Law|Poon|Tsui|Yau)$/;

/**
 * Whether a name puts the family name first: a hyphenated given name, or a Chinese, Cantonese or Korean name's shape.
 */
export function familyFirst(words: readonly string[]): boolean {
  const [first = '', ...given] = words;
  if (HYPHENATED_GIVEN.test(words.at(-1) ?? '')) return true;
  // ("Kim Jong-Un", "Lee Myung-Bak": a given name in two capitalised syllables after a known family name.)
  if (
    given.length === 1 &&
    /^\p{Lu}\p{Ll}{1,4}-\p{Lu}\p{Ll}{0,4}$/u.test(given[0]!) &&
    (KOREAN_FAMILY.test(first) || CHINESE_FAMILY.test(first) || CANTONESE_FAMILY.test(first))
  )
    return true;
  if (given.length === 1 && CHINESE_FAMILY.test(first)) return PINYIN_GIVEN.test(given[0]!);
  return (
    given.length === 2 &&
    (KOREAN_FAMILY.test(first) || CANTONESE_FAMILY.test(first)) &&
    given.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w))
  );
}

/**
 * The short name an event label uses: a surname with its particle ("del Rio"), else the one word of the name
 * the article itself calls the person by ("Park" for "Park Min Jun"), else the surname, else the full name.
 * @example shortName({ name: 'Maria del Rio', type: 'person' }) // 'del Rio'
 */
export function shortName(
  entity: Pick<Entity, 'name' | 'type'> &
    Partial<Pick<Entity, 'mentions'>> & { allMentions?: Entity['mentions']; fullName?: true },
  text?: string,
): string {
  // A namesake of another person in the article, never called by the short name alone (see events.ts).
  if (entity.type !== 'person' || entity.fullName) return entity.name;
  // "Martin Luther King Jr.": the surname is the word before "Jr".
  const words = entity.name.replace(/,?\s+(?:Jr|Sr)\.?$/, '').split(/\s+/);
  // ("El Chapo": a nickname with its article is said whole; so is a religious leader's title, "the Dalai Lama".)
  if (
    words.length < 2 ||
    (words.length === 2 && /^(?:El|Los|Las)$/.test(words[0]!)) ||
    RELIGIOUS_LEADER.test(words.at(-1)!.toLowerCase())
  )
    return entity.name;
  const last = words[words.length - 1] ?? entity.name;
  // "da Silva", "van der Berg": a surname with its particle, also where the article writes the surname alone.
  const found = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
  // ("Maria de los Angeles Pineda": particles with two names after them are of the given name; the surname is last.)
  let run = found;
  while (run > 0 && run < words.length && PARTICLES.has(words[run]!.toLowerCase())) run++;
  // ("Zine El Abidine Ben Ali": but a particle right before the surname is the surname's.)
  let trailing = words.length - 1;
  while (trailing > 1 && PARTICLES.has(words[trailing - 1]!.toLowerCase())) trailing--;
  const particle = found > 0 && words.length - run >= 2 ? (trailing < words.length - 1 ? trailing : -1) : found;
  const withParticle = particle > 0 ? words.slice(particle).join(' ') : null;
  // The word of the name the article uses alone most often ("Lula" for "Luiz Inacio Lula da Silva"); on a
  // tie, the surname as written last.
  // A sentence's copy of an entity holds that sentence's mentions; `allMentions`, when given, all of them.
  const mentions = entity.allMentions ?? entity.mentions;
  if (text && mentions) {
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const form = text.slice(m.start, m.end);
      // ("Wolden Bache" for "Ida Wolden Bache": the last words of the name, as the article writes them.)
      const n = form.split(/\s+/).length;
      const surname = n > 1 && n < words.length && words.slice(-n).join(' ') === form;
      if ((words.includes(form) || surname) && !PARTICLES.has(form.toLowerCase()))
        counts.set(form, (counts.get(form) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0] === last) - Number(a[0] === last))[0];
    if (best) return withParticle && words.indexOf(best[0]) > particle ? withParticle : best[0];
  }
  if (withParticle) return withParticle;
  // "Leo XIV", "Charles III": a regnal number goes with its name, never alone; so does an epithet ("Philip the
  // Good").
  if (/^[IVXL]+$/.test(last) || words.includes('the')) return entity.name;
  // "Chun Doo-hwan", "Xi Jinping", "Kim Jong Un": the family name comes first.
  if (familyFirst(words)) return words[0]!;
  return last;
}

interface PlacedMention extends Span {
  entity: Entity;
}

function mentionsWithin(entities: readonly Entity[], span: Span): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions)
      if (m.start >= span.start && m.end <= span.end) out.push({ start: m.start, end: m.end, entity });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where a person's mention really starts: before the role or title the text gives it ("Russian President"). */
function withTitle(text: string, m: PlacedMention, from: number): number {
  let start = m.start;
  // (A role given its owner, "Activision's chief executive", is written without it: "Its chief executive X", "his
  // Russian counterpart X"; or after the owner's name, said apart: "Vale's father Tomas", the owner a mention of its
  // own.)
  const written = m.entity.role
    ? [m.entity.role, m.entity.role.replace(/^.+?['’]s?\s+(?=(?:\p{Lu}\p{L}*\s+)?\p{Ll})/u, '')]
    : [];
  const role = written.find(
    (r, k) =>
      m.start - r.length - 1 >= from &&
      text.slice(m.start - r.length - 1, m.start) === `${r} ` &&
      (k === 0 ||
        /(?:\b(?:[Ii]ts|[Hh]is|[Hh]er)|['’]s)\s$/.test(
          text.slice(Math.max(0, m.start - r.length - 5), m.start - r.length - 1),
        )),
  );
  if (role) start = m.start - role.length - 1;
  // Titles before the role too ("Prime" before a role read as "Minister").
  const run = /(?:\b\p{Lu}[\p{L}.-]*\s+(?:of\s+)?)+$/u.exec(text.slice(from, start));
  if (run && run[0].split(/\s+/).some((w) => TITLE_WORDS.test(w))) return start - run[0].length;
  return start;
}

/** Words of when or how a title is held, right before it ("new", "interim", "investigative"). */
const TITLE_STANDING =
  /(?:^|(?<=\s))(?:(?:new|newly-elected|interim|acting|outgoing|incoming|caretaker|embattled|ousted|deposed|veteran|investigative|late)\s+)+$/i;

/**
 * Writes a stretch of text with people shortened to their surname and their titles dropped
 * ("French President Jean Dupont" → "Dupont"); without entities, a title followed by a two-word
 * name keeps the name.
 */
function compress(text: string, span: Span, entities: readonly Entity[]): string {
  const within = mentionsWithin(entities, span);
  const people = within.filter((m) => m.entity.type === 'person');
  // "Irishman Johnny Logan", "Liberian-American Patrick Sawyer": the people a person is one of, right before
  // the name, goes with it as a title does.
  const peopleWord = new Map(within.filter((m) => m.entity.type === 'group').map((m) => [m.end + 1, m.start]));
  let out = '';
  let at = span.start;
  // "published by the EU statistics office Eurostat" → "Eurostat": a body's role right before its name goes too.
  const named = within
    .filter((m) => m.entity.type === 'person' || (m.entity.type === 'organization' && m.entity.role !== null))
    .filter(
      (m) => m.entity.type === 'person' || text.slice(Math.max(0, m.start - 60), m.start).endsWith(`${m.entity.role} `),
    );
  // Where in `out` the last person named starts, who may own the title of the next.
  let ownerAt: number | null = null;
  for (const m of named) {
    if (m.start < at) continue;
    if (m.entity.type === 'organization') {
      ownerAt = null;
      const role = m.start - m.entity.role!.length - 1;
      if (role < at) continue;
      // ("buy its troubled rival Credit Suisse" → "buy Credit Suisse": the role's adjectives go with it.)
      out +=
        text.slice(at, role).replace(/\b(?:its|his|her|their|our|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu, '') +
        text.slice(m.start, m.end);
      at = m.end;
      continue;
    }
    // "its long-delayed Rosalind Franklin rover": a name before a common noun names a thing, whole.
    // (Not before a verb: "its leader Hassan Nasrallah had been killed".)
    const nextWord = /^\s+(\p{Ll}{3,})\b/u.exec(text.slice(m.end, m.end + 20))?.[1];
    if (
      nextWord !== undefined &&
      !BE.has(nextWord) &&
      !MODALS.has(nextWord) &&
      !/^(?:has|have|had|does|did|said|says|told)$/.test(nextWord) &&
      /\b(?:the|its|their|a|an|his|her)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(0, m.start - 30), m.start))
    )
      continue;
    let titled = withTitle(text, m, at);
    const group = titled === m.start && text[m.start - 1] === ' ' ? peopleWord.get(m.start) : undefined;
    if (group !== undefined && group >= at) titled = group;
    // "beat fellow Spaniard David Ferrer" → "beat Ferrer": "fellow" goes with the people or title it qualifies.
    if (titled < m.start) {
      const fellow = /\bfellow\s+$/i.exec(text.slice(at, titled));
      if (fellow) titled -= fellow[0].length;
    }
    let before = text.slice(at, titled);
    // "Ukraine's new President Petro Poroshenko" → "Poroshenko", "investigative journalist Anna Politkovskaya" →
    // "Politkovskaya": a word of when or how one holds the title goes with it.
    if (titled < m.start) before = before.replace(TITLE_STANDING, '');
    // "keep its chief executive Bobby Kotick" → "keep Kotick": a determiner goes with the title it opened.
    if (titled < m.start) before = before.replace(/\b(?:its|his|her|their|our|the|a|an)\s+$/i, '');
    // "Donald Trump's former lawyer Michael Cohen" → "Cohen": so does the person whose the title is, or the place or
    // body ("supporters of Brazil's former president Jair Bolsonaro" → "supporters of Bolsonaro").
    if (titled < m.start && ownerAt !== null && /^['’]s\s+$/.test(before)) {
      out = out.slice(0, ownerAt);
      before = '';
    } else if (titled < m.start)
      before = before.replace(/(^|\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s+$/u, '$1');
    else {
      // "US President Joe Biden and Brazil's Lula da Silva" → "Biden and da Silva": a place or body owning the
      // name goes as a title does, with no title between.
      const owner = within.find(
        (p) =>
          (p.entity.type === 'place' || p.entity.type === 'organization') &&
          p.start >= at &&
          /^['’]s\s+$/.test(text.slice(p.end, m.start)),
      );
      if (owner) before = text.slice(at, owner.start);
    }
    // "born Anna Mae Bullock": a birth name is said as written, not as the person is named since.
    const birthName = /\b[Bb]orn\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start));
    ownerAt = out.length + before.length;
    out += before + (birthName ? text.slice(m.start, m.end) : shortName(m.entity, text));
    at = m.end;
    // "Kelvin Kiptum of Kenya" → "Kiptum": the country or place a person is "of" goes with the name.
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
    const place = of && within.find((p) => p.entity.type === 'place' && p.start === m.end + of[0].length);
    if (place && place.end <= span.end) at = place.end;
  }
  out += text.slice(at, span.end);
  if (people.length === 0) {
    out = out.replace(
      /\b((?:\p{Lu}[\p{L}.-]*\s+(?:of\s+)?)+)(\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*)\b/gu,
      (whole, titles: string, name: string) => (titles.split(/\s+/).some((w) => TITLE_WORDS.test(w)) ? name : whole),
    );
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The ways the text writes an entity: its short name and each mention. */
function writtenAs(e: Entity, text: string): string[] {
  return [shortName(e, text), ...e.mentions.map((m) => text.slice(m.start, m.end))];
}

/** Nouns of a period a date can end ("the quarter ended June 30", "the six months ending in March"). */
const PERIOD_NOUNS = /^(?:quarter|half|year|months|weeks|period|season|term)$/i;
/** Words before such a noun in its phrase ("the fiscal year", "its three months"). */
const PERIOD_WORDS =
  /^(?:the|its|their|his|her|our|a|fiscal|financial|first|second|third|fourth|latest|last|past|full|three|six|nine|twelve|\d{1,2})$/i;

/** A month's name, in full or cut short ("September", "Sept", "Sep"). */
const MONTH_NAME =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

function tokenize(
  text: string,
  span: Span,
  timex: Span,
  names: readonly Span[] = [],
  roles: readonly Span[] = [],
): Token[] {
  const tokens: Token[] = [];
  // A plural possessive keeps its apostrophe ("a donors' conference", "Martyrs' Square").
  // (A race's time, "1:59:40", is one word; so is a hyphened word opening with a number, "30,000-year-old".)
  const pattern =
    /\p{Lu}[\p{Lu}\d]*(?:,\p{Lu}[\p{Lu}\d]*)+(?![\p{L}\d])|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?![\d:])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-[\p{L}\d]+)*|[\p{L}\d][\p{L}\d'’.-]*\p{Ll}s['’](?=\s+\p{L})|[\p{L}\d][\p{L}\d'’.-]*[\p{L}\d]|[\p{L}\d]|--|[^\s\p{L}\d]/gu;
  const slice = text.slice(span.start, span.end);
  let markerPushed = false;
  let asideComma = false;
  for (const m of slice.matchAll(pattern)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    // ("He denied, however, that he had doped": a connective set off by commas is no word of the clause.)
    if (asideComma && m[0] === ',') {
      asideComma = false;
      continue;
    }
    asideComma = false;
    if (
      CONNECTIVE.test(m[0]) &&
      tokens.at(-1)?.word === ',' &&
      tokens.length > 1 &&
      /^\s*,/.test(text.slice(end, span.end))
    ) {
      tokens.pop();
      asideComma = true;
      continue;
    }
    if (start < timex.end && timex.start < end) {
      if (!markerPushed) tokens.push({ word: '\u0001', start: timex.start, end: timex.end, marker: true });
      markerPushed = true;
      if (end === timex.end + 2 && /^['’]s$/.test(text.slice(timex.end, end))) tokens.at(-1)!.possessive = true;
      continue;
    }
    // ('"I've waited since last September," said Siobhan Keane': a pronoun and its "'ve" or "'d" are two words.)
    const contracted = /^(I|[Ww]e|[Yy]ou|[Tt]hey)['’](ve|d)$/.exec(m[0]);
    if (contracted) {
      const cut = start + contracted[1]!.length;
      tokens.push({ word: contracted[1]!, start, end: cut, marker: false });
      tokens.push({ word: contracted[2] === 've' ? 'have' : 'had', start: cut, end, marker: false });
      continue;
    }
    // ("the mastermind of the September 11, 2001 attacks, has been killed": the comma inside a date of another
    // happening closes no aside.)
    if (
      m[0] === ',' &&
      /^\d{1,2}$/.test(tokens.at(-1)?.word ?? '') &&
      MONTH_NAME.test(tokens.at(-2)?.word ?? '') &&
      /^\s*\d{4}\b/.test(text.slice(end, end + 6))
    )
      continue;
    // ("whose radical left Syriza party swept to power": after a word of degree, "left" or "right" is a political
    // wing, one word with it as "far-left" is, and no verb.)
    const wing = tokens.at(-1);
    if (
      /^(?:left|right)$/.test(m[0]) &&
      wing &&
      !wing.marker &&
      WING_DEGREE.test(wing.word) &&
      text.slice(wing.end, start) === ' '
    ) {
      wing.word = `${wing.word}-${m[0]}`;
      wing.end = end;
      continue;
    }
    const token: Token = { word: m[0].replace(/[.]$/, ''), start, end, marker: false };
    if (/^\p{Lu}/u.test(token.word)) {
      if (names.some((n) => n.start <= start && end <= n.end)) token.name = true;
    } else if (/^\p{Ll}+$/u.test(token.word) && names.some((n) => n.start < start && end < n.end)) token.within = true;
    if (roles.some((r) => r.start <= start && end <= r.end)) token.role = true;
    tokens.push(token);
  }
  // A date given from outside the words (see `LabelInput.timex`): a marker of no width where it stands.
  if (!markerPushed && timex.start === timex.end && timex.start >= span.start && timex.start <= span.end) {
    const at = tokens.findIndex((t) => t.start >= timex.start);
    tokens.splice(at < 0 ? tokens.length : at, 0, { word: '\u0001', start: timex.start, end: timex.end, marker: true });
  }
  // "reported a loss for the fiscal year ended June 30": the period a date ends, with its "ended" or "ending"
  // and the preposition before it, is part of the time phrase (no verb, no object), which the label leaves out.
  // The word "ended" is no verb either way.
  const ended = tokens.findIndex(
    (t, i) =>
      /^(?:ended|ending)$/.test(t.word) &&
      PERIOD_NOUNS.test(tokens[i - 1]?.word ?? '') &&
      Boolean(tokens[i + 1]?.marker || (tokens[i + 1]?.word === 'on' && tokens[i + 2]?.marker)),
  );
  if (ended > 0) {
    let from = ended - 1;
    while (from > 0 && PERIOD_WORDS.test(tokens[from - 1]!.word)) from--;
    // A period that is the subject keeps its noun ("Its fiscal year ending June 30 was strong").
    from = /^(?:for|in|during|over|of)$/.test(tokens[from - 1]?.word ?? '') ? from - 1 : ended;
    tokens.splice(from, ended + (tokens[ended + 1]?.word === 'on' ? 2 : 1) - from);
  }
  // "As of February, the store accounts for 70% of sales": "as of" before the date is part of its phrase.
  const asOf = tokens.findIndex(
    (t, i) => /^as$/i.test(t.word) && tokens[i + 1]?.word === 'of' && Boolean(tokens[i + 2]?.marker),
  );
  if (asOf >= 0) tokens.splice(asOf, 2);
  // "Many survivors of that disaster were …", "for that reason": "that" after a preposition and before a noun
  // points at the noun; it opens no clause ("in that", "so that" and "now that" do).
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (
      t.word.toLowerCase() === 'that' &&
      /^(?:of|from|with|for|about|at|on|by|to|into|over|under|during|across|against|like)$/i.test(
        tokens[i - 1]?.word ?? '',
      ) &&
      next &&
      !next.marker &&
      /^\p{Ll}{3,}$/u.test(next.word) &&
      !CLAUSE_WORDS.has(next.word) &&
      !DETERMINERS.test(next.word)
    )
      t.demonstrative = true;
  });
  // "OPEC+ will next meet", "Sinner is next due to play": "next" between an auxiliary and a verb is an adverb of
  // order, which a label leaves out (not "is next week", "will next year").
  return tokens.filter(
    (t, i) =>
      !(
        t.word === 'next' &&
        /^(?:will|would|shall|should|could|may|might|must|is|are|was|were|to)$/.test(tokens[i - 1]?.word ?? '') &&
        /^\p{Ll}+$/u.test(tokens[i + 1]?.word ?? '') &&
        !/^(?:week|weekend|month|year|season|time|day|morning|afternoon|evening|night|round|stage|step)$/.test(
          tokens[i + 1]?.word ?? '',
        )
      ),
  );
}

/** Punctuation or a clause word, not an acronym in capitals ("the WHO declared"). */
const isBoundary = (t: Token): boolean =>
  !t.marker &&
  !t.demonstrative &&
  (/^[,;:"“”()—–[\]]$|^--$/.test(t.word) || (CLAUSE_WORDS.has(t.word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(t.word)));
const isPunctuation = (t: Token): boolean => !t.marker && /^(?:[^\p{L}\d$€£¥%&]|--)$/u.test(t.word);

/**
 * "…, the Spanish champions announced on Monday.": a verb of saying after a comma and a short noun phrase,
 * with only its date after it before the clause ends, attributes the clause before the comma.
 */
function attributes(tokens: readonly Token[], head: number): boolean {
  // ("…, the International Olympic Committee (IOC) said on Wednesday": its acronym after the name.)
  const name = tokens[head - 1]?.word === ')' && tokens[head - 3]?.word === '(' ? head - 3 : head;
  let k = name - 1;
  // ("…, mediators Qatar and the United States announced on Wednesday": names joined by "and" speak together.)
  const joinsNames = (j: number): boolean =>
    tokens[j]!.word === 'and' &&
    isCapitalised(tokens[j - 1]?.word ?? '') &&
    (isCapitalised(tokens[j + 1]?.word ?? '') ||
      (tokens[j + 1]?.word === 'the' && isCapitalised(tokens[j + 2]?.word ?? '')));
  while (k >= 0 && name - k <= 7 && (!isBoundary(tokens[k]!) || joinsNames(k))) k--;
  if (tokens[k]?.word !== ',' || k === name - 1) return false;
  let after = head + 1;
  while (tokens[after] && (tokens[after]!.marker || /^(?:on|in|at|late|early|last|this)$/i.test(tokens[after]!.word)))
    after++;
  // ("…, the tribunal said late Sunday with nearly all ballots counted.": a "with" phrase closing it.)
  if (after > head + 1 && /^with$/i.test(tokens[after]?.word ?? '')) {
    const rest = tokens.slice(after + 1);
    const end = rest.findIndex((t) => /^[.;]?$/.test(t.word));
    if (end > 0 && end <= 6 && !rest.slice(0, end).some((t) => t.marker || isBoundary(t))) after += 1 + end;
  }
  return after > head + 1 && (!tokens[after] || /^[,.;]?$/.test(tokens[after]!.word));
}

interface VerbGroup {
  /** Index of the first token of the group (auxiliaries included). */
  first: number;
  /** Index of the main verb. */
  head: number;
  base: string;
  passive: boolean;
  gerund: boolean;
  negative: boolean;
  /** The denial is "never" ("had never won" → "never wins"), kept as the text says it. */
  never?: true;
  /** A modal kept in the label ("may have used"), or undefined. */
  modal?: string;
  /**
   * A plan told in the past ("was due to", "had been scheduled to"), kept as the group's modal when its date is
   * past: by then it was only due, and may not have happened ("had been due to be completed at the end of last
   * year, but …"). A plan for a date still to come is labelled by what is planned.
   */
  pastPlan?: string;
  /** The verb of intent before "to" ("expect to publish" → 'expect'), or undefined. */
  lead?: string;
  /** A comparison qualifying the verb ("more than doubled" → 'more than'), or undefined. */
  degree?: string;
  /** The text's present tense agrees with a plural ("the Olympics, which begin"), when it says. */
  plural?: boolean;
  /** Read as a participle after a noun ("plans announced in January"), a passive without its "is". */
  reduced?: true;
  /** A gerund whose subject is the object of the verb at this index ("jailed X for taking bribes"). */
  objectOf?: number;
  /**
   * A past closing a relative clause without "that" ("a complaint his company filed", "a speech Gandhi gave"):
   * the index of its subject's first token (a determiner the label leaves out, or a name), after the noun the
   * clause describes.
   */
  contact?: number;
}

/** Participles of what is foreseen or fixed for a date ("expected", "due to land", "scheduled"), and "to be" done. */
const FORESEEN =
  /^(?:expected|due|scheduled|rescheduled|planned|set|slated|billed|tipped|forecast|predicted|projected|proposed|timed|booked|pencil+ed|earmarked|penciled|to be)\b/;

/** Verbs of intent or expectation that take "to" and a verb: the label keeps both ("Researchers expect to publish"). */
const LEADS =
  /^(?:expect|plan|hope|want|aim|intend|seek|vow|pledge|promise|threaten|need|vote|decide|refuse)(?:s|d|ed)?$|^sought$/;

/** A verb of intent, in any form ("promised", "pledged", "planned"). */
const isLead = (w: string): boolean => LEADS.test(w) || (/ed$/.test(w) && LEADS.test(baseForm(w)));

/** Irregular past participles and their base forms ("has fallen" → "falls", "was taken" → "is taken"). */
const PARTICIPLES: Record<string, string> = {
  fallen: 'fall',
  taken: 'take',
  given: 'give',
  seen: 'see',
  known: 'know',
  shown: 'show',
  grown: 'grow',
  risen: 'rise',
  driven: 'drive',
  written: 'write',
  spoken: 'speak',
  begun: 'begin',
  done: 'do',
  gone: 'go',
  broken: 'break',
  chosen: 'choose',
  frozen: 'freeze',
  stolen: 'steal',
  beaten: 'beat',
  forgotten: 'forget',
  hidden: 'hide',
  sworn: 'swear',
  torn: 'tear',
  worn: 'wear',
  withdrawn: 'withdraw',
  drawn: 'draw',
  thrown: 'throw',
  flown: 'fly',
  blown: 'blow',
  eaten: 'eat',
  fought: 'fight',
  held: 'hold',
  made: 'make',
  met: 'meet',
  sold: 'sell',
  told: 'tell',
  won: 'win',
  lost: 'lose',
  paid: 'pay',
  sent: 'send',
  built: 'build',
  led: 'lead',
  left: 'leave',
  brought: 'bring',
  bought: 'buy',
  caught: 'catch',
  found: 'find',
  hit: 'hit',
  kept: 'keep',
  put: 'put',
  set: 'set',
  shot: 'shoot',
  struck: 'strike',
  cut: 'cut',
  become: 'become',
  come: 'come',
  run: 'run',
  got: 'get',
  gotten: 'get',
  said: 'say',
  spent: 'spend',
  undertaken: 'undertake',
  overtaken: 'overtake',
  arisen: 'arise',
  shaken: 'shake',
  woken: 'wake',
  stuck: 'stick',
  born: 'bear',
  sunk: 'sink',
  shrunk: 'shrink',
  slain: 'slay',
  overthrown: 'overthrow',
  ridden: 'ride',
  bitten: 'bite',
  forbidden: 'forbid',
  forgiven: 'forgive',
  proven: 'prove',
  rewritten: 'rewrite',
  retaken: 'retake',
  overseen: 'oversee',
  foreseen: 'foresee',
  swollen: 'swell',
  mistaken: 'mistake',
  undergone: 'undergo',
  outgrown: 'outgrow',
  forgone: 'forgo',
  sung: 'sing',
  drunk: 'drink',
  swum: 'swim',
};

/**
 * Pasts that are participles too, and participles of their own, read as a passive only right after "be"
 * ("was swept away", "were sunk"): elsewhere a past like "swept" is mostly the verb ("The blaze, fanned by
 * winds, swept through the town"). Not "hung" or "rung", whose regular pasts ("hanged", "ringed") are
 * participles too.
 */
const PARTICIPLES_AFTER_BE = new Set(
  `swept spread dealt dug sought taught thought heard felt meant rebuilt upheld withheld misled lent lit spun flung
  understood overheard repaid retold cast hurt split shut bent bitten ridden forbidden forgiven overseen overthrown
  mistaken rewritten slain sunk sung undergone overcome foreseen cost`.split(/\s+/),
);
/** A participle that may follow "be", "being" or "to be" ("returned", "sunk", "cost"). */
const isPassiveParticiple = (w: string): boolean => isParticiple(w) || PARTICIPLES_AFTER_BE.has(w);

const NEGATIVE_MODALS = new Set([
  "won't",
  'won’t',
  "can't",
  'can’t',
  'cannot',
  "wouldn't",
  "couldn't",
  "shouldn't",
  "don't",
  "doesn't",
  "didn't",
  'wouldn’t',
  'couldn’t',
  'shouldn’t',
  'don’t',
  'doesn’t',
  'didn’t',
]);

/** Pasts of verbs that take no object, so have no passive ("people died in floods"). */
const INTRANSITIVE =
  /^(?:died|drowned|perished|arrived|occurred|happened|emerged|disappeared|existed|remained|vanished|erupted|soared|plunged|plummeted|slumped|tumbled|surged|resigned|retired|collapsed|departed|rallied|marched|protested|demonstrated|flocked|queued|rioted|camped|crashed|failed|stalled|expired|peaked|rebounded|declined|fled|went|came|fell|rose|slept|wept|sank|lived|stayed|waited|lingered|travelled|traveled|stood|sat|lay|culminated|originated|resulted|persisted|prevailed|raged|subsided|abated|flared|clashed)$/;
/** A past and its particle that no one does to another ("walked out", "broke out", "stepped down"). */
const INTRANSITIVE_PHRASAL = new Set([
  'walked out',
  'broke out',
  'broke down',
  'stepped down',
  'backed down',
  'dropped out',
  'flared up',
  'died down',
  'died out',
  'ran out',
  'set off',
  'sold out',
]);
/** Pasts of verbs a thing may do of itself ("the trial opened", "the talks ended"), as well as have done to it. */
const ERGATIVE_PAST =
  /^(?:opened|reopened|closed|began|ended|started|resumed|finished|broke|stopped|changed|shut|burst)$/;
/** Verbs a purpose's infinitive opens, acting on a state or a trend ("to fight inflation", "to boost growth"). */
const PURPOSE_VERB =
  /^(?:fight|curb|combat|tackle|counter|contain|control|cool|tame|ease|boost|spur|support|stimulate|revive|protect|prevent|reduce|cut|raise|stem|halt|end|address|fund|finance|help|promote|slow|lower|limit)$/;
/** Verbs whose object may be a clause after "that" ("ruled that the law was void"), not a relative clause's. */
const THAT_CLAUSE =
  /^(?:declare|rule|find|conclude|decide|agree|insist|admit|acknowledge|argue|determine|establish|show|reveal|indicate|suggest|accept|concede|deny|estimate|predict|promise|vow|pledge|hope|fear|believe|think|know|learn|discover|realise|realize|recognise|recognize|assert|allege|maintain|stress|note|signal|order|demand|recommend|urge|prove|judge|deem|consider)$/;
/** Adjectives whose subject does what the infinitive after them says ("ready to cut jobs"), unlike "premature to". */
const SUBJECT_ADJECTIVES =
  /^(?:ready|able|unable|willing|unwilling|prepared|determined|keen|eager|happy|glad|sorry|proud|likely|unlikely|set|due|free|about|poised|certain|sure|reluctant|forced|obliged|allowed|expected)$/;
/** Verbs of judging, whose object may be a thing and its state ("declared the area a disaster zone"). */
const SMALL_CLAUSE = /^(?:declare|rule|find|consider|deem|pronounce|judge)$/;
/** Nouns of a body of people, which "they" may stand for ("the crew …, which they reached"). */
const COLLECTIVE =
  /^(?:crew|team|side|squad|club|family|government|police|company|firm|group|party|band|couple|pair|council|committee|board|staff|army|navy|public|audience|crowd|jury|management|union|bank|coalition|alliance|opposition|cabinet)$/;
/** Words of the state people are left in, which describe the noun before them ("workers missing after the crash"). */
const LEFT_IN_STATE =
  /^(?:missing|trapped|stranded|injured|wounded|killed|dead|detained|held|buried|displaced|evacuated|rescued|unaccounted)$/;
/** Nouns and counts of people, who do what a thing has done to it ("thousands gathered"). */
const PEOPLE_COUNT =
  /^(?:people|thousands|hundreds|dozens|millions|crowds|protesters|demonstrators|supporters|fans|residents|worshippers|mourners|activists|students|workers)$/;
/** Verbs whose participle is irregular ("shown"): their regular past ("showed") is no participle. */
const IRREGULAR_PARTICIPLE_BASES = new Set(Object.values(PARTICIPLES));
/** A regular past or participle, with a verb prefix joined by a hyphen ("co-founded", "re-elected"). */
const REGULAR_PAST =
  /^(?:(?:co|re|pre|un|mis|over|under|out|counter|crash|test|force|fast|double|hand|spot|mass|dry)-)?\p{Ll}{2,}ed$/u;
/** A past or participle, regular ("co-founded") or irregular ("took", "shown"). */
const isPastForm = (w: string): boolean => REGULAR_PAST.test(w) || isIrregularPast(w);
const isParticiple = (w: string): boolean =>
  Object.hasOwn(PARTICIPLES, w) || (REGULAR_PAST.test(w) && !NOT_VERBS.has(w));
const baseOfParticiple = (w: string): string => PARTICIPLES[w] ?? baseForm(w);

/**
 * The agent of a participle, after "by" right after it or after its date ("signed in 1978 by A and B",
 * "brought by the ministry and a group of states in 2020", "founded in Trondheim in 1998 by two students"), as
 * token indices [from, to), when the date is next to it; else null.
 */
function byAgent(tokens: readonly Token[], participle: number): { from: number; to: number } | null {
  let k = participle + 1;
  let dated = false;
  // ("founded in Trondheim in 1998 by two students": past a named place first, its date right after it.)
  if (/^(?:in|at|near)$/i.test(tokens[k]?.word ?? '')) {
    let m = k + 1;
    while (m < k + 4 && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[m]?.word ?? '') && !tokens[m]!.marker) m++;
    if (m > k + 1 && /^(?:in|on)$/i.test(tokens[m]?.word ?? '') && tokens[m + 1]?.marker) k = m;
  }
  if (/^(?:in|on|at|during)$/i.test(tokens[k]?.word ?? '') && tokens[k + 1]?.marker) k++;
  if (tokens[k]?.marker) {
    dated = true;
    k++;
  }
  if (tokens[k]?.word.toLowerCase() !== 'by') return null;
  const from = k + 1;
  // A determiner or a name, or a plain noun that is no "by" of manner or degree ("by parliament", not "by far").
  const opener = tokens[from]?.word ?? '';
  if (
    !/^(?:the|a|an|his|her|their|its|both|\p{Lu}.*)$/u.test(opener) &&
    !(
      /^\p{Ll}{3,}$/u.test(opener) &&
      !/^(?:far|then|now|hand|chance|accident|mistake|default|design|law|force|train|car|air|sea|road|phone|email|post|name|way|contrast|comparison|much|more|less)$/.test(
        opener,
      ) &&
      !isPreposition(opener) &&
      !CLAUSE_WORDS.has(opener)
    )
  )
    return null;
  let to = from;
  while (to < tokens.length && to - from < 12) {
    const t = tokens[to]!;
    const w = t.word.toLowerCase();
    // A full stop is tokenised as an empty word.
    if (t.marker || !w || isPunctuation(t) || (CLAUSE_WORDS.has(w) && w !== 'and') || (isPreposition(w) && w !== 'of'))
      break;
    to++;
  }
  while (to > from && /^(?:and|of|the|a|an)$/i.test(tokens[to - 1]!.word)) to--;
  if (to === from || to - from > 10) return null;
  if (!dated) {
    let m = to;
    if (/^(?:in|on|at|during)$/i.test(tokens[m]?.word ?? '')) m++;
    if (!tokens[m]?.marker) return null;
  }
  return { from, to };
}

/**
 * The last token of whom "tell" names before the clause it reports, among the words between them: a pronoun
 * ("told them the …"), a name ("told Sky News the …"), a bare noun ("told reporters talks had …"), or a noun
 * phrase ended by the next determiner ("told the court the …"). -1 when it cannot be told from the reported
 * subject ("told the court talks had …").
 */
function hearerEnd(between: readonly Token[]): number {
  const first = between[0]?.word ?? '';
  const nextDeterminer = between.findIndex((t, k) => k > 0 && DETERMINERS.test(t.word));
  if (/^(?:him|them|us|me|you)$/i.test(first) || (/^her$/i.test(first) && nextDeterminer === 1)) return 0;
  if (DETERMINERS.test(first)) return nextDeterminer > 1 ? nextDeterminer - 1 : -1;
  if (/^\p{Lu}/u.test(first)) {
    let k = 0;
    while (/^\p{Lu}/u.test(between[k + 1]?.word ?? '')) k++;
    return k;
  }
  return /^\p{Ll}{3,}$/u.test(first) && !isGrammarWord(first) ? 0 : -1;
}

/** The mentions of entities inside a sentence, whose capitalised words `tokenize` marks as names. */
function nameSpans(entities: readonly Entity[], sentence: Span): Span[] {
  return entities.flatMap((e) => e.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end));
}

/**
 * The roles in lower case written right before a name's mentions in the sentence ("sentenced ousted president Hosni
 * Mubarak"): their words are the name's description, no verb.
 */
function roleSpans(text: string, entities: readonly Entity[], sentence: Span): Span[] {
  return entities.flatMap((e) => {
    const role = e.role;
    if (!role || !/^\p{Ll}/u.test(role)) return [];
    return e.mentions
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => ({ start: m.start - role.length - 1, end: m.start - 1 }))
      .filter((r) => r.start >= sentence.start && text.slice(r.start, r.end + 1) === `${role} `);
  });
}

/** Words in "-ing" that are only adjectives in news copy, no gerunds ("pushed out of neighbouring Mali"). */
const ONLY_ADJECTIVE_WORDS = 'neighbouring|neighboring';
const ONLY_ADJECTIVES = new RegExp(`^(?:${ONLY_ADJECTIVE_WORDS})$`);
/** Words in "-ing" that after "be" say a state, no progressive ("300 people were still missing on Monday"). */
// (Nor a pronoun or a noun in "-ing": "There is nothing abnormal", "It was morning".)
const ING_ADJECTIVES = new RegExp(
  `^(?:missing|ongoing|pending|outstanding|willing|nothing|something|anything|everything|thing|morning|evening|king|spring|string|ring|sibling|darling|${ONLY_ADJECTIVE_WORDS})$`,
);

/** Verb groups in a token list: modal + verb, be + (due) to + verb, progressives, passives, perfects, past tenses, gerunds after "since". */
function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  // "was due to", "were expected to", "had been scheduled to": a plan told in the past (VerbGroup.pastPlan).
  const pastPlan = (first: number, plan: string): { pastPlan?: string } => {
    const told = tokens
      .slice(first, first + 2)
      .map((t) => t.word.toLowerCase())
      .join(' ');
    const aux = /^(?:was|were)\b/.test(told) ? told.split(' ')[0] : /^had been$/.test(told) ? told : '';
    return aux && /^(?:due|scheduled|set|slated|planned|expected|likely|poised)$/.test(plan)
      ? { pastPlan: `${aux} ${plan} to` }
      : {};
  };
  const groups: VerbGroup[] = [];
  const lower = tokens.map((t) => (t.marker ? '' : t.word.toLowerCase()));
  const skip = (i: number): number => {
    let j = i;
    // "were mostly built": an adverb in "-ly" right before a participle too, or before "be" or "have" ("will
    // probably be raised"), and "most" or "more" before one ("will most likely be raised").
    while (
      j < tokens.length &&
      (tokens[j]?.marker ||
        ADVERBS.has(lower[j] ?? '') ||
        (/^\p{Ll}{3,}ly$/u.test(lower[j] ?? '') &&
          (isParticiple(lower[j + 1] ?? '') || /^(?:be|have)$/.test(lower[j + 1] ?? ''))) ||
        // "was largely holding": so before a progressive's "-ing" right after "be" (not a state, "still missing", nor
        // an adjective's degree, "increasingly worrying").
        (j === i &&
          BE.has(lower[i - 1] ?? '') &&
          /^\p{Ll}{3,}ly$/u.test(lower[j] ?? '') &&
          !/^(?:increasingly|extremely|deeply|highly|really|truly|particularly|especially|incredibly|utterly)$/.test(
            lower[j] ?? '',
          ) &&
          /^\p{Ll}{3,}ing$/u.test(lower[j + 1] ?? '') &&
          !ING_ADJECTIVES.test(lower[j + 1] ?? '')) ||
        // "was last hit by a hurricane in 1997": "last" before a participle is an adverb.
        (lower[j] === 'last' && isParticiple(lower[j + 1] ?? '')) ||
        // "he was himself overthrown": so is an emphatic "himself" there.
        (/^(?:himself|herself|itself|themselves)$/.test(lower[j] ?? '') && isPassiveParticiple(lower[j + 1] ?? '')) ||
        (/^(?:most|more)$/.test(lower[j] ?? '') &&
          /^\p{Ll}{3,}ly$/u.test(lower[j + 1] ?? '') &&
          /^(?:be|have)$|^\p{Ll}+ed$/u.test(lower[j + 2] ?? '')) ||
        // "was almost destroyed", "was almost fully restored": "almost" before a participle, or before an adverb
        // in "-ly" and a participle.
        (lower[j] === 'almost' &&
          (isParticiple(lower[j + 1] ?? '') ||
            (/^\p{Ll}{3,}ly$/u.test(lower[j + 1] ?? '') && isParticiple(lower[j + 2] ?? '')))))
    )
      j++;
    return j;
  };
  const word = (i: number): string => lower[i] ?? '';
  // A plain word right before `i` that no verb holds: the noun that "to be" or "being" and a participle after it
  // describe ("rock samples to be returned", "the discoveries being recognised").
  const describedNoun = (i: number): boolean =>
    /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
    !isGrammarWord(word(i - 1)) &&
    !BE.has(word(i - 1)) &&
    !ADVERBS.has(word(i - 1)) &&
    !groups.some((g) => g.head === i - 1);
  // "He had surgery two days later", "the alliance had 89 seats": "had" before no participle, "been", "to" or
  // "not" is the main verb, not a perfect's auxiliary (as "have" after a modal is: "would have access").
  const hadAsVerb = (k: number): boolean => {
    let j = skip(k + 1);
    // ('the club had "no regrets"': past a quotation's opening mark.)
    if (/^["“]$/.test(tokens[j]?.word ?? '')) j++;
    // "had in December authorised": past a date between them.
    if (/^(?:in|on|at|by|during|since)$/.test(word(j)) && tokens[j + 1]?.marker) j = skip(j + 1);
    const next = word(j);
    // ("had been flying": "been", which `skip` steps over with the auxiliaries, makes it a perfect.)
    if (lower.slice(k + 1, j).includes('been')) return false;
    return (
      /^[\p{Ll}\d]/u.test(next) &&
      !isParticiple(next) &&
      !PARTICIPLES_AFTER_BE.has(next) &&
      !/^(?:been|to|not|never)$/.test(next)
    );
  };
  // No full stop at the end (a lone "." is tokenised as an empty word): a headline.
  const headline = !/^[.!?"”’]?$/.test(tokens[tokens.length - 1]?.word ?? '-');
  // The aside's closing comma, then the main clause's verb: not a clause word, an article, a preposition or
  // a number ("The FTSE, however, gained 0.77%, but …", "The extension, at the centre, opened …, two years …").
  const closesAside = (i: number): boolean => {
    const close = tokens.slice(i + 1, i + 20).findIndex((t) => t.word === ',');
    if (close < 0) return false;
    const after = word(i + 2 + close);
    return (
      /^\p{Ll}+$/u.test(after) &&
      // A participle or gerund opens another phrase, no main verb ("made a profit …, driven by …, it said").
      !(Object.hasOwn(PARTICIPLES, after) && !isIrregularPast(after)) &&
      !/^\p{Ll}{3,}ing$/u.test(after) &&
      !isGrammarWord(after) &&
      !/^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|all|both)$/.test(after)
    );
  };
  // "The mission, first proposed two decades ago, was …": a participle opening an aside after a noun is a
  // reduced passive, even one that is mostly an adjective ("the proposed law").
  const clauseSubject = (i: number): boolean => {
    let k = i - 1;
    // (Past a name or an owner in the noun phrase too: "after the UN agency's emergency committee met".)
    while (
      k > 0 &&
      i - k <= 6 &&
      (/^\p{Ll}+$/u.test(word(k)) ||
        (k < i - 1 && /^\p{L}[\p{L}'’.-]*$/u.test(tokens[k]!.word) && !tokens[k]!.marker)) &&
      !CLAUSE_WORDS.has(word(k)) &&
      !isPreposition(word(k))
    )
      k--;
    // "after a dam on the Oder river burst on Sunday": past one preposition's phrase, to the noun it follows.
    const noun = word(k - 1);
    if (
      k > 1 &&
      k < i - 1 &&
      isPreposition(word(k)) &&
      /^(?:on|in|at|near|from|along|across|of)$/.test(word(k)) &&
      /^\p{Ll}{3,}$/u.test(noun) &&
      !isGrammarWord(noun) &&
      !tokens[k - 1]!.marker
    ) {
      // ("when part of the under-construction tunnel in Uttarakhand state caved in": past a word with a hyphen, and
      // a second such phrase.)
      const plain = (j: number): boolean =>
        /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word(j)) && !CLAUSE_WORDS.has(word(j)) && !isPreposition(word(j));
      let j = k - 1;
      while (j > 0 && i - j <= 9 && plain(j)) j--;
      if (j > 1 && /^(?:of|in|on|at)$/.test(word(j)) && plain(j - 1)) {
        j--;
        while (j > 0 && i - j <= 12 && plain(j)) j--;
      }
      if (CLAUSE_WORDS.has(word(j))) k = j;
    }
    // "where a peace deal signed in August has failed": a finite verb later in the clause is its verb, and the
    // participle describes its subject.
    for (
      let m = i + 1;
      m < tokens.length && !(isBoundary(tokens[m]!) || (isPunctuation(tokens[m]!) && tokens[m]!.word !== '-'));
      m++
    ) {
      const u = word(m);
      if (/^(?:has|have|had|is|are|was|were|will|would)$/.test(u)) return false;
    }
    // Not a word that is also a preposition ("after a second campaign planned for the autumn").
    return (
      k < i - 1 &&
      CLAUSE_WORDS.has(word(k)) &&
      (!/^(?:and|including|after|before|since|until|as)$/.test(word(k)) ||
        // "before the trial opened in September": a verb that happens of itself is that clause's own; so is one
        // whose object is a clause after its date ("after the court ruled in January that the law was void").
        (/^(?:after|before|since|until)$/.test(word(k)) &&
          (ERGATIVE_PAST.test(word(i)) || /^(?:met|convened)$/.test(word(i)) || thatClauseAfter(i))) ||
        // "Modi waved the flag as the lander settled on the surface at 6:04 pm": "as" after a clause opens one
        // (not after a verb of a role or a standing: "served as the envoy appointed in 2019").
        (word(k) === 'as' && k > 0 && !AS_ROLE_BEFORE.test(word(k - 1)) && !tokens[k - 1]!.marker))
    );
  };
  // "ruled in January that …": a verb that takes a clause after "that", with "that" right after its date.
  const thatClauseAfter = (i: number): boolean => {
    const dated = tokens[i + 1]?.marker
      ? i + 1
      : /^(?:in|on|at|during|last|this|earlier)$/.test(word(i + 1)) && tokens[i + 2]?.marker
        ? i + 2
        : -1;
    return dated > 0 && word(dated + 1) === 'that' && THAT_CLAUSE.test(baseForm(word(i)));
  };
  // "The bridge, which the town paid for, opened in 1990", "His wife, from whom he separated, died in 2008": the
  // comma closing a relative clause set off after the noun phrase the sentence opens with is followed by the
  // main verb, not a participle describing the clause's last noun.
  const closesRelative = (i: number): boolean => {
    if (word(i - 1) !== ',') return false;
    const open = tokens.slice(0, i - 1).findLastIndex((t) => t.word === ',');
    if (open < 1 || tokens.slice(0, open).some((t) => isBoundary(t) || t.marker)) return false;
    return opensRelative(word(open + 1), word(open + 2));
  };
  // The comma at `comma` closes a name of one to three words right after the last verb before it ("joined Velport,").
  const nameObjectBefore = (comma: number): boolean => {
    let from = comma;
    while (
      from > 0 &&
      comma - from < 3 &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[from - 1]!.word) &&
      !DATE_WORD.test(tokens[from - 1]!.word)
    )
      from--;
    const verb = groups.at(-1);
    return from < comma && verb !== undefined && verb.head === from - 1 && !verb.passive && !BE.has(verb.base);
  };
  // The participle at `i` opens an aside that a comma closes before a preposition ("…, created in 2005, as an …").
  const closesBeforePreposition = (i: number): boolean => {
    const close = tokens.slice(i + 1, i + 12).findIndex((t) => t.word === ',');
    return close >= 0 && isPreposition(word(i + 2 + close)) && isPreposition(word(i + 1));
  };
  // "the first former US president [to …]": "first", "last" or "only" up to four words before `i`, only words of a
  // noun phrase between.
  const firstOfNoun = (i: number): boolean =>
    [i - 2, i - 3, i - 4, i - 5].some(
      (k) =>
        /^(?:first|last|only)$/.test(word(k)) &&
        tokens
          .slice(k + 1, i)
          .every((t) => /^[\p{L}'’-]+$/u.test(t.word) && (isCapitalised(t.word) || !isGrammarWord(t.word))),
    );
  const opensAside = (i: number): boolean => {
    let comma = i - 1;
    // (Not past "and": "reported a loss in the third quarter, and announced in August that …, or about 15,000 jobs"
    // joins a second verb to the first; no aside opens there.)
    while (comma > 0 && ADVERBS.has(word(comma)) && !/^(?:and|or|but|nor)$/.test(word(comma))) comma--;
    // "The fund, which invests the country's revenues, ended 2023 …": a comma closing a relative clause is
    // followed by the main verb.
    const open = tokens.slice(0, comma).findLastIndex((t) => t.word === ',');
    if (open >= 0 && /^(?:which|who)$/.test(word(open + 1))) return false;
    const objectAside = nameObjectBefore(comma) && closesBeforePreposition(i);
    return (
      word(comma) === ',' &&
      (/^\p{Ll}{3,}$/u.test(tokens[comma - 1]?.word ?? '') ||
        // ('Her album "Private Dancer", released in 1984, sold …': after a title that names a noun.)
        titleBefore(tokens, comma - 1) >= 0 ||
        // ("The line between Birmingham and Manchester, first proposed in 2010, …": after the noun phrase the
        // sentence opens with, no verb before it.)
        // (Up to twelve words: "The experiment at the Lawrence Livermore National Laboratory in California,
        // conducted on December 5, used 192 lasers".)
        // ("Shares in CrowdStrike, founded in 2011, fell": or a plural noun opens it, and a name closes it.)
        (groups.length === 0 &&
          (DETERMINERS_ARTICLE.test(word(0)) ||
            (/^\p{Lu}\p{Ll}+s$/u.test(tokens[0]?.word ?? '') && /^\p{Lu}/u.test(tokens[comma - 1]?.word ?? ''))) &&
          comma <= 12 &&
          tokens.slice(1, comma).every((t) => /^[\p{L}'’.-]+$/u.test(t.word))) ||
        // ("Rival Acme, based in Oslo, reports …": after the name the sentence opens with.)
        (comma >= 1 &&
          tokens.slice(0, comma).every((t) => /^\p{Lu}[\p{L}.'’&-]*$/u.test(t.word) && !DATE_WORD.test(t.word))) ||
        // ("He joined Velport, created in 2005, as an engineer": after a name that is the verb's object, the aside
        // closed before a preposition, no verb: not "He left Orvex, moved to Velport in 2010, and retired".)
        objectAside) &&
      !ADVERBS.has(word(comma - 1)) &&
      (Object.hasOwn(PARTICIPLES, word(i)) || REGULAR_PAST.test(word(i))) &&
      !/^(?:said|told)$/.test(word(i)) &&
      (closesAside(i) || objectAside)
    );
  };
  // "People who live in the city voted on Sunday": a past after the noun phrase that opens the sentence and a
  // relative clause after it (no comma between, no verb before it but the clause's) is the main verb, not a
  // participle describing the clause's last noun.
  const afterOpeningRelative = (i: number): boolean => {
    const r = tokens.slice(1, i).findIndex((t) => /^(?:who|which|that)$/.test(t.word)) + 1;
    if (r < 1 || tokens.slice(0, i).some((t) => t.marker || isPunctuation(t))) return false;
    // ("Inflation in the 20 countries that use the euro eased": a phrase after a preposition in it too.)
    if (
      !tokens
        .slice(0, r)
        .every(
          (t, k) =>
            /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(t.word) &&
            (!isGrammarWord(t.word.toLowerCase()) ||
              (k > 0 && (/^(?:in|of|at|from|across)$/.test(t.word) || DETERMINERS_ARTICLE.test(t.word)))),
        )
    )
      return false;
    const inside = groups.filter((g) => g.first < i);
    if (inside.length === 0 || inside.some((g) => g.first <= r)) return false;
    // ("Fans who saw the match played in 2010 cheered": a past later in the clause is its verb.)
    for (let j = i + 1; j < tokens.length && !isPunctuation(tokens[j]!); j++)
      if (isIrregularPast(word(j)) || (REGULAR_PAST.test(word(j)) && word(j).length > 4)) return false;
    return true;
  };
  // "the grass season, which starts in Halle on June 17", "which usually ends in April": after "which" or
  // "who" (and adverbs), a bare word is a present-tense verb.
  // Checked for most words, so the pronoun is looked for first.
  const relativePresent = (i: number): boolean => {
    let j = i - 1;
    for (; j >= 0 && (ADVERBS.has(word(j)) || word(j).endsWith('ly')); j--) {
      if (/^(?:has|have|had|been|and|but)$/.test(word(j))) return false;
    }
    const pronoun = word(j);
    // ("Firms that make the chips rose": "that" after a plural noun, before a bare word and an article.)
    const thatAfterPlural =
      pronoun === 'that' &&
      /^\p{Ll}{3,}[^s]s$/u.test(word(j - 1)) &&
      !isGrammarWord(word(j - 1)) &&
      !REPORTING.has(presentBase(word(j - 1))) &&
      DETERMINERS.test(word(i + 1));
    if (pronoun !== 'which' && pronoun !== 'who' && !thatAfterPlural) return false;
    // ("which Iraq captured in May": a name is the clause's subject.)
    if (!/^\p{Ll}/u.test(tokens[i]!.word)) return false;
    const w = word(i);
    if (!/^\p{Ll}{3,}$/u.test(w) || ADVERBS.has(w) || MODALS.has(w) || BE.has(w) || CLAUSE_WORDS.has(w)) return false;
    // "which they reached": a pronoun is the clause's subject.
    if (PRONOUN.test(w) || /^(?:there|she|him|her|them|us|its)$/.test(w)) return false;
    // "an election in which voters punished the old guard": so is a noun right before a past and its object's
    // article or possessive (not "which includes expanded benefits", a participle before its noun).
    const next = word(i + 1);
    if (
      !w.endsWith('ly') &&
      (isIrregularPast(next) || (REGULAR_PAST.test(next) && next.length > 4)) &&
      DETERMINERS.test(word(i + 2))
    )
      return false;
    // ("which rich countries met two years late": nor a word qualifying a plural noun before a past.)
    if (/^\p{Ll}{3,}[^s']s$/u.test(next) && !isGrammarWord(next) && isPastForm(word(i + 2))) return false;
    return !DETERMINERS.test(w) && !/^(?:does|do|did|not)$/.test(w);
  };
  // "France, who reached the final in 2022, open their campaign on June 17": after a who/which clause set
  // off by commas right after the sentence's opening name, a bare word followed by an article or possessive
  // is the main clause's present-tense verb.
  const afterRelative = (i: number): boolean => {
    // (Or a third-person present before a preposition: "The festival, which began in 1990, runs until Sunday".)
    // (Or before a number: "The cathedral, which drew 12 million visitors a year, expects 15 million in 2025".)
    const open = tokens.slice(0, i - 1).findLastIndex((t) => t.word === ',');
    // ("The Games, which opened on July 27, end on August 12": a plural's plain present, right before the date or
    // a preposition's phrase that reaches it: "resume in Geneva on Monday".)
    const dateAt = tokens.findIndex((t, k) => k > i && k <= i + 6 && t.marker);
    const pluralPresent =
      open >= 1 &&
      /^\p{L}{2,}[^su'’]s$/u.test(tokens[open - 1]!.word) &&
      isPlainPresent(tokens[i]!.word) &&
      (dateAt === i + 1 ||
        (dateAt > i + 1 &&
          isPreposition(word(i + 1)) &&
          tokens.slice(i + 2, dateAt).every((t) => /^[\p{L}\d][\p{L}\d'’-]*$/u.test(t.word))));
    if (
      word(i - 1) !== ',' ||
      !(
        DETERMINERS.test(word(i + 1)) ||
        (isPresentShape(tokens[i]!.word) && (isPreposition(word(i + 1)) || /^\d/.test(word(i + 1)))) ||
        pluralPresent
      )
    )
      return false;
    const w = word(i);
    if (!/^\p{Ll}{3,}$/u.test(w) || ADVERBS.has(w) || MODALS.has(w) || BE.has(w) || CLAUSE_WORDS.has(w)) return false;
    if (DETERMINERS.test(w) || isPreposition(w) || /^(?:does|do|did|not)$/.test(w)) return false;
    if (open < 1 || !/^(?:who|which)$/.test(word(open + 1))) return false;
    // The noun phrase opens the sentence, or a clause joined by ", and" or ", but" ("The mass is on Sunday, and the
    // cathedral, which drew …, expects …").
    const joined = tokens
      .slice(0, open)
      .findLastIndex((t, k) => /^(?:and|but)$/.test(t.word) && tokens[k - 1]?.word === ',');
    const from = joined + 1;
    // Or after a short noun phrase opening with its article ("The 33-year-old pop star, who was named …, resumes
    // the tour in February").
    const described =
      DETERMINERS_ARTICLE.test(word(from)) &&
      open >= from + 2 &&
      open <= from + 6 &&
      tokens
        .slice(from + 1, open)
        .every((t) => /^[\p{L}\d][\p{L}\d-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase()));
    return (
      described ||
      (from === 0 && tokens.slice(0, open).every((t) => isCapitalised(t.word) || /^(?:the|of|and|for)$/i.test(t.word)))
    );
  };
  // "the Digital Markets Act (DMA), a sweeping law aimed at …, takes full effect on Thursday": after an
  // apposition set off by commas right after a name, a third-person present is the name's verb.
  const afterApposition = (i: number): boolean => {
    const w = tokens[i]!.word;
    if (word(i - 1) !== ',' || !isPresentShape(w) || ADVERBS.has(w) || CLAUSE_WORDS.has(w)) return false;
    const next = tokens[i + 1];
    if (!next || next.marker || isPunctuation(next)) return false;
    const open = tokens.slice(0, i - 1).findLastIndex((t) => t.word === ',');
    // "The deal, negotiated by the ministry over three days of talks, raises wages …": so after an aside
    // opening with a participle, right after the sentence's opening noun phrase ("Rival Acme, based in Oslo,
    // reports …": or one ending in a name).
    // The words of the opening noun phrase after its first: plain words, no grammar word among them.
    const plainOpening = (): boolean =>
      tokens.slice(1, open).every((t) => /^\p{L}[\p{L}-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase()));
    const participleAside =
      groups.some((g) => g.first === open + 1 && g.reduced) &&
      open >= 1 &&
      open <= 4 &&
      (DETERMINERS_ARTICLE.test(word(0)) ? open >= 2 : isCapitalised(tokens[open - 1]!.word)) &&
      plainOpening();
    // ("The California-based company, whose chips power most AI systems, expects …": or a relative clause's.)
    const relativeAside =
      /^(?:which|who|whose)$/.test(word(open + 1)) &&
      open >= 2 &&
      open <= 4 &&
      DETERMINERS_ARTICLE.test(word(0)) &&
      plainOpening();
    if (
      open < 1 ||
      !(DETERMINERS_ARTICLE.test(word(open + 1)) || participleAside || relativeAside) ||
      i - open > (participleAside || relativeAside ? 22 : 16)
    )
      return false;
    const name = tokens[open - 1]!.word;
    return (
      (isCapitalised(name) || name === ')' || participleAside || relativeAside) &&
      !groups.some((g) => g.head > open && !g.reduced && !g.gerund && !relativeAside) &&
      !tokens
        .slice(open + (relativeAside ? 2 : 1), i - 1)
        .some((t) => t.marker || (isBoundary(t) && !/^(?:and|that)$/.test(t.word)))
    );
  };
  // A plain lower-case word after token `i` that may be the noun a participle at `i` describes ("wounded
  // soldiers"): no preposition, adverb or particle, determiner or clause word.
  const nounAfter = (i: number): boolean => {
    const next = word(i + 1);
    return (
      /^\p{Ll}{3,}$/u.test(next) &&
      !isPreposition(next) &&
      !/^(?:outside|inside|along|beyond|above|below|behind|toward|towards|without|past|off|up|down|out|away|back|together|here|there)$/.test(
        next,
      ) &&
      !CLAUSE_WORDS.has(next) &&
      !DETERMINERS.test(next) &&
      !ADVERBS.has(next)
    );
  };
  // "when parliament convenes on Tuesday", "until trading resumes on Monday": after a subordinator (or "whose")
  // and a short noun phrase, a third-person present before a preposition or the date is the clause's verb.
  // "expects as many as 15 million visitors in 2025": the second "as" of a comparison opens no clause.
  const comparativeAs = (k: number): boolean =>
    word(k) === 'as' &&
    /^(?:many|much|few|little|far|long|soon|well|high|low|large|big|great|early|late)$/.test(word(k - 1)) &&
    word(k - 2) === 'as';
  const subordinatePresent = (i: number): boolean => {
    const w = word(i);
    // "before cuts begin in", "when talks resume on": a plural right after the subordinator, and its bare present
    // right before the date or its preposition.
    // ("until the Games end on": so after "the", a name's plural too.)
    const the = word(i - 2) === 'the' ? 1 : 0;
    if (
      /^(?:when|after|before|until|once|as|while|unless)$/.test(word(i - 2 - the)) &&
      !comparativeAs(i - 2 - the) &&
      (IN_S.test(tokens[i - 1]?.word ?? '') || (the === 1 && IN_S.test(word(i - 1)))) &&
      isPlainPresent(tokens[i]!.word) &&
      (tokens[i + 1]?.marker === true || (isPreposition(word(i + 1)) && tokens[i + 2]?.marker === true))
    )
      return !groups.some((g) => g.head > i - 2 - the && g.head < i);
    if (!isPresentShape(w)) return false;
    const next = tokens[i + 1];
    // "before The Hague hosts a NATO summit on", "whose first round takes place on": an object (or "place")
    // before the date, with no break before it, too.
    const dateAt = tokens.findIndex((t, k) => k > i + 1 && k <= i + 8 && t.marker);
    const object =
      next !== undefined &&
      dateAt > 0 &&
      /^\p{Ll}/u.test(tokens[i]!.word) &&
      (DETERMINERS.test(word(i + 1)) ||
        /^\d/.test(next.word) ||
        isCapitalised(next.word) ||
        word(i + 1) === 'place' ||
        // After a name, a plain word ("before the Fed sets rates on"); not a past ("after Islamist-led rebels
        // seized Damascus on": the word in "-s" is the plural the past has for subject).
        (isCapitalised(tokens[i - 1]?.word ?? '') && /^\p{Ll}+$/u.test(next.word) && !isPastForm(next.word))) &&
      !tokens.slice(i + 1, dateAt).some((t) => isBoundary(t) || isPunctuation(t));
    // (Or the sentence's end: "… as second-quarter profit slumps".)
    // ("after the ice grows back over the winter": a particle, and a preposition right before the date, too.)
    const dated = (k: number): boolean =>
      tokens[k]?.marker === true ||
      /^(?:on|in|at|next|this|later)$/i.test(tokens[k]?.word ?? '') ||
      (/^(?:over|during|throughout|until|by)$/i.test(tokens[k]?.word ?? '') && tokens[k + 1]?.marker === true);
    if (
      next &&
      !object &&
      !(
        dated(i + 1) ||
        /^[.!?]?$/.test(next.word) ||
        (/^(?:back|up|down|out|off|away)$/.test(next.word) && dated(i + 2))
      )
    )
      return false;
    for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
      // A date inside the noun phrase ("as second-quarter profit slumps").
      if (tokens[j]!.marker) continue;
      const u = word(j);
      // "before the Fed sets rates on": a present right after a name is the verb, and this word its object.
      if (j < i && isPresentShape(u) && isCapitalised(tokens[j - 1]?.word ?? '')) return false;
      // (Not past a verb of the clause's own: "after Lisbon ordered two submarines in 2004".)
      if (/^(?:when|after|before|until|once|as|while|if|unless|whose)$/.test(u))
        return j < i - 1 && !groups.some((g) => g.head > j && g.head < i) && !comparativeAs(j);
      // A name may qualify the noun ("after his contract with Paris Saint-Germain expires at the end …").
      const qualifies = /^(?:of|with|for)$/.test(u) && isCapitalised(tokens[j + 1]?.word ?? '');
      if (!u || isBoundary(tokens[j]!) || (isPreposition(u) && !qualifies) || BE.has(u) || MODALS.has(u)) return false;
    }
    return false;
  };
  // "The text calls on countries to …", "The law requires firms to …": a third-person present right after the
  // sentence's opening noun phrase (an article and one to three plain words), before an article, a
  // preposition or a number, when no verb came before it.
  // So at the opening of a clause joined by ", and" or ", but" ("…, and the transfer window closes on
  // September 1"), and with a possessive in the noun phrase ("The league's new season begins in August").
  const openingPresent = (i: number): boolean => {
    const w = word(i);
    const joined = [2, 3, 4]
      .map((n) => i - n)
      .find((o) => o >= 2 && /^(?:and|but)$/.test(word(o - 1)) && word(o - 2) === ',');
    const o = joined ?? 0;
    const last = groups.at(-1);
    if ((joined === undefined ? groups.length > 0 : last !== undefined && last.head >= o) || i - o < 2 || i - o > 4)
      return false;
    if (!isPresentShape(tokens[i]!.word) || ADVERBS.has(w)) return false;
    if (!DETERMINERS_ARTICLE.test(word(o))) return false;
    // ("The two companies aim to …": a word in "-s" right after a count is the noun counted.)
    if (/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|both|\d[\d,]*)$/.test(word(i - 1)))
      return false;
    // The noun phrase's words: none another such present ("The law requires firms to …" is not "The law
    // requires" + "firms").
    for (let k = o + 1; k < i; k++) {
      const u = tokens[k]!.word;
      // ("The 37-year-old forward joins": a number joined to words by hyphens is a word of it.)
      if (
        !/^(?:\p{L}|\d+-\p{L})[\p{L}-]*(?:['’]s)?$/u.test(u) ||
        CLAUSE_WORDS.has(u.toLowerCase()) ||
        isPreposition(u.toLowerCase())
      )
        return false;
      if (isPresentShape(u)) return false;
    }
    // "The tax cuts in 2010 were reversed": a finite verb later in the clause is the verb; the word in "-s" is a
    // plural noun.
    for (let k = i + 1; k < tokens.length && k - i <= 12; k++) {
      const t = tokens[k]!;
      if (!t.marker && (isBoundary(t) || isPunctuation(t))) break;
      const u = word(k);
      if ((BE.has(u) && u !== 'be') || /^(?:has|have|had)$/.test(u) || (MODALS.has(u) && u !== 'to')) return false;
    }
    const next = word(i + 1);
    // An object before an infinitive: "requires firms to report".
    const objectTo = /^\p{Ll}{3,}$/u.test(next) && word(i + 2) === 'to' && !DETERMINERS.test(next);
    // A count or quantity opens an object too ("plans up to eight more launches", "hires several engineers").
    const count =
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|more|further|up)$/.test(
        next,
      ) &&
      (next !== 'up' || word(i + 2) === 'to');
    // A name for object ("The film stars Anna Berg"), or a title in quotation marks ('The album follows
    // "Midnights"').
    const name =
      (tokens[i + 1] !== undefined &&
        !tokens[i + 1]!.marker &&
        isCapitalised(tokens[i + 1]!.word) &&
        !DATE_WORD.test(tokens[i + 1]!.word)) ||
      (/^["“]$/.test(next) && isCapitalised(tokens[i + 2]?.word ?? '') && !tokens[i + 2]!.marker);
    // A bare noun that such a verb takes without an article ("takes effect", "takes office", "takes control"),
    // or a verb's particle ("kicks off", "shuts down").
    const bare =
      /^(?:effect|place|office|power|control|charge|command|shape|hold|part|action|root|off|down|up|out|over|back|away)$/.test(
        next,
      );
    // A bare noun and its "of" ("expects revenue of about $32.5 billion", "reports sales of 2 million").
    const nounOf = /^\p{Ll}{3,}$/u.test(next) && word(i + 2) === 'of' && !isGrammarWord(next) && !ADVERBS.has(next);
    // A bare plural ("The recall covers cars built in 2011", "The bank raises rates").
    const plural = /^\p{Ll}{2,}[^su'’]s$/u.test(next) && !isGrammarWord(next) && !ADVERBS.has(next);
    // ("The foreign ministers of Russia, Iran and Turkey met": "of" and names, then a past, is the noun's phrase, and
    // the past its verb.)
    if (next === 'of') {
      let k = i + 2;
      while (
        k < tokens.length &&
        !tokens[k]!.marker &&
        (isCapitalised(tokens[k]!.word) || /^(?:,|and|the)$/.test(word(k)))
      )
        k++;
      if (k > i + 2 && isPastForm(word(k))) return false;
    }
    return (
      DETERMINERS.test(next) ||
      isPreposition(next) ||
      /^\d/.test(next) ||
      next === 'that' ||
      objectTo ||
      count ||
      name ||
      bare ||
      nounOf ||
      plural
    );
  };
  // "Forecasters expect more rain until Wednesday", "Analysts predict a cut": a plain word right after a plural
  // noun opening the sentence, before an object, is the plural's present.
  const pluralOpening = (i: number): boolean => {
    const w = tokens[i]!.word;
    if (
      i !== 1 ||
      groups.length > 0 ||
      !/^\p{Lu}\p{Ll}{2,}[^su'’]s$/u.test(tokens[0]!.word) ||
      DATE_WORD.test(tokens[0]!.word)
    )
      return false;
    if (!isPlainPresent(w)) return false;
    const next = word(i + 1);
    return (
      // ("Argentines vote in midterm legislative elections on October 26": or a preposition's phrase, with no
      // other verb after it in the clause.)
      (/^(?:in|at|for|against|over|with|to|across|into)$/.test(next) && !finiteLater(i + 1)) ||
      DETERMINERS.test(next) ||
      /^\d/.test(next) ||
      next === 'that' ||
      /^(?:more|further|less|fewer|little|much|several|many|some|two|three|four|five|ten|dozens|hundreds|thousands)$/.test(
        next,
      )
    );
  };
  // Whether a past, a form of "be" or of "have" comes from `from` to the end of the clause (the verb is there).
  const finiteLater = (from: number): boolean => {
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.marker && (isBoundary(t) || t.word === ';')) break;
      const u = word(k);
      if (isPastForm(u) || (BE.has(u) && u !== 'be') || /^(?:has|have|had)$/.test(u)) return true;
    }
    return false;
  };
  // "Registration ends on Sunday", "Talks resume on Monday", "Voting closes at 8 pm": a present right after a
  // bare noun phrase opening the sentence (one or two words, no article), right before the date or its
  // preposition, with no other verb after it in the clause ("Oil prices on Monday rose" has one).
  // ("The Games run until August 11": after "The", a plural and its plain present.)
  const bareOpening = (i: number): boolean => {
    const w = tokens[i]!.word;
    const the = i >= 2 && tokens[0]!.word === 'The' ? 1 : 0;
    if (
      groups.length > 0 ||
      i < 1 + the ||
      i > 2 + the ||
      ADVERBS.has(w) ||
      isGrammarWord(w) ||
      BE.has(w) ||
      MODALS.has(w)
    )
      return false;
    const opening = tokens.slice(the, i);
    if (
      !(the ? /^\p{L}\p{Ll}+$/u : /^\p{Lu}\p{Ll}+$/u).test(opening[0]!.word) ||
      DATE_WORD.test(opening[0]!.word) ||
      isGrammarWord(word(the)) ||
      DETERMINERS.test(word(the)) ||
      QUANTIFIER.test(word(the)) ||
      PRONOUN.test(word(the)) ||
      !opening.slice(1).every((t) => /^\p{Ll}{3,}$/u.test(t.word) && !isGrammarWord(t.word) && !isPreposition(t.word))
    )
      return false;
    const plural = IN_S.test(word(i - 1));
    if (the && !plural) return false;
    const present = plural ? isPlainPresent(w) : isPresentShape(w);
    if (!present) return false;
    const next = tokens[i + 1];
    const dateNext =
      next?.marker === true ||
      (/^(?:on|at|in|from|until|by|next|this|later)$/.test(word(i + 1)) &&
        (tokens[i + 2]?.marker === true ||
          DATE_WORD.test(tokens[i + 2]?.word ?? '') ||
          /^\d/.test(tokens[i + 2]?.word ?? '')));
    if (!dateNext) return false;
    return !finiteLater(i + 2);
  };
  // "Novak Djokovic faces Casper Ruud in the final on Sunday": a present in "-s" right after a name of up to
  // four capitalised words opening the sentence, before a name or an article, with no past or perfect after it
  // in the clause, is the verb.
  const namePresent = (i: number): boolean => {
    const w = tokens[i]!.word;
    // "Colombia, unbeaten in 27 matches, play Uruguay on Wednesday": a team's plural after its name (one word)
    // and an aside set off after it.
    const aside =
      word(i - 1) === ',' &&
      i >= 4 &&
      i <= 11 &&
      word(1) === ',' &&
      tokens.slice(2, i - 1).every((t) => !t.marker && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(t.word));
    // (Not right after the name, where a plain noun is as likely: "Chief executive Jensen Huang".)
    const plain = aside && isPlainPresent(w) && !/[^su'’]s$/u.test(tokens[0]!.word);
    const end = aside ? 1 : i;
    if (
      groups.length > 0 ||
      i < 1 ||
      (i > 4 && !aside) ||
      !(isPresentShape(w) || plain) ||
      ADVERBS.has(w) ||
      NOT_VERBS.has(w)
    )
      return false;
    const opening = tokens.slice(0, end);
    if (
      !opening.every((t) => !t.marker && /^\p{Lu}[\p{L}'’.-]*$/u.test(t.word) && !DATE_WORD.test(t.word)) ||
      DETERMINERS.test(word(0)) ||
      QUANTIFIER.test(word(0)) ||
      PRONOUN.test(word(0))
    )
      return false;
    const next = tokens[i + 1];
    // ("Kofi Annan arrives in Damascus on Saturday": or before a preposition of where to, and a name, an article or
    // the date.)
    const after = tokens[i + 2];
    const whereTo =
      next !== undefined &&
      /^(?:in|at|to|for|from)$/.test(next.word) &&
      after !== undefined &&
      (after.marker || isCapitalised(after.word) || DETERMINERS_ARTICLE.test(after.word));
    if (!next || next.marker || !(isCapitalised(next.word) || DETERMINERS_ARTICLE.test(next.word) || whereTo))
      return false;
    return !finiteLater(i + 1);
  };
  // "The EU's Digital Markets Act takes full effect on Thursday": a present right after a recognised name that
  // opens the clause after "the" (and an owner's possessive), with no finite verb later in the clause.
  const theNamePresent = (i: number): boolean => {
    const w = tokens[i]!.word;
    if (groups.length > 0 || i < 2 || i > 8 || !DETERMINERS_ARTICLE.test(word(0))) return false;
    if (!isPresentShape(w) || ADVERBS.has(w) || NOT_VERBS.has(w) || CLAUSE_WORDS.has(w)) return false;
    if (!tokens[i - 1]!.name || tokens[i]!.name || tokens[i]!.within) return false;
    if (!tokens.slice(1, i).every((t) => t.name || t.within || /^\p{Lu}[\p{L}.-]*['’]s$/u.test(t.word))) return false;
    const next = tokens[i + 1];
    if (!next || next.marker || !/^\p{L}/u.test(next.word)) return false;
    return !finiteLater(i + 1);
  };
  // "Officials said the next fire season begins in May", "The ministry said the new law takes effect in May": a
  // present right after a noun phrase with its article, right after a verb of saying (and "that"), is the verb
  // of what was said.
  const reportedPresent = (i: number): boolean => {
    if (!isPresentShape(tokens[i]!.word) || ADVERBS.has(word(i))) return false;
    // ("said the rolling strikes on the railways would continue": a word in "-s" before a modal or an auxiliary
    // later in the clause is its subject's noun.)
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      const t = tokens[k]!;
      if (t.marker || isBoundary(t) || isPunctuation(t)) break;
      const u = word(k);
      if ((MODALS.has(u) && u !== 'to') || (BE.has(u) && u !== 'be') || /^(?:has|have|had)$/.test(u)) return false;
    }
    const saying = groups.at(-1);
    if (!saying || !REPORTING.has(saying.base)) return false;
    let k = saying.head + 1;
    // ("said on Friday that …": past the saying's own date.)
    if (tokens[k]?.marker) k++;
    else if (/^(?:on|in|at)$/.test(word(k)) && tokens[k + 1]?.marker) k += 2;
    if (word(k) === 'that') k++;
    // ("will announce the first measures on Tuesday": without "that", what one announces, reports, confirms,
    // denies or notes is mostly a thing, and its plural no verb.)
    else if (/^(?:announce|report|confirm|deny|note)$/.test(saying.base) || k > saying.head + 1) return false;
    // ("that Covid-19 no longer represents …": past adverbs before the verb.)
    let end = i;
    while (end > k && (ADVERBS.has(word(end - 1)) || /^(?:longer|still)$/.test(word(end - 1))))
      end -= word(end - 1) === 'longer' && word(end - 2) === 'no' ? 2 : 1;
    // "said that Covid-19 represents …": a name of up to three words after "that" is the reported subject too.
    if (
      word(k - 1) === 'that' &&
      end - k >= 1 &&
      end - k <= 3 &&
      tokens.slice(k, end).every((t) => !t.marker && /^\p{Lu}[\p{L}\d'’.-]*$/u.test(t.word) && !DATE_WORD.test(t.word))
    )
      return true;
    if (!DETERMINERS_ARTICLE.test(word(k)) || end - k < 2 || end - k > 5) return false;
    return tokens
      .slice(k + 1, end)
      .every(
        (t) => /^\p{L}[\p{L}-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase()) && !isPresentShape(t.word),
      );
  };
  // "Climate scientists say extreme weather events have become …": a verb of saying in the plain present, after a
  // plural noun phrase of up to four words opening the sentence, before the clause it reports.
  // ("Analysts at Counterpoint Research estimate its share fell": past the name of where they work.)
  // (So opening a clause after ", and": "…, and analysts estimate its share fell".)
  const pluralSaying = (i: number): boolean => {
    const w = word(i);
    let open = i - 1;
    while (open > 0 && i - open <= 8 && !(word(open) === 'and' && word(open - 1) === ',')) open--;
    const from = open > 0 && word(open) === 'and' ? open + 1 : 0;
    if (
      groups.some((g) => g.head >= from) ||
      (from === 0 && groups.length > 0) ||
      i < from + 1 ||
      i > from + 7 ||
      !(REPORTING.has(w) || THAT_CLAUSE.test(w))
    )
      return false;
    let at = i - 1;
    while (at > from + 1 && i - at <= 3 && /^\p{Lu}/u.test(tokens[at]!.word) && !tokens[at]!.marker) at--;
    const where = at < i - 1 && /^(?:at|of|from)$/.test(word(at));
    if (!where && i > from + 4) return false;
    const subject = word(where ? at - 1 : i - 1);
    if (!/^\p{L}{3,}[^su'’]s$/u.test(subject) && !MANY_PEOPLE.test(subject)) return false;
    if (isPreposition(word(i + 1)) || tokens[i + 1]?.marker || !/^\p{Ll}/u.test(tokens[i + 1]?.word ?? ''))
      return false;
    return tokens
      .slice(from, where ? at : i)
      .every(
        (t) =>
          /^\p{L}[\p{L}-]*$/u.test(t.word) &&
          !t.marker &&
          !CLAUSE_WORDS.has(t.word.toLowerCase()) &&
          !isPreposition(t.word.toLowerCase()),
      );
  };
  // "As of February, the iTunes store accounts for 70% of sales", "In June, the firm employs 500 people": a
  // present in "-s" after the noun phrase (an article and up to three words) that follows the date opening the
  // sentence, before an article, a number or a preposition, with no past or perfect after it in the clause.
  const dateAt = tokens.findIndex((t) => t.marker);
  const datedOpeningPresent = (i: number): boolean => {
    const w = tokens[i]!.word;
    if (groups.length > 0 || !isPresentShape(w) || ADVERBS.has(w) || NOT_VERBS.has(w) || CLAUSE_WORDS.has(w))
      return false;
    if (dateAt < 0 || dateAt > 1 || (dateAt === 1 && !isPreposition(word(0)))) return false;
    const article = word(dateAt + 1) === ',' ? dateAt + 2 : dateAt + 1;
    if (!DETERMINERS_ARTICLE.test(word(article)) || i - article < 2 || i - article > 4) return false;
    // (Not a plural after its count: "On Sunday, the fifteen countries from the Eurogroup had agreed …".)
    if (
      /^(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|several|many|few|some|all|both|other|such)$/u.test(
        word(i - 1),
      )
    )
      return false;
    if (
      !tokens
        .slice(article + 1, i)
        .every(
          (t) =>
            /^[\p{L}][\p{L}'’-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase()) && !isPresentShape(t.word),
        )
    )
      return false;
    // (Its object: an article, a number, a phrase, or a plural before one: "requires drivers to carry …".)
    const next = word(i + 1);
    const object = (k: number): boolean =>
      DETERMINERS.test(word(k)) || /^[\d$£€]/.test(word(k)) || (isPreposition(word(k)) && word(k) !== 'to');
    if (!(object(i + 1) || (/^\p{Ll}{3,}s$/u.test(next) && (object(i + 2) || word(i + 2) === 'to')))) return false;
    return !finiteLater(i + 1);
  };
  // A headline's present: "Fed holds rates steady, signals three cuts this year" — after the name it opens
  // with (up to four capitalised words), or after a comma that follows another such verb.
  const headlinePresent = (i: number): boolean => {
    // Not a plural before "to" ("Russian markets to remain closed").
    if (!headline || !isPresentShape(tokens[i]!.word) || ADVERBS.has(word(i)) || word(i + 1) === 'to') return false;
    if (word(i - 1) === ',') return groups.length > 0;
    return (
      i >= 1 &&
      i <= 4 &&
      groups.length === 0 &&
      // ("Bank of England cuts …": a lower-case word inside a recognised name too.)
      // ("Japan's Nikkei hits record high": an owner's possessive too.)
      tokens.slice(0, i).every((t) => /^\p{Lu}[\p{L}.&-]*(?:['’]s)?$/u.test(t.word) || t.within)
    );
  };
  // "He remains the nominee and faces X in a rematch": after "he", "she" or "it" (past adverbs), a third-person
  // present is the verb; so is one joined by "and" to such a present, before an article, a name or a preposition.
  const pronounPresent = (i: number): boolean => {
    const w = tokens[i]!.word;
    let j = i - 1;
    while (j >= 0 && (ADVERBS.has(word(j)) || /^\p{Ll}+ly$/u.test(tokens[j]!.word))) j--;
    // '"Today I pay 900"': after "I", "we", "you" or "they" opening a clause (not after "when": "when they
    // open" gives the time of another verb), a plain word is the present.
    if (
      /^(?:i|we|you|they)$/.test(word(j)) &&
      (j === 0 || tokens[j - 1]!.marker || /^(?:["“,;:]|and|but|so|think|believe|say|said)$/.test(word(j - 1))) &&
      /^\p{Ll}{3,}$/u.test(w) &&
      !/(?:ed|ing|ly)$/.test(w) &&
      !ADVERBS.has(w) &&
      !isGrammarWord(w) &&
      !BE.has(w) &&
      !MODALS.has(w) &&
      !NOT_VERBS.has(w) &&
      !isIrregularPast(w) &&
      !/^(?:all|both|each|alone|too|two|three|four|five|who|themselves|ourselves|yourself|myself|not|never|also|have|has|had|did|does|got)$/.test(
        w,
      )
    )
      return true;
    if (!isPresentShape(w) || ADVERBS.has(w) || CLAUSE_WORDS.has(w)) return false;
    if (/^(?:he|she|it)$/.test(word(j))) return true;
    // "Smith remains the nominee": after the name opening the sentence, before an article or possessive; or
    // before a particle and then one, a preposition or the date ("Smith takes over as coach next year").
    if (
      groups.length === 0 &&
      i >= 1 &&
      i <= 4 &&
      (DETERMINERS.test(word(i + 1)) ||
        (/^(?:over|up|off|out|down)$/.test(word(i + 1)) &&
          (DETERMINERS.test(word(i + 2)) || isPreposition(word(i + 2)) || tokens[i + 2]?.marker === true))) &&
      tokens
        .slice(0, i)
        .every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.word) && !/^(?:The|A|An|This|That)$/.test(t.word)) &&
      // ("Most British companies that took part …": a quantifier opens a noun phrase, no name.)
      !QUANTIFIER.test(word(0)) &&
      // ("Flash floods that tore through …": a word in "-s" before "that" and a verb is the noun a relative clause
      // describes.)
      !(
        word(i + 1) === 'that' &&
        (isPastForm(word(i + 2)) ||
          BE.has(word(i + 2)) ||
          MODALS.has(word(i + 2)) ||
          /^(?:has|have|had)$/.test(word(i + 2)))
      )
    )
      return true;
    const last = groups.at(-1);
    const next = tokens[i + 1];
    return (
      word(i - 1) === 'and' &&
      last !== undefined &&
      !last.passive &&
      /s$/.test(word(last.head)) &&
      last.base === presentBase(word(last.head)) &&
      last.base !== word(last.head) &&
      next !== undefined &&
      !next.marker &&
      (DETERMINERS.test(next.word) || isCapitalised(next.word) || isPreposition(next.word.toLowerCase())) &&
      !tokens.slice(last.head + 1, i).some((t) => t.marker || (isBoundary(t) && t.word !== 'and'))
    );
  };
  // A noun phrase right after a verb: an article or possessive, a number, or a plain word that is no
  // preposition, adverb or clause word ("entered lunar orbit", not "confirmed by", "elected in").
  const opensObject = (k: number): boolean => {
    const t = tokens[k];
    if (!t || t.marker || isPunctuation(t)) return false;
    const w = word(k);
    if (DETERMINERS.test(w) || /^\d/.test(w)) return true;
    return (
      /^\p{L}[\p{L}-]*$/u.test(t.word) &&
      !isPreposition(w) &&
      !PLACE_PREPOSITIONS.test(w) &&
      !PLACE_ADVERBS.test(w) &&
      !CLAUSE_WORDS.has(w) &&
      !ADVERBS.has(w) &&
      !/^\p{Ll}+ly$/u.test(t.word) &&
      !/^(?:up|down|out|off|back|away|again|together|here|there|and|or)$/.test(w)
    );
  };
  const complementOf = (i: number): boolean => {
    // "held talks last year but broke them off": after "and"/"but", or a past that is no participle
    // ("broke", not "broken"), it is a verb of its own.
    if (/^(?:and|but|or)$/.test(word(i - 1))) return false;
    if (IRREGULAR_PARTICIPLE_BASES.has(baseForm(word(i))) && !Object.hasOwn(PARTICIPLES, word(i))) return false;
    for (let j = i - 2; j >= Math.max(0, i - 5); j--) {
      if (isBoundary(tokens[j]!)) return false;
      // (Not a name in capitals: "The Leave campaign won 52 percent".)
      if (OBJECT_COMPLEMENT.test(word(j)) && (j === 0 || !isCapitalised(tokens[j]!.word))) return true;
    }
    return false;
  };
  // The loop's steps, in order: each reads the word at `i` and returns the index the loop goes on from when it
  // took the word, or undefined to let the next step look. (One loop body of 1,200 lines made verbGroups a single
  // function that V8 took ~0.7 s and ~30 MB of peak memory to optimise on the bench's 1 MB article.)
  // Words that are no verb here (the month "May", the noun "cut", "what the palace called") and the
  // groups a fixed phrase makes ("Born in Ohio, he …", "an election set to extend …", "began to be rolled out").
  const fixedPhrase = (i: number, w: string): number | undefined => {
    // "cleared in May of wrongdoing": inside a sentence, "May" in capitals is the month, no modal.
    if (tokens[i]!.word === 'May' && i > 0 && !/^["“‘(:]$/.test(tokens[i - 1]!.word)) return i;
    // "announced a 10-for-1 stock split last month", "a rate cut": a past spelled as its base right after a noun
    // that "a" opens is that noun's compound, no verb ("The board cut …" is a subject and its verb).
    if (
      /^(?:split|cut|bid|hike)$/.test(w) &&
      /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(tokens[i - 1]?.word ?? '') &&
      !isGrammarWord(word(i - 1)) &&
      (/^an?$/.test(word(i - 2)) || (/^[\p{Ll}\d-]+$/u.test(tokens[i - 2]?.word ?? '') && /^an?$/.test(word(i - 3))))
    )
      return i;
    // "suffering from what the palace called "episodic mobility problems"": a verb of naming after "what" and its
    // subject names the object, no clause of its own to label.
    if (
      NAMING_VERB.test(w) &&
      (word(i - 2) === 'what' || (word(i - 3) === 'what' && DETERMINERS.test(word(i - 2)))) &&
      /^[\p{L}]+$/u.test(tokens[i - 1]?.word ?? '') &&
      !isGrammarWord(word(i - 1))
    )
      return i;
    // "The project cost rose", "the cost of the war": "cost" before a past, "of", "to" or "for", or after a
    // determiner, is the noun ("The war cost thousands of lives" keeps the verb); so is "forecast" ("the bank
    // forecast that inflation would fall" keeps the verb).
    if (
      /^(?:cost|forecast)$/.test(w) &&
      (DETERMINERS.test(word(i - 1)) || isPastForm(word(i + 1)) || /^(?:of|to|for|is|was|has|had)$/.test(word(i + 1)))
    )
      return i;
    // "Pre-orders of the recently announced iPhone 4 began …": a participle between an article and its adverb and
    // the noun is an adjective, no verb.
    if (
      i >= 2 &&
      (Object.hasOwn(PARTICIPLES, w) || REGULAR_PAST.test(w)) &&
      /^\p{Ll}{3,}ly$/u.test(word(i - 1)) &&
      DETERMINERS_ARTICLE.test(word(i - 2)) &&
      /^\p{L}/u.test(tokens[i + 1]?.word ?? '') &&
      !isPreposition(word(i + 1)) &&
      !tokens[i + 1]?.marker
    )
      return i;
    // "Mohamed brought …", "Ahmed Ali said …": a capitalised word in "-ed" opening the sentence before a past or
    // another capitalised word is a name, no verb.
    if (
      i === 0 &&
      !Object.hasOwn(PARTICIPLES, w) &&
      REGULAR_PAST.test(w) &&
      /^\p{Lu}/u.test(tokens[0]!.word) &&
      (/^\p{Lu}/u.test(tokens[1]?.word ?? '') || isPastForm(word(1)))
    )
      return i;
    // "Born in Ohio in 1936, he flew …", "Founded in 1987, the firm …": a participle opening the sentence, its
    // phrase closed by a comma, is a passive whose subject is the main clause's.
    if (i === 0 && (Object.hasOwn(PARTICIPLES, w) || REGULAR_PAST.test(w)) && !NOT_VERBS.has(w)) {
      // ("Born in Tel Aviv in 1934 while his mother was visiting relatives, he grew up …": a clause word may open
      // a clause inside the phrase.)
      const comma = tokens
        .slice(1, 20)
        .findIndex((t) => isBoundary(t) && !(CLAUSE_WORDS.has(t.word.toLowerCase()) && t.word !== 'and'));
      if (comma > 0 && tokens[comma + 1]?.word === ',' && tokens.length > comma + 4) {
        groups.push({ first: 0, head: 0, base: w, passive: true, gerund: true, negative: false });
        return i;
      }
    }
    // "a general election set to extend the ruling party's term": "set" or "poised" and "to" right after a noun (no
    // pronoun) is the plan "is set to" says, with "is" left out; its verb is the one after "to".
    if (
      /^(?:set|poised)$/.test(w) &&
      word(i + 1) === 'to' &&
      /^\p{Ll}{2,}$/u.test(word(i + 2)) &&
      !isGrammarWord(word(i + 2)) &&
      /^\p{L}[\p{L}'’-]*$/u.test(tokens[i - 1]?.word ?? '') &&
      !tokens[i - 1]!.marker &&
      !isGrammarWord(word(i - 1)) &&
      !PRONOUN.test(tokens[i - 1]!.word) &&
      !BE.has(word(i - 1)) &&
      !AUXILIARY.test(word(i - 1)) &&
      !MODALS.has(word(i - 1))
    ) {
      groups.push({ first: i, head: i + 2, base: word(i + 2), passive: false, gerund: false, negative: false });
      i += 2;
      return i;
    }
    // "Vaccines began to be rolled out in December 2020": a passive after a verb of beginning and "to be" is the
    // verb ("Vaccines are rolled out"); the verb before it was read as the clause's.
    const begun = groups.at(-1);
    if (
      w === 'be' &&
      word(i - 1) === 'to' &&
      isParticiple(word(i + 1)) &&
      begun?.head === i - 2 &&
      !begun.passive &&
      /^(?:begin|start|continue|resume)$/.test(begun.base)
    ) {
      groups[groups.length - 1] = {
        first: begun.first,
        head: i + 1,
        base: word(i + 1),
        passive: true,
        gerund: false,
        negative: begun.negative,
      };
      i++;
      return i;
    }
    return undefined;
  };
  // A group an auxiliary opens: "is", "has been", a modal, "did not", and "to be" with a participle.
  const auxiliaryGroup = (i: number, w: string): number | undefined => {
    // "did not return": "do" and "not" deny the verb after them, as "didn't" does.
    const negative = NEGATIVE_MODALS.has(w) || (/^(?:do|does|did)$/.test(w) && word(i + 1) === 'not');
    // "has been unusually warm": the perfect of "is", from its auxiliary.
    const perfectBe = w === 'been' && /^(?:has|have|had)$/.test(word(i - 1));
    if (
      (BE.has(w) && !(w === 'be' && word(i - 1) === 'to')) ||
      perfectBe ||
      ((MODALS.has(w) || negative) && w !== 'to' && word(skip(i + 1)) === 'be')
    ) {
      const be = BE.has(w) || perfectBe ? i : skip(i + 1);
      const first = perfectBe ? i - 1 : i;
      let j = skip(be + 1);
      const plan = word(j);
      if (PLAN_WORDS.has(plan)) j = skip(j + 1);
      if (word(j) === 'to' && /^\p{Ll}+$/u.test(word(skip(j + 1)))) {
        const k = skip(j + 1);
        // "are expected to be completed by the end of next year": a passive after "to be".
        const participle = skip(k + 1);
        if (word(k) === 'be' && isPassiveParticiple(word(participle))) {
          // ("were meant to be freed": a plan of the past says so, as below.)
          const unmet =
            /^(?:was|were)$/.test(w) && /^(?:meant|supposed)$/.test(plan)
              ? { modal: `${w} ${plan} to` }
              : pastPlan(first, plan);
          groups.push({
            first,
            head: participle,
            base: word(participle),
            passive: true,
            gerund: false,
            negative,
            ...unmet,
          });
          i = participle;
          return i;
        }
        // "was meant to lift off in 2018": a plan of the past that may not have happened says so.
        const unmet = /^(?:was|were)$/.test(w) && /^(?:meant|supposed)$/.test(plan) ? `${w} ${plan} to` : undefined;
        groups.push({
          first,
          head: k,
          base: word(k),
          passive: false,
          gerund: false,
          ...(unmet ? {} : pastPlan(first, plan)),
          // "is not expected to turn a profit": the "not" the adverbs stepped over.
          ...(negative ? { negative } : denial(lower.slice(be + 1, j))),
          ...(unmet ? { modal: unmet } : {}),
        });
        i = k;
        return i;
      }
      const k = skip(be + 1);
      const next = word(k);
      // "should be repaired", "could be delayed": a hedging modal is kept (not "would", mostly a reported
      // future: "said flags would be flown at half-staff on Friday").
      const hedged = /^(?:may|might|could|should|must|can)$/.test(w) ? { modal: w } : {};
      // "should not be raised", "was not built": the "not" the adverbs stepped over.
      const denied = negative ? { negative } : denial(lower.slice(i + 1, k));
      // ("was being looked into", "is being rebuilt": "being" and a participle are a passive too.)
      const progressive = next === 'being' ? skip(k + 1) : -1;
      // ("Annan is due in Damascus on Monday": "due" in a place is where one is expected, read as "expected" is.)
      const dueIn = next === 'due' && /^(?:in|at)$/.test(word(k + 1)) && isCapitalised(tokens[k + 2]?.word ?? '');
      if (isPassiveParticiple(next) || dueIn) {
        groups.push({ first, head: k, base: next, passive: true, gerund: false, ...denied, ...hedged });
        i = k;
      } else if (progressive > 0 && isPassiveParticiple(word(progressive))) {
        groups.push({
          first,
          head: progressive,
          base: word(progressive),
          passive: true,
          gerund: false,
          ...denied,
          ...hedged,
        });
        i = progressive;
      } else if (/^\p{Ll}{2,}ing$/u.test(next) && !ING_ADJECTIVES.test(next)) {
        groups.push({ first, head: k, base: baseForm(next), passive: false, gerund: false, ...denied });
        i = k;
      } else if (next && !/^(?:to|that|which|who)$/.test(next)) {
        groups.push({ first, head: be, base: 'be', passive: false, gerund: false, ...denied, ...hedged });
        i = be;
      }
      return i;
    }
    if ((MODALS.has(w) && w !== 'to') || negative) {
      let k = skip(i + 1);
      // 'would "move carefully"': a verb quoted after its modal.
      if (/^["“‘']$/.test(tokens[k]?.word ?? '') && /^\p{Ll}{2,}$/u.test(word(k + 1))) k++;
      // "would have access to": "have" before no participle is the main verb, not a perfect's auxiliary.
      const have = lower.slice(i + 1, k).lastIndexOf('have');
      const possession = have >= 0 && !lower.slice(i + 2 + have, k).includes('been') && !isParticiple(word(k));
      if (possession) k = i + 1 + have;
      // "could have been the end of hope": "been" before no participle is the main verb, the copula's perfect;
      // before one, it makes a passive perfect ("would have been arrested").
      const been = lower.slice(i + 1, k).lastIndexOf('been');
      if (been >= 0 && !isParticiple(word(k)) && !/^\p{Ll}{2,}ing$/u.test(word(k))) k = i + 1 + been;
      const passive = been >= 0 && k > i + 1 + been && isParticiple(word(k));
      const verb = word(k);
      if (/^\p{Ll}+$/u.test(verb) && (verb !== 'have' || possession) && verb !== 'not') {
        const perfect = lower.slice(i + 1, k).includes('have');
        const hedged = /^(?:may|might|could|would|should|must|can)$/.test(w);
        const modal = hedged ? (perfect ? `${w} have` : w) : undefined;
        const base = perfect && !hedged ? baseOfParticiple(verb) : verb;
        groups.push({
          first: i,
          head: k,
          base: passive ? verb : base,
          passive,
          gerund: false,
          ...(negative ? { negative } : denial(lower.slice(i + 1, k))),
          ...(modal ? { modal } : {}),
        });
        i = k;
      }
      return i;
    }
    // "will collect rock samples to be returned to Earth in the 2030s": "to be" and a participle right after a
    // plain noun say what is to be done to it, a passive without its "are".
    if (
      w === 'to' &&
      word(i + 1) === 'be' &&
      isPassiveParticiple(word(i + 2)) &&
      describedNoun(i) &&
      // (Not "the first pope to be born in …", "enough cash to be run until …": what is counted or measured.)
      ![i - 2, i - 3].some((k) => /^(?:enough|first|last|only|next|latest|\p{Ll}+est)$/u.test(word(k))) &&
      !firstOfNoun(i)
    ) {
      groups.push({
        first: i,
        head: i + 2,
        base: `to be ${word(i + 2)}`,
        passive: true,
        gerund: false,
        negative: false,
        reduced: true,
      });
      i += 2;
      return i;
    }
    // "will end this year, to be replaced in January by a smaller mission": "to be" and a participle set off by a
    // comma say what is to be done to the subject of the clause before, a passive of its own (no past of "replace").
    if (
      w === 'to' &&
      word(i + 1) === 'be' &&
      isPassiveParticiple(word(i + 2)) &&
      word(i - 1) === ',' &&
      groups.length > 0
    ) {
      groups.push({
        first: i,
        head: i + 2,
        base: word(i + 2),
        passive: true,
        gerund: false,
        negative: false,
      });
      i += 2;
      return i;
    }
    // "became the first woman to be elected president on Sunday": after "the first" (last, only …) and its noun,
    // "to be" and a participle say what makes the noun so; no verb of the clause's.
    if (w === 'to' && word(i + 1) === 'be' && isPassiveParticiple(word(i + 2)) && firstOfNoun(i) && groups.length > 0) {
      i += 2;
      return i;
    }
    return undefined;
  };
  // A verb a plan or a lead says ("expected to open", "due in June", "failed in a bid to win", "claimed to
  // have captured", "expect the cut to come") and a gerund whose subject is an object ("sentenced X for taking").
  const leadGroup = (i: number, w: string): number | undefined => {
    // "The plant, expected to open in 2026, will …", "a new museum due to open in 2026": a plan's word after a
    // noun's comma opening an aside, or "due" after a noun, says what is planned for that noun.
    // "a renovation due to be completed in 2025": with "be" and a participle, the plan is a passive.
    const toBe = word(i + 2) === 'be' && isPassiveParticiple(word(i + 3));
    if (
      /^(?:expected|scheduled|set|slated|due|planned|meant|supposed)$/.test(w) &&
      word(i + 1) === 'to' &&
      /^\p{Ll}{2,}$/u.test(word(i + 2)) &&
      !ADVERBS.has(word(i + 2)) &&
      (!BE.has(word(i + 2)) || toBe) &&
      (opensAside(i) ||
        // "A report by the UN panel, due to be published on Monday, is …": an aside closed before the main verb.
        (word(i - 1) === ',' &&
          /^\p{L}{3,}$/u.test(tokens[i - 2]?.word ?? '') &&
          !DATE_WORD.test(tokens[i - 2]!.word) &&
          !ADVERBS.has(word(i - 2)) &&
          closesAside(i)) ||
        // "… for the Selene programme, due to land astronauts on the Moon later this decade.": an aside that
        // runs to the sentence's end.
        // (A common noun with its article, not a name or an amount: "a plant in Ohio, expected to …", "to 46
        // percent, expected to …"; a name with its article is one: "the Nobel Peace Prize, due to be announced".)
        (word(i - 1) === ',' &&
          /^\p{L}{3,}$/u.test(tokens[i - 2]?.word ?? '') &&
          !ADVERBS.has(word(i - 2)) &&
          !/^(?:percent|cent|points?|billion|million|thousand|years?|months?|weeks?|days?)$/.test(word(i - 2)) &&
          [i - 3, i - 4, i - 5].some(
            (d) =>
              DETERMINERS_ARTICLE.test(word(d)) &&
              !tokens
                .slice(d + 1, i - 1)
                .some((t) => t.marker || isPreposition(t.word.toLowerCase()) || isPunctuation(t)),
          ) &&
          !tokens.slice(i + 1).some((t) => t.word === ',' || t.word === ';')) ||
        (w === 'due' &&
          groups.length > 0 &&
          /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
          !isPreposition(word(i - 1)) &&
          !PRONOUN.test(word(i - 1)) &&
          !BE.has(word(i - 1)) &&
          !ADVERBS.has(word(i - 1)) &&
          !CLAUSE_WORDS.has(word(i - 1)) &&
          groups.at(-1)!.head !== i - 1))
    ) {
      const head = toBe ? i + 3 : i + 2;
      groups.push({
        first: i,
        head,
        base: `${w} to ${toBe ? 'be ' : ''}${word(head)}`,
        passive: true,
        gerund: false,
        negative: false,
        reduced: true,
      });
      i = head;
      return i;
    }
    // "new models due in the first half of next year would help": "due" right after a plain noun, before the
    // date, says when the thing is due; a passive without its "is", as "expected this weekend" is.
    if (
      w === 'due' &&
      (/^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') || (i === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[0]!.word))) &&
      !isGrammarWord(word(i - 1)) &&
      !BE.has(word(i - 1)) &&
      !ADVERBS.has(word(i - 1)) &&
      !groups.some((g) => g.head === i - 1) &&
      (tokens[i + 1]?.marker || (/^(?:in|on|at|by)$/.test(word(i + 1)) && tokens[i + 2]?.marker))
    ) {
      groups.push({ first: i, head: i, base: w, passive: true, gerund: false, negative: false, reduced: true });
      return i;
    }
    // A bare "plan", "aim", "need" after anything but a subject is a noun ("a restructuring plan to relieve").
    // "had promised in 2019 to rebuild": past a date between them.
    const datedTo = tokens[i + 1]?.marker
      ? i + 1
      : /^(?:in|on|at|during)$/.test(word(i + 1)) && tokens[i + 2]?.marker
        ? i + 2
        : -1;
    if (
      isLead(w) &&
      datedTo > 0 &&
      word(datedTo + 1) === 'to' &&
      /ed$/.test(w) &&
      /^\p{Ll}+$/u.test(word(datedTo + 2))
    ) {
      groups.push({
        first: i,
        head: datedTo + 2,
        base: word(datedTo + 2),
        passive: false,
        gerund: false,
        negative: false,
        lead: baseForm(w),
      });
      i = datedTo + 2;
      return i;
    }
    // "aid had yet to arrive", "the company has yet to respond": what had not happened by the date.
    if (
      /^(?:has|have|had)$/.test(w) &&
      word(i + 1) === 'yet' &&
      word(i + 2) === 'to' &&
      /^\p{Ll}{2,}$/u.test(word(i + 3)) &&
      !BE.has(word(i + 3))
    ) {
      groups.push({
        first: i,
        head: i + 3,
        base: word(i + 3),
        passive: false,
        gerund: false,
        negative: false,
        lead: 'have yet',
      });
      i += 3;
      return i;
    }
    // "failed in a bid to have the strike banned", "failed in his attempt to win": what failed is the verb
    // after "to" ("fails to win the title").
    if (
      /^fail(?:s|ed)?$/.test(w) &&
      word(i + 1) === 'in' &&
      /^(?:a|an|the|his|her|its|their|our|my|another|one)$/.test(word(i + 2)) &&
      /^(?:bid|attempt|effort|quest|push|drive|challenge)s?$/.test(word(i + 3)) &&
      word(i + 4) === 'to' &&
      /^\p{Ll}{2,}$/u.test(word(i + 5)) &&
      !/ly$/.test(word(i + 5))
    ) {
      groups.push({
        first: i,
        head: i + 5,
        base: word(i + 5),
        passive: false,
        gerund: false,
        negative: false,
        lead: 'fail',
      });
      i += 5;
      return i;
    }
    // "which Iraq claimed to have captured in May": a claim of a deed done is said as claimed ("Iraq claims to have
    // captured Mosul").
    // ("The harpoons appear to have failed", "the talks seem to have stalled": so is a deed that only seems done.)
    if (
      /^(?:claim|appear|seem)(?:s|ed)?$/.test(w) &&
      word(i + 1) === 'to' &&
      word(i + 2) === 'have' &&
      (REGULAR_PAST.test(word(i + 3)) || Object.hasOwn(PARTICIPLES, word(i + 3)))
    ) {
      groups.push({
        first: i,
        head: i + 3,
        base: `have ${word(i + 3)}`,
        passive: false,
        gerund: false,
        negative: false,
        lead: w.replace(/(?:s|ed)$/, ''),
      });
      i += 3;
      return i;
    }
    if (
      isLead(w) &&
      word(i + 1) === 'to' &&
      /^\p{Ll}+$/u.test(word(i + 2)) &&
      !BE.has(word(i - 1)) &&
      // ("cancelled plans to attend the funeral", "announced plans to open the coast": right after a verb, "plans" and
      // "hopes" are its object, nouns.)
      !(/^(?:plans|hopes)$/.test(w) && groups.at(-1)?.head === i - 1 && !groups.at(-1)!.passive) &&
      (/(?:s|ed)$|^sought$/.test(w) ||
        isCapitalised(tokens[i - 1]?.word ?? '') ||
        /^(?:\p{Ll}+s|they|we|i|you|also|still|now)$/u.test(word(i - 1)))
    ) {
      groups.push({
        first: i,
        head: i + 2,
        base: word(i + 2),
        passive: false,
        gerund: false,
        negative: false,
        lead: w === 'sought' ? 'seek' : /[^s]s$/.test(w) ? w.slice(0, -1) : baseForm(w),
      });
      i += 2;
      return i;
    }
    // "Markets expect the first cut to come in June": a verb of intent in the present, its object, then "to".
    // (And "the government expects them to top …": a pronoun object, after a noun in the singular.)
    const pronounObject = /^(?:them|it|him|her|us)$/.test(word(i + 1));
    if (
      LEADS.test(w) &&
      !/ed$/.test(w) &&
      // ("officials expect all the men to be out": a quantifier may open the object.)
      (DETERMINERS.test(word(i + 1)) ||
        pronounObject ||
        (/^(?:all|both|most|many|some)$/.test(word(i + 1)) && DETERMINERS.test(word(i + 2)))) &&
      (isCapitalised(tokens[i - 1]?.word ?? '') ||
        /^(?:\p{Ll}+s|they|we|you)$/u.test(word(i - 1)) ||
        (pronounObject &&
          /[^s]s$/.test(w) &&
          /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
          !isGrammarWord(word(i - 1))))
    ) {
      const to = lower.slice(i + 2, i + 7).indexOf('to');
      if (
        to >= 0 &&
        /^\p{Ll}{2,}$/u.test(word(i + 3 + to)) &&
        !tokens.slice(i + 1, i + 2 + to).some((t) => isBoundary(t))
      ) {
        const base = presentBase(w);
        groups.push({ first: i, head: i, base, passive: false, gerund: false, negative: false, plural: base === w });
        // Its object holds no verb ("the first cut").
        i += 2 + to;
        return i;
      }
    }
    // "sentenced X to seven years for taking bribes": the gerund's subject is the verb's object. A noun in
    // "-ing" is no gerund there ("cleared of wrongdoing after …"), unless an object follows it.
    const controller = groups.at(-1);
    if (
      /^\p{Ll}+ing$/u.test(tokens[i]!.word) &&
      (!ING_NOUNS.has(w) || DETERMINERS.test(word(i + 1)) || isCapitalised(tokens[i + 1]?.word ?? '')) &&
      /^(?:for|of|with)$/.test(word(i - 1)) &&
      // ("arrested two men on suspicion of starting fires on Friday": a deed suspected dates nothing; the arrest is.)
      word(i - 2) !== 'suspicion' &&
      controller &&
      // (Up to sixteen words between: "sentenced former president Jair Bolsonaro to 27 years and three months in
      // prison for plotting".)
      i - controller.head <= 16 &&
      OBJECT_CONTROL.test(baseForm(controller.base)) &&
      // (An object may list names: "charged X and 33 others with plotting"; a comma may set the gerund off:
      // "convicted him on one of three firearms charges, for discharging a gun".)
      !tokens
        .slice(controller.head + 1, word(i - 2) === ',' ? i - 2 : i)
        .some((t) => t.marker || (isBoundary(t) && t.word !== 'and'))
    ) {
      groups.push({
        first: i,
        head: i,
        base: baseForm(w),
        passive: false,
        gerund: true,
        negative: false,
        objectOf: controller.head,
      });
      return i;
    }
    // "Alcaraz now has four titles, having also won the US Open in 2022", "after having lost in 2019": "having" and
    // a participle are a perfect gerund, whose subject is the clause's.
    if (
      w === 'having' &&
      i > 1 &&
      (word(i - 1) === ',' || (GERUND_CUES.has(word(i - 1)) && groups.some((g) => !g.gerund)))
    ) {
      const k = skip(i + 1);
      if (isParticiple(word(k))) {
        groups.push({
          first: i,
          head: k,
          base: baseOfParticiple(word(k)),
          passive: false,
          gerund: true,
          negative: false,
        });
        i = k;
        return i;
      }
    }
    return undefined;
  };
  // A gerund: after a comma closing a clause, after a cue ("after defeating"), after a passive or a censure.
  const gerundGroup = (i: number, w: string): number | undefined => {
    // "extended the lockdown on Tuesday, closing schools and banning gatherings until April 3": a participle
    // clause after a clause's comma (and one joined to it by "and") says what the clause's subject did.
    const previousGroup = groups.at(-1);
    const participleClause =
      previousGroup !== undefined &&
      (word(i - 1) === ',' || (word(i - 1) === 'and' && previousGroup.gerund && previousGroup.head < i - 1)) &&
      !REPORTING.has(baseForm(w)) &&
      // An "-ing" noun is a verb before an article, a number or a name (", meeting President Xi in July").
      (!ING_NOUNS.has(w) ||
        DETERMINERS.test(word(i + 1)) ||
        /^\d/.test(word(i + 1)) ||
        isCapitalised(tokens[i + 1]?.word ?? '') ||
        // (Or a length of time's plural and "of": ", ending months of tense negotiations".)
        (/^(?:days|weeks|months|years|decades|centuries)$/.test(word(i + 1)) && word(i + 2) === 'of')) &&
      // Not a preposition in "-ing" (", including three stages", ", following talks").
      !CLAUSE_WORDS.has(w) &&
      !isPreposition(w) &&
      !/^(?:following|according|regarding|concerning|excluding|considering|pending|barring|\p{Ll}*thing)$/u.test(w) &&
      // ("before hitting Mozambique on Saturday and moving into Malawi on Sunday": after "and" and a gerund, one
      // before its preposition too.)
      (opensObject(i + 1) || (word(i - 1) === 'and' && isPreposition(word(i + 1)) && !ING_NOUNS.has(w)));
    // "was found guilty of running a scheme between 2012 and 2018": a gerund after "of" or "for" closing a
    // passive's clause, before its date, is what the subject did then.
    const passiveHost = groups.at(-1);
    const afterPassive =
      /^(?:of|for)$/.test(word(i - 1)) &&
      !ING_NOUNS.has(w) &&
      passiveHost !== undefined &&
      passiveHost.passive &&
      !passiveHost.reduced &&
      i - passiveHost.head <= 3 &&
      !tokens.slice(passiveHost.head + 1, i).some((t) => t.marker || isBoundary(t)) &&
      tokens.slice(i + 1, i + 9).some((t) => t.marker);
    // "has come under fire for sending an alert only after 8:00 pm on Tuesday", "apologised for approving the deal in
    // March": so is one after the censure it drew (or the apology).
    const host = groups.at(-1);
    const censured =
      word(i - 1) === 'for' &&
      !ING_NOUNS.has(w) &&
      /^(?:fire|attack|scrutiny|criticism|pressure|flak|apologi[sz]ed|apologi[sz]es?)$/.test(word(i - 2)) &&
      host !== undefined &&
      !host.gerund &&
      i - host.head <= 5 &&
      !tokens.slice(host.head + 1, i).some((t) => t.marker || isBoundary(t)) &&
      tokens.slice(i + 1, i + 12).some((t) => t.marker);
    // Not a name ("built by Boeing in 2019").
    // "after narrowly defeating", "after twice testing": the cue may stand before an adverb.
    const cue =
      GERUND_CUES.has(word(i - 1)) ||
      ((/^\p{Ll}{3,}ly$/u.test(word(i - 1)) ||
        /^(?:twice|once|again|first|also|already|repeatedly|never|later|then)$/.test(word(i - 1))) &&
        GERUND_CUES.has(word(i - 2)));
    // "the discoveries being recognised this year", "the bridge being built": "being" and a participle right after
    // a noun describe it, a passive of its own, as a participle alone does ("the bridge built in 1977").
    if (w === 'being' && !cue && describedNoun(i)) {
      const k = skip(i + 1);
      if (isPassiveParticiple(word(k))) {
        groups.push({ first: i, head: k, base: word(k), passive: true, gerund: false, negative: false, reduced: true });
        i = k;
        return i;
      }
    }
    if (
      /^\p{Ll}+ing$/u.test(tokens[i]!.word) &&
      !ONLY_ADJECTIVES.test(w) &&
      (cue || participleClause || afterPassive || censured)
    ) {
      // "before being released in July 2020": "being" and a participle are a passive gerund.
      const k = skip(i + 1);
      if (w === 'being' && isPassiveParticiple(word(k))) {
        groups.push({ first: i, head: k, base: word(k), passive: true, gerund: true, negative: false });
        i = k;
        return i;
      }
      groups.push({ first: i, head: i, base: baseForm(w), passive: false, gerund: true, negative: false });
      return i;
    }
    return undefined;
  };
  // A perfect, a passive, a past or a present of the clause.
  const finiteGroup = (i: number, w: string): number | undefined => {
    const previous = word(i - 1);
    // "failed to declare paid posts": a past form between an infinitive and its object's noun qualifies the noun.
    if (
      isPastForm(w) &&
      word(i - 2) === 'to' &&
      /^\p{Ll}{3,}$/u.test(previous) &&
      !isGrammarWord(previous) &&
      !BE.has(previous) &&
      !/^(?:have|get|got|become)$/.test(previous) &&
      /^\p{Ll}{3,}$/u.test(word(i + 1)) &&
      !isGrammarWord(word(i + 1))
    )
      return i;
    // "has nearly tripled", "had already been sold": the auxiliary may stand before adverbs.
    const auxiliaryBefore = (k: number): number => {
      let a = k;
      // ("have all occurred", "had both resigned": a quantifier floated after the auxiliary too; 'had "rewritten the
      // record books"': a quotation opening at the participle.)
      while (
        a > 0 &&
        ((/^["“]$/.test(tokens[a]!.word) && /^(?:has|have|had)$/.test(word(a - 1))) ||
          MID_ADVERB.test(word(a)) ||
          (ADVERBS.has(word(a)) && !AUXILIARY.test(word(a))) ||
          (/^(?:all|both|each)$/.test(word(a)) && /^(?:has|have|had)$/.test(word(a - 1))))
      )
        a--;
      // "have for the first time produced": past "for the first (second, last) time" after the auxiliary.
      if (
        word(a) === 'time' &&
        /^(?:first|second|third|last|\d+(?:st|nd|rd|th))$/.test(word(a - 1)) &&
        word(a - 2) === 'the' &&
        word(a - 3) === 'for' &&
        /^(?:has|have|had)$/.test(word(a - 4))
      )
        return auxiliaryBefore(a - 4);
      return a;
    };
    const aux = auxiliaryBefore(i - 1);
    const perfect = AUXILIARY.test(word(aux)) && word(aux) !== 'been';
    // "the only major to have eluded him", "the first man to have won the title": a perfect infinitive is no verb of
    // the clause's, as "to win" is none ("to have been completed" neither).
    const have = word(aux) === 'been' ? auxiliaryBefore(aux - 1) : aux;
    if (word(have) === 'have' && word(have - 1) === 'to' && isParticiple(w)) return i;
    if (word(aux) === 'been' && isParticiple(w)) {
      const first = /^(?:has|have|had)$/.test(word(have)) ? have : aux;
      // ("had not been seen in public since Christmas Day": the denial stays.)
      groups.push({ first, head: i, base: w, passive: true, gerund: false, ...denial(lower.slice(first + 1, i)) });
    } else if (perfect && isPassiveParticiple(w)) {
      groups.push({
        first: aux,
        head: i,
        base: baseOfParticiple(w),
        passive: false,
        gerund: false,
        ...denial(lower.slice(aux + 1, i)),
      });
    } else if (
      // "well short of the 272 needed for a majority": a participle after "the" and a count, before a preposition,
      // describes the count, no verb of its own.
      isParticiple(w) &&
      /^\d[\d,.]*$/.test(tokens[i - 1]?.word ?? '') &&
      DETERMINERS_ARTICLE.test(word(i - 2)) &&
      isPreposition(word(i + 1))
    ) {
      groups.push({ first: i, head: i, base: w, passive: true, gerund: false, negative: false, reduced: true });
    } else if (
      // "The painting, stolen in 2010, …", "a painting stolen in 2010": a participle that is no past, opening an
      // aside or after a noun before its date, is a passive without its "is", as "built" is.
      Object.hasOwn(PARTICIPLES, w) &&
      !isIrregularPast(w) &&
      !afterOpeningRelative(i) &&
      (opensAside(i) ||
        (/^\p{Ll}{3,}$/u.test(previous) &&
          !isGrammarWord(previous) &&
          !ADVERBS.has(previous) &&
          !isParticiple(previous) &&
          (tokens[i + 1]?.marker || (/^(?:in|on|at|during)$/.test(word(i + 1)) && tokens[i + 2]?.marker))))
    ) {
      groups.push({ first: i, head: i, base: w, passive: true, gerund: false, negative: false, reduced: true });
    } else if (
      (isIrregularPast(w) ||
        (REGULAR_PAST.test(w) && (w.length > 4 || /^(?:died|used|sued|owed|axed|tied|eyed)$/.test(w)))) &&
      (i === 0 || !isCapitalised(tokens[i]!.word)) &&
      // "the tsunami it triggered killed 18,000 people": a past after a noun and a subject pronoun, right before
      // another past, is a relative clause without "that"; the second is the clause's verb.
      !(
        /^(?:it|he|she|they|we)$/.test(previous) &&
        /^\p{Ll}{3,}$/u.test(word(i - 2)) &&
        !isGrammarWord(word(i - 2)) &&
        DETERMINERS.test(word(i - 3)) &&
        isPastForm(word(i + 1))
      ) &&
      // "were given suspended sentences", "reported increased profits": right after a verb, a participle
      // describes its object.
      !(groups.at(-1)?.head === i - 1 && REGULAR_PAST.test(w) && /^\p{Ll}{3,}s$/u.test(word(i + 1))) &&
      // "began releasing treated wastewater": so after a gerund that is a verb's object.
      !(
        groups.at(-1)?.head === i - 2 &&
        /^\p{Ll}{3,}ing$/u.test(word(i - 1)) &&
        REGULAR_PAST.test(w) &&
        /^\p{Ll}{3,}$/u.test(word(i + 1)) &&
        !isGrammarWord(word(i + 1))
      ) &&
      // "was elected unopposed", "returned unharmed": right after a passive, or after any verb when it is
      // "un-" and a participle, a participle describes the subject.
      !(
        groups.at(-1)?.head === i - 1 &&
        REGULAR_PAST.test(w) &&
        (groups.at(-1)!.passive || /^un\p{Ll}{3,}ed$/u.test(w))
      ) &&
      // ("shed 11,000 jobs": a past spelled as a noun, before a number or a determiner, is the verb.)
      (!NOT_VERBS.has(w) ||
        opensAside(i) ||
        (isIrregularPast(w) &&
          /^(?:\d[\d,.]*|the|its|their|his|her|a|an|some|about|nearly|almost|more|over|hundreds|thousands)$/.test(
            word(i + 1),
          ))) &&
      // "dropped only one set", "predict a further cut": a past spelled as its base, after a count or an
      // adjective of degree or order, is a noun.
      !(
        isIrregularPast(w) &&
        baseForm(w) === w &&
        /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|further|fresh|new|deep|sharp|big|small|latest|final)$/.test(
          previous,
        )
      ) &&
      // "a fine of 118.5 billion won": after an amount, "won" is Korea's currency.
      !(w === 'won' && /^(?:\d[\d.,]*|hundred|thousand|million|billion|trillion)$/.test(previous)) &&
      (!DETERMINERS.test(previous) || RELATIVE_VERB.test(`${previous} ${w}`)) &&
      // ('championed a "simplified treaty"': nor after a determiner and an opening quotation mark.)
      !(/^["“]$/.test(tokens[i - 1]?.word ?? '') && DETERMINERS.test(word(i - 2))) &&
      // "Boeing's troubled Starliner capsule": so a participle right after an owner's possessive, before a word of
      // the noun phrase.
      !(
        REGULAR_PAST.test(w) &&
        /^\p{L}[\p{L}.-]*['’]s$/u.test(tokens[i - 1]?.word ?? '') &&
        /^\p{L}[\p{L}-]*$/u.test(tokens[i + 1]?.word ?? '') &&
        !isGrammarWord(word(i + 1)) &&
        !isPreposition(word(i + 1))
      ) &&
      !BE.has(w) &&
      (w !== 'had' || hadAsVerb(i)) &&
      previous !== 'to' &&
      // "far more than expected", "as forecast": a comparison, not a clause. (But "more than doubled" is one.)
      (previous !== 'than' || (/^(?:more|less)$/.test(word(i - 2)) && MULTIPLIED.test(w))) &&
      // "the most valuable listed company", "the largest listed firm": a participle after an adjective. (Not
      // after a plural that "most" or "more" opens a clause with: "Most incidents happened between 11 pm and 2 am".)
      (previous === 'than' ||
        !/^(?:most|more|least|less)$/.test(word(i - 2)) ||
        (/^(?:most|more)$/.test(word(i - 2)) &&
          /^(?:\p{Ll}{3,}s|people|men|women|children)$/u.test(previous) &&
          (i === 2 || isPreposition(word(i - 3)) || /^(?:,|and|but)$/.test(word(i - 3))))) &&
      !/^(?:\p{Ll}{3,}est|best|worst)$/u.test(previous) &&
      // "a final televised debate", "the first elected mayor": a participle after an article and an adjective.
      !(
        DETERMINERS.test(word(i - 2)) &&
        /^(?:first|second|third|last|final|new|former|annual|joint|rare|live|official|public|national|only|long|rambling|sweeping|emotional|defiant|brief|lengthy|short|solemn)$/.test(
          previous,
        ) &&
        /^\p{Ll}{3,}$/u.test(word(i + 1)) &&
        !isPreposition(word(i + 1)) &&
        !DETERMINERS.test(word(i + 1))
      ) &&
      // "to stay closed", "remained shut": an adjective after a linking verb (past adverbs: "remained severely
      // disrupted").
      !LINKING.test(previous) &&
      !(adverbial(previous) && LINKING.test(word(i - 2 - (adverbial(word(i - 2)) ? 1 : 0)))) &&
      // "the ten affected provinces", "three wounded soldiers": a participle between a number and its noun. (Not
      // after a measure, "An earthquake measuring 8.0 destroyed large parts …", nor before a name that ends the
      // phrase, "measuring 8 destroyed Kathmandu"; "two wounded Kurdish fighters" is a noun's.)
      !(
        /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|few)$/.test(
          previous,
        ) &&
        nounAfter(i) &&
        !(isCapitalised(tokens[i + 1]!.word) && !/^\p{Ll}{3,}$/u.test(tokens[i + 2]?.word ?? '')) &&
        // (Not a model's number after its maker's name, nor before a length of time: "The Boeing 737 crashed
        // minutes after take-off".)
        !(/^\d/.test(previous) && isCapitalised(tokens[i - 2]?.word ?? '') && !tokens[i - 2]!.marker) &&
        !/^(?:seconds|minutes|hours|days|weeks|months|years)$/.test(word(i + 1))
      ) &&
      // "pulled 200 people from flooded homes", "in disputed territory": a participle between a preposition and
      // its noun ("of classified US military documents": or a name).
      !(
        isPreposition(previous) &&
        (nounAfter(i) || isCapitalised(tokens[i + 1]?.word ?? '')) &&
        !isGrammarWord(word(i + 1))
      ) &&
      // "the world's most visited museum", "the most watched match": a participle after a word of degree, before
      // its noun, is an adjective.
      !(
        /^(?:most|least|best|worst|widely|highly|much|well|poorly|heavily|newly)$/.test(previous) &&
        nounAfter(i) &&
        !isGrammarWord(word(i + 1))
      ) &&
      // "to hold all markets closed", "left the door open": a complement of the object.
      !complementOf(i) &&
      !(
        previous === 'as' &&
        /^(?:expected|planned|scheduled|forecast|predicted|promised|agreed|required|needed|reported)$/.test(w)
      )
    ) {
      // "plans announced in January": a participle after a common noun, before a preposition, is passive.
      const next = tokens[i + 1];
      // A headline writes its passive without "is", past an adverb too ("Mars rover finally set for 2028 launch").
      let noun = i - 1;
      while (headline && noun > 0 && /^\p{Ll}+ly$/u.test(word(noun))) noun--;
      // "a goal first set for 2026", "a plan originally drawn up in 2019": an adverb of when between the noun and
      // its participle.
      if (/^(?:first|originally|initially|previously|once)$/.test(word(noun)) && /^\p{Ll}{3,}$/u.test(word(noun - 1)))
        noun--;
      // "its previous record of 38,915.87 set on December 29, 1989": past an amount after "of", the noun it
      // measures (not people counted: "a crowd of 5,000 gathered").
      if (
        /^[$€£¥]?\d[\d,.]*%?$/u.test(word(noun)) &&
        word(noun - 1) === 'of' &&
        /^\p{Ll}{3,}$/u.test(word(noun - 2)) &&
        !/^(?:gathered|assembled)$/.test(w)
      )
        noun -= 2;
      // "more than 300 people died in floods": a verb with no object has no passive.
      // "thousands gathered at the checkpoint": people gather, as evidence is gathered.
      // "said the release started at 1:03 pm": a past a thing may do of itself, after the noun phrase right after
      // a verb of saying, is the reported clause's own.
      const reportedSubject = (): boolean => {
        let j = noun;
        while (j > 0 && noun - j < 4 && (/^\p{Ll}{3,}$/u.test(word(j)) || DETERMINERS.test(word(j)))) {
          if (DETERMINERS.test(word(j))) return groups.some((g) => g.head === j - 1 && REPORTING.has(g.base));
          j--;
        }
        return false;
      };
      // "rebels from the Tigray region agreed on Wednesday to a permanent cessation of hostilities": a past of
      // agreeing or answering with "to" after it (past its date) takes no object; it is no passive.
      let toAt = i + 1;
      while (
        toAt < tokens.length &&
        toAt - i <= 4 &&
        (tokens[toAt]!.marker || /^(?:on|in|at|late|early|last|this|earlier)$/.test(word(toAt)))
      )
        toAt++;
      const intransitive =
        INTRANSITIVE.test(w) ||
        (/^(?:agreed|consented|objected|responded|reacted)$/.test(w) && word(toAt) === 'to') ||
        (/^(?:gathered|assembled)$/.test(w) && PEOPLE_COUNT.test(word(noun))) ||
        (ERGATIVE_PAST.test(w) && reportedSubject());
      // "The case, brought by the ministry in 2020, …", "the accords, signed in 1978 by A and B": a participle
      // after a noun and its comma, with its agent, is passive.
      const agentAfterComma =
        word(i - 1) === ',' && /^\p{L}[\p{L}\d'’,-]*$/u.test(tokens[i - 2]?.word ?? '') && byAgent(tokens, i) !== null;
      // "… under the Antarctic Treaty, signed in 1959.": so is one after a name and its comma, with only its
      // date after it before the sentence ends.
      // A plan's "for" too ("its new mission, scheduled for late 2025").
      // (Past a named place first: "the video, recorded at Windsor on Wednesday".)
      const placed = ((): number => {
        if (!/^(?:in|at|near)$/.test(word(i + 1))) return i;
        let k = i + 2;
        while (k < i + 5 && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[k]?.word ?? '') && !tokens[k]!.marker) k++;
        return k > i + 2 && /^(?:in|on|at|during)$/.test(word(k)) && tokens[k + 1]?.marker ? k - 1 : i;
      })();
      // ("the Oslo Accords, signed on the White House lawn the previous year": past a phrase of where, "the" and up
      // to five words, to the date or its preposition.)
      const whereDated = ((): number => {
        if (!/^(?:in|at|near|on|outside|inside)$/.test(word(i + 1))) return -1;
        let k = i + 2 + (word(i + 2) === 'the' ? 1 : 0);
        const from = k;
        while (
          k < from + 5 &&
          /^[\p{L}'’.-]+$/u.test(tokens[k]?.word ?? '') &&
          !tokens[k]!.marker &&
          !isPreposition(word(k)) &&
          !isGrammarWord(word(k))
        )
          k++;
        if (k === from) return -1;
        if (tokens[k]?.marker) return k;
        return /^(?:in|on|at|during)$/.test(word(k)) && tokens[k + 1]?.marker ? k + 1 : -1;
      })();
      const dated = tokens[i + 1]?.marker
        ? i + 1
        : (/^(?:in|on|at|during|until|till)$/.test(word(placed + 1)) ||
              (word(i + 1) === 'for' && /^(?:planned|scheduled|slated|set|expected|due)$/.test(w))) &&
            tokens[placed + 2]?.marker
          ? placed + 2
          : whereDated;
      // And after a common noun with its determiner ("with its lunar mission, scheduled for 2025"), past an
      // amount after "of" ("Court's record of 24 major singles titles, set in 1973").
      const ofAmount = tokens
        .slice(Math.max(0, i - 6), i - 2)
        .findIndex((t, k, all) => t.word === 'of' && /^[\d$€£¥]/u.test(all[k + 1]?.word ?? ''));
      const nounFrom = ofAmount >= 0 ? Math.max(0, i - 6) + ofAmount : i - 2;
      const determined =
        /^\p{Ll}{3,}$/u.test(tokens[i - 2]?.word ?? '') &&
        !INTRANSITIVE.test(w) &&
        tokens
          .slice(Math.max(0, nounFrom - 3), nounFrom)
          .concat(ofAmount >= 0 ? [] : tokens.slice(Math.max(0, i - 5), i - 2))
          .some((t) => DETERMINERS.test(t.word) || /^\p{Lu}\p{L}*['’]s$/u.test(t.word));
      // (After a clause with a verb of its own: "The shipowner, Shoei Kisen Kaisha, apologised last week.")
      // ('came with "Ghosts", first staged in 1996.': or a title, and "first" before the participle.)
      const comma = word(i - 1) === 'first' ? i - 2 : i - 1;
      const titled = /^["”]$/.test(tokens[comma - 1]?.word ?? '') && /^\p{Lu}/u.test(tokens[comma - 2]?.word ?? '');
      const datedAfterComma =
        groups.length > 0 &&
        word(comma) === ',' &&
        // (Not a month or a day closing an aside: "who was cleared in January, returned on Sunday".)
        ((/^\p{Lu}[\p{L}'’-]*$/u.test(tokens[comma - 1]?.word ?? '') && !DATE_WORD.test(tokens[comma - 1]!.word)) ||
          titled ||
          (determined && comma === i - 1)) &&
        !/^(?:said|told)$/.test(w) &&
        // "fell in March, rose in April": a past whose participle differs ("risen") is no passive.
        !(IRREGULAR_PARTICIPLE_BASES.has(baseForm(w)) && !Object.hasOwn(PARTICIPLES, w)) &&
        dated > 0 &&
        // (Or only a phrase after it: "…'s coalition government, formed in April after two months of deadlock".)
        (!tokens[dated + 1] ||
          /^(?:[.;]?|after|before|following|amid)$/.test(tokens[dated + 1]!.word) ||
          // ('follows "X", released in April, and her tour': or a comma before the list's next member.)
          (titled && tokens[dated + 1]!.word === ',' && /^(?:and|or)$/.test(word(dated + 2))));
      // "with more than 30 candidates murdered since September": a participle after "with" and its noun is passive.
      let opener = i - 1;
      while (
        opener > 0 &&
        i - opener <= 6 &&
        !/^with(?:out)?$/.test(word(opener)) &&
        /^[\p{Ll}\d][\p{Ll}\d,.%-]*$/u.test(word(opener)) &&
        !isBoundary(tokens[opener]!)
      )
        opener--;
      const withNoun =
        /^with(?:out)?$/.test(word(opener)) &&
        // ("gunmen armed with assault rifles burst into …": not what a participle of gear names.)
        !MODIFIER_PARTICIPLE.test(word(opener - 1)) &&
        opener < i - 1 &&
        !DETERMINERS.test(word(i - 1)) &&
        !ADVERBS.has(word(i - 1)) &&
        // ("without the astronauts it carried to the station": a subject pronoun opens a relative clause.)
        !PRONOUN.test(word(i - 1));
      // "Sony recalled almost 10 million batteries supplied to Dell, Apple and others in 2006": a past right after
      // the object of the clause's verb, with no word to join a second verb to it, is a participle describing
      // that object. Not after a verb a clause may follow without "that" ("said prices rose in May"), nor where a
      // second noun phrase opens a relative clause ("a lawsuit his family brought", `contact` below).
      const host = groups.at(-1);
      const afterObject =
        host !== undefined &&
        !host.passive &&
        !host.gerund &&
        !BE.has(host.base) &&
        !REPORTING.has(host.base) &&
        !THAT_CLAUSE.test(host.base) &&
        i - host.head >= 2 &&
        i - host.head <= 7 &&
        tokens
          .slice(host.head + 1, i)
          .every(
            (t) =>
              /^[\p{Ll}\d][\p{Ll}\d.,%-]*$/u.test(t.word) &&
              !CLAUSE_WORDS.has(t.word) &&
              !/^(?:and|or|but)$/.test(t.word) &&
              !PRONOUN.test(t.word) &&
              !BE.has(t.word) &&
              !MODALS.has(t.word),
          ) &&
        /^\p{Ll}{3,}$/u.test(word(i - 1)) &&
        !isGrammarWord(word(i - 1)) &&
        !ADVERBS.has(word(i - 1)) &&
        (/^(?:to|by|in|on|at|for|from|with|under|during)$/.test(word(i + 1)) || tokens[i + 1]?.marker === true);
      // "The reliquary, a casket made for Philip the Good, …, is one of …": a past right after the noun of an
      // appositive (an article and up to three plain words) set off after the noun phrase opening the sentence is
      // a participle describing that noun.
      const appositiveAt = groups.length === 0 ? tokens.slice(0, i).findLastIndex((t) => t.word === ',') : -1;
      const inAppositive =
        appositiveAt >= 2 &&
        /^(?:a|an|the)$/.test(word(appositiveAt + 1)) &&
        i - appositiveAt >= 3 &&
        i - appositiveAt <= 5 &&
        tokens
          .slice(appositiveAt + 2, i)
          .every((t) => /^\p{Ll}{3,}$/u.test(t.word) && !isGrammarWord(t.word) && !ADVERBS.has(t.word)) &&
        /^(?:The|A|An)$/.test(tokens[0]!.word) &&
        tokens
          .slice(1, appositiveAt)
          .every(
            (t) => /^\p{L}[\p{L}-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase()) && !DATE_WORD.test(t.word),
          ) &&
        (isPreposition(word(i + 1)) || tokens[i + 1]?.marker === true);
      // "a complaint his company filed in 2019", "the rules the board adopted in May": a noun phrase right
      // after another with its own determiner is the subject of a relative clause without "that".
      const plainNoun = (k: number): boolean =>
        /^\p{Ll}{3,}$/u.test(tokens[k]?.word ?? '') &&
        !isGrammarWord(word(k)) &&
        !ADVERBS.has(word(k)) &&
        // ("a fire that nearly destroyed": nor an adverb in "-ly".)
        !isLyAdverb(word(k)) &&
        !BE.has(word(k)) &&
        !MODALS.has(word(k)) &&
        !PRONOUN.test(word(k)) &&
        !isParticiple(word(k)) &&
        // ("An earthquake hitting the region destroyed": a participle in "-ing" is no noun the clause describes.)
        !(/ing$/.test(word(k)) && !ING_NOUNS.has(word(k))) &&
        !groups.some((g) => g.head === k);
      const determiner = DETERMINERS.test(word(i - 2))
        ? i - 2
        : DETERMINERS.test(word(i - 3)) && plainNoun(i - 2)
          ? i - 3
          : -1;
      const commonContact =
        determiner > 0 &&
        plainNoun(i - 1) &&
        plainNoun(determiner - 1) &&
        (DETERMINERS.test(word(determiner - 2)) ||
          (plainNoun(determiner - 2) && DETERMINERS.test(word(determiner - 3))));
      // "over a speech Gandhi gave at a rally in April 2019": so is a name of up to three words after a noun and
      // its determiner, inside a clause (after a preposition or a verb's object), the past leaving its object
      // out (a preposition or the date next). "The tech giant Apple bought Beats in 2014" is an appositive.
      // ("a $2.9 billion bailout the International Monetary Fund approved in March": a name with its "the", and an
      // amount before the noun.)
      let nameAt = i;
      while (nameAt > 0 && i - nameAt < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[nameAt - 1]!.word)) nameAt--;
      const nameThe = word(nameAt - 1) === 'the' ? 1 : 0;
      let nounDeterminer = nameAt - nameThe - 2;
      while (
        nounDeterminer > 0 &&
        nameAt - nameThe - 2 - nounDeterminer < 4 &&
        !DETERMINERS.test(word(nounDeterminer)) &&
        /^(?:[$€£¥]|[$€£¥]?\d[\d.,]*|million|billion|trillion)$/.test(word(nounDeterminer))
      )
        nounDeterminer--;
      const nameContact =
        !commonContact &&
        nameAt < i &&
        plainNoun(nameAt - nameThe - 1) &&
        DETERMINERS.test(word(nounDeterminer)) &&
        nounDeterminer > 0 &&
        (isPreposition(word(nounDeterminer - 1)) ||
          word(nounDeterminer - 1) === 'and' ||
          groups.some(
            (g) =>
              g.head === nounDeterminer - 1 && !REPORTING.has(g.base) && !THAT_CLAUSE.test(g.base) && !BE.has(g.base),
          )) &&
        !REPORTING.has(baseForm(w)) &&
        !INTRANSITIVE.test(w) &&
        (isPreposition(word(i + 1)) || tokens[i + 1]?.marker === true);
      const contact = commonContact || nameContact;
      // "Hartwell, founded in 1898, celebrated …": an aside opening with a participle right after the name the
      // sentence opens with.
      const nameAside =
        i >= 2 &&
        word(i - 1) === ',' &&
        tokens.slice(0, i - 1).every((t) => /^\p{Lu}[\p{L}.'’&-]*$/u.test(t.word) && !DATE_WORD.test(t.word)) &&
        (Object.hasOwn(PARTICIPLES, w) || REGULAR_PAST.test(w)) &&
        !/^(?:said|told)$/.test(w) &&
        closesAside(i);
      // "has its roots in the Italian Social Movement founded in 1946": a past right after a name that "the" and a
      // preposition open, with its date after it, is a participle describing the name.
      let named = i - 1;
      while (
        named >= 0 &&
        i - named <= 5 &&
        /^\p{Lu}[\p{L}.'’&-]*$/u.test(tokens[named]!.word) &&
        !tokens[named]!.marker
      )
        named--;
      // ("the candidate of the small Democratic Party founded by his supporters in 2001": an adjective or two may
      // stand between "the" and the name, and the participle's agent before its date.)
      let article = named;
      while (
        article > 0 &&
        named - article < 2 &&
        /^\p{Ll}{3,}$/u.test(tokens[article]!.word) &&
        !isGrammarWord(word(article)) &&
        !groups.some((g) => g.head === article)
      )
        article--;
      const nameObject =
        named < i - 1 &&
        word(article) === 'the' &&
        isPreposition(word(article - 1)) &&
        !DATE_WORD.test(tokens[i - 1]!.word) &&
        (Object.hasOwn(PARTICIPLES, w) || REGULAR_PAST.test(w)) &&
        // (Not what is foreseen, mostly of a noun further back: "laws banning … asylum in the UK expected next month".)
        !/^(?:expected|scheduled|planned|slated|forecast|due)$/.test(w) &&
        (dated > 0 || byAgent(tokens, i) !== null);
      // "a bid to have the strike banned": a participle after "have" or "get" and its object is what was
      // wanted done, no passive of its own.
      const causative = [i - 4, i - 3, i - 2].some(
        (k) =>
          /^(?:have|get|having|getting)$/.test(word(k)) &&
          DETERMINERS.test(word(k + 1)) &&
          tokens.slice(k + 1, i).every((t) => /^\p{Ll}+$/u.test(t.word)),
      );
      if (causative) return i;
      // "a row that saw his butler convicted of theft": after "saw" and its object, a participle is that object's
      // passive.
      const witnessed = [i - 4, i - 3, i - 2].some(
        (k) =>
          /^(?:saw|see|sees|seen)$/.test(word(k)) &&
          DETERMINERS.test(word(k + 1)) &&
          tokens.slice(k + 1, i).every((t) => /^\p{Ll}+$/u.test(t.word)),
      );
      // "the asteroid, also called Psyche, in August 2029": a participle of naming and a name, set off by commas,
      // names the noun before it; no happening, it is no verb of the sentence's ("later named Otis on Tuesday,"
      // dates a naming).
      if (
        /^(?:called|named|dubbed|nicknamed|renamed)$/.test(w) &&
        (word(i - 1) === ',' || (ADVERBS.has(word(i - 1)) && word(i - 2) === ','))
      ) {
        let nameEnd = i + 1;
        while (nameEnd <= i + 5 && /^\p{Lu}/u.test(tokens[nameEnd]?.word ?? '')) nameEnd++;
        if (nameEnd > i + 1 && nameEnd <= i + 5 && word(nameEnd) === ',') return i;
      }
      // "pagers used by the militia's members exploded on Tuesday": a past right after the agent of a reduced passive
      // is the clause's own verb.
      const reducedBefore = groups.at(-1);
      const afterAgent =
        reducedBefore?.reduced === true &&
        word(reducedBefore.head + 1) === 'by' &&
        i - reducedBefore.head <= 8 &&
        tokens
          .slice(reducedBefore.head + 2, i)
          .every((t) => !t.marker && !isPunctuation(t) && !isBoundary(t) && !CLAUSE_WORDS.has(t.word.toLowerCase()));
      // "walkie-talkies used by the militia's members exploded": an agent, then a past of the clause's own.
      // ("when a bomb planted by opponents of … derailed a train": a bare plural's too, and after a clause word.)
      const agentThenPast =
        word(i + 1) === 'by' &&
        /^(?:the|a|an|its|their|his|her|\p{Lu}.*|\p{Ll}{3,}[^s'’]s)$/u.test(tokens[i + 2]?.word ?? '') &&
        tokens
          .slice(i + 3, i + 9)
          .some(
            (t, k, all) =>
              isPastForm(t.word) &&
              !all.slice(0, k).some((u) => u.marker || isPunctuation(u) || isBoundary(u) || u.word === 'by'),
          );
      const reduced =
        witnessed ||
        (!closesRelative(i) &&
          !afterOpeningRelative(i) &&
          !afterAgent &&
          previous !== 'than' &&
          (((opensAside(i) ||
            agentAfterComma ||
            datedAfterComma ||
            withNoun ||
            nameAside ||
            (afterObject && !contact) ||
            inAppositive ||
            nameObject) &&
            !intransitive) ||
            // ("covers Explorers built between 2011 and 2019": a plural name right after a verb, its object, too.)
            // ("walkie-talkies used by the militia's members": a noun with a hyphen too.)
            // ("the previous record of 38.7C set in Cambridge": a measure with its unit, too; not a decade, "1920s".)
            ((/^\p{Ll}{3,}$|^\p{Ll}+(?:-\p{Ll}+)+$|^\d[\d.,]*(?:\p{Lu}\p{L}?|\p{Ll}{2}|%)$/u.test(
              tokens[noun]?.word ?? '',
            ) ||
              (/^\p{Lu}\p{Ll}{2,}[^su'’]s$/u.test(tokens[noun]?.word ?? '') &&
                groups.at(-1)?.head === noun - 1 &&
                !groups.at(-1)!.passive &&
                !REPORTING.has(groups.at(-1)!.base) &&
                !THAT_CLAUSE.test(groups.at(-1)!.base))) &&
              !intransitive &&
              !contact &&
              !ADVERBS.has(word(noun)) &&
              !PRONOUN.test(word(noun)) &&
              // "He last won at Wimbledon in 2010", "Smith first played there in 2001": "last" or "first" after a
              // pronoun or a name is an adverb, not a noun a participle describes ("the last played").
              !(
                /^(?:last|first)$/.test(word(noun)) &&
                (PRONOUN.test(word(noun - 1)) || isCapitalised(tokens[noun - 1]?.word ?? ''))
              ) &&
              !CLAUSE_WORDS.has(word(noun)) &&
              // "where inventories swelled last year", "when his family lived in Paris": a noun phrase right after a
              // clause word is that clause's subject.
              (!clauseSubject(i) || agentThenPast) &&
              !/^(?:said|told)$/.test(w) &&
              !(REPORTING.has(baseForm(w)) && attributes(tokens, i)) &&
              // "The company announced on Monday it had hired …": a verb of saying whose date a clause follows.
              !(
                REPORTING.has(baseForm(w)) &&
                dated > 0 &&
                (PRONOUN.test(tokens[dated + 1]?.word ?? '') || /^that$/i.test(tokens[dated + 1]?.word ?? ''))
              ) &&
              // "figures showed on Friday": a past whose participle differs ("shown") is no passive.
              !(IRREGULAR_PARTICIPLE_BASES.has(baseForm(w)) && !Object.hasOwn(PARTICIPLES, w)) &&
              // "an agreement signed last month", "a cyclone expected this weekend": the date right after it too.
              (next?.marker ||
                // "a sentence handed down last year": after the verb's particle (not one no one does to another:
                // "nurses walked out on Monday", "fighting broke out on Sunday").
                (/^(?:down|up|out|off|back)$/.test(next?.word ?? '') &&
                  !INTRANSITIVE_PHRASAL.has(`${w} ${next?.word ?? ''}`) &&
                  (tokens[i + 2]?.marker ||
                    (/^(?:in|on|at|during|last|this|earlier)$/i.test(word(i + 2)) && tokens[i + 3]?.marker))) ||
                // Not a count's "at least" ("rebels killed at least 30 people"). ("a curfew imposed from 10 pm to 5
                // am": the stretch's start or its end after "to".)
                ((/^(?:in|on|at|during|last|this|earlier)$/i.test(next?.word ?? '') ||
                  (next?.word === 'from' &&
                    tokens
                      .slice(i + 2, i + 8)
                      .some((t, k, all) => t.marker && (k === 0 || /^(?:to|until|till)$/.test(all[k - 1]!.word))))) &&
                  !/^(?:least|most)$/i.test(tokens[i + 2]?.word ?? '') &&
                  // ("inflation held at 3.8 percent in August": a level held at is where a measure stayed.)
                  !(
                    w === 'held' &&
                    next?.word === 'at' &&
                    /^[\d$€£]/.test(tokens[i + 2]?.word ?? '') &&
                    /^(?:percent|per|%|points?)$/i.test(tokens[i + 3]?.word ?? '')
                  )) ||
                // "cars built between 2011 and 2019": a range after "between".
                (next?.word === 'between' && tokens[i + 2]?.marker === true) ||
                // "a pardon granted to him in 2017", "a deal signed by both sides on Monday", "data published by the
                // EU statistics agency Eurostat earlier this month" (an agent of up to eight words, no break in it).
                (/^(?:to|by)$/i.test(next?.word ?? '') &&
                  /^(?:him|her|them|it|us|me|the|a|an|his|their|its|both|\p{Lu}.*)$/u.test(tokens[i + 2]?.word ?? '') &&
                  tokens
                    .slice(i + 2, i + 11)
                    .some(
                      (t, k, all) =>
                        t.marker &&
                        (k < 5 || !all.slice(0, k).some((u) => isPunctuation(u) || isBoundary(u) || u.word === 'by')),
                    )) ||
                (/^(?:planned|scheduled|slated|set|expected|due)$/.test(w) && next?.word === 'for') ||
                agentThenPast))));
      groups.push({
        first: i,
        head: i,
        base: reduced ? w : baseForm(w),
        passive: reduced,
        gerund: false,
        // "Police never found the painting": a past after "never" is denied.
        ...(reduced ? { negative: false, reduced: true } : denial([previous])),
        ...(contact && !reduced ? { contact: nameContact ? nameAt - nameThe : determiner } : {}),
      });
    } else if (pluralOpening(i) || pluralSaying(i)) {
      groups.push({ first: i, head: i, base: w, passive: false, gerund: false, negative: false, plural: true });
    } else if (
      w === 'says' ||
      w === 'meets' ||
      w === 'visits' ||
      openingPresent(i) ||
      headlinePresent(i) ||
      bareOpening(i) ||
      namePresent(i) ||
      theNamePresent(i) ||
      datedOpeningPresent(i)
    ) {
      const base = presentBase(w);
      // ("The Games run": a plain present after a plural agrees as the text has it, a name's too.)
      const plural = base === w && IN_S.test(word(i - 1)) ? { plural: true } : {};
      groups.push({ first: i, head: i, base, passive: false, gerund: false, negative: false, ...plural });
    } else if (subordinatePresent(i) || pronounPresent(i) || afterApposition(i) || reportedPresent(i)) {
      groups.push({ first: i, head: i, base: presentBase(w), passive: false, gerund: false, negative: false });
    } else if (relativePresent(i) || afterRelative(i)) {
      // ("Mitsotakis, who proposed her nomination last week": a past there is a past, in any number.)
      const past = isPastForm(w);
      const base = past ? baseForm(w) : presentBase(w);
      groups.push({
        first: i,
        head: i,
        base,
        passive: false,
        gerund: false,
        negative: false,
        plural: !past && base === w,
      });
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = word(i);
    if (!w || tokens[i]!.name || tokens[i]!.role) continue;
    const next = fixedPhrase(i, w) ?? auxiliaryGroup(i, w) ?? leadGroup(i, w) ?? gerundGroup(i, w) ?? finiteGroup(i, w);
    if (next !== undefined) i = next;
  }
  // "The index closed at its lowest level", "The trial opened in 2021, after police raided …": a participle
  // read as a reduced passive is the main verb when it is the sentence's first verb, after a plain noun
  // phrase, and no other verb follows it in the same clause ("Plans announced in January were shelved").
  // Not after a pronoun, whose verb is one not known as such ("They expect results … planned for …"), nor in
  // a headline (no full stop; a lone "." is tokenised as an empty word), which writes the passive so
  // ("Former mayor jailed for seven years").
  // ("The debate on banning smartphones ended in May": past a gerund after a noun's preposition, inside the subject.)
  const inSubject = (g: VerbGroup | undefined): boolean =>
    g !== undefined && g.gerund && afterNounsPreposition(tokens, g.first);
  const leadAt = inSubject(groups[0]) ? 1 : 0;
  const lead = groups[leadAt];
  const following = groups[leadAt + 1];
  if (
    lead?.reduced &&
    !headline &&
    !lead.base.includes(' ') &&
    word(lead.first) !== 'being' &&
    !/^(?:planned|scheduled|slated|set|expected|due)$/.test(lead.base) &&
    lead.first <= (tokens.slice(0, lead.first).some((t) => /^(?:of|between)$/.test(t.word)) ? 8 : 6) &&
    !tokens
      .slice(0, lead.first)
      // ("The Vikram lander of the Chandrayaan-3 mission touched down at 6:04 pm": an "of" inside it.)
      // ("A dam on the Oder river burst on Sunday": so a place's preposition inside a noun phrase an article opens.)
      // ("Talks between the union and the bosses resumed on Sunday": so "between" and the two sides "and" joins.)
      .some(
        (t, k) =>
          PRONOUN.test(t.word) ||
          (isBoundary(t) && !(t.word === 'and' && tokens.slice(1, k).some((u) => u.word === 'between'))) ||
          (isPreposition(t.word.toLowerCase()) &&
            t.word !== 'of' &&
            !(k >= 1 && t.word === 'between' && tokens.slice(k + 2, lead.first).some((u) => u.word === 'and')) &&
            // ("A musical about her life opened in London in 2018", "A book by the historian appeared in 2015": or
            // one of a topic, a maker, a holder or a purpose; "The fire inside the building started": or of place.)
            !(
              k >= 2 &&
              DETERMINERS_ARTICLE.test(tokens[0]!.word) &&
              (/^(?:on|in|at|near|along|across|about|by|with|for|from|over|against)$/.test(t.word) ||
                PLACE_WORDS.has(t.word))
            )),
      ) &&
    (!following ||
      tokens.slice(lead.head + 1, following.first).some((t) => isBoundary(t)) ||
      // ("China's probe returned to Earth on Tuesday with the first samples ever collected from the far side": nor
      // is a participle after it describing a noun of its own phrase.)
      (following.reduced === true && !groups.slice(2).some((g) => !g.reduced && !g.gerund)) ||
      // ("… landed in the desert without the two astronauts it carried to the station": nor a relative clause's,
      // a noun and a subject pronoun before it.)
      (/^(?:it|he|she|they|we)$/.test(word(following.first - 1)) &&
        /^\p{Ll}{3,}$/u.test(word(following.first - 2)) &&
        !isGrammarWord(word(following.first - 2)) &&
        !groups.some((g) => g.head === following.first - 2)))
  ) {
    groups[leadAt] = { ...lead, base: baseForm(lead.base), passive: false, reduced: undefined };
  }
  // "said inflation would start falling in June and drop to around 38 percent by the end of the year": a plain
  // verb after "and", before a preposition, a determiner or a number, shares the "will" or "would" of the group
  // before it (no other verb between).
  // Whether the word at `k` is a plain verb after the "and" at `and` that follows group `g`: no break, comma or
  // other group between, no form in "-ed", "-ing" or "-ly", no grammar word or adverb.
  const plainAfterAnd = (g: number, and: number, k: number): boolean => {
    const group = groups[g]!;
    const next = groups[g + 1];
    const w = word(k);
    return (
      and >= 0 &&
      !(next !== undefined && next.first <= k) &&
      !tokens.slice(group.head + 1, and).some((t) => isBoundary(t) || t.word === ',') &&
      /^\p{Ll}{3,}$/u.test(tokens[k]?.word ?? '') &&
      !/(?:ed|ing|ly)$/.test(w) &&
      !isGrammarWord(w) &&
      !ADVERBS.has(w) &&
      !NOT_VERBS.has(w)
    );
  };
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (!/^(?:will|would)$/i.test(tokens[group.first]!.word) || group.passive) continue;
    const and = tokens.findIndex((t, k) => k > group.head && k <= group.head + 8 && t.word === 'and');
    const k = and + 1;
    const w = word(k);
    if (
      !plainAfterAnd(g, and, k) ||
      w.endsWith('s') ||
      !(
        isPreposition(word(k + 1)) ||
        DETERMINERS.test(word(k + 1)) ||
        /^[\d$€£¥]/u.test(word(k + 1)) ||
        // ("… and meet Trump at the White House next week": or a name.)
        (/^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.word ?? '') && !tokens[k + 1]!.marker)
      )
    )
      continue;
    groups.splice(g + 1, 0, {
      first: k,
      head: k,
      base: w,
      passive: false,
      gerund: false,
      negative: false,
      modal: 'will',
    });
  }
  // "is expected to name a new cabinet in the coming weeks and to meet Trump … next week": a plain verb after "and
  // to" shares what the group with "to" before it says of it (no other verb, comma or break between).
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (word(group.head - 1) !== 'to' || group.passive || group.gerund) continue;
    const and = tokens.findIndex(
      (t, k) => k > group.head && k <= group.head + 12 && t.word === 'and' && word(k + 1) === 'to',
    );
    const k = and + 2;
    if (!plainAfterAnd(g, and, k)) continue;
    groups.splice(g + 1, 0, { ...group, first: and + 1, head: k, base: word(k) });
  }
  // "were killed, injured or kidnapped", "was arrested and charged": participles listed right after a passive's
  // participle are one verb with it.
  for (const group of groups) {
    if (!group.passive || group.gerund) continue;
    let k = group.head;
    let end = -1;
    while (word(k + 1) === ',' && isParticiple(word(k + 2))) k += 2;
    if (/^(?:and|or)$/.test(word(k + 1)) && isParticiple(word(k + 2)) && !tokens[k + 2]!.marker) end = k + 2;
    if (end < 0) continue;
    const listed = tokens
      .slice(group.head, end + 1)
      .map((t) => t.word)
      .join(' ')
      .replace(/ ,/g, ',');
    for (let j = groups.length - 1; j >= 0; j--)
      if (groups[j] !== group && groups[j]!.first > group.head && groups[j]!.first <= end) groups.splice(j, 1);
    group.base = `${group.base}${listed.slice(word(group.head).length)}`;
    group.head = end;
  }
  // "was first spotted in January and confirmed by …": a past joined by "and" to a passive shares it.
  for (let g = 1; g < groups.length; g++) {
    const group = groups[g]!;
    const previous = groups[g - 1]!;
    const between = tokens.slice(previous.head + 1, group.first);
    if (
      previous.passive &&
      !group.passive &&
      group.first === group.head &&
      word(group.first - 1) === 'and' &&
      isParticiple(word(group.head)) &&
      // "was launched in July and entered orbit in August": a past with an object of its own, or one that
      // takes none ("and died in custody"), is active.
      !INTRANSITIVE.test(word(group.head)) &&
      !opensObject(group.head + 1) &&
      // ("were abducted from a restaurant in the resort of Puerto Vallarta last August and released days later".)
      between.length <= 16 &&
      !between.some((t) => isBoundary(t) && t.word !== 'and')
    )
      groups[g] = { ...group, passive: true, base: word(group.head) };
  }
  // "will publish its report on February 26 and hold its meeting on April 23": a plain word after "and",
  // before a determiner, in the clause of a modal's verb, is a verb sharing the modal.
  for (const group of [...groups]) {
    const modal = word(group.first);
    if (!MODALS.has(modal) || modal === 'to' || group.passive || group.gerund) continue;
    for (let k = group.head + 1; k < tokens.length - 1 && k - group.head <= 12; k++) {
      const t = tokens[k]!;
      if (groups.some((g) => g.first === k) || (isBoundary(t) && t.word !== 'and') || /^[,;:]$/.test(t.word)) break;
      const verb = word(k + 1);
      if (
        t.word === 'and' &&
        /^\p{Ll}{3,}$/u.test(verb) &&
        !/(?:ed|ing|ly|s)$/.test(verb) &&
        !ADVERBS.has(verb) &&
        !isGrammarWord(verb) &&
        !BE.has(verb) &&
        !MODALS.has(verb) &&
        !NOT_VERBS.has(verb) &&
        /^(?:the|a|an|its|their|his|her|our|them|it|him|us)$/i.test(word(k + 2))
      ) {
        const hedged = /^(?:may|might|could|would|should|must|can)$/.test(modal) ? { modal } : {};
        groups.push({
          first: k + 1,
          head: k + 1,
          base: verb,
          passive: false,
          gerund: false,
          negative: group.negative,
          ...hedged,
        });
        break;
      }
    }
  }
  groups.sort((a, b) => a.first - b.first);
  // "Profit more than doubled": the comparison goes with the verb, not its subject.
  for (const g of groups)
    if (
      g.first === g.head &&
      !g.passive &&
      word(g.head - 1) === 'than' &&
      /^(?:more|less)$/.test(word(g.head - 2)) &&
      MULTIPLIED.test(word(g.head))
    ) {
      g.first = g.head - 2;
      g.degree = `${word(g.head - 2)} than`;
    }
  // "was almost fully restored": "almost" between a passive's "be" and its participle stays in the label, which
  // would otherwise say the thing was done.
  for (const g of groups) {
    const at = lower.indexOf('almost', g.first);
    if (g.passive && at >= 0 && at < g.head)
      g.degree = /^\p{Ll}{3,}ly$/u.test(word(at + 1)) ? `almost ${word(at + 1)}` : 'almost';
  }
  // "Kenyan troops battled on Sunday to flush out Islamist gunmen holed up in a mall": a regular past right after the
  // noun phrase the sentence opens with, read as a participle describing it, is the sentence's verb when every verb
  // after it is itself a past right after a plain noun ("gunmen holed up"), a relative clause's or a participle's,
  // none of the clause's.
  const opening = groups[0];
  if (
    opening?.reduced &&
    opening.first === opening.head &&
    REGULAR_PAST.test(word(opening.head)) &&
    opening.head >= 1 &&
    opening.head <= 4 &&
    tokens
      .slice(0, opening.head)
      .every((t) => /^\p{L}[\p{L}'’-]*$/u.test(t.word) && !isGrammarWord(t.word.toLowerCase())) &&
    groups.length > 1 &&
    groups.slice(1).every(
      (g) =>
        g.reduced ||
        // (Or a relative clause's: "an attack claimed by the rebels that has killed 68 people".)
        /^(?:that|which|who)$/.test(word(g.first - 1)) ||
        (g.first === g.head &&
          !g.passive &&
          isPastForm(word(g.head)) &&
          /^\p{Ll}{3,}$/u.test(word(g.head - 1)) &&
          !isGrammarWord(word(g.head - 1)) &&
          !DETERMINERS.test(word(g.head - 1))),
    )
  ) {
    groups[0] = { ...opening, base: baseForm(word(opening.head)), passive: false };
    delete groups[0].reduced;
  }
  // "The army advanced into the town", "The minister proposed a new tax": a past read above as an adjective
  // ("advanced weapons", "the proposed tax") is the verb when no other comes before it, right after the plain noun
  // phrase the sentence opens with and before a preposition, a determiner or a number.
  const at = tokens.findIndex((t, i) => i >= 1 && i <= 4 && ATTRIBUTIVE_PAST.test(t.word));
  if (
    at >= 1 &&
    !groups.some((g) => (!g.reduced && !g.gerund && g.head < at) || (g.first <= at && at <= g.head)) &&
    tokens
      .slice(0, at)
      .every((t, i) => /^\p{L}[\p{L}'’-]*$/u.test(t.word) && (i === 0 || !isGrammarWord(t.word.toLowerCase()))) &&
    !isGrammarWord(word(at - 1)) &&
    (isPreposition(word(at + 1)) || DETERMINERS.test(word(at + 1)) || /^\d/.test(word(at + 1)))
  ) {
    groups.push({ first: at, head: at, base: baseForm(word(at)), passive: false, gerund: false, negative: false });
    groups.sort((a, b) => a.first - b.first);
  }
  return groups;
}

/**
 * Where the relative pronoun opening the clause of the verb at `head` is ("the earthquake that struck",
 * "the report which the ministry published"), when a noun comes right before it; else -1.
 */
function relativeOpening(tokens: readonly Token[], head: number, verbHeads: ReadonlySet<number>): number {
  for (let k = head - 1; k >= 1 && head - k <= 5; k--) {
    const t = tokens[k]!;
    if (t.marker) return -1;
    const w = t.word.toLowerCase();
    if (/^(?:that|which|who)$/.test(w)) {
      const noun = tokens[k - 1]!;
      const before = noun.word.toLowerCase();
      return !noun.marker &&
        /^\p{L}[\p{L}-]*$/u.test(noun.word) &&
        !isGrammarWord(before) &&
        !BE.has(before) &&
        !MODALS.has(before) &&
        !verbHeads.has(k - 1) &&
        // A verb of saying or thinking ("announced that", "reports that", "believe that") takes a clause.
        !(REPORTING.has(baseForm(before)) && baseForm(before) !== before) &&
        !(REPORTING.has(presentBase(before)) && presentBase(before) !== before) &&
        !/^(?:so|such|now|said|says|told|believe|believed|know|knew|think|thought|hope|hoped)$/.test(before)
        ? k
        : -1;
    }
    if (isBoundary(t)) return -1;
  }
  return -1;
}

/** Adverbs of place a participle describing a noun may take ("trapped deep underground", "stranded offshore"). */
const PLACE_ADVERBS =
  /^(?:deep|high|far|low|underground|underwater|overseas|abroad|offshore|nearby|upstream|downstream|together|alone)$/;
/** Times of day and other words a preposition takes bare that say when, not a state ("at dawn", "in time"). */
const BARE_TIMES =
  /^(?:dawn|dusk|daybreak|nightfall|night|noon|midnight|midday|sunrise|sunset|morning|evening|afternoon|time|times|first|last|least|most|once|length|total|part|full|turn|advance|general|particular|recent|years|months|weeks|days|hours|decades|all)$/;
/** Prepositions of place that `isPreposition` leaves out ("held aboard the tanker"). */
const PLACE_PREPOSITIONS =
  /^(?:inside|outside|beneath|beyond|above|below|behind|along|beside|aboard|onto|upon|toward|towards|past|off)$/;

/**
 * Whether the verb at `head`, inside the subject of a verb after it, is a participle describing the noun
 * before it ("33 miners trapped deep underground", "the goods seized on Friday", "hostages held in the
 * bank"): a past participle after a plain noun, followed by a preposition, an adverb of place or the date.
 * Not a verb taking a clause ("Officials said the …", "Analysts estimated costs were …").
 */
function reducedRelative(tokens: readonly Token[], head: number): boolean {
  const verb = tokens[head]!;
  const w = verb.word;
  if (
    verb.marker ||
    !isParticiple(w) ||
    REPORTING.has(baseForm(w)) ||
    /^(?:thought|feared|hoped|believed|expected|estimated|predicted|warned|claimed|argued|knew|felt|found)$/.test(w)
  )
    return false;
  const noun = tokens[head - 1];
  const nounWord = noun?.word.toLowerCase() ?? '';
  if (
    !noun ||
    noun.marker ||
    !/^[\p{L}\d][\p{L}\d'’-]*$/u.test(noun.word) ||
    DETERMINERS.test(nounWord) ||
    PRONOUN.test(nounWord) ||
    ADVERBS.has(nounWord) ||
    /^\p{Ll}+ly$/u.test(noun.word) ||
    MODALS.has(nounWord) ||
    BE.has(nounWord) ||
    isPreposition(nounWord) ||
    CLAUSE_WORDS.has(nounWord) ||
    /^(?:being|been|than|who|whom|whose|what)$/.test(nounWord)
  )
    return false;
  const next = tokens[head + 1];
  if (!next) return false;
  const nextWord = next.word.toLowerCase();
  return (
    next.marker ||
    (isPreposition(nextWord) && nextWord !== 'of') ||
    PLACE_ADVERBS.test(nextWord) ||
    PLACE_PREPOSITIONS.test(nextWord)
  );
}

/** Adverbs that say a deed did not go all the way, which a label keeps ("nearly destroyed", not "narrowly lost"). */
const HEDGES = /^(?:nearly|almost|partly|partially)$/i;

/** Nouns in "-ly", which no adverb is ("family", "supply", "rally"). */
const LY_NOUNS = /^(?:family|supply|reply|assembly|anomaly|monopoly|rally|tally|ally|belly|jelly)$/;

/** Whether a lower-case word is an adverb in "-ly" ("nearly", "narrowly"), not a noun in "-ly" ("family"). */
const isLyAdverb = (w: string): boolean => /^\p{Ll}{2,}ly$/u.test(w) && !LY_NOUNS.test(w);

/** Words that hedge a count before it ("more than", "about", "at least"). */
const HEDGE_WORD = /^(?:more|less|fewer|than|about|nearly|almost|around|some|over|at|least)$/i;
/** Where a count at `k` starts, past the hedging words before it ("more than 87,000", "about 300"). */
function hedgedFrom(tokens: readonly Token[], k: number): number {
  let from = k;
  while (from > 0 && HEDGE_WORD.test(tokens[from - 1]!.word)) from--;
  return from;
}

/**
 * Whether the word at `i` comes right after a preposition that a plain noun before it opens ("talks on
 * integrating …", "the debate on banning …", "plans for building …"): a gerund there is inside the noun's phrase.
 */
function afterNounsPreposition(tokens: readonly Token[], i: number): boolean {
  return (
    /^(?:on|of|for|about|over|against|towards?)$/.test(tokens[i - 1]?.word ?? '') &&
    /^\p{L}{3,}$/u.test(tokens[i - 2]?.word ?? '') &&
    !isGrammarWord(tokens[i - 2]!.word.toLowerCase())
  );
}

/** Participles of guise or gear that describe the noun before them ("disguised as", "armed with", "wearing"). */
const MODIFIER_PARTICIPLE =
  /^(?:disguised|dressed|posing|masquerading|armed|wearing|carrying|clad|equipped|brandishing|wielding)$/i;

/** The noun-phrase words of a subject: after the last clause break, without leading determiners or adverbs. */
function subjectSpan(tokens: readonly Token[], end: number, verbHeads: ReadonlySet<number> = new Set()): Span[] {
  const kept: Token[] = [];
  let listing = false;
  // ("Microsoft, OpenAI's biggest investor, then said": past an adverb before the verb, to the aside's comma.)
  let last = end - 1;
  // ("Lee, 61, narrowly lost": or one in "-ly", no noun in "-ly".)
  const adverb = (w: string): boolean => (ADVERBS.has(w) && !/^(?:and|or|but|nor)$/.test(w)) || isLyAdverb(w);
  // ("first won the prize in 2009 and last won it two years ago": "last" or "first" right after "and" is an adverb of
  // the verb, whose subject is the clause's before.)
  // ("conceded defeat in the morning and later announced": so is another adverb there.)
  if (
    (/^(?:last|first)$/i.test(tokens[end - 1]?.word ?? '') || adverb(tokens[end - 1]?.word ?? '')) &&
    /^(?:and|but)$/i.test(tokens[end - 2]?.word ?? '')
  )
    return [];
  while (last > 0 && adverb(tokens[last]!.word) && tokens[last - 1]!.word === ',') last--;
  // ("The volcano last erupted in December": "last" right before the verb, after a noun, is an adverb of it, "most
  // recently", which a dated label does not need.)
  if (
    last > 0 &&
    tokens[last]!.word === 'last' &&
    !tokens[last]!.marker &&
    !DETERMINERS.test(tokens[last - 1]!.word) &&
    /^[\p{L}'’-]+$/u.test(tokens[last - 1]!.word) &&
    !isPreposition(tokens[last - 1]!.word.toLowerCase())
  )
    last--;
  // ("Nvidia last week forecast second-quarter revenue": a time of its own between the subject and the verb is no
  // part of the subject.)
  if (
    last > 1 &&
    /^(?:week|month|year|weekend|quarter)$/i.test(tokens[last]!.word) &&
    /^(?:last|this|next)$/i.test(tokens[last - 1]!.word) &&
    !tokens[last]!.marker
  )
    last -= 2;
  // ("a fire that nearly destroyed": an adverb after a relative pronoun is no subject; the pronoun's noun is.)
  let adverbs = last;
  while (adverbs > 0 && adverb(tokens[adverbs]!.word)) adverbs--;
  if (adverbs < last && /^(?:that|which|who)$/i.test(tokens[adverbs]!.word)) last = adverbs;
  for (let i = last; i >= 0; i--) {
    const t = tokens[i];
    // "The last quake of similar strength to hit the country, in 1912, killed …": an infinitive and its object right
    // after a noun describe the noun, which is the subject.
    if (
      kept.length > 0 &&
      t !== undefined &&
      DETERMINERS.test(t.word) &&
      tokens[i - 2]?.word === 'to' &&
      /^\p{Ll}{2,}$/u.test(tokens[i - 1]?.word ?? '') &&
      !isGrammarWord(tokens[i - 1]!.word) &&
      /^\p{Ll}{3,}$/u.test(tokens[i - 3]?.word ?? '') &&
      !verbHeads.has(i - 3) &&
      !isGrammarWord(tokens[i - 3]!.word) &&
      !ADVERBS.has(tokens[i - 3]!.word) &&
      !LEADS.test(tokens[i - 3]!.word)
    ) {
      kept.length = 0;
      listing = false;
      i -= 2;
      continue;
    }
    // "A gunman disguised as a tourist opened fire", "a man armed with a knife", "a bomber wearing a suicide vest":
    // a participle of guise or gear after a noun, with what it wears or poses as, describes the noun, which is the
    // subject (not "Tourist opens fire").
    if (
      kept.length > 0 &&
      t !== undefined &&
      /^(?:as|with|in|a|an|the|his|her)$/i.test(t.word) &&
      MODIFIER_PARTICIPLE.test(tokens[i - 1]?.word ?? '') &&
      /^\p{L}[\p{L}'’-]*$/u.test(tokens[i - 2]?.word ?? '') &&
      !isGrammarWord(tokens[i - 2]!.word.toLowerCase())
    ) {
      kept.length = 0;
      listing = false;
      i -= 1;
      continue;
    }
    // 'said "the real verdict" would come on November 5': a short quotation right before the verb is its subject.
    if (kept.length === 0 && t !== undefined && /^["”]$/.test(t.word)) {
      const open = tokens.slice(Math.max(0, i - 8), i).findLastIndex((u) => /^["“]$/.test(u.word));
      const from = open < 0 ? -1 : Math.max(0, i - 8) + open;
      const inside = from < 0 ? [] : tokens.slice(from + 1, i);
      if (
        inside.length > 0 &&
        inside.every((u) => /^[\p{L}'’-]+$/u.test(u.word) && !u.marker) &&
        DETERMINERS_ARTICLE.test(inside[0]!.word) &&
        /^(?:said|says|say|insisted|added|warned|claimed|that)$/i.test(tokens[from - 1]?.word ?? '')
      ) {
        kept.push(...inside);
        break;
      }
    }
    // "Flights to and from the airport": "and" between two prepositions joins them inside the subject.
    if (
      t?.word === 'and' &&
      kept.length > 0 &&
      isPreposition(tokens[i - 1]?.word.toLowerCase() ?? '') &&
      isPreposition(tokens[i + 1]?.word.toLowerCase() ?? '')
    ) {
      kept.unshift(t);
      continue;
    }
    // "the first time it has done so": a personal pronoun is the whole subject; a noun before it is what a
    // relative clause without "that" describes.
    if (kept.length === 1 && /^(?:it|he|she|they|we)$/i.test(kept[0]!.word) && /^\p{Ll}{3,}$/u.test(t?.word ?? ''))
      if (!/^(?:and|or|nor)$/.test(t!.word) && !verbHeads.has(i)) break;
    // "Sanchez, speaking in Madrid, declared", "Smith, the chief diplomat, said": the subject is before the aside.
    if (t?.word === ',' && kept.length === 0) {
      const from = Math.max(0, i - 30);
      // (Not a comma inside a title in quotation marks or a parenthesis: 'His first novel, "Raudt, svart" (Red,
      // Black), was published in 1983'.)
      const enclosed = (k: number): boolean => {
        const between = tokens.slice(k + 1, i);
        return (
          between.filter((u) => /^["“”]$/.test(u.word)).length % 2 === 1 ||
          between.filter((u) => u.word === '(').length !== between.filter((u) => u.word === ')').length
        );
      };
      // (Nor the comma of a place and its region closing the aside: "Shares in CrowdStrike, which is based in Austin,
      // Texas, fell".)
      const placeComma = (k: number): boolean =>
        k === i - 2 &&
        isCapitalised(tokens[k + 1]?.word ?? '') &&
        isCapitalised(tokens[k - 1]?.word ?? '') &&
        /^(?:in|at|near|from)$/.test(tokens[k - 2]?.word ?? '');
      const open = tokens
        .slice(from, i)
        .findLastIndex((u, k) => u.word === ',' && !enclosed(from + k) && !placeComma(from + k));
      // ("Supply problems at a factory in Zhengzhou, China, had hurt …": with no aside opened before, a place's region
      // set off by commas is part of the subject's phrase, which goes on before it.)
      if (open < 0 && tokens[i - 2]?.word === ',' && placeComma(i - 2)) {
        i -= 2;
        continue;
      }
      const at = open < 0 ? -1 : from + open;
      // Past an adverb: "The mission, first proposed in 2003, was …".
      let opener = at + 1;
      while (opener < i - 1 && (ADVERBS.has(tokens[opener]!.word) || /^\p{Ll}+ly$/u.test(tokens[opener]!.word)))
        opener++;
      const aside = tokens[opener]?.word ?? '';
      const inside = tokens.slice(at + 1, i);
      const quote = (u: Token): boolean => /^["“”]$/.test(u.word);
      const quotes = inside.filter(quote).length;
      // "The previous attempt, Chandrayaan-2, failed", "Boeing's newest aircraft, the 787 "Dreamliner", made": a
      // name set off after a common noun names it; it is the subject the label says.
      const name = inside.filter((u, k) => !quote(u) && !(k === 0 && u.word === 'the'));
      if (
        at > 0 &&
        quotes % 2 === 0 &&
        name.length >= 1 &&
        name.length <= 4 &&
        name.some((u) => /^\p{Lu}/u.test(u.word)) &&
        name.every((u) => !u.marker && /^(?:\p{Lu}|\d+$)[\p{L}\d'’.-]*$/u.test(u.word) && !DATE_WORD.test(u.word)) &&
        /^\p{Ll}{3,}$/u.test(tokens[at - 1]!.word) &&
        !isPreposition(tokens[at - 1]!.word) &&
        !CLAUSE_WORDS.has(tokens[at - 1]!.word) &&
        !ADVERBS.has(tokens[at - 1]!.word)
      ) {
        kept.push(...name);
        break;
      }
      // 'His first novel, "Raudt, svart" (Red, Black), was published': a title in quotation marks set off after a
      // common noun, with its translation in a parenthesis, names it; said after the noun, with its marks ('Novel
      // "Raudt, svart" is published').
      const closing = inside.findIndex((u, k) => k > 0 && quote(u));
      const rest = inside.slice(closing + 1);
      if (
        at > 0 &&
        inside.length > 0 &&
        quote(inside[0]!) &&
        closing > 1 &&
        closing <= 8 &&
        /^\p{Lu}/u.test(inside[1]!.word) &&
        (rest.length === 0 || (rest[0]!.word === '(' && rest.at(-1)!.word === ')' && rest.length <= 10)) &&
        !inside.some((u) => u.marker) &&
        /^\p{Ll}{3,}$/u.test(tokens[at - 1]!.word) &&
        !isPreposition(tokens[at - 1]!.word) &&
        !CLAUSE_WORDS.has(tokens[at - 1]!.word)
      ) {
        kept.push(tokens[at - 1]!, ...inside.slice(0, closing + 1));
        break;
      }
      // Only punctuation closes an aside: "a joint project of NASA and the European space agencies". Not quotation
      // marks around a name inside it ("The lander, nicknamed the "Moon Sniper", touched down").
      // Nor a parenthesis inside it ("The prize, worth 11 million kronor ($1 million), will be presented").
      const parenthesis = (u: Token): boolean => /^[()]$/.test(u.word);
      // ("The crashes, in Indonesia in October 2018 and Ethiopia in March 2019, killed …": the date labelled may stand
      // inside an aside of places and times after "in".)
      const placedIn = /^(?:in|on|at|during)$/.test(tokens[at + 1]?.word ?? '');
      // ("Trump, making his first trip abroad since winning the November 5 election, met …": so may one opening with
      // a participle, which says what the subject did.)
      const doing =
        /^\p{Ll}{3,}ing$/u.test(aside) && !isPreposition(aside) && !/^(?:according|including|following)$/.test(aside);
      const plain =
        quotes % 2 === 0 &&
        inside.filter((u) => u.word === '(').length === inside.filter((u) => u.word === ')').length &&
        !inside.some(
          (u, k) =>
            (u.marker && !placedIn && !doing) ||
            (isBoundary(u) &&
              !quote(u) &&
              !parenthesis(u) &&
              !CLAUSE_WORDS.has(u.word.toLowerCase()) &&
              !placeComma(at + 1 + k)),
        );
      // An aside opens with a participle, an article or a preposition ("…extension, at the centre of the case, opened").
      // A relative clause may run long ("Madrid, who beat Dortmund 2-0 in the final … , are expected to …").
      // So may one opening with a preposition ("His wife, from whom he separated in 1975, died").
      const relative = opensRelative(aside, tokens[opener + 1]?.word ?? '');
      // "The army, in 2006, ousted the government": an aside of a date alone (after a preposition) is stepped over.
      const dateAside =
        at > 0 &&
        inside.length >= 1 &&
        inside.length <= 2 &&
        inside.at(-1)!.marker &&
        (inside.length === 1 || /^(?:in|on|at|during|by)$/i.test(inside[0]!.word));
      if (dateAside) {
        i = at;
        continue;
      }
      // "The last pandemic, the Hong Kong flu of 1968, killed …": an apposition naming the subject, dated at its
      // end, is the subject the label says ("Hong Kong flu").
      const named = inside.slice(1, -2);
      if (
        at > 0 &&
        inside.length >= 4 &&
        inside.length <= 8 &&
        /^the$/i.test(inside[0]!.word) &&
        inside.at(-1)!.marker &&
        /^(?:of|in)$/i.test(inside.at(-2)!.word) &&
        named.some((u) => /^\p{Lu}/u.test(u.word)) &&
        named.every(
          (u) => !u.marker && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(u.word) && !isGrammarWord(u.word.toLowerCase()),
        )
      ) {
        kept.push(...named);
        break;
      }
      // "The previous deadliest accident in Turkey, a firedamp explosion in Kozlu … on March 3, 1992, killed 263
      // miners": an apposition with an article, dated at its end, says what the subject was; the label says its
      // head and the place "in" after it ("Firedamp explosion in Kozlu").
      if (
        at > 0 &&
        inside.length >= 4 &&
        inside.length <= 18 &&
        /^(?:a|an)$/i.test(inside[0]!.word) &&
        inside.at(-1)!.marker &&
        /^(?:on|in)$/i.test(inside.at(-2)!.word)
      ) {
        let head = 1;
        while (
          head < inside.length - 2 &&
          /^\p{Ll}[\p{Ll}-]*$/u.test(inside[head]!.word) &&
          !isGrammarWord(inside[head]!.word)
        )
          head++;
        let end = head;
        if (head > 1 && head <= 4 && inside[head]?.word === 'in' && /^\p{Lu}/u.test(inside[head + 1]?.word ?? '')) {
          end = head + 2;
          while (end < inside.length - 2 && /^\p{Lu}[\p{L}'’.-]*$/u.test(inside[end]!.word)) end++;
        }
        if (head > 1 && head <= 4) {
          kept.push(...inside.slice(1, end));
          break;
        }
      }
      // "The last major strike, against GM in 2019, lasted 40 days": a phrase set off after the subject, opening
      // with a preposition and dated at its end, says which one it is; the label says it with the subject,
      // without the date ("Strike against GM").
      const which = inside.slice(1, -2);
      if (
        at > 0 &&
        inside.length >= 4 &&
        inside.length <= 8 &&
        /^(?:against|with|between|over|for|from)$/i.test(inside[0]!.word) &&
        inside.at(-1)!.marker &&
        /^(?:in|on)$/i.test(inside.at(-2)!.word) &&
        which.every((u) => !u.marker && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(u.word)) &&
        /^\p{Ll}{3,}$/u.test(tokens[at - 1]!.word) &&
        !isGrammarWord(tokens[at - 1]!.word)
      ) {
        kept.push(inside[0]!, ...which);
        i = at;
        continue;
      }
      if (
        at > 0 &&
        plain &&
        // (One about what a work is about may run longer: "Her novel, about a former slave who kills her daughter
        // rather than see her returned to slavery, won …".)
        // (So may an appositive: "…'s "The White Ribbon", a stark portrait of a German village on the eve of World
        // War I, won …".)
        (i - at <= 14 ||
          relative ||
          (i - at <= 22 && aside === 'about') ||
          (i - at <= 20 && (/^(?:a|an)$/.test(aside) || (aside === 'one' && tokens[opener + 1]?.word === 'of'))) ||
          // ("Tina Turner, the singer whose explosive energy made her one of the best-selling artists of all time,
          // died …": an apposition with a relative clause in it runs as long as one with "a".)
          // ('Aretha Franklin, the "Queen of Soul" whose powerful voice …, died': or after a title in quotation marks.)
          // ("David Bowie, the British rock star whose …": up to three words between "the" and the pronoun; "that" too:
          // "Soma Komur Isletmeleri AS, the private company that runs the mine under a lease from …, has denied".)
          (i - at <= 24 &&
            aside === 'the' &&
            inside
              .slice(2, /^["“]$/.test(inside[1]?.word ?? '') ? 8 : 5)
              .some((u) => /^(?:who|whose|which|whom|that)$/i.test(u.word)))) &&
        // "The index, however, gained": a one-word aside too.
        // An age: "The former commander, 72, was running …".
        ((i - at === 2 &&
          /^(?:however|meanwhile|too|though|instead|therefore|moreover|nevertheless|\d{1,3})$/.test(aside)) ||
          // ("Orie said Mladic, now 74, was responsible …": after an adverb too.)
          (i - opener === 1 && /^\d{1,3}$/.test(aside)) ||
          relative ||
          /^\p{Ll}+(?:ing|ed)$/u.test(aside) ||
          // "Colombia, unbeaten in 27 matches, play …".
          /^un\p{Ll}{3,}en$/u.test(aside) ||
          // "The figure, down from 5.2 percent in August, was …".
          (/^(?:up|down)$/.test(aside) && tokens[opener + 1]?.word === 'from') ||
          // An irregular participle too ("The objects, known as the Benin Bronzes, were taken …").
          Object.hasOwn(PARTICIPLES, aside) ||
          // "The jet, bound for London, came down …".
          (aside === 'bound' && /^(?:for|to)$/.test(tokens[opener + 1]?.word ?? '')) ||
          // "The volcano, one of a pair known locally as …, had erupted", "The island, home to 5,000 people, was hit".
          (/^(?:one|part|home)$/.test(aside) && /^(?:of|to)$/.test(tokens[opener + 1]?.word ?? '')) ||
          // "Worried customers, many of them start-ups, withdrew …": a part of the subject's people or things.
          (/^(?:many|most|some|several|all|both|half|few|none|each)$/.test(aside) &&
            tokens[opener + 1]?.word === 'of' &&
            /^(?:them|whom)$/.test(tokens[opener + 2]?.word ?? '')) ||
          // A possessive ("The 737 MAX, Boeing's best-selling model, has been grounded", "Smith, his deputy, said",
          // "The IAAF, athletics' world governing body, extended").
          (/^\p{Lu}[\p{L}\d.-]*['’]s$|^\p{L}[\p{L}\d.-]*s['’]$|^(?:his|her|its|their)$/u.test(aside) && i - at >= 3) ||
          // A concession: "inflation, while still far above target, has eased".
          /^(?:while|whilst|though|although|albeit)$/.test(aside) ||
          // A bare plural "of" someone: "The red-shirted demonstrators, supporters of Thaksin Shinawatra, had …".
          (/^\p{Ll}{4,}[^s'’]s$/u.test(aside) && tokens[opener + 1]?.word === 'of') ||
          // A measure of it: "Some 1.34 million tonnes of water, enough to fill 500 pools, has accumulated".
          (/^(?:enough|equivalent)$/.test(aside) && /^(?:to|for)$/.test(tokens[opener + 1]?.word ?? '')) ||
          /^(?:the|a|an|at|in|on|with|like|unlike|despite|under|among|after|before|behind|alongside|besides|including|ahead|near|for|by|about|worth|from)$/.test(
            aside,
          ))
      ) {
        i = at;
        // ("The plan, drawn up by High Commissioner Jean-Paul Delevoye, 72, would replace …": an age closing an aside
        // that opens with a participle or a relative pronoun is stepped over with it.)
        // ("The earlier eruption, which began at Fimmvorduhals, a mountain pass, drew …": so is an apposition closing
        // a relative clause.)
        const apposition = /^(?:a|an|the)$/.test(aside);
        if ((/^\d{1,3}$/.test(aside) && i - at <= 2) || apposition) {
          const from = Math.max(0, at - 20);
          const back = tokens.slice(from, at).findLastIndex((u) => u.word === ',');
          const open = back < 0 ? -1 : from + back;
          const opener = tokens[open + 1]?.word ?? '';
          if (
            open > 0 &&
            ((!apposition && (Object.hasOwn(PARTICIPLES, opener) || /^\p{Ll}{3,}ed$/u.test(opener))) ||
              /^(?:who|which)$/.test(opener)) &&
            !tokens.slice(open + 1, at).some((u) => u.marker)
          )
            i = open;
        }
        // "Delorme, 47, who won …, was found": an age before the aside is stepped over too.
        if (/^\d{1,3}$/.test(tokens[at - 1]?.word ?? '') && tokens[at - 2]?.word === ',') i = at - 2;
        // "The Sundarbans, the world's largest mangrove forest, which straddles the border, took": so is a name's
        // appositive before it (opening with an article or a possessive, right after the name).
        else {
          const before = tokens.slice(Math.max(0, at - 12), at);
          const comma = before.findLastIndex((u) => u.word === ',');
          const from = Math.max(0, at - 12) + comma;
          const first = tokens[from + 1]?.word ?? '';
          if (
            comma >= 0 &&
            from > 0 &&
            isCapitalised(tokens[from - 1]!.word) &&
            !DATE_WORD.test(tokens[from - 1]!.word) &&
            (/^(?:the|a|an|his|her|its|their)$/.test(first) || /^\p{Lu}[\p{L}\d.-]*['’]s$/u.test(first)) &&
            !tokens.slice(from + 1, at).some((u) => u.marker || isBoundary(u))
          )
            i = from;
        }
        continue;
      }
    }
    // "the Liberal Democratic Party (LDP) elected": a short parenthesis after a name is stepped over.
    if (t?.word === ')') {
      const open = tokens.slice(Math.max(0, i - 5), i).findLastIndex((u) => u.word === '(');
      const owner = tokens[Math.max(0, i - 5) + open - 1]?.word ?? '';
      // Not after a possessive, whose thing the parenthesis names ("Japan's (ANA)").
      if (open >= 0 && !/['’]s$/.test(owner)) {
        i = Math.max(0, i - 5) + open;
        continue;
      }
    }
    // "Train services between Madrid and Valencia": "and" between two names joins them, and so do the
    // commas of a list of names before it ("Spain, Britain, Qatar and the United Arab Emirates").
    // ("… the Greens and the pro-business Free Democrats": a name after "the" and one word qualifying it too.)
    const named = (k: number): boolean =>
      isCapitalised(tokens[k]?.word ?? '') ||
      (tokens[k]?.word === 'the' &&
        (isCapitalised(tokens[k + 1]?.word ?? '') ||
          (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k + 1]?.word ?? '') &&
            !isGrammarWord(tokens[k + 1]!.word) &&
            isCapitalised(tokens[k + 2]?.word ?? ''))));
    // ("French President Jean Dupont and his German counterpart Anna Weber": a name after "his" or "her" and its
    // role, that is, the other one's, too.)
    const owned =
      t?.word === 'and' &&
      kept.length >= 2 &&
      /^(?:his|her)$/.test(kept[0]!.word) &&
      isCapitalised(kept.at(-1)!.word) &&
      kept.every((u) => !u.marker && /^[\p{L}'’.-]+$/u.test(u.word));
    const joinsNames =
      (t?.word === 'and' || (t?.word === ',' && listing)) &&
      isCapitalised(tokens[i - 1]?.word ?? '') &&
      (named(i + 1) || owned);
    if (t?.word === 'and' && joinsNames) listing = true;
    // "Charpentier, 51, and Doudna, 56, published …": so "and" after a name and its age set off by commas; the age
    // goes, the name stays.
    if (
      t?.word === 'and' &&
      kept.length > 0 &&
      isCapitalised(kept[0]!.word) &&
      tokens[i - 1]?.word === ',' &&
      /^\d{1,3}$/.test(tokens[i - 2]?.word ?? '') &&
      tokens[i - 3]?.word === ',' &&
      isCapitalised(tokens[i - 4]?.word ?? '') &&
      !tokens[i - 4]!.marker
    ) {
      kept.unshift(t);
      listing = true;
      i -= 3;
      continue;
    }
    // "The US ambassador, Chris Stevens, and three other Americans were killed": a name set off after the noun phrase
    // the sentence opens with names it; the name and what "and" joins to it are the subject.
    if (t?.word === 'and' && kept.length > 0 && tokens[i - 1]?.word === ',') {
      const open = tokens.slice(0, i - 1).findLastIndex((u) => u.word === ',');
      const name = tokens.slice(open + 1, i - 1);
      const opening = tokens.slice(0, Math.max(0, open));
      const noun = opening.findLast((u) => /^\p{Ll}{3,}$/u.test(u.word) && !isGrammarWord(u.word));
      if (
        open >= 2 &&
        name.length >= 1 &&
        name.length <= 4 &&
        name.every((u) => !u.marker && /^\p{Lu}[\p{L}'’.-]*$/u.test(u.word)) &&
        opening.length <= 5 &&
        DETERMINERS_ARTICLE.test(opening[0]!.word) &&
        // (One person, after a noun for one: "The leaders of Velland, Arland, and two other states" is a list.)
        noun !== undefined &&
        !isPlural(noun.word) &&
        opening.every((u, k) => !u.marker && !verbHeads.has(k) && /^\p{L}[\p{L}'’-]*$/u.test(u.word)) &&
        // ("The US ambassador to Libya, Chris Stevens, and …": a place the title is of or to is in that phrase.)
        opening.every(
          (u, k) =>
            k === 0 ||
            !isGrammarWord(u.word.toLowerCase()) ||
            (/^(?:to|of|in|at|for)$/.test(u.word) && isCapitalised(opening[k + 1]?.word ?? '')),
        )
      ) {
        kept.unshift(...name, t);
        break;
      }
    }
    // "said the owner and two engineers had been detained": "and" after a noun phrase opening the clause (at
    // its start, after a clause word or a verb of saying) joins it to the subject.
    const opener = tokens[i - 3];
    const joinsNouns =
      t?.word === 'and' &&
      kept.length > 0 &&
      /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
      !verbHeads.has(i - 1) &&
      !isPreposition(tokens[i - 1]!.word) &&
      !CLAUSE_WORDS.has(tokens[i - 1]!.word) &&
      DETERMINERS.test(tokens[i - 2]?.word ?? '') &&
      (!opener ||
        isBoundary(opener) ||
        /^(?:said|says|told|tells|added|announced|reported|confirmed)$/.test(opener.word));
    if (joinsNouns) {
      kept.unshift(tokens[i - 2]!, tokens[i - 1]!, t);
      break;
    }
    // "The death toll from an earthquake and tsunami that struck …": two nouns joined after a preposition's article
    // are one phrase inside the subject, which goes on before it.
    // ("The death toll from the bombings on churches and luxury hotels in Sri Lanka rose": so a bare plural after a
    // preposition that follows a noun, not a verb: "Troops fired on protesters and police arrested …".)
    if (
      t?.word === 'and' &&
      kept.length > 0 &&
      /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
      !verbHeads.has(i - 1) &&
      ((DETERMINERS.test(tokens[i - 2]?.word ?? '') && isPreposition(tokens[i - 3]?.word ?? '')) ||
        (/^\p{Ll}{3,}s$/u.test(tokens[i - 1]!.word) &&
          isPreposition(tokens[i - 2]?.word ?? '') &&
          /^\p{Ll}{3,}$/u.test(tokens[i - 3]?.word ?? '') &&
          !verbHeads.has(i - 3) &&
          !isGrammarWord(tokens[i - 3]!.word)))
    ) {
      kept.unshift(t);
      continue;
    }
    // "More than 87,000 cases and 140 deaths have been reported", "300 homes and 40 schools were destroyed": two
    // counted nouns joined are the subject, the first with its quantifier.
    if (t?.word === 'and' && kept.length > 1 && COUNT.test(kept[0]!.word)) {
      let k = i - 1;
      while (k > i - 3 && /^\p{Ll}{3,}$/u.test(tokens[k]?.word ?? '') && !isGrammarWord(tokens[k]!.word)) k--;
      if (k < i - 1 && COUNT.test(tokens[k]?.word ?? '')) {
        kept.unshift(...tokens.slice(hedgedFrom(tokens, k), i + 1));
        break;
      }
    }
    // "More than two million homes and businesses were without power": a counted noun and a bare one joined are the
    // subject, with the count and its quantifier.
    if (
      t?.word === 'and' &&
      kept.length === 1 &&
      /^\p{Ll}{3,}$/u.test(kept[0]!.word) &&
      /^\p{Ll}{3,}$/u.test(tokens[i - 1]?.word ?? '') &&
      !isGrammarWord(tokens[i - 1]!.word) &&
      !verbHeads.has(i - 1) &&
      (COUNT.test(tokens[i - 2]?.word ?? '') ||
        (/^(?:thousand|million|billion)$/.test(tokens[i - 2]?.word ?? '') && COUNT.test(tokens[i - 3]?.word ?? '')))
    ) {
      let k = i - 2;
      while (k > 0 && (COUNT.test(tokens[k - 1]!.word) || /^(?:thousand|million|billion)$/.test(tokens[k - 1]!.word)))
        k--;
      kept.unshift(...tokens.slice(hedgedFrom(tokens, k), i + 1));
      break;
    }
    // "Police and soldiers patrolled", "Coastguard vessels and ferries evacuated": so after a bare noun phrase of
    // up to four words that opens the sentence, one opening with a name's possessive too ("Mozambique's
    // government and the former rebel movement Renamo signed").
    const openingConjunct =
      t?.word === 'and' &&
      kept.length > 0 &&
      i >= 1 &&
      i <= 4 &&
      (/^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.word) || (i >= 2 && /^\p{Lu}[\p{L}-]*['’]s$/u.test(tokens[0]!.word))) &&
      !DATE_WORD.test(tokens[0]!.word) &&
      !DETERMINERS.test(tokens[0]!.word) &&
      !PRONOUN.test(tokens[0]!.word) &&
      tokens
        .slice(0, i)
        .every(
          (u, k) =>
            !u.marker &&
            !verbHeads.has(k) &&
            (/^\p{L}[\p{L}-]*$/u.test(u.word) || (k === 0 && /^\p{Lu}[\p{L}-]*['’]s$/u.test(u.word))) &&
            !ADVERBS.has(u.word.toLowerCase()) &&
            !CLAUSE_WORDS.has(u.word.toLowerCase()) &&
            (!isPreposition(u.word.toLowerCase()) || u.word === 'of'),
        );
    if (openingConjunct) {
      kept.unshift(...tokens.slice(0, i + 1));
      break;
    }
    // "… and dozens injured when a passenger train collided with …": a clause word of time or cause (no preposition
    // too: "missing after the crash") before a noun phrase its article opens ends that clause's subject.
    if (
      t &&
      kept.length > 1 &&
      DETERMINERS_ARTICLE.test(kept[0]!.word) &&
      /^(?:when|while|whereas|because|although|though|if|unless|once)$/i.test(t.word)
    )
      break;
    // "The death toll from the earthquake that struck the region on Monday rose …": a relative clause right
    // after a noun is inside the subject; its words are no part of it, the noun before it is.
    if (t && verbHeads.has(i)) {
      const relative = relativeOpening(tokens, i, verbHeads);
      if (relative > 0) {
        kept.length = 0;
        listing = false;
        i = relative;
        continue;
      }
      // "The last of 33 miners trapped deep underground was winched …": so is a participle right after a noun.
      // (Not a verb whose clause follows it: "Ministers agreed in May the plan was …".)
      const opener = kept[0]?.word.toLowerCase() ?? '';
      const placed = isPreposition(opener) || PLACE_ADVERBS.test(opener) || PLACE_PREPOSITIONS.test(opener);
      if (reducedRelative(tokens, i) && (!opener || placed)) {
        kept.length = 0;
        listing = false;
        continue;
      }
    }
    // 'Her novel "Beloved" won …': a title in quotation marks right after a common noun names it, and is part of
    // the subject.
    let title = t && /^["”]$/.test(t.word) ? titleBefore(tokens, i) : -1;
    // ('The "Yes" camp won': a quoted name right before the noun, after its article, qualifies it.)
    if (title < 0 && t && /^["”]$/.test(t.word) && kept.length > 0 && /^\p{Ll}/u.test(kept[0]!.word)) {
      const open = titleOpening(tokens, i);
      if (open > 0 && DETERMINERS_ARTICLE.test(tokens[open - 1]!.word)) title = open;
    }
    if (title >= 0) {
      kept.unshift(...tokens.slice(title, i + 1));
      i = title;
      continue;
    }
    // "Six workers missing after the crash are presumed dead": a word of the state people are left in, after a
    // noun and before a preposition's phrase ("after" too, which may open a clause), describes the noun, which is
    // the subject.
    const state = tokens[i - 1];
    const stateOf = tokens[i - 2];
    if (
      t &&
      kept.length > 0 &&
      (isPreposition(t.word) || /^(?:after|before|since)$/.test(t.word)) &&
      state &&
      LEFT_IN_STATE.test(state.word) &&
      stateOf &&
      !stateOf.marker &&
      /^\p{Ll}{3,}$/u.test(stateOf.word) &&
      !isGrammarWord(stateOf.word) &&
      !ADVERBS.has(stateOf.word) &&
      !BE.has(stateOf.word) &&
      !verbHeads.has(i - 2) &&
      // (Not a verb of its own: "Bodies have been recovered and 104 people rescued since the boat went down".)
      !verbHeads.has(i - 1)
    ) {
      kept.length = 0;
      listing = false;
      i--;
      continue;
    }
    // "Fierce fighting between Sudan's army and a powerful paramilitary force raged": "and" after "between" and
    // the first side (no break, comma or verb between) joins the two sides inside the subject.
    if (t?.word === 'and' && kept.length > 0 && !joinsNames) {
      // ("Fighting between the army, led by General X, and the paramilitary forces broke out": past an aside set off
      // by commas after the first side, which the subject leaves out.)
      const asideOpen =
        tokens[i - 1]?.word === ','
          ? Math.max(0, i - 16) + tokens.slice(Math.max(0, i - 16), i - 1).findLastIndex((u) => u.word === ',')
          : -1;
      const sideEnd = asideOpen >= Math.max(0, i - 16) ? asideOpen : i;
      const from = Math.max(0, sideEnd - 7);
      const at = from + tokens.slice(from, sideEnd).findLastIndex((u) => /^(?:between|among)$/i.test(u.word));
      if (
        at >= from &&
        at > 0 &&
        at < sideEnd - 1 &&
        tokens.slice(at + 1, sideEnd).every((u, k) => !u.marker && !isBoundary(u) && !verbHeads.has(at + 1 + k))
      ) {
        kept.unshift(...tokens.slice(at, sideEnd), t);
        i = at;
        continue;
      }
    }
    // "Talks on integrating the RSF into the regular army had been due to conclude": a gerund right after a
    // preposition that a noun's phrase opens ("talks on", "plans for") is inside the subject, not its verb.
    const gerundOfNoun =
      t !== undefined &&
      verbHeads.has(i) &&
      kept.length > 0 &&
      /^\p{Ll}{3,}ing$/u.test(t.word) &&
      afterNounsPreposition(tokens, i) &&
      !verbHeads.has(i - 2);
    if (!t || (isBoundary(t) && !joinsNames) || (verbHeads.has(i) && !gerundOfNoun)) break;
    // "During the campaign he promised": a subject pronoun right before the verb is the whole subject.
    // (Not "I" or "we", mostly quoted, which the quotation says better.)
    if (kept.length === 0 && /^(?:he|she|they)$/i.test(t.word)) {
      kept.unshift(t);
      break;
    }
    // "A passenger ferry carrying more than 400 people sank": a participle in "-ing" after a noun opens a phrase
    // describing it; the noun is the subject.
    const noun = tokens[i - 1];
    // (Its phrase opens with an article, a number or a quantity: "automobile manufacturing firm" is one noun. Or
    // with a preposition of place or motion: "Wildfires raging through central Chile have killed".)
    if (
      kept.length > 0 &&
      (/^(?:the|a|an|his|her|its|their|more|some|many|several|about|nearly|over|almost|dozens|hundreds|thousands|\d[\d,.]*)$/i.test(
        kept[0]!.word,
      ) ||
        /^(?:through|across|into|in|on|at|from|along|near|around|off|outside|inside|towards?)$/.test(kept[0]!.word)) &&
      /^\p{Ll}{3,}ing$/u.test(t.word) &&
      !ING_NOUNS.has(t.word) &&
      noun &&
      !noun.marker &&
      /^\p{L}[\p{L}-]{2,}$/u.test(noun.word) &&
      !isGrammarWord(noun.word.toLowerCase()) &&
      !ADVERBS.has(noun.word.toLowerCase()) &&
      !BE.has(noun.word.toLowerCase()) &&
      !/^\p{Ll}+ly$/u.test(noun.word)
    ) {
      kept.length = 0;
      listing = false;
      continue;
    }
    // ("A truce signed in February 2002 collapsed", "… on February 22, 2002 collapsed": a year after its month, or
    // after its month and day, is that date's, no noun the verb has for subject.)
    if (kept.length === 0 && /^\d{4}$/.test(t.word)) {
      // (The comma between the day and the year is no token.)
      const month = MONTH_NAME.test(tokens[i - 1]?.word ?? '')
        ? i - 1
        : /^\d{1,2}$/.test(tokens[i - 1]?.word ?? '') && MONTH_NAME.test(tokens[i - 2]?.word ?? '')
          ? i - 2
          : -1;
      if (month >= 0) {
        i = month + 1;
        continue;
      }
    }
    // A date between subject and verb ("Apple today introduced", "The bank on Thursday cut") is stepped
    // over, with its preposition: this one or another.
    if (t.marker || DATE_WORD.test(t.word)) {
      // "by the end of the day Saturday the site was …": an article right after the date opens the subject.
      if (DETERMINERS_ARTICLE.test(kept[0]?.word ?? '')) break;
      // ("A curfew imposed on Sunday evening was lifted": the part of the day after a day's name is that date's, no
      // noun of the subject.)
      if (kept.length === 1 && DAY_PART.test(kept[0]!.word) && !kept[0]!.marker) {
        kept.length = 0;
        listing = false;
      }
      if (
        /^(?:on|in|at|during|since|by|last|this|next|early|late|over|for|within|throughout|of)$/i.test(
          tokens[i - 1]?.word ?? '',
        )
      )
        i--;
      continue;
    }
    kept.unshift(t);
    // "the first time the body had used": an article right after a common noun opens the subject.
    const prior = tokens[i - 1]?.word ?? '';
    if (
      DETERMINERS_ARTICLE.test(t.word) &&
      kept.length > 1 &&
      /^\p{Ll}{3,}$/u.test(prior) &&
      !isGrammarWord(prior) &&
      !/^(?:or|nor|than|said|says|told|all|both)$/.test(prior) &&
      // Nor one after a hedge of quantity ("blocked the canal for nearly a week").
      !HEDGES.test(prior) &&
      !/^(?:roughly|just|only|barely|merely|exactly)$/.test(prior) &&
      // Nor one after a preposition of place ("held inside the bank", "on board a plane").
      !PLACE_PREPOSITIONS.test(prior) &&
      !(prior === 'board' && /^on$/i.test(tokens[i - 2]?.word ?? '')) &&
      // A verb before it ends the subject below, or opens a relative clause inside it.
      !verbHeads.has(i - 1) &&
      // Nor a participle in "-ing" whose object it opens ("Firms making the chips rose"; see above).
      !(/^\p{Ll}{3,}ing$/u.test(prior) && !ING_NOUNS.has(prior))
    )
      break;
  }
  // "…, saying the men had …": a reporting gerund opens the clause whose subject follows it.
  while (
    kept.length &&
    // ("No one was hurt", "no new cases had been reported": "no" denies the event, and stays.)
    ((DETERMINERS.test(kept[0]!.word) && !/^no$/i.test(kept[0]!.word)) ||
      // Not a word that is the head ("the first of the hostages").
      (ADVERBS.has(kept[0]!.word.toLowerCase()) && kept[1]?.word !== 'of') ||
      REPORTING_GERUND.test(kept[0]!.word) ||
      // "Her 1987 novel": a year before a noun is its date, which the event gives.
      (/^(?:1[5-9]|20)\d\d$/.test(kept[0]!.word) && /^\p{Ll}/u.test(kept[1]?.word ?? '')))
  )
    kept.shift();
  while (kept.length && ADVERBS.has(kept[kept.length - 1]!.word.toLowerCase())) kept.pop();
  const pieces: Span[] = [];
  for (const t of kept) {
    const previous = pieces[pieces.length - 1];
    const index = tokens.indexOf(t);
    if (previous && tokens[index - 1] && tokens[index - 1]!.end === previous.end) previous.end = t.end;
    else pieces.push({ start: t.start, end: t.end });
  }
  return pieces;
}

/**
 * The opening quotation mark of a title that the closing one at `close` ends, right after a common noun
 * ('novel "Beloved"', 'the film "The Piano"'): up to six words, the first capitalised, no date or punctuation
 * inside. -1 when there is none.
 */
function titleBefore(tokens: readonly Token[], close: number): number {
  const at = titleOpening(tokens, close);
  const noun = tokens[at - 1]?.word ?? '';
  // '"The White Ribbon" won …', 'Haneke's "The White Ribbon" won …': a title opening the clause, or after a
  // name's possessive, is the subject too.
  if (at === 0 || (at > 0 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(noun))) return at;
  return at >= 0 &&
    /^\p{Ll}{3,}$/u.test(noun) &&
    !isGrammarWord(noun) &&
    !ADVERBS.has(noun) &&
    !BE.has(noun) &&
    !/(?:ed|ly)$/.test(noun)
    ? at
    : -1;
}

/**
 * The opening quotation mark of a title of words, capitalised first, whose closing mark is token `close`
 * ('"Someone Is Going to Come"'); -1 when there is none within six words.
 */
function titleOpening(tokens: readonly Token[], close: number): number {
  const from = Math.max(0, close - 7);
  const open = tokens.slice(from, close).findLastIndex((u) => /^["“]$/.test(u.word));
  if (open < 0) return -1;
  const at = from + open;
  const words = tokens.slice(at + 1, close);
  return words.length > 0 &&
    /^\p{Lu}/u.test(words[0]!.word) &&
    words.every((u) => !u.marker && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(u.word))
    ? at
    : -1;
}

/** A count: a number, or a number's word ("87,000", "140", "ten", "dozens"). */
const COUNT_SOURCE = String.raw`\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|millions`;
const COUNT = new RegExp(`^(?:${COUNT_SOURCE})$`, 'i');
/** Two counted nouns joined ("More than 87,000 cases and 140 deaths", "Ten soldiers and two civilians"). */
const COUNTED_PAIR = new RegExp(
  String.raw`^(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|at\s+least\s+)?(?:${COUNT_SOURCE})(?:\s+\p{Ll}+){1,2}\s+and\s+(?:${COUNT_SOURCE})(?:\s+\p{Ll}+){1,2}$`,
  'iu',
);
const RELATIVE = /^(?:who|which|that)$/i;
/** Verbs whose subject is mostly a happening ("the visit, which began", "a blast, which killed"). */
const HAPPENING_VERBS =
  /^(?:began|begins|started|starts|ended|ends|lasted|lasts|continued|continues|happened|occurred|followed|came|took|killed|caused|sparked|triggered|prompted|led|left|drew|marked|shocked)$/;
/** Pasts of breaking out, said of unrest ("protests that erupted"). */
const OUTBREAK_VERBS = /^(?:erupted|erupts|broke|breaks|flared|flares|began|begins|started|starts|spread|spreads)$/;
/** Nouns of unrest, what breaks out. */
const UNREST_NOUNS =
  /^(?:protests?|demonstrations?|riots?|clashes|strikes?|rallies|unrest|uprising|revolt|rebellion|war|fighting|violence)$/;
/** Pasts only an actor does: a relation or a war between two sides does not seize or sign anything. */
const ACTOR_VERBS =
  /^(?:seized|seizes|won|wins|signed|signs|announced|announces|claimed|claims|said|says|accused|accuses|elected|elects|ruled|rules|invaded|invades|annexed|annexes|declared|declares|ordered|orders|vowed|vows|threatened|threatens|demanded|demands|refused|refuses|rejected|rejects|called|calls)$/;
/**
 * Whether the clause a relative pronoun at `relative` opens has, after its auxiliaries, a verb only an actor
 * does ("which seized", "that has signed", "that took power").
 */
const actsAlone = (tokens: readonly Token[], relative: number): boolean => {
  let k = relative + 1;
  while (/^(?:has|have|had|would|will|did|does|do)$/i.test(tokens[k]?.word ?? '')) k++;
  const verb = tokens[k]?.word.toLowerCase() ?? '';
  return (
    ACTOR_VERBS.test(verb) ||
    (/^(?:took|takes|seized|seizes)$/.test(verb) &&
      /^(?:power|control|office|charge)$/i.test(tokens[k + 1]?.word ?? ''))
  );
};
/** "that began", "that ended": "that" as a relative pronoun before a past tense, not a determiner before a noun ("that cut"). */
const RELATIVE_VERB = /^that (?!(?:cut|hit|put|set|shot|split|spread|let|read|quit|shut|lead|led)$)/;
/** Prepositions of place and direction neither list holds ("The eruption beneath the glacier began"). */
const PLACE_WORDS = new Set([
  'beneath',
  'underneath',
  'below',
  'above',
  'atop',
  'alongside',
  'beside',
  'behind',
  'beyond',
  'inside',
  'outside',
  'throughout',
  'towards',
  'toward',
  'upon',
  'onto',
  'aboard',
  'amongst',
]);
const isPreposition = (w: string): boolean =>
  STOP_PREPOSITIONS.has(w) || KEPT_PREPOSITIONS.has(w) || PLACE_WORDS.has(w) || w === 'between' || w === 'among';
/**
 * Whether two words open a relative clause: "which", "who", "whom", "whose", "where" (after a comma: "The
 * facility, where the experiment took place, was completed"), or a preposition before "whom" or "which" ("from
 * whom").
 */
const opensRelative = (first: string, second: string): boolean =>
  /^(?:which|who|whom|whose|where)$/.test(first) || (isPreposition(first) && /^(?:whom|which)$/.test(second));
/** A determiner, a preposition or a word that opens a clause: no noun's or verb's own word (lower case). */
const isGrammarWord = (w: string): boolean => DETERMINERS.test(w) || isPreposition(w) || CLAUSE_WORDS.has(w);
/** Words of four letters in "-s" that are no verb's third person ("this", "news", "jobs"). */
const SHORT_NOT_PRESENT =
  /^(?:this|does|ours|hers|news|days|ways|lots|odds|jobs|fees|tons|arms|kids|cars|fans|guns|wars)$/;
/**
 * A word shaped as a third-person present: lower case in "-s", not "-ss", "-us" or a possessive ("ends",
 * "wins", "requires"; not "this", "news", "virus").
 */
/**
 * A word in lower case that may be a plural's bare present ("Talks resume", "before cuts begin"): no "-s", "-ed",
 * "-ing" or "-ly", no grammar word, adverb, form of "be", modal, irregular past or word known as no verb.
 */
const isPlainPresent = (w: string): boolean =>
  /^\p{Ll}{3,}$/u.test(w) &&
  !/(?:s|ed|ing|ly)$/.test(w) &&
  !isGrammarWord(w) &&
  !ADVERBS.has(w) &&
  !BE.has(w) &&
  !MODALS.has(w) &&
  !NOT_VERBS.has(w) &&
  !isIrregularPast(w);

/** A lower-case word in "-s" (not "-ss", "-us", "'s"): a third-person present or a plural noun ("talks"). */
const IN_S = /^\p{Ll}{2,}[^su'’]s$/u;
// ("Islamist bombings on Madrid commuter trains killed …": a plural in "-ings" of four letters or more before it is a
// noun, "bombings", "killings", "hearings"; "brings", "sings", "clings" are verbs.)
const isPresentShape = (w: string): boolean =>
  IN_S.test(w) && !SHORT_NOT_PRESENT.test(w) && !/^\p{Ll}{4,}ings$/u.test(w);

/** Nouns of a process that begins and ends: what "that began" after one stands for. */
const PROCESS_NOUNS =
  /^(?:negotiations|talks|war|conflict|crisis|campaign|siege|trial|strike|strikes|protests|process|ceasefire|truce|occupation|dispute|fighting|insurgency|rebellion|uprising|revolution|blockade|lockdown|recession|boom|investigation|inquiry|probe|rally|slump|epidemic|pandemic|outbreak|drought|famine|feud|standoff|stand-off)$/i;

/**
 * What a relative pronoun at `relative` stands for: the noun phrase before it, after its last
 * preposition ("to former IMF chief Christine Lagarde, who" → her), stepping back over phrases that
 * belong to a noun ("the trade war between the United States and China that" → "trade war") or give a
 * time ("a report released by the Labor Department on the same day, which"). After "is" it is the
 * copula's subject ("The meeting was the last of many which" → "meeting").
 */
function antecedent(
  tokens: readonly Token[],
  relative: number,
  groups: readonly VerbGroup[],
  heads: ReadonlySet<number>,
): Span[] {
  // ("That changed in 2003.": a pronoun opening the sentence has nothing before it to stand for.)
  if (relative <= 0) return [];
  let j = relative - 1;
  if (tokens[j]?.word === ',') j--;
  // "the Kurdistan Workers' Party (PKK), which has waged …": an acronym in brackets after the name is stepped over.
  if (tokens[j]?.word === ')') {
    const open = tokens.slice(Math.max(0, j - 4), j).findLastIndex((t) => t.word === '(');
    if (open >= 0) j = Math.max(0, j - 4) + open - 1;
  }
  // "a net profit for the current year, which ends in March 2025": a pronoun whose verb starts or ends a time
  // stands for the time before it (up to its preposition), not for the thing counted over it.
  // (Only a time inside a phrase after a preposition, its verb before no object: not "the fiercest storms this
  // year, which closed ports".)
  if (
    /^(?:which|that)$/i.test(tokens[relative]?.word ?? '') &&
    /^(?:ends|ended|begins|began|starts|started|runs|ran|closes|closed)$/i.test(tokens[relative + 1]?.word ?? '') &&
    (isPreposition(tokens[relative + 2]?.word.toLowerCase() ?? '') || tokens[relative + 2]?.marker === true) &&
    /^(?:year|month|season|quarter|half|term|period)$/i.test(tokens[j]?.word ?? '')
  ) {
    let k = j;
    while (k > 0 && j - k < 4 && /^\p{Ll}+$/u.test(tokens[k - 1]!.word) && !isPreposition(tokens[k - 1]!.word)) k--;
    if (isPreposition(tokens[k - 1]?.word.toLowerCase() ?? '') && !/^(?:this|last|next)$/i.test(tokens[k]!.word)) {
      if (DETERMINERS.test(tokens[k]!.word)) k++;
      return [{ start: tokens[k]!.start, end: tokens[j]!.end }];
    }
  }
  // "four years of negotiations in the Cuban capital that began in November 2012": a pronoun whose verb begins or
  // ends something stands for the nearest noun of a process before it in its phrase, not for a place or thing
  // after that noun's preposition, nor for the copula's subject ("The agreement was the result of …").
  if (
    /^(?:which|that)$/i.test(tokens[relative]?.word ?? '') &&
    /^(?:began|begun|started|ended|lasted|broke)$/i.test(tokens[relative + 1]?.word ?? '')
  ) {
    for (let k = j; k >= 0 && j - k < 8; k--) {
      const t = tokens[k]!;
      if (t.marker || heads.has(k) || isBoundary(t)) break;
      // (The head of its phrase: not "the war zone that …".)
      if (!PROCESS_NOUNS.test(t.word) || (k + 1 < relative && !isPreposition(tokens[k + 1]!.word.toLowerCase())))
        continue;
      let first = k;
      while (first > 0 && k - first < 2 && /^\p{Ll}[\p{L}-]*$/u.test(tokens[first - 1]!.word)) {
        const w = tokens[first - 1]!.word;
        if (isPreposition(w) || DETERMINERS.test(w) || heads.has(first - 1) || /^(?:of|and|or)$/.test(w)) break;
        first--;
      }
      // (Only right before the pronoun or before a place it was held in: a phrase after it of another kind is said
      // as before, "The war against the rebels that began …", "the strike by teachers that began …".)
      if (k < j && !/^(?:in|at|near|outside|inside)$/i.test(tokens[k + 1]!.word)) break;
      // (Nor a part of the process it is "of": "a marathon session of talks that began on Thursday" is the session's.)
      if (
        /^of$/i.test(tokens[first - 1]?.word ?? '') &&
        /^(?:session|sessions|round|rounds|series|wave|phase|stage|spate)$/i.test(tokens[first - 2]?.word ?? '')
      )
        break;
      return [{ start: tokens[first]!.start, end: t.end }];
    }
  }
  // "His fight against Tony Briggs in November 1971, which went …", "the referendum of June 2016, which":
  // right after the date, the pronoun stands for the happening the date places, the head of the phrase
  // before it (up to its first preposition other than "of").
  // ("a budget in September that sent the pound to a record low": so does "that" right after the date.)
  if (
    tokens[j]?.marker &&
    /^(?:in|on|of|during)$/i.test(tokens[j - 1]?.word ?? '') &&
    (tokens[relative - 1]?.word === ',' || (/^that$/i.test(tokens[relative]?.word ?? '') && j === relative - 1))
  ) {
    let start = j - 2;
    while (start >= 0 && !tokens[start]!.marker && !heads.has(start) && !isBoundary(tokens[start]!)) start--;
    let k = start + 1;
    while (k < j - 1 && DETERMINERS.test(tokens[k]!.word)) k++;
    let end = k;
    while (end < j - 1 && (tokens[end]!.word === 'of' || !isPreposition(tokens[end]!.word.toLowerCase()))) end++;
    if (end > k && end - k <= 5) return [{ start: tokens[k]!.start, end: tokens[end - 1]!.end }];
  }
  // "announced a 10-for-1 stock split last month, which takes effect on Friday": another date closing the phrase
  // before the pronoun is stepped over, to the noun it dates.
  if (
    /^(?:week|month|year|quarter)$/i.test(tokens[j]?.word ?? '') &&
    /^(?:last|this|next|earlier|later)$/i.test(tokens[j - 1]?.word ?? '') &&
    tokens[relative - 1]?.word === ',' &&
    /^which$/i.test(tokens[relative]?.word ?? '')
  )
    j -= 2;
  // 'He directed "The Piano Teacher", which won …': "which" after a title in quotation marks stands for the title.
  if (/^["”]$/.test(tokens[j]?.word ?? '') && /^which$/i.test(tokens[relative]?.word ?? '')) {
    const open = titleOpening(tokens, j);
    if (open >= 0) return [{ start: tokens[open]!.start, end: tokens[j]!.end }];
  }
  // "Smith, 76, who had ruled …": an age between a name and its clause is stepped over.
  if (
    /^\d{1,3}$/.test(tokens[j]?.word ?? '') &&
    tokens[j - 1]?.word === ',' &&
    /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[j - 2]?.word ?? '')
  )
    j -= 2;
  const end = j + 1;
  // The "of" up to six words before the pronoun's comma, if any: "… of the opposition Democratic Party, who".
  const relativeAfterComma =
    tokens[relative - 1]?.word === ',' && /^(?:who|which)$/i.test(tokens[relative]?.word ?? '');
  let ofAt = end - 1;
  while (
    relativeAfterComma &&
    ofAt > 0 &&
    end - ofAt < 7 &&
    tokens[ofAt]!.word !== 'of' &&
    !tokens[ofAt]!.marker &&
    !isBoundary(tokens[ofAt]!)
  )
    ofAt--;
  // "Jane Doe of the opposition Democratic Party, who narrowly lost …": "who" after a body named after "of the"
  // stands for the person whose body it is, the name before "of" (not "the chairman of the party, who").
  if (relativeAfterComma && /^who$/i.test(tokens[relative]!.word)) {
    let first = ofAt - 1;
    while (first > 0 && ofAt - first < 4 && isCapitalised(tokens[first - 1]!.word) && !tokens[first - 1]!.marker)
      first--;
    if (
      tokens[ofAt]?.word === 'of' &&
      /^the$/i.test(tokens[ofAt + 1]?.word ?? '') &&
      ORG_HEADS.has(tokens[end - 1]!.word.toLowerCase()) &&
      first < ofAt &&
      tokens.slice(first, ofAt).every((t) => isCapitalised(t.word) && !ORG_HEADS.has(t.word.toLowerCase())) &&
      !isCapitalised(tokens[first - 1]?.word ?? '')
    )
      return [{ start: tokens[first]!.start, end: tokens[ofAt - 1]!.end }];
  }
  // "an offshoot of the Kurdistan Workers' Party, which has waged …": "which" after a body named after "of the"
  // stands for the body, not for the noun before "of".
  if (
    relativeAfterComma &&
    /^which$/i.test(tokens[relative]!.word) &&
    tokens[ofAt]?.word === 'of' &&
    /^the$/i.test(tokens[ofAt + 1]?.word ?? '') &&
    ofAt + 2 < end &&
    tokens.slice(ofAt + 2, end).every((t) => /^(?:\p{Lu}[\p{L}.'’&-]*|['’])$/u.test(t.word) && !t.marker) &&
    ORG_HEADS.has(tokens[end - 1]!.word.toLowerCase())
  )
    return [{ start: tokens[ofAt + 2]!.start, end: tokens[end - 1]!.end }];
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.marker || heads.has(j) || (isBoundary(t) && t.word.toLowerCase() !== 'and')) break;
  }
  // "seeks to fend off Apple, which is expected to …": a verb's particle right after it is no part of the noun.
  if (heads.has(j) && /^(?:off|up|out|down|away|back|aside)$/i.test(tokens[j + 1]?.word ?? '') && j + 2 < end) j++;
  const words = tokens.slice(j + 1, end).map((t) => t.word.toLowerCase());
  // (Not a place or a part after "be": "He was on the passenger list of a jet that crashed" is the jet's clause.)
  const copula = isPreposition(words[0] ?? '') ? undefined : groups.find((g) => g.head === j && g.base === 'be');
  // "Webb is the successor to the Hubble telescope, which was launched in 1990": after a comma, a pronoun
  // stands for the noun right before it, here one after a preposition; the copula's own noun is its subject.
  const nearest = tokens[relative - 1]?.word === ',' && words.some((w) => w !== 'of' && isPreposition(w));
  // "The last pope to resign was Gregory XII, who stepped down in 1415": "who" after a name that completes the
  // copula stands for that person.
  // ("The last bank of comparable size to collapse was Washington Mutual, which failed in September 2008": so does
  // "which" after a comma and a name.)
  const named =
    (/^who$/i.test(tokens[relative]?.word ?? '') ||
      (/^which$/i.test(tokens[relative]?.word ?? '') && tokens[relative - 1]?.word === ',')) &&
    end > j + 1 &&
    tokens.slice(j + 1, end).every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.word) && !t.marker);
  if (copula && named) return [{ start: tokens[j + 1]!.start, end: tokens[end - 1]!.end }];
  // "…, replaces Elisabeth Borne, who resigned on Monday": "who" after a comma stands for the name that ends the
  // phrase before it, not for a word before the name (a verb not known as one).
  if (/^who$/i.test(tokens[relative]?.word ?? '') && tokens[relative - 1]?.word === ',' && end - 1 > j + 1) {
    let first = end - 1;
    // (Past a particle inside a recognised name, and past four words inside one: "Luiz Inacio Lula da Silva".)
    while (
      first - 1 > j &&
      (end - first < 4 || tokens[first - 1]!.name) &&
      (/^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[first - 1]!.word) || tokens[first - 1]!.within) &&
      !tokens[first - 1]!.marker &&
      !DATE_WORD.test(tokens[first - 1]!.word)
    )
      first--;
    const before = tokens[first - 1]?.word ?? '';
    if (
      /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[end - 1]!.word) &&
      !tokens[end - 1]!.marker &&
      first - 1 > j &&
      /^\p{Ll}+$/u.test(before) &&
      // (A role before the name is said with it: "Chief executive Jensen Huang, who co-founded the firm …".)
      !ROLE_HEADS.test(before) &&
      !DETERMINERS.test(before) &&
      !isPreposition(before) &&
      !/^(?:and|or)$/.test(before)
    )
      return [{ start: tokens[first]!.start, end: tokens[end - 1]!.end }];
  }
  // (Not a pronoun: "It was the fifth test flight of Starship, which NASA plans to use" is the phrase's.)
  const copulaSubject = copula && !nearest ? subjectSpan(tokens, copula.first, heads) : [];
  // ("Her first test will be the budget, which must be sent to Brussels": after a comma, a subject with no name
  // in it gives way to the noun phrase the copula gives it, right before the pronoun.)
  const unnamed =
    tokens[relative - 1]?.word === ',' &&
    (DETERMINERS.test(words[0] ?? '') || /^(?:next|last)$/.test(words[0] ?? '')) &&
    // (Not one of a kind, "the last of many", which names no thing of its own.)
    !words.includes('of') &&
    !tokens.some(
      (t) =>
        copulaSubject.some((p) => t.start >= p.start && t.end <= p.end) &&
        isCapitalised(t.word) &&
        !DETERMINERS.test(t.word),
    );
  if (
    copulaSubject.length &&
    !unnamed &&
    !(
      copulaSubject.length === 1 &&
      /^(?:it|this|that)$/i.test(tokens.find((t) => t.start === copulaSubject[0]!.start)?.word ?? '')
    )
  )
    return copulaSubject;
  // "Dan Ives, an analyst at Wedbush Securities, who expects …", "the Vasa, the flagship of King Gustav,
  // which sank …": "who" or "which" after an apposition stands for the name the apposition describes.
  // (Not one naming no thing, "the deadliest", which may describe something else before the name; nor, for
  // "which", a person's role: "Fritz Henderson, the chief executive of Acme, which filed …" is Acme's clause.)
  const role = words.slice(
    0,
    Math.max(
      0,
      words.findIndex((w, k) => k > 0 && isPreposition(w)),
    ) || words.length,
  );
  if (
    /^(?:who|which)$/i.test(tokens[relative]?.word ?? '') &&
    tokens[j]?.word === ',' &&
    /^(?:a|an|the)$/.test(words[0] ?? '') &&
    !/^(?:\p{Ll}+est|first|last|only|worst|best|same)$/u.test(words[1] ?? '') &&
    !(tokens[relative]!.word.toLowerCase() === 'which' && role.some((w) => ROLE_HEADS.test(w)))
  ) {
    let k = j - 1;
    // "Keller, 57, a former McKinsey consultant who …": an age set off before the apposition is stepped over.
    if (/^\d{1,3}$/.test(tokens[k]?.word ?? '') && tokens[k - 1]?.word === ',') k -= 2;
    const last = k;
    while (k >= 0 && isCapitalised(tokens[k]!.word) && !tokens[k]!.marker) k--;
    if (k < last) return [{ start: tokens[k + 1]!.start, end: tokens[last]!.end }];
  }
  // "Ciaran follows Storm Babet, which killed …": a name right after a third-person present between it and the
  // sentence's own subject (a verb not known as one) is what the pronoun stands for.
  let name = end - 1;
  while (name > j + 1 && isCapitalised(tokens[name]!.word) && !tokens[name]!.marker) name--;
  const plain = tokens[name]!.word;
  if (
    name < end - 1 &&
    name > j + 1 &&
    isPresentShape(plain) &&
    !isGrammarWord(plain) &&
    !ADVERBS.has(plain) &&
    tokens.slice(j + 1, name).every((t) => isCapitalised(t.word))
  )
    return [{ start: tokens[name + 1]!.start, end: tokens[end - 1]!.end }];
  // "was spared the worst of Hurricane Michael, which devastated …", "the brunt of the storm, which killed …": after a
  // part or a share of a thing, the pronoun stands for the thing.
  const partOf = words.indexOf('of');
  // "a strike of actors, who walked off the job": "who" stands for people, the plural after "of", when the noun
  // before it names none (not "the leader of the rebels, who …", a person's role).
  const people = /^(?:\p{Ll}+(?:ers|ors|ists|ians|ants|ents)|people|men|women|children|workers|staff|residents)$/u;
  const personal = /^\p{Ll}+(?:er|or|ist|ian|ant|ent)s?$/u;
  if (
    /^who$/i.test(tokens[relative]?.word ?? '') &&
    partOf > 0 &&
    !personal.test(words[partOf - 1]!) &&
    !ROLE_HEADS.test(words[partOf - 1]!) &&
    people.test(words.at(-1) ?? '') &&
    words.length - partOf <= 4 &&
    tokens.slice(j + 2 + partOf, end).every((t) => /^\p{Ll}+$/u.test(t.word) && !t.marker)
  ) {
    const first = j + 2 + partOf + (DETERMINERS.test(tokens[j + 2 + partOf]!.word) ? 1 : 0);
    return [{ start: tokens[first]!.start, end: tokens[end - 1]!.end }];
  }
  if (
    partOf > 0 &&
    /^(?:worst|brunt|bulk|rest|remnants|remains|tail|edge|eye|path|aftermath|wake|force)$/.test(words[partOf - 1]!) &&
    partOf + 1 < words.length &&
    tokens.slice(j + 2 + partOf, end).every((t) => !t.marker && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(t.word)) &&
    end - (j + 2 + partOf) <= 4
  ) {
    const named = j + 2 + partOf + (/^the$/i.test(tokens[j + 2 + partOf]!.word) ? 1 : 0);
    if (named < end) return [{ start: tokens[named]!.start, end: tokens[end - 1]!.end }];
  }
  let from = 0;
  let to = words.length;
  // Where the phrase of unrest ends, its "against" phrase with it (see `outbreak`).
  let unrestTo = -1;
  for (let p = to - 1; p >= 0; p--) {
    const w = words[p]!;
    if (w === 'of' || !isPreposition(w)) continue;
    // ("of about 4,000 people": a hedge before a number opens no phrase.)
    if (/^(?:about|around|over|under)$/.test(w) && /^\d/.test(words[p + 1] ?? '')) continue;
    // ("the Africa Centres for Disease Control and Prevention, which": a preposition inside a name.)
    if (w === 'for' && j + p > 0 && isCapitalised(tokens[j + p]!.word) && isCapitalised(tokens[j + 2 + p]?.word ?? ''))
      continue;
    const phrase = tokens.slice(j + 2 + p, j + 1 + to);
    // "the European Championship in Germany, which starts": a place where a thing is, is not that thing.
    // So for "that" with no comma after a place on a way ("a five-month march across India that ended in
    // Kashmir"): a clause that restricts is not said of a name.
    const where =
      ((/^(?:in|at)$/.test(w) && tokens[relative]?.word.toLowerCase() === 'which') ||
        (/^(?:in|at|across|through|throughout|around|to|from|into)$/.test(w) &&
          tokens[relative]?.word === 'that' &&
          tokens[relative - 1]?.word !== ',')) &&
      words.slice(0, p).some((x) => DETERMINERS.test(x)) &&
      phrase.length <= 3 &&
      phrase.every((t) => isCapitalised(t.word));
    // "a tariff deal with Washington, which was signed", "talks with Iran, which began": what a name is dealt or
    // talked "with" is not what is signed or begins; the pronoun stands for the noun before.
    const dealtWith =
      w === 'with' &&
      tokens[relative]?.word.toLowerCase() === 'which' &&
      tokens[relative - 1]?.word === ',' &&
      words.slice(0, p).some((x) => DETERMINERS.test(x)) &&
      phrase.length > 0 &&
      phrase.length <= 4 &&
      phrase.every((t, n) => (isCapitalised(t.word) || (n === 0 && t.word === 'the')) && !t.marker) &&
      (/^(?:was|were|is|are|has been|had been)$/i.test(tokens[relative + 1]?.word ?? '') ||
        /^(?:began|begins|started|starts|ended|ends|collapsed|expired|expires|stalled|resumed|resumes)$/i.test(
          tokens[relative + 1]?.word ?? '',
        ));
    // "a summer camp for girls that was founded in 1926": what is founded or built is the thing made for them.
    // (A noun before "for": not "would pay for the bridge, which opened in 1977", a verb's object.)
    const madeFor =
      w === 'for' &&
      p > 0 &&
      /^(?:that|which)$/i.test(tokens[relative]?.word ?? '') &&
      /^(?:(?:was|were|had been)\s+)?(?:founded|established|built|opened|created|launched|set up)\b/i.test(
        tokens
          .slice(relative + 1, relative + 4)
          .map((t) => t.word)
          .join(' '),
      ) &&
      phrase.length > 0 &&
      phrase.every((t) => /^\p{Ll}+$/u.test(t.word) && !t.marker);
    // "a strike by 33,000 machinists, which began": "which" stands for no people, so not for the agent.
    // ("the strike by teachers that began in May": "that" too.)
    const agents =
      w === 'by' &&
      /^(?:which|that)$/i.test(tokens[relative]?.word ?? '') &&
      /^\p{Ll}+s$/u.test(phrase.at(-1)?.word ?? '');
    // "relations between Paris and the junta, which seized power", "talks between the union and the bosses,
    // who walked out": "who", or "which" or "that" before a verb only an actor does, stands for the last of
    // the names joined, not for the noun they belong to ("the war between them, which began").
    const and = words.lastIndexOf('and', to - 1);
    if (
      (w === 'between' || w === 'among') &&
      and > p + 1 &&
      (/^(?:who|whom|whose)$/i.test(tokens[relative]!.word) || actsAlone(tokens, relative))
    ) {
      from = and + 1;
      break;
    }
    // "talks with Kabul, which are scheduled to start": a plural verb does not agree with one name, so the
    // pronoun stands for the plural before its preposition.
    const disagrees =
      /^(?:are|were|have)$/i.test(tokens[relative + 1]?.word ?? '') &&
      phrase.length > 0 &&
      phrase.every((t) => isCapitalised(t.word)) &&
      !/s$/.test(phrase.at(-1)!.word) &&
      /^\p{Ll}{3,}s$/u.test(words[p - 1] ?? '');
    if (disagrees) return [{ start: tokens[j + p]!.start, end: tokens[j + p]!.end }];
    // "mass protests against inequality that erupted in October 2019": what breaks out is the happening before the
    // preposition, not what it is against.
    const outbreak =
      /^(?:against|over|about)$/.test(w) &&
      /^(?:that|which)$/i.test(tokens[relative]?.word ?? '') &&
      OUTBREAK_VERBS.test(tokens[relative + 1]?.word.toLowerCase() ?? '') &&
      UNREST_NOUNS.test(words[p - 1] ?? '') &&
      !phrase.some((t) => UNREST_NOUNS.test(t.word.toLowerCase()));
    if (outbreak && unrestTo < 0) unrestTo = to;
    // "the eighth amendment to the constitution, which was added in 1983": a thing added to another is the noun
    // before "to", what is added or passed.
    const addedTo =
      w === 'to' &&
      p > 0 &&
      /^(?:amendments?|addendum|annex(?:es)?|appendix|protocols?|riders?|supplements?|sequels?)$/.test(words[p - 1]!);
    if (
      addedTo ||
      w === 'between' ||
      w === 'among' ||
      outbreak ||
      agents ||
      madeFor ||
      where ||
      dealtWith ||
      phrase.some((t) => DATE_WORD.test(t.word) || /^(?:day|week|month|year|morning|evening|night)s?$/i.test(t.word))
    ) {
      to = p;
      continue;
    }
    from = p + 1;
    break;
  }
  // "grew out of mass protests that erupted", "serve out Castillo's term, which runs": a verb's particle (and its
  // "of") opens no noun phrase.
  if (/^(?:out|up|down|off|back|away)$/.test(words[from] ?? '') && to - from > 2)
    from += words[from + 1] === 'of' ? 2 : 1;
  if (unrestTo > to) to = unrestTo;
  // "raised rates to fight inflation, which peaked": a purpose's verb after "to" is no part of its object.
  if (words[from - 1] === 'to' && PURPOSE_VERB.test(words[from] ?? '') && to - from >= 2) from += 1;
  // "The WHO expects the rainy season, which …": a determiner after a word that joins nothing (a verb
  // not known as one) opens the noun phrase the pronoun stands for.
  // "the deadliest attack this year, which": a time after the noun is no part of it.
  const TIME_NOUN = /^(?:day|week|month|year|decade|century|season|morning|afternoon|evening|night|weekend)$/;
  while (to - from > 2 && /^(?:this|that|last|next)$/.test(words[to - 2]!) && TIME_NOUN.test(words[to - 1]!)) to -= 2;
  for (let q = to - 1; q > from; q--) {
    const joins = words[q - 1] === 'and' || words[q - 1] === 'or' || isPreposition(words[q - 1]!);
    if (DETERMINERS.test(words[q]!) && !joins && !/^(?:'s|’s)$/.test(words[q - 1]!)) {
      from = q;
      break;
    }
  }
  // "pay for the reconstruction of the bridge, which opened in 1977": after a comma, "which" after a noun of
  // doing something to a thing stands for that thing, when the thing has its own determiner or is a name;
  // not before a verb a happening does ("the restoration of the chapel, which began").
  const of = words.lastIndexOf('of', to - 2);
  const doing = words[of - 1] ?? '';
  // ("repeated breakdowns of a giant auger machine, which broke down for good": a noun of the very verb the clause
  // says is no thing that does it again.)
  const clauseVerb = baseForm(tokens[relative + 1]?.word.toLowerCase() ?? '');
  const sameDeed = clauseVerb.length >= 4 && doing.startsWith(clauseVerb);
  if (
    of > from &&
    tokens[relative]?.word.toLowerCase() === 'which' &&
    tokens[relative - 1]?.word === ',' &&
    /^\p{Ll}/u.test(tokens[j + of]!.word) &&
    (/^\p{Ll}{3,}(?:tion|sion|ment|ing)$/u.test(doing) || verbOfNoun(doing) !== null || sameDeed) &&
    (DETERMINERS.test(words[of + 1]!) || isCapitalised(tokens[j + 2 + of]!.word)) &&
    (!HAPPENING_VERBS.test(tokens[relative + 1]?.word.toLowerCase() ?? '') || sameDeed)
  )
    from = of + 1;
  // "a fishing town of about 4,000 people that was evacuated in November": a count after "of" says how big the
  // noun before it is, which the pronoun stands for.
  else if (
    of > from &&
    /^\p{Ll}{3,}$/u.test(doing) &&
    !COUNT.test(doing) &&
    !/^(?:one|some|most|many|all|both|none|each|several|half|part|rest|number|total|tens|dozens|hundreds|thousands|millions)$/.test(
      doing,
    ) &&
    /^(?:(?:about|some|around|nearly|almost|roughly|over|under|just|more|fewer|less|than)\s+)*\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+\p{Ll}+){1,2}$/u.test(
      words.slice(of + 1, to).join(' '),
    )
  )
    to = of;
  // "interim results of a trial that began on March 23", "pilots of the jet that crashed last month": with no
  // comma, a pronoun after "of" and a noun with its article stands for that noun.
  else if (of > from && tokens[relative - 1]?.word !== ',' && /^(?:a|an|the)$/.test(words[of + 1] ?? '')) from = of + 1;
  while (from < to && (DETERMINERS.test(words[from]!) || isPreposition(words[from]!) || words[from] === 'and')) from++;
  while (to > from && words[to - 1] === 'and') to--;
  if (from >= to) return [];
  return [{ start: tokens[j + 1 + from]!.start, end: tokens[j + to]!.end }];
}

/**
 * "won the US Open in 2022 and Wimbledon last July": when the verb's object is a list whose first part has
 * a date of its own, the object of the date after "and" is its own part ("Wimbledon"). Null otherwise.
 */
function ownConjunct(
  tokens: readonly Token[],
  head: number,
  marker: number,
  text: string,
  entities: readonly Entity[],
): string | null {
  if (marker < 0 || head >= marker) return null;
  let and = -1;
  for (let k = marker - 1; k > head; k--) {
    if (tokens[k]!.word === 'and') {
      and = k;
      break;
    }
  }
  if (and < 0) return null;
  let end = marker - 1;
  while (end > and && /^(?:in|on|at|during)$/i.test(tokens[end]!.word)) end--;
  const part = tokens.slice(and + 1, end + 1);
  // ("and his last major at Roland Garros in 2022": up to seven words.)
  if (part.length === 0 || part.length > 7 || part.some((t) => isBoundary(t) || t.marker)) return null;
  // A noun phrase: a name, a number or a determiner first ("and underwent surgery" is a clause).
  if (!/^(?:\p{Lu}|\d|(?:the|a|an|his|her|its|their)$)/u.test(part[0]!.word)) return null;
  const first = tokens.slice(head + 1, and);
  if (!first.some((t) => /^\d{4}$/.test(t.word) || DATE_WORD.test(t.word))) return null;
  return compress(text, { start: part[0]!.start, end: part[part.length - 1]!.end }, entities);
}

/** Participles of a stage of some work ("begun", "halted"): said of the work, not of what it works on. */
const STAGES =
  /^(?:begun|started|launched|resumed|halted|stopped|suspended|stalled|delayed|postponed|completed|finished)$/;

/** The word of token `k` in lower case, or '' past either end. */
const wordAt = (tokens: readonly Token[], k: number): string => tokens[k]?.word.toLowerCase() ?? '';

/**
 * The first token of a count's phrase that opens at `from`, with the hedge before its number: "more than" before
 * "13.7 million", "at least" before "40", "over" before "200". `from` itself when there is none.
 */
function withCountHedge(tokens: readonly Token[], from: number): number {
  const word = (k: number): string => wordAt(tokens, k);
  // ("more than a dozen candidates": "a" before a count's noun is its number.)
  if (/^(?:dozen|hundred|thousand|million|billion)$/.test(word(from)) && word(from - 1) === 'a') {
    const hedged = withCountHedge(tokens, from - 1);
    return hedged < from - 1 ? hedged : from - 1;
  }
  if (word(from) === 'than' && /^(?:more|fewer|less)$/.test(word(from - 1))) return from - 1;
  if (/^(?:least|most)$/.test(word(from)) && word(from - 1) === 'at') return from - 1;
  if (
    /^\d/.test(word(from)) &&
    /^(?:over|under|nearly|almost|about|around|roughly|approximately|some)$/.test(word(from - 1))
  )
    return from - 1;
  if ((/^\d/.test(word(from)) || word(from) === 'a') && /^(?:than|least|most)$/.test(word(from - 1))) {
    const hedged = withCountHedge(tokens, from - 1);
    return hedged < from - 1 ? hedged : from;
  }
  return from;
}

/**
 * The noun phrase a reduced participle describes ("existing plans" in "comes on top of existing plans
 * announced in January"): up to four words back to a preposition, a verb, a determiner or a break.
 */
function modifiedNoun(tokens: readonly Token[], participle: number, heads: ReadonlySet<number>): Span[] {
  // Past adverbs and the comma of an aside ("The mission, first proposed …").
  let end = participle;
  while (end > 0 && ADVERBS.has(tokens[end - 1]!.word)) end--;
  const aside = tokens[end - 1]?.word === ',';
  if (aside) end--;
  // 'Her solo album "Private Dancer", released in 1984': the noun a title names, with the title.
  const title = aside && /^["”]$/.test(tokens[end - 1]?.word ?? '') ? titleBefore(tokens, end - 1) : -1;
  if (title > 0) {
    let start = title;
    while (start - 1 >= 0 && title - start < 3 && /^\p{Ll}[\p{L}-]*$/u.test(tokens[start - 1]!.word)) {
      const w = tokens[start - 1]!.word;
      if (isGrammarWord(w) || heads.has(start - 1)) break;
      start--;
    }
    if (start < title) return [{ start: tokens[start]!.start, end: tokens[end - 1]!.end }];
  }
  // 'came with "Ghosts", first staged in 1996': a title alone, set off by the comma, with its marks.
  const alone = aside && /^["”]$/.test(tokens[end - 1]?.word ?? '') ? titleOpening(tokens, end - 1) : -1;
  if (alone >= 0) return [{ start: tokens[alone]!.start, end: tokens[end - 1]!.end }];
  let from = end;
  while (from - 1 >= 0 && end - from < 4) {
    const t = tokens[from - 1]!;
    const w = t.word.toLowerCase();
    if (t.marker || isBoundary(t) || heads.has(from - 1) || isPreposition(w) || DETERMINERS.test(w)) break;
    from--;
  }
  // "with more than 13.7 million hectares burned", "at least 40 homes", "over 200 flights": a count's hedge
  // belongs to it, past the limit and a preposition.
  from = withCountHedge(tokens, from);
  // "a trial of about 1,800 patients published in November": people are not what a report's participle says was
  // done; the noun before "of" is ("Trial of about 1,800 patients is published").
  if (
    tokens[from - 1]?.word === 'of' &&
    /^(?:patients|people|adults|children|participants|volunteers|workers|women|men|voters|residents|students|respondents)$/.test(
      tokens[end - 1]?.word ?? '',
    ) &&
    /^(?:published|released|conducted|held|presented|issued|reported|announced)$/.test(tokens[participle]?.word ?? '')
  ) {
    let start = from - 1;
    while (
      start - 1 >= 0 &&
      from - 1 - start < 3 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[start - 1]!.word) &&
      !DETERMINERS.test(tokens[start - 1]!.word) &&
      !isPreposition(tokens[start - 1]!.word) &&
      !heads.has(start - 1)
    )
      start--;
    if (start < from - 1) from = start;
  }
  // "The European Space Agency's Juice probe, launched in April 2023, …": a name is not cut at that limit.
  while (
    from - 1 >= 0 &&
    end - from < 8 &&
    isCapitalised(tokens[from]?.word ?? '') &&
    isCapitalised(tokens[from - 1]!.word) &&
    !tokens[from - 1]!.marker &&
    !DETERMINERS.test(tokens[from - 1]!.word) &&
    !DATE_WORD.test(tokens[from - 1]!.word) &&
    !heads.has(from - 1)
  )
    from--;
  if (from === end) return [];
  // "Construction of the bridge, begun in 2019, …": after a comma, a participle of starting or stopping
  // describes a noun of doing before "of", not the thing done.
  const of = tokens.slice(0, end).findLastIndex((t) => t.word === 'of');
  const doing = tokens[of - 1]?.word ?? '';
  if (
    aside &&
    of > 0 &&
    STAGES.test(tokens[participle]!.word) &&
    (/^\p{L}{3,}(?:tion|sion|ment)$/u.test(doing) || verbOfNoun(doing) !== null) &&
    !tokens.slice(of, end).some((t, k) => t.marker || isBoundary(t) || heads.has(of + k))
  ) {
    let start = of - 1;
    while (start > 0 && /^\p{Ll}+$/u.test(tokens[start - 1]!.word) && !isGrammarWord(tokens[start - 1]!.word)) start--;
    return [{ start: tokens[start]!.start, end: tokens[of - 1]!.end }];
  }
  // "the previous high of 4.76 metres set in 1941": an amount after "of" measures the noun before it, which
  // is what the participle describes.
  if (tokens[from - 1]?.word === 'of' && /^[\d$€£¥]/u.test(tokens[from]!.word)) {
    let head = from - 1;
    while (head - 1 >= 0 && from - 1 - head < 3) {
      const t = tokens[head - 1]!;
      const w = t.word.toLowerCase();
      if (t.marker || isBoundary(t) || heads.has(head - 1) || isPreposition(w) || DETERMINERS.test(w)) break;
      head--;
    }
    if (head < from - 1) from = head;
  }
  // "A report by the UN climate panel, due to be published on Monday, is …": an aside after the noun phrase the
  // sentence opens with describes that phrase's head, not the noun after its preposition.
  // So after "between" two names ("The line between Birmingham and Manchester, first proposed in 2010, …").
  // So after "at" or "in" a place ("The experiment at the laboratory in California, conducted on December 5, …").
  const prep = tokens.findIndex((t, k) => k >= 2 && k <= 4 && /^(?:by|of|from|between|at|in)$/i.test(t.word));
  const joinsNames = (k: number): boolean =>
    tokens[k]!.word === 'and' && isCapitalised(tokens[k - 1]?.word ?? '') && isCapitalised(tokens[k + 1]?.word ?? '');
  if (
    aside &&
    prep > 0 &&
    prep < from &&
    DETERMINERS_ARTICLE.test(tokens[0]!.word) &&
    // (No verb before the comma: "The valley is covered by the Alpine Convention, adopted in 1991".)
    !tokens
      .slice(1, end)
      .some((t, k) => t.marker || (isBoundary(t) && !joinsNames(1 + k)) || BE.has(t.word) || heads.has(1 + k)) &&
    tokens.slice(1, prep).every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.word) && !isGrammarWord(t.word))
  )
    return [{ start: tokens[1]!.start, end: tokens[prep - 1]!.end }];
  return [{ start: tokens[from]!.start, end: tokens[end - 1]!.end }];
}

/** The subject of the sentence's main clause: the words before its first verb group. */
function mainSubject(tokens: readonly Token[], groups: readonly VerbGroup[]): Span[] {
  // After a participle phrase opening the sentence, the main clause starts past its comma ("Born in Tel Aviv in
  // 1934 while his mother was visiting relatives, he grew up …": not the mother).
  let opener = groups[0]?.first === 0 && groups[0].gerund ? tokens.findIndex((t) => t.word === ',') : -1;
  // ("Born in 1935 in Shenyang, in what was then Japanese-occupied Manchuria, Ozawa studied …": past an aside
  // opening with a preposition or a relative word, to the comma before the main clause.)
  while (opener > 0 && /^(?:in|on|at|near|from|where|which|who|then|now)$/i.test(tokens[opener + 1]?.word ?? '')) {
    const next = tokens.findIndex((t, k) => k > opener && t.word === ',');
    if (next < 0) break;
    opener = next;
  }
  const firstVerb = groups.find((g) => !g.gerund && g.first > opener);
  let end = firstVerb ? firstVerb.first : -1;
  if (end < 0) {
    end = tokens.findIndex((t) => /^(?:is|are|was|were|has|have|had)$/i.test(t.word));
    if (end < 0) return openingNounPhrase(tokens, groups);
  }
  return subjectSpan(tokens, end);
}

/**
 * "Started in 1990, the Taipei lantern festival continues …": after a participle phrase opening the sentence,
 * the noun phrase after its comma, up to a present verb not known as one (a plain word in "-s" after the
 * noun), an adverb or a break.
 */
function openingNounPhrase(tokens: readonly Token[], groups: readonly VerbGroup[]): Span[] {
  const opening = groups[0];
  if (!opening || opening.first !== 0 || !opening.gerund) return [];
  const comma = tokens.findIndex((t) => t.word === ',');
  let from = comma + 1;
  while (from < tokens.length && DETERMINERS.test(tokens[from]!.word)) from++;
  let to = from;
  while (to < tokens.length && to - from < 4) {
    const t = tokens[to]!;
    const w = t.word.toLowerCase();
    if (
      t.marker ||
      isBoundary(t) ||
      isPunctuation(t) ||
      isPreposition(w) ||
      ADVERBS.has(w) ||
      /^\p{Ll}+ly$/u.test(t.word)
    )
      break;
    if (to > from && isPresentShape(t.word)) break;
    if (groups.some((g) => g.first === to)) break;
    to++;
  }
  if (comma < 1 || to === from) return [];
  return [{ start: tokens[from]!.start, end: tokens[to - 1]!.end }];
}

/** A plural unit of time, said with no count ("minutes before lift-off"). */
const BARE_UNIT = /^(?:seconds|minutes|hours|days|weeks)$/i;

/**
 * Whether a length of time that says when within something opens at token `i`: hedged ("about an hour and 45
 * minutes into its descent"), or before "into", "after", "later" … ("four minutes after lift-off"); not one after
 * a preposition, which is its phrase ("over the three weeks").
 */
function lengthWithin(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.word.toLowerCase() ?? '';
  const count = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
  const hedged = /^(?:about|around|some|nearly|almost|roughly|just|barely)$/.test(w);
  const unitAt = hedged ? i + 2 : i + 1;
  // ("was called off minutes before lift-off": a bare plural unit too.)
  if (
    BARE_UNIT.test(w) &&
    /^(?:before|after|later|earlier|into)$/i.test(tokens[i + 1]?.word ?? '') &&
    !isPreposition(tokens[i - 1]?.word.toLowerCase() ?? '') &&
    !DETERMINERS.test(tokens[i - 1]?.word ?? '') &&
    // (Not counted: "four minutes into its flight" is said whole.)
    !/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some)$/i.test(
      tokens[i - 1]?.word ?? '',
    )
  )
    return true;
  return (
    !isPreposition(tokens[i - 1]?.word.toLowerCase() ?? '') &&
    (hedged ? count.test(tokens[i + 1]?.word ?? '') : count.test(w)) &&
    /^(?:seconds?|minutes?|hours?|days?|weeks?)$/i.test(tokens[unitAt]?.word ?? '') &&
    (hedged || /^(?:into|later|earlier|after|before|and)$/i.test(tokens[unitAt + 1]?.word ?? ''))
  );
}

/** "for years", "for his entire career", "for more than a decade" closing a clause: how long something lasted. */
const LASTED =
  /\bfor\s+(?:(?:his|her|its|their|the|a|an|so|too|most|much|of|all|entire|whole|past|last|several|many|more|than|over|nearly|almost|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:years?|decades?|months?|weeks?|days?|hours?|career|life|lifetime|century|centuries|generations?|long|ages|time)$/i;

/** Nouns joined by "and" into one thing, which an object does not end inside ("Russia's track and field federation"). */
const BINOMIALS = new Set([
  'track and field',
  'research and development',
  'oil and gas',
  'law and order',
  'search and rescue',
  'health and safety',
  'mergers and acquisitions',
  'science and technology',
  'arts and crafts',
  'rock and roll',
  'trial and error',
  'food and drink',
  'bed and breakfast',
  'wear and tear',
]);

/**
 * Whether token `k` is a participle (a regular past or an irregular participle) describing the plain noun right
 * before it ("a text written", "treatment based", "two men suspected"): the word the object's trims drop with the
 * phrase the participle led to.
 */
function participleAfterNoun(tokens: readonly Token[], k: number): boolean {
  const participle = tokens[k]?.word ?? '';
  const noun = tokens[k - 1]?.word ?? '';
  return (
    (Object.hasOwn(PARTICIPLES, participle) || REGULAR_PAST.test(participle)) &&
    /^\p{Ll}{3,}$/u.test(noun) &&
    !isGrammarWord(noun) &&
    !ADVERBS.has(noun)
  );
}

/** Words for a part of a land, which two at a time may go before its name ("southern and western Europe"). */
const REGION_WORD =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal)$/;

/** Figures a period has, which its date may qualify ("second-quarter revenue", "annual sales"). */
const PERIOD_FIGURES =
  /^(?:revenues?|profits?|results|sales|earnings|growth|output|deliveries|losses|loss|income|turnover|figures)$/i;

/**
 * Words after the verb: stops at the date, a clause break, or a preposition of time or place; a
 * place phrase followed by "with"/"to"/… is dropped and reading goes on ("talks in Paris with X").
 */
function objectSpans(tokens: readonly Token[], from: number): Span[] {
  // "which rich countries met two years late", "arrived two hours late": how late or early is no object.
  if (
    /^(?:years?|months?|weeks?|days?|hours?|minutes?)$/i.test(tokens[from + 1]?.word ?? '') &&
    /^(?:late|early)$/i.test(tokens[from + 2]?.word ?? '')
  )
    return [];
  const pieces: Span[] = [];
  let pieceStart = -1;
  let last = -1;
  let words = 0;
  let i = from;
  // The "and" of a range of numbers the object opens with.
  let rangeAnd = -1;
  const closePiece = () => {
    if (pieceStart >= 0 && last >= pieceStart)
      pieces.push({ start: tokens[pieceStart]!.start, end: tokens[last]!.end });
    pieceStart = -1;
  };
  // Whether the phrase of a state ends before `k`: the sentence's end, a date, punctuation, a break or a preposition.
  const closesState = (k: number): boolean =>
    !tokens[k] ||
    tokens[k]!.marker === true ||
    isPunctuation(tokens[k]!) ||
    isBoundary(tokens[k]!) ||
    isPreposition(tokens[k]!.word);
  // "was sworn in on October 20", "stepped down in March": a particle right after the verb, with a
  // preposition (not an object) after it, belongs to the verb.
  // So is the "even" of "break even" ("is expected to break even before 2026"), whatever follows it.
  // Not "in" or "on" before a word of approximation ("was built in about 1440").
  const particle = (k: number): boolean =>
    k === from &&
    ((/^(?:in|on|off|out|down|up|over|back|away)$/i.test(tokens[k]?.word ?? '') &&
      isPreposition(tokens[k + 1]?.word.toLowerCase() ?? '') &&
      !(/^(?:in|on)$/i.test(tokens[k]?.word ?? '') && APPROXIMATION.test(tokens[k + 1]?.word.toLowerCase() ?? ''))) ||
      (/^even$/i.test(tokens[k]?.word ?? '') && /^(?:break|breaks|broke|breaking)$/i.test(tokens[k - 1]?.word ?? '')) ||
      // ("will be sworn in two weeks after the declaration": "sworn in" whatever follows.)
      (/^in$/i.test(tokens[k]?.word ?? '') && /^sworn$/i.test(tokens[k - 1]?.word ?? '')) ||
      // ("the death was being looked into with seriousness", "was agreed to on Monday": a preposition left at the
      // end of a passive, with no object of its own, is the verb's.)
      (/^(?:into|for|after|upon|with|at|to|about)$/i.test(tokens[k]?.word ?? '') &&
        isParticiple(tokens[k - 1]?.word ?? '') &&
        (tokens[k + 1] === undefined ||
          isPunctuation(tokens[k + 1]!) ||
          isPreposition(tokens[k + 1]!.word.toLowerCase()))));
  // "reported its second-quarter results": the date describes a thing someone has, inside the object.
  const owned = (k: number): boolean =>
    /^(?:its|their|his|her|our)$/i.test(tokens[k - 1]?.word ?? '') && /^\p{Ll}{3,}$/u.test(tokens[k + 1]?.word ?? '');
  // Past eight words, only to finish a name ("a support pillar of the Francis Scott Key Bridge").
  const inName = (k: number): boolean =>
    words < 11 &&
    isCapitalised(tokens[k]?.word ?? '') &&
    isCapitalised(tokens[k - 1]?.word ?? '') &&
    !tokens[k]!.marker;
  while (i < tokens.length && (words < 8 || inName(i))) {
    const t = tokens[i];
    // ("into the Rock and Roll Hall of Fame": a name's own "and" or "of".)
    if (t?.within && pieceStart >= 0) {
      last = i;
      i++;
      continue;
    }
    // A date inside the object's noun phrase, before a word of it, is left out of it: between its article and its
    // noun ("brokered the 1978 peace accords"), or owning the noun right after the verb ("won Sunday's snap
    // election").
    const next = tokens[i + 1]?.word ?? '';
    if (
      t?.marker &&
      /^\p{L}[\p{L}-]*$/u.test(next) &&
      !isPreposition(next.toLowerCase()) &&
      !CLAUSE_WORDS.has(next.toLowerCase()) &&
      ((!owned(i) &&
        words > 0 &&
        // (An infinitive's "to" is no preposition: "tried to overturn the 2020 election".)
        !tokens
          .slice(from, i)
          .some(
            (u, k, all) =>
              isPreposition(u.word.toLowerCase()) &&
              !(
                u.word === 'to' &&
                /^\p{Ll}{3,}$/u.test(all[k + 1]?.word ?? '') &&
                !isGrammarWord(all[k + 1]!.word) &&
                DETERMINERS.test(all[k + 2]?.word ?? '')
              ),
          ) &&
        (DETERMINERS.test(tokens[i - 1]?.word ?? '') ||
          // ("followed the disputed 2007 election": or an adjective in "-ed" after the article.)
          (/^\p{Ll}{3,}ed$/u.test(tokens[i - 1]?.word ?? '') && DETERMINERS.test(tokens[i - 2]?.word ?? '')))) ||
        (t.possessive && tokens.slice(from, i).every((u) => VERB_PARTICLE.test(u.word))) ||
        // ("reported second-quarter revenue of $11 billion": a period's figures right after the verb.)
        (i === from && PERIOD_FIGURES.test(next)))
    ) {
      closePiece();
      i++;
      continue;
    }
    // "overturned the landmark 1973 Roe v. Wade ruling": another date inside the object's noun phrase, between its
    // words, is left out too (the event says its own date).
    const prior = tokens[i - 1]?.word ?? '';
    if (
      t &&
      !t.marker &&
      words > 0 &&
      /^(?:1[5-9]|20)\d\d$/.test(t.word) &&
      /^\p{L}[\p{L}-]*$/u.test(next) &&
      !isPreposition(next.toLowerCase()) &&
      !CLAUSE_WORDS.has(next.toLowerCase()) &&
      (DETERMINERS.test(prior) || (/^\p{Ll}[\p{Ll}-]+$/u.test(prior) && !isGrammarWord(prior)))
    ) {
      closePiece();
      i++;
      continue;
    }
    // 'suffering from what the palace called "episodic mobility problems"': the words quoted are the object's noun,
    // said without the marks and without who called it so.
    // (After a preposition too, which stays: "suffering from …".)
    const what = /^what$/i.test(t?.word ?? '')
      ? i
      : t && isPreposition(t.word.toLowerCase()) && /^what$/i.test(tokens[i + 1]?.word ?? '')
        ? i + 1
        : -1;
    if (what >= 0) {
      const naming = tokens.slice(what + 1, what + 4).findIndex((u) => NAMING_VERB.test(u.word));
      const open = what + 2 + naming;
      const close = naming < 0 ? -1 : tokens.slice(open + 1, open + 8).findIndex((u) => /^["”]$/.test(u.word));
      if (
        naming > 0 &&
        /^["“]$/.test(tokens[open]?.word ?? '') &&
        close > 0 &&
        tokens.slice(open + 1, open + 1 + close).every((u) => !u.marker && /^[\p{L}\d][\p{L}\d'’-]*$/u.test(u.word))
      ) {
        if (what > i) {
          if (pieceStart < 0) pieceStart = i;
          last = i;
        }
        closePiece();
        pieceStart = open + 1;
        last = open + close;
        closePiece();
        break;
      }
    }
    // 'issued a "major tsunami" warning': a few words in quotation marks before the object's noun are part of it.
    if (t && /^["“]$/.test(t.word) && pieceStart >= 0) {
      const close = tokens.slice(i + 1, i + 6).findIndex((u) => /^["”]$/.test(u.word));
      const noun = tokens[i + 2 + close];
      if (
        close > 0 &&
        tokens.slice(i + 1, i + 1 + close).every((u) => !u.marker && /^[\p{L}\d][\p{L}\d'’-]*$/u.test(u.word)) &&
        noun &&
        !noun.marker &&
        /^\p{Ll}{3,}$/u.test(noun.word) &&
        !isGrammarWord(noun.word) &&
        !isPreposition(noun.word)
      ) {
        last = i + 2 + close;
        words += close + 1;
        i = last + 1;
        continue;
      }
      // 'suffered a "catastrophic implosion" that killed …': words in quotation marks after the object's article,
      // closing it, are its noun, said without the marks (not a quotation holding its own article: 'called the
      // plan "a disaster"').
      // (So after the article and up to three words of size or kind: 'inherited a £22 billion "black hole"'.)
      const afterArticle =
        DETERMINERS.test(tokens[i - 1]?.word ?? '') ||
        (DETERMINERS_ARTICLE.test(tokens[pieceStart]?.word ?? '') &&
          i - pieceStart <= 4 &&
          tokens
            .slice(pieceStart + 1, i)
            .every((u) => !u.marker && !isGrammarWord(u.word) && /^[\p{L}\d$€£¥][\p{L}\d.,'’-]*$/u.test(u.word)));
      if (
        afterArticle &&
        !DETERMINERS.test(tokens[i + 1]?.word ?? '') &&
        close > 0 &&
        close <= 4 &&
        tokens.slice(i + 1, i + 1 + close).every((u) => !u.marker && /^[\p{L}\d][\p{L}\d'’-]*$/u.test(u.word)) &&
        /^\p{Ll}/u.test(tokens[i + close]!.word) &&
        (!noun ||
          noun.marker ||
          noun.word === '' ||
          isPunctuation(noun) ||
          isBoundary(noun) ||
          CLAUSE_WORDS.has(noun.word.toLowerCase()) ||
          isPreposition(noun.word.toLowerCase()))
      ) {
        closePiece();
        pieceStart = i + 1;
        last = i + close;
        closePiece();
        break;
      }
    }
    if (!t || (t.marker && !owned(i)) || isPunctuation(t)) break;
    const w = t.word.toLowerCase();
    // ("tightened its grip on southern and western Europe": so are two words of a region before one name.)
    const binomial =
      (w === 'and' &&
        (BINOMIALS.has(`${tokens[i - 1]?.word.toLowerCase()} and ${tokens[i + 1]?.word.toLowerCase()}`) ||
          (REGION_WORD.test(tokens[i - 1]?.word.toLowerCase() ?? '') &&
            REGION_WORD.test(tokens[i + 1]?.word.toLowerCase() ?? '')))) ||
      adjectivesJoined(tokens, i) ||
      // ("close car and component plants": two nouns joined before the plural they both qualify.)
      (w === 'and' &&
        pieceStart >= 0 &&
        /^\p{Ll}{2,}[^s\W]$/u.test(tokens[i - 1]?.word ?? '') &&
        /^\p{Ll}{2,}[^s\W]$/u.test(tokens[i + 1]?.word ?? '') &&
        /^\p{Ll}{3,}s$/u.test(tokens[i + 2]?.word ?? '') &&
        [i - 1, i + 1, i + 2].every(
          (k) =>
            !isGrammarWord(tokens[k]!.word) && !/(?:ed|ing|ly)$/.test(tokens[k]!.word) && !isPastForm(tokens[k]!.word),
        ) &&
        !/^(?:people|men|women|children)$/.test(tokens[i - 1]!.word));
    // "struck Turkey and Syria on Monday": "and" between two names, the second closing the object (before a
    // preposition, a date or punctuation), joins them; "beat France and Messi lifted …" opens a clause.
    if (w === 'and' && pieceStart >= 0 && isCapitalised(tokens[i - 1]?.word ?? '') && !tokens[i - 1]!.marker) {
      let k = i + 1;
      while (k < i + 4 && isCapitalised(tokens[k]?.word ?? '') && !tokens[k]!.marker) k++;
      const end = tokens[k];
      if (
        k > i + 1 &&
        (!end || end.marker || end.word === '' || isPunctuation(end) || isPreposition(end.word.toLowerCase()))
      ) {
        last = k - 1;
        words += k - i;
        i = k;
        continue;
      }
    }
    if (CLAUSE_WORDS.has(w) && w !== 'as' && words > 0 && i !== rangeAnd && !binomial) break;
    // Its "and" and second noun count as one word of the object.
    if (binomial && pieceStart >= 0) {
      last = i + 1;
      words++;
      i += 2;
      continue;
    }
    // "has been freed and is on her way home": no object opens with a conjunction.
    if (/^(?:and|but|or)$/.test(w) && words === 0) break;
    // "a volcanic period began that experts say could last decades": a relative clause after the verb is not
    // its object ("that" before a plural or a pronoun is no determiner).
    const after = tokens[i + 1]?.word ?? '';
    if (
      words === 0 &&
      (/^(?:which|who|whom|whose)$/.test(w) ||
        (w === 'that' && (PRONOUN.test(after) || /^\p{Ll}{2,}[^isu]s$/u.test(after))))
    )
      break;
    // "broke out on the evening of April 15": a part of the day bound to the date is the date's.
    if (
      /^(?:on|in|during|at|by)$/.test(w) &&
      /^the$/i.test(tokens[i + 1]?.word ?? '') &&
      /^(?:morning|afternoon|evening|night|eve|dawn|dusk|day)$/i.test(tokens[i + 2]?.word ?? '') &&
      /^of$/i.test(tokens[i + 3]?.word ?? '') &&
      tokens[i + 4]?.marker
    )
      break;
    if (particle(i)) {
      pieceStart = i;
      last = i;
      words++;
      i++;
      continue;
    }
    // "took between 58 and 61 percent of the vote": a range of numbers is the object, not a place.
    if (/^(?:between|from)$/.test(w) && words === 0 && /^\d/.test(tokens[i + 1]?.word ?? '')) {
      const and = tokens.slice(i + 2, i + 5).findIndex((u) => /^(?:and|to)$/.test(u.word));
      if (and >= 0 && /^\d/.test(tokens[i + 3 + and]?.word ?? '')) rangeAnd = i + 2 + and;
    }
    // "fell as it approached the city": "as" before a pronoun opens a clause of its own.
    if (w === 'as' && PRONOUN.test(after)) break;
    // "was declared fully under control", "were taken into custody": a preposition and a bare noun right
    // after the verb (and its adverbs), closing the phrase, say the state it was left in.
    if (
      /^(?:under|into|in|at|out)$/.test(w) &&
      rangeAnd < 0 &&
      tokens.slice(from, i).every((u) => ADVERBS.has(u.word) || /^\p{Ll}+ly$/u.test(u.word)) &&
      /^\p{Ll}{3,}$/u.test(after) &&
      !DETERMINERS.test(after) &&
      !isPreposition(after) &&
      !ADVERBS.has(after) &&
      !BARE_TIMES.test(after) &&
      // "built in about 1440": a word of approximation before the date is no state.
      !APPROXIMATION.test(after) &&
      (closesState(i + 2) ||
        // ("was placed under house arrest", "under police surveillance": or two bare nouns.)
        (/^(?:under|into|in)$/.test(w) &&
          /^\p{Ll}{3,}$/u.test(tokens[i + 2]?.word ?? '') &&
          !tokens[i + 2]!.marker &&
          !isGrammarWord(tokens[i + 2]!.word) &&
          !ADVERBS.has(tokens[i + 2]!.word) &&
          !BARE_TIMES.test(tokens[i + 2]!.word) &&
          !/(?:ed|ing|ly)$/.test(tokens[i + 2]!.word) &&
          closesState(i + 3)))
    ) {
      const two = !closesState(i + 2);
      if (pieceStart < 0) pieceStart = i;
      last = two ? i + 2 : i + 1;
      words += two ? 3 : 2;
      i += two ? 3 : 2;
      continue;
    }
    // "was about 15 kilometres from the city's edge": a distance says nothing without what it is from.
    // ("transitioning away from fossil fuels": nor does "away"; "exploded four minutes into its flight": nor does a
    // length of time before "into".)
    const distanceFrom =
      (w === 'from' &&
        /^(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|yards|feet|away)$/i.test(tokens[i - 1]?.word ?? '')) ||
      (w === 'into' && /^(?:seconds|minutes|hours|days|weeks|months|years)$/i.test(tokens[i - 1]?.word ?? ''));
    // "killed around 2,400 people": "around" before a number is its hedge, no preposition.
    const hedge = w === 'around' && /^[$€£¥]?\d/u.test(tokens[i + 1]?.word ?? '');
    // ("will go ahead as planned": "ahead" without "of" is the verb's particle.)
    const aheadParticle = w === 'ahead' && tokens[i + 1]?.word.toLowerCase() !== 'of';
    // "brought the blaze under control", "placed him under house arrest": the state "under" puts the object in is
    // the deed's, no place or time.
    const underState =
      w === 'under' &&
      /^(?:control|arrest|house|curfew|siege|lockdown|quarantine|investigation|review)$/i.test(
        tokens[i + 1]?.word ?? '',
      );
    if (
      STOP_PREPOSITIONS.has(w) &&
      !KEPT_PREPOSITIONS.has(w) &&
      rangeAnd < 0 &&
      !distanceFrom &&
      !hedge &&
      !aheadParticle &&
      !underState &&
      !particle(i)
    ) {
      let j = i + 1;
      while (j < tokens.length && tokens[j] && !tokens[j]!.marker && isCapitalised(tokens[j]!.word)) j++;
      const next = tokens[j];
      if (j > i + 1 && next && !next.marker && KEPT_PREPOSITIONS.has(next.word.toLowerCase()) && last >= 0) {
        closePiece();
        i = j;
        continue;
      }
      // "rejected a text written by an assembly": a participle describing the noun before it goes with its agent.
      if (w === 'by' && last > from && last > pieceStart && participleAfterNoun(tokens, last)) last--;
      break;
    }
    // A gerund ends the object, not a name ending in "-ing" ("its US rival Boeing", "Beijing").
    // "passed its second reading", "held a public hearing": after a determiner (and an ordinal or adjective),
    // in the verb's own object, before any preposition ("as part of a restructuring" still ends there).
    const before = tokens[i - 1]?.word.toLowerCase() ?? '';
    const nounAfter =
      (DETERMINERS.test(before) ||
        (/^(?:first|second|third|fourth|fifth|final|last|next|new|public|annual)$/.test(before) &&
          DETERMINERS.test(tokens[i - 2]?.word.toLowerCase() ?? ''))) &&
      !tokens.slice(from, i).some((k) => isPreposition(k.word.toLowerCase()));
    // "admitted to paying bribes", "calls for tripling renewable capacity": a gerund right after the "to" or the
    // preposition opening the object is the object's verb; so is one after a verb of starting or stopping
    // ("agreed to begin transitioning away from fossil fuels").
    // (Nor one right after the verb's particle, as it would be right after the verb: "knocked out defending
    // champion X".)
    const afterTo =
      (i === from + 1 && /^(?:to|for|of|on|about)$/i.test(tokens[from]!.word)) ||
      (i === from + 1 && VERB_PARTICLE.test(tokens[from]!.word)) ||
      /^(?:begin|start|stop|keep|continue|finish|resume|avoid|consider)$/i.test(tokens[i - 1]?.word ?? '');
    // "set up a joint holding company in August": after an article and a word qualifying the noun, a word in "-ing"
    // before a noun that closes the phrase qualifies that noun.
    const noun = tokens[i + 1];
    const closing = tokens[i + 2];
    // ("reported a record annual operating profit": or after two such words.)
    const qualifier =
      /^\p{Ll}{3,}$/u.test(before) &&
      !isGrammarWord(before) &&
      (DETERMINERS.test(tokens[i - 2]?.word.toLowerCase() ?? '') ||
        (/^\p{Ll}{3,}$/u.test(tokens[i - 2]?.word ?? '') &&
          !isGrammarWord(tokens[i - 2]!.word) &&
          DETERMINERS.test(tokens[i - 3]?.word.toLowerCase() ?? '')) ||
        // ("hit its $31.4 trillion borrowing limit": or after an amount.)
        (/^\d[\d.,]*$/.test(tokens[i - 2]?.word ?? '') &&
          (DETERMINERS.test(tokens[i - 3]?.word.toLowerCase() ?? '') ||
            (/^[$€£¥]$/u.test(tokens[i - 3]?.word ?? '') &&
              DETERMINERS.test(tokens[i - 4]?.word.toLowerCase() ?? ''))))) &&
      noun !== undefined &&
      /^\p{Ll}{3,}$/u.test(noun.word) &&
      !isGrammarWord(noun.word) &&
      (closing === undefined ||
        closing.marker ||
        isPunctuation(closing) ||
        isBoundary(closing) ||
        isPreposition(closing.word.toLowerCase()));
    // ("to lead the governing Conservative Party": or right after an article, before a name.)
    const beforeName = /^(?:the|a|an)$/.test(before) && noun !== undefined && !noun.marker && isCapitalised(noun.word);
    if (
      /^\p{Ll}+ing$/u.test(t.word) &&
      words > 0 &&
      !ING_NOUNS.has(w) &&
      !ING_ADJECTIVES.test(w) &&
      !nounAfter &&
      !afterTo &&
      !qualifier &&
      !beforeName
    )
      break;
    // Another date ("raised its forecast for deliveries this year", "killed in a strike the day before") is no part
    // of the object.
    if (
      (/^(?:this|last|next)$/.test(w) &&
        /^(?:year|month|week|weekend|quarter|season|decade)$/i.test(tokens[i + 1]?.word ?? '')) ||
      dayBeforeAt(tokens, i)
    )
      break;
    // "lost contact with its support ship about an hour and 45 minutes into its descent": a length of time after
    // the object's words, with its hedge, says when within something, no part of the object.
    if ((words > 0 || BARE_UNIT.test(t?.word ?? '')) && lengthWithin(tokens, i)) break;
    // "would weigh on production well into 2022": an adverb of degree before a preposition ends the object.
    if (w === 'well' && words > 0 && isPreposition(after.toLowerCase())) break;
    // Nor is one after its preposition ("extended the lockdown on Tuesday, closing schools until April 3").
    if (/^(?:on|in|at|during|since|until|by|for|from)$/.test(w) && (DATE_WORD.test(after) || /^\d{4}$/.test(after)))
      break;
    if (pieceStart < 0) pieceStart = i;
    last = i;
    words++;
    i++;
  }
  // Stopped at the limit inside a name, the name goes whole.
  if (words >= 8 && last === i - 1 && isCapitalised(tokens[i]?.word ?? '') && !tokens[i]!.marker)
    while (last > pieceStart && isCapitalised(tokens[last]!.word)) last--;
  // Stopped at the limit inside a phrase after a preposition, the phrase goes ("its $69 billion takeover [of video
  // game giant Activision Blizzard]").
  const cutOff = tokens[i];
  if (
    words >= 8 &&
    last === i - 1 &&
    cutOff &&
    !cutOff.marker &&
    /^[\p{L}\d$€£¥]/u.test(cutOff.word) &&
    !isPunctuation(cutOff) &&
    !isBoundary(cutOff) &&
    !isPreposition(cutOff.word.toLowerCase())
  ) {
    const k = tokens.slice(pieceStart + 2, last + 1).findLastIndex((u) => isPreposition(u.word.toLowerCase()));
    if (k >= 0) last = pieceStart + 2 + k - 1;
    // ("the world's first treatment based [on the CRISPR gene-editing tool]": and the participle that led to it;
    // not a currency after a count, "2.5 billion won".)
    if (
      k >= 0 &&
      last - 1 > pieceStart &&
      !/^(?:hundred|thousand|million|billion|trillion)$/.test(tokens[last - 1]!.word) &&
      participleAfterNoun(tokens, last)
    )
      last--;
  }
  // A phrase does not end on a preposition, an article or an adverb ("activists on", "the scheme only").
  const endBefore = last;
  while (
    last >= 0 &&
    pieceStart >= 0 &&
    last >= pieceStart &&
    /^(?:on|in|at|to|with|for|of|as|the|a|an|over|about|against|by|its|their|his|her|this|that|our|only|also|just|already|even|too|late|early|shortly|later|earlier|soon|immediately|sometime)$/i.test(
      tokens[last]!.word,
    ) &&
    // A particle stays ("took over"), unless a date follows it ("rose over the past five years").
    !(last === from && /^(?:over|up|out|off|down)$/i.test(tokens[last]!.word) && !tokens[last + 1]?.marker) &&
    // So does "her" that no noun follows, a pronoun as "him" is ("the Senate suspended her on May 12").
    !(
      /^her$/i.test(tokens[last]!.word) &&
      (!tokens[last + 1] ||
        tokens[last + 1]!.marker ||
        isPunctuation(tokens[last + 1]!) ||
        isBoundary(tokens[last + 1]!) ||
        isPreposition(tokens[last + 1]!.word.toLowerCase()))
    ) &&
    !particle(last)
  )
    last--;
  // "arrested two men suspected [of taking part …]": nor on the participle that led to a preposition cut off.
  if (
    last < endBefore &&
    pieceStart >= 0 &&
    last - 1 > pieceStart &&
    isPreposition(tokens[last + 1]?.word.toLowerCase() ?? '') &&
    // (Not the date's own preposition: "to have the strike banned on Tuesday".)
    tokens[last + 2] !== undefined &&
    !tokens[last + 2]!.marker &&
    !NOT_VERBS.has(tokens[last]!.word) &&
    participleAfterNoun(tokens, last)
  )
    last--;
  // "for much [of the past decade]", "in part": a quantifier cut from its "of" phrase goes with its preposition.
  if (
    last - 1 >= pieceStart &&
    pieceStart >= 0 &&
    /^(?:much|most|part|half|all|some|many|parts)$/i.test(tokens[last]!.word) &&
    isPreposition(tokens[last - 1]!.word.toLowerCase())
  )
    last -= 2;
  closePiece();
  return pieces;
}

/**
 * A short quotation right after a verb is its object ('the verdict closed "a painful chapter"'), without
 * its quotation marks: up to six words. Null when there is none.
 */
function quotedObject(tokens: readonly Token[], from: number): Span[] | null {
  if (!/^["“]$/.test(tokens[from]?.word ?? '')) return null;
  const close = tokens.slice(from + 1, from + 8).findIndex((t) => /^["”]$/.test(t.word));
  if (close < 1) return null;
  const words = tokens.slice(from + 1, from + 1 + close);
  if (words.some((t) => t.marker || (isPunctuation(t) && t.word !== ','))) return null;
  // With its quotation marks, a title ('releases "Abbey Road"'); a quoted word or two in lower case without
  // ('called it "a disgrace"' → 'calls it a disgrace').
  const title = /^\p{Lu}/u.test(words[0]!.word) && !words.some((t) => t.word === ',');
  const [first, last] = title ? [tokens[from]!, tokens[from + 1 + close]!] : [words[0]!, words[words.length - 1]!];
  return [{ start: first.start, end: last.end }];
}

/**
 * Whether token `k` of `all` is a date of the clause's own, besides the one labelled (none after "since"): a weekday,
 * a month, "today", "overnight", or a year after "in" or "during" ("rose in 2022").
 */
function ownDateAt(all: readonly Token[], k: number): boolean {
  const t = all[k]!;
  const prior = all[k - 1]?.word.toLowerCase() ?? '';
  return (
    !t.marker &&
    prior !== 'since' &&
    (DATE_WORD.test(t.word) || (/^(?:1[5-9]|20)\d\d$/.test(t.word) && /^(?:in|during)$/.test(prior)))
  );
}

/** "the day before", "the week after", "the year earlier" at `i`: a date of its own, no part of a phrase. */
const dayBeforeAt = (tokens: readonly Token[], i: number): boolean =>
  /^the$/i.test(tokens[i]?.word ?? '') &&
  /^(?:day|night|week|month|year)$/i.test(tokens[i + 1]?.word ?? '') &&
  /^(?:before|after|earlier|later)$/i.test(tokens[i + 2]?.word ?? '');

/** "landed at Haneda shortly before 6:00 pm": how long before or after the date, at `i`, is the date's. */
const shortlyBefore = (tokens: readonly Token[], i: number): boolean =>
  /^(?:shortly|just|soon|well|long|right|immediately)$/i.test(tokens[i]?.word ?? '') &&
  /^(?:before|after)$/i.test(tokens[i + 1]?.word ?? '') &&
  tokens[i + 2]?.marker === true;

/**
 * A verb with no object keeps the phrase of place, path or source right after it ("withdrew from the
 * tournament", "arrived in Paris", "tore through the nave"), a passive its agent: up to five words, ending
 * before a date, a clause or another preposition.
 */
/** Adjectives of a state that "but" may join before one noun ("in a serious but stable condition"). */
const STATE_ADJECTIVES =
  /^(?:serious|critical|stable|grave|poor|fair|good|tense|calm|weak|strong|slow|steady|small|modest|sharp|brief|short|long|significant)$/;

/** Whether the "but" at `i` joins two adjectives of a state before one noun ("serious but stable condition"). */
function adjectivesJoined(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.word === 'but' &&
    STATE_ADJECTIVES.test(tokens[i - 1]?.word.toLowerCase() ?? '') &&
    STATE_ADJECTIVES.test(tokens[i + 1]?.word.toLowerCase() ?? '') &&
    /^\p{Ll}{3,}$/u.test(tokens[i + 2]?.word ?? '')
  );
}

function placePhrase(tokens: readonly Token[], from: number, passive = false): Span[] {
  const opener = tokens[from];
  // A passive keeps its agent ("was beaten by Yoshihide Suga").
  // A path too: "tore through the cathedral", "spread across the region".
  const openers = passive
    ? /^(?:from|in|at|into|onto|out|through|across|along|by)$/i
    : /^(?:from|in|at|into|onto|out|through|across|along)$/i;
  if (!opener || opener.marker || !openers.test(opener.word)) return [];
  let last = from;
  let limit = 5;
  // "through the Canadian Rocky Mountain town of Jasper": "of" and a name may come right past the limit.
  for (
    let i = from + 1;
    i < tokens.length && (i - from <= limit || tokens[i]!.word === 'of' || tokens[i]!.within);
    i++
  ) {
    const t = tokens[i]!;
    const w = t.word.toLowerCase();
    // "into the Rock and Roll Hall of Fame": a name's own "and" or "of", and the rest of the name.
    if (t.within || (t.name && tokens[i - 1]?.within)) {
      limit = Math.max(limit, i - from + 1);
      last = i;
      continue;
    }
    // "into Mexico's Pacific resort of Acapulco": "of" and a name name the place.
    const next = tokens[i + 1];
    if (w === 'of' && next && !next.marker && isCapitalised(next.word) && !DATE_WORD.test(next.word)) {
      limit = Math.max(limit, i - from + 3);
      continue;
    }
    // "stood at a record low of 0.1 percent": so may "of" and an amount (not an age: "died at the age of 91").
    if (w === 'of' && next && !next.marker && /^[\d$€£¥]/u.test(next.word) && tokens[i - 1]?.word !== 'age') {
      limit = Math.max(limit, i - from + 3);
      continue;
    }
    // "traded at around $110": a word of approximation before a number is part of the amount.
    const approximate = /^(?:around|about)$/.test(w) && i === from + 1 && /^[\d$€£¥]/u.test(next?.word ?? '');
    if (
      t.marker ||
      isPunctuation(t) ||
      (CLAUSE_WORDS.has(w) && !adjectivesJoined(tokens, i)) ||
      ((STOP_PREPOSITIONS.has(w) || KEPT_PREPOSITIONS.has(w)) && !approximate)
    )
      break;
    // "a study published this month in Nature Medicine found": an irregular past is the next clause's verb.
    if (/^\p{Ll}+$/u.test(t.word) && isIrregularPast(w) && baseForm(w) !== w) break;
    // "in the fighting": after an article, a word in "-ing" is a noun.
    // ("in an extraordinary shouting match": after an article and an adjective, before its noun, a modifier.)
    const modifierIng =
      /ing$/.test(w) &&
      i >= from + 3 &&
      /^\p{Ll}{3,}$/u.test(tokens[i - 1]!.word) &&
      !isGrammarWord(tokens[i - 1]!.word) &&
      DETERMINERS_ARTICLE.test(tokens[i - 2]!.word) &&
      /^\p{Ll}{3,}$/u.test(next?.word ?? '') &&
      !isGrammarWord(next!.word) &&
      !/(?:ly|ing|ed)$/.test(next!.word);
    if (
      /^\p{Ll}+(?:ing|ed)$/u.test(t.word) &&
      !ING_NOUNS.has(w) &&
      !(/ing$/.test(w) && DETERMINERS_ARTICLE.test(tokens[i - 1]!.word)) &&
      !modifierIng
    )
      break;
    // "died in roughly 1918": a word of approximation before the date is the date's.
    if (APPROXIMATION.test(w) && next?.marker) break;
    if (shortlyBefore(tokens, i) || dayBeforeAt(tokens, i)) break;
    // "ended in an explosion four minutes after lift-off": a length of time after the place is no part of it.
    if (i > from + 1 && lengthWithin(tokens, i)) break;
    // "… of Acapulco early Wednesday": a word of the date is no part of the place.
    // ("by a tornado late on Wednesday": with its preposition too.)
    if (
      /^(?:early|late|last|this|next)$/.test(w) &&
      (next?.marker ||
        DATE_WORD.test(next?.word ?? '') ||
        (/^(?:on|in|at)$/.test(next?.word ?? '') &&
          (tokens[i + 2]?.marker || DATE_WORD.test(tokens[i + 2]?.word ?? ''))))
    )
      break;
    last = i;
  }
  // Cut before "to" or "of", the phrase would say less than the text ("came from two sets to one down").
  if (/^(?:to|of)$/i.test(tokens[last + 1]?.word ?? '')) return [];
  while (last > from && /^(?:the|a|an|its|their|his|her|this|that)$/i.test(tokens[last]!.word)) last--;
  // ("won in 2020, 2022 and 2023": a year of another date is no place either.)
  if (last === from || tokens.slice(from + 1, last + 1).some((t) => DATE_WORD.test(t.word) || /^\d{4}s?$/.test(t.word)))
    return [];
  // "through the Canadian Rocky Mountain town of Jasper" → "through Jasper": a place named after its kind.
  const of = tokens.findIndex((t, k) => k > from + 2 && k < last && t.word === 'of');
  if (
    of > 0 &&
    /^the$/i.test(tokens[from + 1]!.word) &&
    PLACE_NOUNS.test(tokens[of - 1]!.word) &&
    // (Not a place someone has: "into the island's northern port of Santa Rosa" says whose.)
    !tokens.slice(from + 1, of).some((t) => /['’]s?$/.test(t.word)) &&
    tokens.slice(of + 1, last + 1).every((t) => isCapitalised(t.word))
  )
    return [
      { start: opener.start, end: opener.end },
      { start: tokens[of + 1]!.start, end: tokens[last]!.end },
    ];
  return [{ start: opener.start, end: tokens[last]!.end }];
}

/** Nouns in "-s" that are one ("news", "series"; "Measles was declared eliminated": a disease or a sport). */
const SINGULAR_IN_S =
  /^(?:news|series|species|means|physics|economics|politics|measles|mumps|rabies|diabetes|herpes|scabies|rickets|athletics|gymnastics)$/i;

function isPlural(subject: string): boolean {
  // The head noun comes before a prepositional phrase, and may open the sentence: "Analysts at Commerzbank".
  // ("Helicopter carrying relief supplies": or before a participle's phrase.)
  // ("Two dams above Derna": any preposition of place ends the head's phrase, not only those a label cuts at.)
  // ("Mass protests against inequality", "Strike by teachers": the earliest of them.)
  const preposition =
    [SUBJECT_CUT, PLACE_AFTER_HEAD, PHRASE_AFTER_HEAD]
      .map((cut) => cut.exec(` ${subject} `))
      .filter((m) => m !== null)
      .sort((a, b) => a.index - b.index)[0] ?? null;
  // (Not one qualifying the noun after an owner or an article: "Nadal's glittering career".)
  const participle = /(?<!['’]s|\b(?:the|a|an|his|her|its|their))\s(\p{Ll}{3,}ing)\s/iu.exec(` ${subject} `);
  const cut =
    participle &&
    participle.index > 0 &&
    !ING_NOUNS.has(participle[1]!) &&
    (!preposition || participle.index < preposition.index)
      ? participle
      : preposition;
  const head = cut && cut.index > 0 ? subject.slice(0, cut.index - 1) : subject;
  const last = head.split(/\s+/).pop() ?? '';
  const noun = cut && cut.index > 0 && head === last ? last.toLowerCase() : last;
  if (SINGULAR_IN_S.test(noun)) return false;
  if (NAME_LIST.test(subject)) return true;
  // "Heineken and rival Carlsberg", "Smith and his wife": a name and another after its role, or and someone of
  // theirs, are two.
  if (
    /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*\s+and\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Lu}[\p{L}&.-]*|(?:his|her|their|its)\s+\p{Ll}{3,})$/u.test(
      subject,
    )
  )
    return true;
  if (joinedPair(subject)) return true;
  // "An earthquake and tsunami struck", "the mother and daughter": two common nouns joined are two (not one
  // thing named by two: "track and field").
  const nouns = NOUN_PAIR.exec(subject);
  if (nouns && !BINOMIALS.has(`${nouns[1]!.toLowerCase()} and ${nouns[2]!.toLowerCase()}`)) return true;
  // "Most of his victims", "two of the books"; "most of it", "some of the jewellery" are as many as what they
  // are part of.
  if (cut?.[0] === ' of ' && /^(?:most|all|some|half|none)$/i.test(noun)) {
    const whole = subject.slice(cut.index + 3).trim();
    return (
      /^(?:them|us|these|those)$/i.test(whole) ||
      MANY_PEOPLE.test(whole.split(/\s+/).pop() ?? '') ||
      (!/^(?:it|this|that)$/i.test(whole) && isPlural(whole))
    );
  }
  if (cut?.[0] === ' of ' && /^(?:many|both|several|few|two|three|four|five)$/i.test(noun)) return true;
  // "About 300 gathered", "Ten died": a number above one, alone or after a quantifier, stands for that many
  // (not one ending a name: "FTSE 100", "iPhone 4").
  const quantifier = head.split(/\s+/).at(-2);
  if (
    /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/i.test(noun) &&
    (quantifier === undefined ||
      /^(?:about|some|nearly|over|almost|around|roughly|approximately|than|least|only|another|the|all|of|to)$/i.test(
        quantifier,
      ))
  )
    return !/^0*1$/.test(noun);
  // "Two businessmen", "three sheep": a count above one before the noun.
  // (Not a name: "737 MAX", nor a number after a name, a model's: "the ATR 72 aircraft".)
  const named = head.split(/\s+/).at(-3);
  if (
    /^(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(quantifier ?? '') &&
    !(
      /^\d/.test(quantifier ?? '') &&
      named &&
      /^\p{Lu}/u.test(named) &&
      !DETERMINERS.test(named) &&
      !/^(?:all|some|about|nearly|over)$/i.test(named)
    ) &&
    // Or a people in capitals ("232 Palestinians").
    (/^\p{Ll}/u.test(noun) || /^\p{Lu}\p{Ll}+[^su]s$/u.test(noun))
  )
    return true;
  // "Two wounded Britons": so a people in capitals after a count and a word qualifying it.
  if (
    /^(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(named ?? '') &&
    /^\p{Ll}{3,}$/u.test(quantifier ?? '') &&
    /^\p{Lu}\p{Ll}+[^su]s$/u.test(noun)
  )
    return true;
  // "crisis", "analysis" are one.
  // ("Officials said …": a common plural capitalised only because it opens the sentence, known so to the lexicon
  // in lower case, or its singular; not a name: "Reuters", "Athens", "Laos".)
  const lower = noun.toLowerCase();
  const common = (w: string): boolean => lexKind(w) === 'common';
  const opening =
    subject === noun &&
    /^\p{Lu}\p{Ll}+s$/u.test(noun) &&
    lookupPlace(noun) === null &&
    (common(lower) || (lexKind(lower) === null && common(lower.replace(/e?s$/, ''))));
  return (
    // ("pre-orders", "by-elections": a plural after a hyphen too.)
    /^\p{Ll}+(?:-\p{Ll}+)*[^sui-]s$/u.test(opening ? lower : noun) ||
    /^(?:men|women|people|children|police|they|we|many|several|both|few|others|some|most)$/i.test(noun) ||
    (/^\p{Ll}{3,}men$/u.test(noun) && !/(?:speci|abdo|regi|sta|ra|hy|se|o)men$/.test(noun)) ||
    // ("MEPs approved", "NGOs warned": an acronym's plural.)
    /^\p{Lu}{2,}s$/u.test(noun) ||
    // ("the Oslo Accords are signed", "the Tokyo Olympics are postponed": a name ending on a happening's plural.)
    /\s(?:Accords|Agreements|Olympics|Games|Talks|Championships)$/.test(head)
  );
}

/** The last word of a longer name that makes the body its members: "Rapid Support Forces", "Social Democrats". */
const MEMBER_PLURALS = new Set(
  'forces guards fighters rebels brigades militias marines troops rangers partisans volunteers defenders scouts witnesses democrats republicans liberals conservatives socialists communists nationalists unionists loyalists separatists islamists greens'.split(
    ' ',
  ),
);

/**
 * A body's name that is a plural takes a plural verb: a longer name ending on its members ("Rapid Support
 * Forces", "the Social Democrats"), or one word the text writes after "the" ("the Springboks", "the
 * Liberals"); one word written without it is a singular name ("Reuters", "Hamas").
 */
function teamPlural(said: string, entities: readonly Entity[], text: string): boolean {
  // ("Merz's Christian Democrats": the name after its owner's possessive.)
  // ("Iran-backed Huthis": past a qualifier joined to a name by a hyphen.)
  const owned = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(\p{Lu}.*)$/u.exec(said)?.[1] ?? said;
  const subject = owned.replace(/^(?:\p{Lu}\p{L}*-\p{Ll}+\s+)+(?=\p{Lu})/u, '');
  const words = subject.split(/\s+/);
  // A longer name otherwise ends on a surname or a noun of its own ("the Dow Jones", "House of Representatives").
  // ("Democrats", "Republicans": one word of members alone too.)
  const members = MEMBER_PLURALS.has(words.at(-1)!.toLowerCase()) && words.every((w) => /^\p{Lu}/u.test(w));
  // ("Huthi rebels …. The Iran-backed Huthis have launched …": the plural of a body's own name is its members.)
  if (
    words.length === 1 &&
    entities.some((e) => (e.type === 'organization' || e.type === 'group') && `${e.name}s` === subject)
  )
    return true;
  if (
    !members &&
    (words.length > 1 ||
      !/^\p{Lu}\p{Ll}+[^suiy'’]s$/u.test(subject) ||
      /^(?:Nations|States|Times|News|Games|Emirates)$/.test(subject))
  )
    return false;
  // ("Carney's Liberals": a party the text names by its word in the singular too, "Liberal leader".)
  const entity = entities.find(
    (e) =>
      (e.type === 'organization' || e.type === 'group') &&
      (e.name === subject || shortName(e, text) === subject || (members && `${e.name}s` === subject)),
  );
  return (
    entity !== undefined &&
    (members || entity.mentions.some((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))))
  );
}

/**
 * Whether a "would" of `group` is a future reported by a verb of saying in the sentence ("Acme said it would
 * cut jobs", "the bridge would reopen in May, officials said"), which a label gives as "will".
 */
function reportedFuture(group: VerbGroup, groups: readonly VerbGroup[], tokens: readonly Token[]): boolean {
  return (
    group.modal === 'would' &&
    // ("The bank forecast that inflation would fall …": a verb of foretelling reports a future too.)
    (groups.some(
      (g) =>
        g !== group &&
        (REPORTING.has(g.base) || /^(?:forecast|predict|project|estimate)$/.test(g.base)) &&
        !g.passive &&
        !g.gerund,
    ) ||
      // "…, saying Milei would take office on December 10".
      tokens.slice(0, group.first).some((t) => REPORTING_GERUND.test(t.word)))
  );
}

/** The denial an auxiliary's adverbs (`between`) give the verb after them: "not" or "never", if either. */
function denial(between: readonly string[]): { negative: boolean; never?: true } {
  if (between.includes('never')) return { negative: true, never: true };
  return { negative: between.includes('not') };
}

function conjugate(group: VerbGroup, plural: boolean): string {
  const be = plural ? 'are' : 'is';
  const not = !group.negative ? '' : group.never ? ' never' : ' not';
  // ("may not have been killed": the denial goes before a perfect's "have", and its passive is "been".)
  if (group.passive && group.modal)
    return / have$/.test(group.modal)
      ? `${group.modal.replace(/(?= have$)/, not)} been ${group.base}`
      : `${group.modal}${not} be ${group.base}`;
  if (group.passive) return `${be}${not}${group.degree ? ` ${group.degree}` : ''} ${group.base}`;
  // "could never have won": the denial goes before a perfect's "have".
  if (group.modal) return `${group.modal.replace(/(?= have$)|$/, not)} ${group.base}`;
  if (group.base === 'be') return `${be}${not}`;
  if (group.lead === 'have yet') return `${plural ? 'have' : 'has'} yet to ${group.base}`;
  if (group.lead) return `${plural ? group.lead : thirdPerson(group.lead)} to ${group.base}`;
  const present = plural ? group.base : thirdPerson(group.base);
  if (group.degree) return `${group.degree} ${present}`;
  if (group.never) return `never ${present}`;
  if (group.negative) return `${plural ? 'do' : 'does'} not ${group.base}`;
  return present;
}

const PRONOUN = /^(?:it|he|she|they|we|i|you)$/i;
/** Verbs of a state, whose simple past in a reported clause is the present of the telling ("said it needed"). */
const CLAIMED_STATE =
  /^(?:be|need|want|remain|know|believe|hope|lack|deserve|oppose|support|favour|favor|prefer|feel|seem|appear|fear|doubt|intend|plan|wish|mean|consider|regret|trust|own|possess|disagree)$/;
/** Role nouns: "former chief executive officer of Apple Inc. Steve Jobs" is named by its name, not its role. */
const ROLE_HEADS =
  /^(?:officer|executive|chief|president|minister|leader|head|director|founder|co-founder|chairman|chairwoman|spokesman|spokeswoman|spokesperson|secretary|commissioner|ambassador|envoy|governor|mayor|general|commander|manager|coach|captain|editor|professor)s?$/;
const SUBJECT_CUT = /\s(?:of|in|around|from|at|for|with|on|to|across|over|aboard|inside|near)\s/;
/** Prepositions of place after a subject's head that SUBJECT_CUT leaves in the label ("Two dams above Derna"). */
const PLACE_AFTER_HEAD = /\s(?:above|below|beneath|under|behind|beyond|along|outside|off)\s/;
/** Other prepositions whose phrase follows a subject's head: "Protests against inequality", "Strike by teachers". */
const PHRASE_AFTER_HEAD = /\s(?:against|by|between|among|about)\s/;
/** An amount of a measure of some stuff, a subject said whole ("Some 1.34 million tonnes of water"). */
const MEASURED_STUFF =
  /^(?:(?:some|about|around|nearly|almost|over|more than)\s+)?[\d.,]+(?:\s+(?:million|billion|trillion))?\s+(?:tonnes|tons|litres|liters|gallons|barrels|kilograms|kilos|pounds|cubic\s+metres|cubic\s+meters|hectares|acres)\s+of\s+\p{Ll}+(?:\s+\p{Ll}+)?$/iu;

/**
 * Two noun phrases joined by "and", the first a name's possessive and its noun: "Mozambique's government and
 * the former rebel movement Renamo". Not two nouns that name one thing ("research and development").
 */
const JOINED_PHRASES =
  /^(\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}{3,})\s+and\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}[\p{L}-]+)$/u;
const joinedPair = (subject: string): RegExpExecArray | null => {
  const pair = JOINED_PHRASES.exec(subject);
  const joined = pair && `${pair[1]!.split(/\s+/).pop()!.toLowerCase()} and ${pair[2]!.split(/\s+/)[0]!.toLowerCase()}`;
  return pair && !BINOMIALS.has(joined!) ? pair : null;
};

/** Two common nouns joined by "and", each with its article or none ("An earthquake and tsunami"). */
const NOUN_PAIR = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(\p{L}\p{Ll}{2,})\s+and\s+(?:(?:an?|the)\s+)?(\p{Ll}{3,})$/u;

/** Names joined by commas and "and": "Spain, Britain, Qatar and the United Arab Emirates". */
// (A surname may open with a particle in lower case: "al-Burhan", "el-Sisi".)
// ("Germany's Hapag-Lloyd": with its owner's possessive.)
const NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}`;
const NAME_LIST = new RegExp(`^${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME}$`, 'u');
/**
 * A name and a plural noun phrase, counted or not: "Iran and six world powers", "Iran and the major powers",
 * "Stevens and three other Americans".
 */
const NAME_AND_PLURAL = new RegExp(
  String.raw`^${NAME}\s+and\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Ll}{3,}|\p{Lu}\p{Ll}{2,})[^s\s]s$`,
  'u',
);
/** "… have been killed in the crackdown on dissent since ": a toll's passive, and what it was suffered in. */
const TOLL_IN =
  /\b(?:has|have)\s+been\s+(?:killed|wounded|injured|displaced|detained|arrested)\s+(?:in|during)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]{2,}(?:\s+(?:on|against)\s+\p{Ll}[\p{Ll}-]+)?)\s+since\s+$/u;
/** "The conflict has killed 5,000 people since ": what has taken a toll, the clause's subject (its head). */
const TOLL_BY =
  /(?:^|[.;:]\s+|,\s+and\s+)(?:The\s+|the\s+)?(?:\p{L}[\p{L}-]*\s+)?(\p{Ll}[\p{Ll}-]{2,})\s+(?:has|have)\s+(?:killed|claimed)\s+(?:[^,;]|,\d)*\s+since\s+$/u;
/** A possessive and an ordinal, a second object's words for which one it is ("her last", "his second"). */
const OWNED_ORDINAL = String.raw`(?:his|her|its|their)\s+(?:first|second|third|last|latest|final|next)`;
/** An owned ordinal inside a label ("Williams wins her first major title"). */
const OWNED_ORDINAL_IN = new RegExp(String.raw`\b${OWNED_ORDINAL}\b`, 'i');
/** ", and her last at the Australian Open in ": a second object with no verb, closing the words before a date. */
const SECOND_OBJECT = new RegExp(
  String.raw`,?\s+and\s+(${OWNED_ORDINAL})\s+(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:in|on)\s+$`,
  'u',
);
/** Two names, each with the place it is of: "Maria Ressa of the Philippines and Dmitry Muratov of Russia". */
const NAMES_OF_PLACES = new RegExp(`^(${NAME})\\s+of\\s+${NAME}\\s+and\\s+(${NAME})\\s+of\\s+${NAME}$`, 'u');

/** Nouns for many people that take a plural verb though they end in no "-s" ("police arrest", "staff are"). */
const MANY_PEOPLE = /^(?:police|people|staff|crew|personnel)$/i;

/** A subject short enough for a label: a list of names, a trailing name, or the words before the first preposition. */
function shortSubject(subject: string): string {
  // ("In the United States, Delta and United": a place phrase opening the sentence is no part of the subject.)
  const cleaned = subject
    // ("the tsunami it triggered": a relative clause without "that" closing the subject is no part of its name.)
    .replace(/(\S)\s+(?:it|he|she|they|we)\s+(\p{Ll}{3,})$/u, (all, last: string, verb: string) =>
      isPastForm(verb) ? last : all,
    )
    .replace(/^according to\b[^,]*,?\s*/i, '')
    // ("The 400-metre Ever Given": a ship's length or weight before its name is no part of it.)
    .replace(SHIP_MEASURE, '')
    // ("Her sister Venus", "his late wife Rosalynn": a kin noun before a name is no part of it.)
    .replace(/^(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?=\p{Lu}\p{Ll})/u, (all, kin: string) => (KIN_NOUNS.has(kin) ? '' : all))
    // ("Journalists Maria Ressa and Dmitry Muratov": a plural of a trade before names is no part of them.)
    .replace(/^(\p{Lu}\p{Ll}{2,})s\s+(?=\p{Lu})/u, (all, one: string) => (isRoleNoun(one.toLowerCase()) ? '' : all))
    .replace(/^(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout|[Oo]utside|[Ii]nside)\s+(?:the\s+)?\p{Lu}[^,]*,\s*(?=\S)/u, '')
    .trim();
  const words = cleaned.split(/\s+/);
  // '"Someone Is Going to Come"': a title in quotation marks is said whole.
  if (/^["“][^"”]+["”]$/.test(cleaned) && words.length <= 8) return cleaned;
  // "Spain, Britain, Qatar and the United Arab Emirates have sent …": all of them, up to eight words.
  if (NAME_LIST.test(cleaned) && words.length <= 9) return cleaned.replace(/(^|\s)the\s+/gi, '$1');
  // "Iran and six world powers", "Iran and the world powers": a name and a plural noun phrase joined, said whole
  // (without "the").
  if (NAME_AND_PLURAL.test(cleaned) && words.length <= 7) return cleaned.replace(/(^|\s)the\s+/gi, '$1');
  // "The ambassador and three other Americans", "The driver and the other passengers": one and the others of his
  // kind are said whole (without the first "the").
  const others =
    /^(?:the\s+)?((?:[\p{L}-]+\s+){0,2}\p{Ll}{3,}\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|the|all\s+the)\s+other\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{L}\p{Ll}{2,}s)$/u.exec(
      cleaned,
    );
  if (others && !isGrammarWord(others[1]!.split(/\s+/)[0]!.toLowerCase())) return others[1]!;
  // "US airlines United, Delta and American": so after the plural of what they are (and where from).
  const kinds = /^(?:\p{Lu}[\p{L}.-]*\s+)?(\p{Ll}{3,})s\s+(\p{Lu}.*)$/u.exec(cleaned);
  if (kinds && isRoleNoun(kinds[1]!) && NAME_LIST.test(kinds[2]!) && kinds[2]!.split(/\s+/).length <= 9)
    return kinds[2]!.replace(/(^|\s)the\s+/gi, '$1');
  // "The presidents of Bosnia, Serbia and Croatia", "the foreign ministers of Spain and Italy": people of a role
  // (plural) "of" a list of names are said whole, up to ten words.
  const rolesOf = /^(?:the\s+)?((?:\p{Ll}+\s+)?(\p{Ll}{3,})s)\s+of\s+(.+)$/u.exec(cleaned);
  if (
    rolesOf &&
    isRoleNoun(rolesOf[2]!) &&
    NAME_LIST.test(rolesOf[3]!) &&
    words.length <= (/^the\s/i.test(cleaned) ? 11 : 10)
  )
    return `${rolesOf[1]} of ${rolesOf[3]!.replace(/(^|\s)the\s+/gi, '$1')}`;
  const ofPlaces = NAMES_OF_PLACES.exec(cleaned);
  if (ofPlaces) return `${ofPlaces[1]} and ${ofPlaces[2]}`;
  // "Mozambique's government and the former rebel movement Renamo": two noun phrases, each said short.
  const pair = joinedPair(cleaned);
  if (pair) return `${shortSubject(pair[1]!)} and ${shortSubject(pair[2]!)}`;
  // "UN children's agency UNICEF", "the rail operator Adif", "Chipmaker Nvidia": a body named after the noun
  // that says what it is.
  const named =
    /(?:^\p{Lu}\p{Ll}+maker|\s(?:agency|group|company|firm|operator|body|organi[sz]ation|charity|regulator|watchdog|carrier|airline|\p{Ll}*maker|manufacturer|retailer|insurer|lender|publisher|giant|broadcaster|network|movement|party))\s+((?:\p{Lu}[\p{L}&.-]*\s*){1,3})$/u.exec(
      cleaned,
    );
  if (named?.[1]) return named[1].trim();
  if (words.length <= 4) return cleaned;
  // "The half-brother of North Korean leader Kim Jong Un": one's kin "of" a person named is said whole.
  const kinOf = /^(?:the\s+)?(?:\p{Ll}+\s+)?(?:half-|step-?)?(\p{Ll}+)(?:-in-law)?\s+of\s+\p{Lu}/iu.exec(cleaned);
  if (kinOf && KIN_NOUNS.has(kinOf[1]!.toLowerCase()) && words.length <= 7) return cleaned;
  // "More than 87,000 cases and 140 deaths": two counted nouns are said whole.
  if (COUNTED_PAIR.test(cleaned) && words.length <= 9) return cleaned;
  // "Some 1.34 million tonnes of water": an amount of a measure says of what ("of water" stays).
  if (MEASURED_STUFF.test(cleaned)) return cleaned;
  // "Tens of thousands of people": a count of a count is said whole, and so is a part of a group ("most of
  // its former staff", "one of three novels").
  if (/^(?:tens|hundreds|thousands|dozens|millions|scores)\s+of\s/i.test(cleaned) && words.length <= 6) return cleaned;
  // "More than two million homes and businesses": a count of two nouns joined by "and" is said by the nouns.
  const countedTwo =
    /^(?:(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|about|nearly|some|over|around|roughly|almost|approximately)\s+)?(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)(?:\s+(?:hundred|thousand|million|billion))?\s+(\p{Ll}{3,}\s+and\s+\p{Ll}{3,})$/iu.exec(
      cleaned,
    );
  if (countedTwo && !isGrammarWord(countedTwo[1]!.split(' ')[0]!)) return countedTwo[1]!;
  // "More than 13.7 million hectares", "At least 40 homes": a hedged count of a noun is said whole ("More than two
  // dozen candidates" too).
  if (
    /^(?:(?:more|fewer|less)\s+than|at\s+(?:least|most))\s+(?:[\d$£€][\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)(?:\s+(?:dozen|hundred|thousand|million|billion))?\s+\p{Ll}+(?:\s+\p{Ll}+)?$/iu.test(
      cleaned,
    )
  )
    return cleaned;
  if (
    /^(?:one|some|most|many|all|both|none|each|several|half|two|three|four|five)\s+of\s/i.test(cleaned) &&
    words.length <= 6
  )
    return cleaned;
  // "Part of the under-construction tunnel in Uttarakhand state": a part of a thing is said with the thing, less the
  // place after it.
  const part =
    /^((?:part|parts|much|the\s+rest)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}\d'’-]+\s+){0,2}[\p{L}\d'’-]+)(?:\s+(?:in|at|near|on)\s.*)?$/iu.exec(
      cleaned,
    );
  if (part) return part[1]!;
  // "flood in the city of Valencia", "Train services between Madrid and Valencia": a common noun's phrase.
  // ("A car bomb outside the Australian embassy in Jakarta": the first such phrase, "outside" or "inside" too.)
  const phrase = / (?:of|in|around|from|at|for|with|on|to|across|over|between|near|outside|inside) /.exec(cleaned);
  const head = phrase ? cleaned.slice(0, phrase.index).split(' ') : [];
  // "A microscopic worm frozen in the permafrost …": a participle after the noun opens a phrase describing it.
  // ("An Air India passenger jet bound for London": so does "bound".)
  const participle = head.at(-1) ?? '';
  const described =
    head.length >= 3 &&
    /^\p{Ll}{3,}$/u.test(head.at(-2)!) &&
    (Object.hasOwn(PARTICIPLES, participle) ||
      participle === 'bound' ||
      (REGULAR_PAST.test(participle) && !isIrregularPast(participle)));
  if (described) head.pop();
  const last = head[head.length - 1] ?? '';
  // "The eastern state of West Bengal evacuated …": a kind of place and its name are that place.
  const placeName = /^ of ((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})$/u.exec(cleaned.slice(phrase?.index ?? cleaned.length));
  if (placeName && /^(?:state|city|town|village|province|region|district|county|island|republic)$/.test(last))
    return placeName[1]!.trim();
  if (
    head.length > 0 &&
    head.length <= 4 &&
    // A common noun, or a plural opening the sentence ("Sales of automobiles …", "Police in the city of Lyon"),
    // not a name ("University of …").
    (/^\p{Ll}+$/u.test(last) ||
      (head.length === 1 && (/^\p{Lu}\p{Ll}+[^su]s$/u.test(last) || MANY_PEOPLE.test(last))) ||
      // ("Aid from Egypt, Turkey and the United Arab Emirates began arriving": a common word opening the sentence,
      // before names only.)
      (head.length === 1 &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(last) &&
        lexKind(last.toLowerCase()) === 'common' &&
        cleaned
          .slice(phrase!.index + phrase![0].length)
          .split(/[\s,]+/)
          .every((w) => /^\p{Lu}/u.test(w) || /^(?:and|the|of)$/.test(w))) ||
      // ("Fighting between the army and the rebels": so a noun in "-ing" before the sides "between" joins.)
      (head.length === 1 && phrase![0] === ' between ' && /^\p{Lu}\p{Ll}{3,}ing$/u.test(last))) &&
    !ROLE_HEADS.test(last) &&
    !/^(?:with|by|for|from|in|on|at|to|of|as)$/i.test(head[0]!) &&
    !head.slice(1).some(isCapitalised)
  ) {
    // Lower case, so that its number reads ("Sales of automobiles …" → "sales fall"); labels are capitalised.
    return head.join(' ').replace(/^\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => c.toLowerCase());
  }
  // "An Air India passenger jet bound for London": a noun a participle's phrase describes is the subject, with the
  // name before it, not the place that phrase ends with.
  if (described && head.length <= 5 && /^\p{Ll}{3,}$/u.test(last) && !ROLE_HEADS.test(last))
    return head.join(' ').replace(/^(?:the|a|an)\s+/i, '');
  // "Africa Centres for Disease Control and Prevention": a body's name of up to seven words is said whole (its
  // owner's name before it too: "Suu Kyi's National League for Democracy").
  if (
    /^\p{Lu}[\p{L}&.-]*(?:['’]s)?(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}&.-]*(?:['’]s)?)*$/u.test(
      cleaned,
    ) &&
    !/['’]s$/.test(cleaned) &&
    words.length <= 7
  )
    return cleaned;
  // "The Social Democrats (SPD) of challenger Peer Steinbrueck": a name before "of" and a role in lower case is the
  // subject; the person is whose it is.
  if (
    phrase?.[0] === ' of ' &&
    head.length >= 1 &&
    head.length <= 4 &&
    head.every((w) => isCapitalised(w) || /^\(\p{Lu}+\)$/u.test(w)) &&
    /^\p{Ll}/u.test(cleaned.slice(phrase.index + 4))
  )
    return head.filter((w) => !w.startsWith('(')).join(' ');
  // "Heineken and Danish rival Carlsberg": two names joined, the second after its role, are both said, bare.
  const rolePair =
    /^(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})\s+and\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})$/u.exec(
      cleaned,
    );
  if (rolePair) return `${rolePair[1]} and ${rolePair[2]}`;
  // "Smoke from fires in Quebec": a name after a preposition ends the phrase of the word that opens it, all the
  // words between in lower case; the phrase is said whole, up to six words, without its article ("The last major
  // strike against GM" → "Last major strike against GM").
  const tail =
    /\s(?:in|from|at|near|on|across|over|off|against|with)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u.exec(
      cleaned,
    );
  if (
    tail &&
    words.length <= 6 &&
    /^\p{L}\p{Ll}+$/u.test(words[0]!) &&
    cleaned
      .slice(words[0]!.length, tail.index)
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => /^\p{Ll}+$/u.test(w))
  )
    return cleaned.replace(/^(?:the|a|an)\s+/i, '');
  // "Sam Ratulangi International Airport in the provincial capital Manado", "Mount Lewotobi Laki-Laki on the island of
  // Flores": a name of two words or more opening the phrase, before a preposition of place, is the subject; the place
  // after it says where it is.
  const openingName = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){2,6})(?:in|at|near|outside|on)\s/u.exec(cleaned);
  if (openingName) return openingName[1]!.trim();
  // "The eruption beneath the Eyjafjallajokull glacier in southern Iceland": a noun and the phrase of place after it
  // that a label keeps ("Two dams above Derna") are the subject, not the place the next phrase names.
  const placed =
    /^(?:(?:the|a|an)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}\s+(?:above|below|beneath|underneath|under|behind|beyond|along|alongside|beside|atop|outside|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:in|at|near|on|of|off|from)\s/u.exec(
      cleaned,
    );
  if (placed && !/\b(?:and|or|but|that|which|who|whose|where|when|with|by)\b/.test(placed[1]!)) return placed[1]!;
  // "World number two Sabalenka of Belarus": the name that ends the phrase, with its "of" ("… of Belarus").
  const name = /(?:\p{Lu}[\p{L}&.-]*\s+(?:of\s+(?:the\s+)?)?)*\p{Lu}[\p{L}&.-]*$/u.exec(cleaned);
  // (A company's suffix ends its name: "… of Apple Inc. Jobs" is Jobs.)
  if (name && name.index > 0) return name[0].replace(/^.*\b(?:Inc|Corp|Ltd|Co|Plc|LLC)\.\s+(?=\p{Lu})/u, '');
  const cut = SUBJECT_CUT.exec(cleaned);
  if (cut && cut.index > 0) return cleaned.slice(0, cut.index);
  // "Wildfires driven by hurricane-force winds": a noun a participle and its agent describe is the subject.
  const agented = /^((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+\p{Ll}{3,}(?:ed|en|wn)\s+by\s/u.exec(cleaned);
  if (agented && !isGrammarWord(agented[1]!.split(' ').at(-1)!.toLowerCase()))
    return agented[1]!.replace(/^(?:the|a|an)\s+/i, '');
  // The last four words, not starting inside a name ("Porto Alegre's Salgado Filho airport", not "Alegre's
  // …"): a name cut there is said whole, up to two words more.
  let start = words.length - 4;
  while (start > words.length - 6 && start > 0 && isCapitalised(words[start]!) && isCapitalised(words[start - 1]!))
    start--;
  if (start > 0 && isCapitalised(words[start]!) && isCapitalised(words[start - 1]!))
    while (start < words.length - 1 && isCapitalised(words[start]!)) start++;
  return words
    .slice(start)
    .join(' ')
    .replace(/^(?:and|or)\s+/i, '');
}

/** "the conflict" → "Syria conflict" when the article calls it so elsewhere. */
function expandHead(text: string, head: string, cache?: Map<string, string>): string {
  const cached = cache?.get(head);
  if (cached !== undefined) return cached;
  const expanded = expandHeadUncached(text, head);
  cache?.set(head, expanded);
  return expanded;
}

function expandHeadUncached(text: string, head: string): string {
  const counts = new Map<string, number>();
  // ("the Boko Haram insurgency": a name of up to three words.)
  for (const m of text.matchAll(
    new RegExp(
      `(?<![.!?]\\s)\\b((?:\\p{Lu}[\\p{L}-]+ ){0,2}\\p{Lu}[\\p{L}-]+) ${head.replace(/[^\p{L}\s-]/gu, '')}\\b`,
      'gu',
    ),
  )) {
    const word = (m[1] ?? '').replace(/^(?:(?:The|A|An|This|That|Its|Their|His|Her) )+/, '');
    if (!word || /^(?:The|A|An|This|That|Its|Their|His|Her)$/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? `${best[0]} ${head}` : head;
}

/** The noun phrase after a date used as a modifier ("the 2003 invasion of Iraq"). */
function nounPhraseAfter(text: string, at: number, limit: number): string | null {
  const right = text.slice(at, limit);
  const m = /^(?:['’]s)?\s+/.exec(right);
  if (!m) return null;
  const words: string[] = [];
  let sawOf = false;
  for (const w of right.slice(m[0].length).matchAll(/[\p{L}][\p{L}'’-]*|\S/gu)) {
    const word = w[0];
    const lowerWord = word.toLowerCase();
    if (!/^\p{L}/u.test(word)) {
      // 'Her 1987 novel "Beloved"': a title in quotation marks after a common noun names it.
      // ("Thinking, Fast and Slow": a comma may stand inside a title.)
      const title = /^["“]\s*(\p{Lu}[\p{L}\d'’.-]*(?:,?\s+[\p{L}\d'’.-]+){0,5})\s*["”]/u.exec(
        right.slice(m[0].length + w.index),
      );
      const noun = words.at(-1) ?? '';
      if (title && /^\p{Ll}{3,}$/u.test(noun) && !sawOf) words.push(`"${title[1]}"`);
      break;
    }
    if (lowerWord === 'of' && !sawOf && words.length > 0) {
      sawOf = true;
      words.push(word);
      continue;
    }
    if (
      !isCapitalised(word) &&
      (STOP_PREPOSITIONS.has(lowerWord) ||
        KEPT_PREPOSITIONS.has(lowerWord) ||
        CLAUSE_WORDS.has(lowerWord) ||
        BE.has(lowerWord) ||
        MODALS.has(lowerWord) ||
        // "the April-June quarter more than doubled": a comparison ends it.
        (/^(?:more|less)$/.test(lowerWord) && /^\s*than\b/.test(right.slice(m[0].length + w.index + word.length))) ||
        // "the 26-month conflict has killed", "… goes on": a verb after the noun ends the phrase.
        (/^(?:has|have|had|does|did|goes|continues|remains|rages|drags)$/.test(lowerWord) && words.length > 0) ||
        (/(?:ed|ing)$/.test(lowerWord) && words.length > 0) ||
        // "Last year's prize went to …": an irregular past ends it too (not one spelled as its base: "rate cut").
        (isIrregularPast(lowerWord) && baseForm(lowerWord) !== lowerWord && words.length > 0))
    )
      break;
    if (sawOf && DETERMINERS.test(word)) continue;
    words.push(word);
    if (words.length >= 6) break;
  }
  while (words.length && words[words.length - 1]?.toLowerCase() === 'of') words.pop();
  if (!words.length) return null;
  const head = words.at(-1)?.startsWith('"')
    ? (words.at(-2) ?? '')
    : (words[sawOf ? words.findIndex((w) => w.toLowerCase() === 'of') - 1 : words.length - 1] ?? '');
  if (TIME_HEADS.test(head)) return null;
  return words.join(' ');
}

/**
 * Whose history a length before "history" measures: a name's possessive right before it ("the agency's 39-year
 * history" → "Agency"), or for "its" and "their" the nearest name before, no person's ("run Qantas in its
 * 103-year history" → "Qantas"). Null when none is found.
 */
function historyOwner(text: string, left: string, at: number, entities: readonly Entity[]): string | null {
  const possessive =
    /(?:^|\s)((?:\p{Lu}[\p{L}.&-]*\s+(?:of\s+)?){0,3}\p{Lu}[\p{L}.&-]*?)['’]s?\s+$/u.exec(left) ??
    /\bthe\s+(\p{Ll}+?)['’]s?\s+$/u.exec(left);
  if (possessive) return capitalise(possessive[1]!);
  if (!/\b(?:its|their)\s+$/i.test(left)) return null;
  let best: { name: string; start: number } | null = null;
  let opening: { name: string; start: number } | null = null;
  const from = at - left.length;
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const m of e.mentions) {
      if (m.end > at) continue;
      if (!best || m.start > best.start) best = { name: text.slice(m.start, m.end), start: m.start };
      if (m.start >= from && /^(?:the\s+)?$/i.test(text.slice(from, m.start)))
        opening = { name: text.slice(m.start, m.end), start: m.start };
    }
  }
  // "The United Auto Workers union launched strikes at General Motors, Ford and Stellantis …, the first time in
  // its 88-year history": a body in a list or after a preposition is no owner; the body opening the sentence is.
  if (
    best &&
    opening &&
    best !== opening &&
    /(?:,|\band|\b(?:at|in|on|with|for|from|against|to|of))\s+(?:the\s+)?$/i.test(text.slice(from, best.start))
  )
    return opening.name;
  return best?.name ?? null;
}

/**
 * For a date inside a quotation whose clause gives no label: who is quoted and the quoted clause around the
 * date, without the date ('"We are not the side we were two years ago," Ruiz said.' → 'Ruiz: We are not the
 * side we were'). Null when the date is not quoted, or nothing but the date is.
 */
function quotedClause(
  text: string,
  sentence: Span,
  timex: Span,
  entities: readonly Entity[],
  /** A position that must lie outside the quotation (the verb of saying), when given. */
  saying?: number,
): string | null {
  let open = -1;
  for (let k = sentence.start; k < timex.start; k++) {
    const c = text[k];
    if (c === '“' || (c === '"' && open < 0)) open = k;
    else if (c === '”' || c === '"') open = -1;
  }
  if (open < 0) return null;
  let close = text.slice(timex.end, sentence.end).search(/["”]/);
  close = close < 0 ? sentence.end : timex.end + close;
  if (saying !== undefined && saying > open && saying < close) return null;
  // The clause: from the last break before the date to the first after it, inside the quotation.
  const head = text.slice(open + 1, timex.start);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '), head.lastIndexOf(' - '));
  const from = cut < 0 ? open + 1 : open + 1 + cut + 2;
  const tail = text.slice(timex.end, close).search(/[,;:.!?]|\s-\s/);
  const to = tail < 0 ? close : timex.end + tail;
  const words = (a: number, b: number): string =>
    text
      .slice(a, b)
      .replace(/^\s*(?:and|but|or|so)\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim();
  // Without the date and its preposition: the words before it, or those after it when it opens the clause.
  const lead = words(from, timex.start).replace(/\s*\b(?:in|on|at|over|during|for|since|by|until|till)$/i, '');
  const clause = lead.split(' ').length >= 3 ? lead : words(timex.end, to) || lead;
  if (!/\p{L}/u.test(clause)) return null;
  // Who speaks: a person or body named outside the quotation, nearest after it ('…," Ruiz said'), else before it.
  const outside = mentionsWithin(entities, sentence).filter(
    (m) => (m.entity.type === 'person' || m.entity.type === 'organization') && (m.end <= open || m.start >= close),
  );
  const speaker = outside.find((m) => m.start >= close) ?? outside.filter((m) => m.end <= open).pop();
  let name = speaker ? shortName(speaker.entity, text) : '';
  if (!name) {
    const after =
      /^["”]?\s*,?\s*(?:(?:said|says|told|added|wrote)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)/u.exec(
        text.slice(close, sentence.end),
      );
    // 'PC World concluded, "…': a name and its verb of saying before the quotation.
    const before =
      /((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|told|added|wrote|\p{Ll}+ed)\s*[,:]\s*$/u.exec(
        text.slice(sentence.start, open),
      );
    // '…," the coach said': a common noun with its article.
    const noun =
      /^["”]?\s*,?\s*(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:said|says|told|added|wrote)\b/u.exec(
        text.slice(close, sentence.end),
      );
    // ('"…," said Jane Doe.': not the sentence's full stop.)
    name = (after?.[1] ?? before?.[1] ?? noun?.[1] ?? '').replace(/^The\s+/, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
  }
  return name ? `${name}: ${clause}` : clause;
}

/**
 * Whether the date, in the sentence's tokens and verb groups, opens a noun phrase right after a verb and its
 * determiner ("brokered the 1978 accords", "after winning the 2019 final"): not after "is", a verb of saying, or
 * a verb whose object the phrase is not ("was awarded the 2002 prize" is one, "is the 2003 invasion" is not).
 */
function objectOfVerb({ tokens, groups }: { tokens: readonly Token[]; groups: readonly VerbGroup[] }): boolean {
  const marker = tokens.findIndex((t) => t.marker);
  // "won Sunday's snap election", "broke up Saturday's protest": a possessive date is the determiner itself.
  const possessive = tokens[marker]?.possessive === true;
  const verbAt = possessive ? marker - (VERB_PARTICLE.test(tokens[marker - 1]?.word ?? '') ? 2 : 1) : marker - 2;
  if (marker < 1 || (!possessive && !/^(?:the|its|their|his|her)$/i.test(tokens[marker - 1]!.word))) return false;
  // "…, surpassing the 2017 WannaCry attack": what a comparison is drawn with happened at its own date.
  if (
    /^(?:surpass|exceed|eclips|overtak|outstripp|dwarf|echo|recall|rivall?|match)ing$/i.test(tokens[verbAt]?.word ?? '')
  )
    return false;
  const group = groups.find((g) => g.head === verbAt);
  if (group === undefined || group.base === 'be' || REPORTING.has(baseForm(group.base)) || group.reduced) return false;
  // "while it investigates the January 5 incident", "will review the 2019 deal": a verb in the present or the
  // future is not done at its object's date, which is the object's own.
  const words = tokens.slice(group.first, group.head + 1).map((t) => t.word.toLowerCase());
  const head = words.at(-1)!;
  return (
    group.passive ||
    words.some((w) => /^(?:had|has|have|did|was|were)$/.test(w)) ||
    (isPastForm(head) && !/^(?:will|would|shall|to)$/.test(words[0]!))
  );
}

/** A verb's particle ("broke up", "called off"). */
const VERB_PARTICLE = /^(?:up|off|out|down|over|back|away)$/i;

/**
 * A clause's label whose subject is a pronoun, or that has none ("It is launched", "Taking office"), with the
 * subject of the verb whose date the clause is counted from, before `at` in the sentence ("Hayabusa returned
 * with dust in 2010, seven years after it was launched" → "Hayabusa is launched"; "The WHO said Thursday …,
 * ten months after it first sounded the alarm" → the WHO, not the reported clause's subject). Null when that
 * subject is no name or noun phrase, or does not agree with the pronoun.
 * A gerund counts only when the clause (`clause`, when given) opens with it: in "five years after a devastating
 * fire nearly destroyed it", "Devastating fire nearly destroys it" has its subject.
 */
export function withSharedSubject(
  label: string,
  text: string,
  sentence: Span,
  at: number,
  entities: readonly Entity[],
  clause?: Span,
): string | null {
  const pronoun = /^(It|He|She|They)\s+(.+)$/.exec(label);
  const opening = /^(\p{Lu}\p{Ll}+ing)\b(.*)$/u.exec(label);
  const opensClause = (word: string) =>
    !clause || text.slice(clause.start, clause.end).toLowerCase().startsWith(word.toLowerCase());
  const gerund = !pronoun && opening && opensClause(opening[1]!) ? opening : null;
  if (!pronoun && !gerund) return null;
  const tokens = tokenize(text, sentence, { start: at, end: at }, nameSpans(entities, sentence));
  const groups = verbGroups(tokens);
  const owner = groups.filter((g) => !g.gerund && !g.reduced && tokens[g.head]!.end <= at).pop();
  if (!owner) return null;
  const heads = new Set(groups.map((g) => g.head));
  const subject = shortSubject(
    subjectSpan(tokens, owner.first, heads)
      .map((piece) => compress(text, piece, entities))
      .join(' '),
  );
  if (!subject || PRONOUN.test(subject) || !/^\p{L}/u.test(subject)) return null;
  // ("Firefighters were still battling the blaze on Saturday, two days after it started": a common plural opening
  // the sentence is in capitals there, and still many; no name starts there.)
  const named = entities.some((e) => e.mentions.some((m) => m.start === sentence.start));
  const opens = !named && text.slice(sentence.start, sentence.start + subject.length) === subject;
  const plural = isPlural(opens ? subject[0]!.toLowerCase() + subject.slice(1) : subject);
  const written = capitalise(subject.replace(/^(?:the|a|an)\s+/i, ''));
  if (pronoun) {
    // "It", "he" or "she" stands for one; "they" for many. ("Firefighters were battling the blaze …, two days after
    // it started": "it" after many is the object, when that is one thing and no name.)
    if (pronoun[1] === 'It' && plural) {
      const object = objectSpans(tokens, owner.head + 1)
        .map((piece) => text.slice(piece.start, piece.end))
        .join(' ');
      const thing = /^(?:the|a|an)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})$/u.exec(object)?.[1];
      return thing && !isPlural(thing) ? `${capitalise(thing)} ${pronoun[2]}` : null;
    }
    if ((pronoun[1] === 'They') !== plural) return null;
    return `${written} ${pronoun[2]}`;
  }
  const [, ing = '', rest = ''] = gerund!;
  const base = baseForm(ing.toLowerCase());
  const being = /^\s+(\p{Ll}+(?:ed|en|wn))\b(.*)$/u.exec(rest);
  if (base === 'be' && being) return `${written} ${plural ? 'are' : 'is'} ${being[1]}${being[2]}`;
  return `${written} ${plural ? base : thirdPerson(base)}${rest}`;
}

/** A label and how it was found: named event or noun phrase (3), possessive (3), clause (2), fallback (0). */
export interface Label {
  text: string;
  quality: number;
  /**
   * For a label whose subject is a description of a person that stands for someone named before ("The
   * 42-year-old former minister …, after he was chosen", "The 68-year-old, who ran …"): the label with "He"
   * in its place, for events.ts to name (`text` keeps the description, for when no one is found).
   */
  pronoun?: string;
}

/**
 * A short readable label for the event a date expression places.
 * @example labelEvent({ text: 'Smith is due to meet activists on Wednesday.', sentence: { start: 0, end: 45 }, timex: { start: 35, end: 44 }, anchored: false, entities: [] }).text // 'Smith meets activists'
 */
/** Nouns for occasions that take place on a date ("the final", "the vote", "the talks"). */
const OCCASION_NOUN =
  /^(?:(?:semi-|quarter-)?finals?|match(?:es)?|games?|races?|votes?|elections?|referendum|runoffs?|run-offs?|meetings?|summits?|talks|trials?|hearings?|sentencing|extradition|appeal|funerals?|ceremon(?:y|ies)|festivals?|concerts?|debates?|conferences?|congress|weddings?|parades?|premieres?|inaugurations?|coronations?|holidays?)$/;

/** A superlative noun phrase ending in "since" ("the party's heaviest defeat since", "its best result since"). */
const SUPERLATIVE_SINCE =
  /(?:\b(?:the|its|their|his|her|our)|(\p{L}[\p{L}-]*['’]s))\s+(\p{Ll}{2,}est|worst|best|(?:most|least)\s+\p{Ll}+)((?:\s+[\p{Ll}-]+){1,3})\s+since\s+$/u;
/**
 * A perfect of leading or holding closing the words before an object ("Merkel has led [Europe's biggest economy
 * since 2005]"): "since" dates the start of that, and a superlative in the object only describes what is led.
 */
export const HELD_SINCE =
  /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:led|ruled|run|held|served|governed|headed|owned|controlled|dominated|chaired|managed|coached|captained|been\s+(?:leading|ruling|running|holding|serving|governing|heading|controlling|dominating|chairing|managing|coaching|captaining))\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** A word of a name in capitals, and what joins the next one to it ("Bank of Japan", "Bank of the West"). */
const OWNER_WORD = String.raw`\p{Lu}[\p{L}-]*`;
const OWNER_JOIN = String.raw`\s+(?:of\s+(?:the\s+)?)?`;
/** A name's possessive right before a date ("Russia's [February 2022] invasion"), of up to four words. */
const OWNER_BEFORE_DATE = new RegExp(
  String.raw`(?:^|\s)(${OWNER_WORD}(?:${OWNER_JOIN}${OWNER_WORD}){0,3})['’]s?\s+$`,
  'u',
);
/** A name's possessive, its noun and the words after it up to the date ("Smith's return to Paris … on"). */
/** What asks for a happening, before its owner's possessive ("a warrant for", "called for", "demands"). */
const WANTED_BEFORE =
  /\b(?:warrants?\s+for|(?:calls?|called|calling|demands?|demanded|demanding|pressed|pressing|pushed|pushing|campaign(?:s|ed|ing)?|bids?|plans?|hopes?|appeals?|appealed|appealing)\s+for|threats?\s+of|threatened|fears?\s+of|demand(?:s|ed|ing)?)\s+$/i;

const POSSESSIVE_EVENT = new RegExp(
  String.raw`(${OWNER_WORD}(?:${OWNER_JOIN}${OWNER_WORD})*)['’]s\s+(\p{Ll}+)((?:\s+[\p{L}-]+){0,10}?)\s*(?:on|in|at|of|during)?\s*$`,
  'u',
);

/**
 * A noun after "the", with its "of" phrase (and the place it was in, left out of the label), dated right after
 * ("the conviction of former guard X in", "the arrest of its chairman X in Tokyo in").
 */
const HAPPENING_PHRASE = String.raw`the\s+((?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,})((?:\s+of\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)?)(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?\s+(?:in|on)\s+$`;
/** That phrase opening the sentence after a preposition of time ("Since the conviction of … in"). */
const HAPPENING_OPENING = new RegExp(String.raw`^(?:Since|After|Before|Following|Until)\s+${HAPPENING_PHRASE}`, 'u');
/** That phrase after "since" inside the sentence ("has been criticised … since the death of … in"). */
const HAPPENING_SINCE = new RegExp(String.raw`\bsince\s+${HAPPENING_PHRASE}`, 'u');

/** A person described by age ("68-year-old", "23-year-old Pole", "42-year-old former finance minister"). */
const AGED = /^\d{1,3}-year-old(?:\s+[\p{L}-]+){0,4}$/u;

const RECORD_NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*`;
/** What a name in a record's list did it with: ' for "The Piano"', " with Ferrari". */
const RECORD_WORK = String.raw`(?:\s+(?:for|with)\s+(?:["“][^"”]{1,40}["”]|(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))?`;
/**
 * A record ("the third woman to win …"), then the names before it, each with its date: the verb, its object,
 * and the last name (the one dated by the date that ends the text) with what it did it with.
 */
const RECORD_AFTER_NAMES = new RegExp(
  String.raw`\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{Ll}+th|only|\p{Ll}{2,}est)\s+(?:[\p{L}-]+\s+){0,4}to\s+(\p{Ll}{2,}(?:-\p{Ll}+)?)((?:\s+[\p{L}\d'’-]+){0,5}?)(?:\s+(?:in|at)\s+[^,;]{1,50}?)?,?\s+(?:since|after|following)\s+(?:${RECORD_NAME}${RECORD_WORK}\s+(?:in|on)\s+[^,;]{1,25}?(?:,\s+|,?\s+and\s+))*(${RECORD_NAME})(${RECORD_WORK})\s+(?:in|on|at\s+the)\s+$`,
  'u',
);

/** A date as a list writes it after another: "July 2023", "May 7", "2019", "Tuesday". */
const LISTED_DATE = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:1[5-9]|20)\d\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))`;
/** Whether a phrase a rule took for a noun's holds no grammar word, past form or word of a date. */
// (A name in quotation marks inside it is one word: 'a "Friends of Syria" conference'.)
const nounPhrase = (phrase: string): boolean =>
  !phrase
    .replace(/["“][^"”]*["”]/g, 'Name')
    .split(/\s+/)
    .some((w) => isGrammarWord(w.toLowerCase()) || isPastForm(w) || DATE_WORD.test(w));

/** A name and its year ("Senegal in 2002"), the name and the year captured. */
const PAIR = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+in\s+((?:1[5-9]|20)\d\d)`;
const PAIR_GLOBAL = new RegExp(PAIR, 'gu');
/**
 * A deed done at an occasion, and the preposition before the occasion's noun: "won a seat in the ", "were killed in
 * the ", "voted in the ".
 */
const DEED_AT_OCCASION =
  /\b(?:won|wins?|lost|loses?|voted|votes?|ran|runs?|stood|stands?|defeated|beat|elected|competed|finished|scored|participated|took\s+part|fought|served|died|dies|killed|wounded|injured|destroyed|damaged|hit|struck)\b(?:\s+[\w'’-]+){0,6}?\s+(?:in|of|for|over|into)\s+the\s+$/i;
/** A clause of an amount hedged, opened by "what": "what local officials fear could be …". */
const WHAT_HEDGED =
  /^what\s+(?:[\p{L}-]+\s+){1,3}(?:fear|fears|believe|believes|estimate|estimates|say|says|said|expect|expects)\b/u;

/** A fronted phrase of speaking, up to its comma: "Speaking to reporters in Geneva on Monday, ". */
const SPEAKING_FRONT = /^(?:Speaking|Talking|Writing)\b[^,;:"“”]{0,100}?,\s+/;
/** A phrase of speaking set off after the subject, up to its closing comma: "Obama, speaking at 7:00 am, ". */
const SPEAKING_ASIDE =
  /^((?:[\p{L}'’.-]+\s+){0,6}[\p{L}'’.-]+),\s+(?:speaking|talking|writing)\b[^,;:"“”]{0,100}?,\s+/u;
/** The past verbs of saying a phrase of speaking goes with. */
const SAID_WORDS =
  'said|says|added|warned|insisted|stressed|declared|noted|argued|claimed|acknowledged|admitted|conceded|vowed';
/** A verb of saying right after such an aside. */
const SAID_RIGHT_AFTER = new RegExp(String.raw`^(?:${SAID_WORDS})\b`);
/** The main clause's verb of saying, its subject a few words with no break ("Smith said", "the minister told"). */
const SAID_VERB = new RegExp(String.raw`^(?:[\p{L}'’.-]+\s+){1,5}?(?:${SAID_WORDS})\b`, 'u');
/** Names each with its year, listed as a sentence's subject ("Cameroon in 1990, Senegal in 2002 and Ghana in 2010 had"). */
const PAIRED_SUBJECT = new RegExp(String.raw`^(?:${PAIR},\s+)*${PAIR},?\s+and\s+${PAIR}(?=\s+\p{Ll})`, 'u');
const LISTED_AFTER = new RegExp(String.raw`^,?\s+(?:and|or)\s+(?:(?:in|on)\s+)?${LISTED_DATE}\b`);
const LISTED_BEFORE = new RegExp(String.raw`\b${LISTED_DATE},?\s+(?:and|or)\s+(?:(?:in|on)\s+)?$`);

/** Verbs of saying that tell how it was said, which a label keeps for "comments" ("WHO warns"). */
const TELLING_VERBS = new Set([
  'warn',
  'announce',
  'report',
  'confirm',
  'deny',
  'admit',
  'insist',
  'predict',
  'pledge',
  'vow',
  'promise',
  'urge',
  'concede',
  'acknowledge',
]);

/** A name, a comma and an apposition of a role (no verb in it) up to "since" ("Bergoglio, the archbishop of Buenos
 * Aires since"): the name and the role without its article. */
const ROLE_SINCE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s+since\s+$/u;

/**
 * The label of a text put together from a sentence's words (another order, a word changed), as one sentence of its
 * own, with the date at `timex` and the entities moved into it (see `movedEntities`).
 */
function labelPutTogether(given: LabelInput, text: string, timex: Span, entities: readonly Entity[]): Label {
  return labelEvent({
    ...given,
    text,
    sentence: { start: 0, end: text.length },
    timex,
    entities,
    headCache: undefined,
  });
}

/** The entities with the mentions `keep` holds, each moved by `shift` into a text put together; none without one. */
function movedEntities(
  entities: readonly Entity[],
  keep: (m: Entity['mentions'][number]) => boolean,
  shift: (at: number) => number,
): Entity[] {
  return entities
    .map((e) => ({
      ...e,
      mentions: e.mentions.filter(keep).map((m) => ({ ...m, start: shift(m.start), end: shift(m.end) })),
    }))
    .filter((e) => e.mentions.length > 0);
}

export function labelEvent(given: LabelInput): Label {
  // "Previous eruptions, in August 2022 and July 2023, took place …": the dates of a list are one time phrase,
  // which the label leaves out whole (the other date's words read as the subject's).
  const { timex: own, sentence: within, text: all } = given;
  // "Cameroon in 1990, Senegal in 2002 and Ghana in 2010 had all fallen in the quarter-finals": names each with its
  // year, listed as the subject, each did at its year what the rest of the sentence says, labelled as if that name
  // alone opened it ("Cameroon falls in the quarter-finals").
  const paired = PAIRED_SUBJECT.exec(all.slice(within.start, within.end));
  const mine = paired
    ? [...paired[0].matchAll(PAIR_GLOBAL)].find((m) => within.start + m.index + m[0].length === own.end)
    : undefined;
  if (paired && mine) {
    const text = `${mine[1]!}${all.slice(within.start + paired[0].length, within.end)}`;
    const end = text.replace(/[.!?]["”’]?\s*$/, '').length;
    const label = labelPutTogether(given, text, { start: end, end }, []);
    if (label.quality >= 2 && label.text.startsWith(`${mine[1]!} `)) return label;
  }
  // "Trump cancelled the meeting on May 24, only to reinstate it eight days later": a date inside "only to" and
  // its verb dates that verb, done by the main clause's subject, to what the main clause's verb was done to
  // ("Trump reinstates the meeting"), not a second cancellation.
  const onlyTo = own.end > own.start ? ONLY_TO.exec(all.slice(within.start, own.start)) : null;
  if (onlyTo) {
    const verbAt = within.start + onlyTo.index + onlyTo[0].length;
    const verb = /^\p{Ll}+/u.exec(all.slice(verbAt))![0];
    const from = verbAt + verb.length;
    const lead = `It ${thirdPerson(verb)}`;
    const text = `${lead}${all.slice(from, within.end)}`;
    const shift = (at: number): number => at - from + lead.length;
    const entities = movedEntities(given.entities, (m) => m.start >= from && m.end <= within.end, shift);
    const label = labelPutTogether(given, text, { start: shift(own.start), end: shift(own.end) }, entities);
    // "it" is what the main clause's verb was done to, the object in its label after the subject and the verb.
    const main =
      label.quality >= 2
        ? labelSentence({
            ...given,
            sentence: { start: within.start, end: within.start + onlyTo.index },
            timex: { start: within.start + onlyTo.index, end: within.start + onlyTo.index },
            clause: true,
          }).text
        : '';
    const rest = label.text.replace(/^It\s+/, '');
    const named = main ? withSharedSubject(label.text, all, within, verbAt, given.entities) : null;
    // (A pronoun the main clause opens with is the subject as it stands: "He resigned in 2010, only to return".)
    const subject = named?.endsWith(rest)
      ? named.slice(0, named.length - rest.length).trim()
      : /^(?:He|She|They)(?= )/.exec(main)?.[0];
    if (subject) {
      // (Without the main verb's adverb: "Trump abruptly cancelled …" → "Trump reinstates …".)
      const doer = subject.replace(/\s+\p{Ll}{3,}ly$/u, '');
      const object = main.startsWith(`${subject} `)
        ? /^\p{Ll}+s\s+((?:the|a|an|its|his|her|their)\s+[^,;]+?)(?=\s+(?:on|in|at|during|by|from|last|this|earlier|late|early)\b|$)/u.exec(
            main.slice(subject.length + 1),
          )?.[1]
        : undefined;
      const thing = object && /^\p{Ll}+\s+it$/u.test(rest) ? rest.replace(/\bit$/, object) : rest;
      const verbOf = /^They$/.test(doer) ? thing.replace(/^\p{Ll}+s\b/u, (verb) => presentBase(verb)) : thing;
      return { text: `${doer} ${verbOf}`, quality: 2 };
    }
  }
  // "Speaking to reporters on Monday, Smith said the country needed fresh leadership": a date in a fronted phrase of
  // speaking dates the saying of the main clause, which is labelled as if the date followed its verb of saying
  // ("Smith said on Monday the country …"), not by the reported clause alone. So in such a phrase set off after the
  // subject ("Obama, speaking from the White House at 7:00 am (1100 GMT), said the agreement …").
  const whole = all.slice(within.start, within.end);
  const speaking = own.end > own.start ? (SPEAKING_FRONT.exec(whole) ?? SPEAKING_ASIDE.exec(whole)) : null;
  // The subject before an aside (none before a fronted phrase), and where the main clause goes on.
  const lead = speaking?.[1] ?? '';
  const asideFrom = within.start + lead.length;
  const mainFrom = speaking ? within.start + speaking[0].length : -1;
  const saidAt = speaking ? (lead ? SAID_RIGHT_AFTER : SAID_VERB).exec(all.slice(mainFrom, within.end)) : null;
  if (speaking && saidAt && own.start >= asideFrom && own.end <= mainFrom) {
    const prep = /\b(?:(?:late|early)\s+)?(?:on|at|in|during|by|from)\s+$|\b(?:late|early)\s+$/i.exec(
      all.slice(within.start, own.start),
    );
    const phrase = `${prep ? prep[0] : /^\d/.test(all.slice(own.start, own.end)) ? 'at ' : 'on '}${all.slice(own.start, own.end)}`;
    const insertAt = mainFrom + saidAt.index + saidAt[0].length;
    const head = `${lead}${lead ? ' ' : ''}${all.slice(mainFrom, insertAt)} `;
    const text = `${head}${phrase}${all.slice(insertAt, within.end)}`;
    // Where an offset of the sentence lands in the text so put together (the aside's words are gone).
    const shift = (at: number): number =>
      at < asideFrom
        ? at - within.start
        : at < insertAt
          ? at - mainFrom + (lead ? lead.length + 1 : 0)
          : at - insertAt + head.length + phrase.length;
    const entities = movedEntities(
      given.entities,
      (m) => (m.end <= asideFrom && m.start >= within.start) || (m.start >= mainFrom && m.end <= within.end),
      shift,
    );
    const start = head.length + phrase.length - (own.end - own.start);
    const label = labelPutTogether(given, text, { start, end: start + own.end - own.start }, entities);
    if (label.quality >= 2) return label;
  }
  const after = own.end > own.start ? LISTED_AFTER.exec(all.slice(own.end, within.end)) : null;
  const before = own.end > own.start ? LISTED_BEFORE.exec(all.slice(within.start, own.start)) : null;
  const input =
    after || before
      ? {
          ...given,
          timex: {
            start: before ? within.start + before.index : own.start,
            end: after ? own.end + after[0].length : own.end,
          },
        }
      : given;
  // "Bergoglio, the archbishop of Buenos Aires since 1998, was elected …": an apposition of a role, closed by "since"
  // and the date, says when the person named before it took the role ("Bergoglio becomes archbishop of Buenos
  // Aires"), not when the clause happened.
  const roleSince = ROLE_SINCE.exec(all.slice(within.start, own.start));
  if (roleSince && own.end > own.start && /^\s*,/.test(all.slice(own.end, own.end + 2))) {
    const role = roleSince[2]!;
    const nameEnd = within.start + roleSince.index + roleSince[1]!.length;
    const person = given.entities.find(
      (e) => e.type === 'person' && e.mentions.some((m) => m.end === nameEnd && m.start >= within.start),
    );
    const words = role.split(/\s+/);
    const ofAt = words.indexOf('of');
    if (person && words.slice(0, ofAt < 0 ? words.length : ofAt).some((w) => isRoleNoun(w.toLowerCase())))
      return { text: `${shortName(person, all)} becomes ${role}`, quality: 2 };
  }
  // 'whose films include "Kes" (1969)': a year in brackets right after a work's quoted title is the year the work
  // came out.
  const titled = /["“]([^"“”]{1,80}?)[,.]?["”]\s*\($/u.exec(
    all.slice(Math.max(within.start, own.start - 90), own.start),
  );
  if (titled && /^\d{4}$/.test(all.slice(own.start, own.end)) && all.slice(own.end, own.end + 1) === ')')
    return { text: `"${titled[1]!}" is released`, quality: 2 };
  // The label of the clause from `from` to `end`, as if a date given elsewhere closed it there.
  const clauseEnding = (from: number, end: number, clause = true): Label =>
    labelSentence({ ...given, sentence: { start: from, end }, timex: { start: end, end }, clause });
  // "Japan's Nikkei hits record high, first since 1989": "the first since" a date after a comma says the clause
  // before it happened then too, as "for the first time since" does (againSince); that clause is the label.
  const firstSince = /,\s+(?:the\s+|its\s+|their\s+)?first\s+since\s+$/i.exec(all.slice(within.start, own.start));
  if (firstSince && own.end > own.start) {
    const end = own.start - firstSince[0].length;
    // (A headline's clause stays a headline: no full stop ends it.)
    const headline = !/[.!?]["”’]?\s*$/.test(all.slice(within.start, within.end));
    const before = clauseEnding(within.start, end, !headline);
    if (before.quality >= 2) return before;
  }
  // "The fine comes days before the EU's Digital Markets Act takes full effect on Thursday": after "comes (so
  // long) before" or "after", the clause the date ends says what happens then; the main clause only places it.
  const comes = COMES_BEFORE.exec(all.slice(within.start, own.start));
  // (A clause, with a verb: not "eight years after the Paris accord of 2015".)
  const verb = (w: string): boolean =>
    /^(?:is|are|was|were|has|have|had|will|would)$/.test(w) ||
    REGULAR_PAST.test(w) ||
    isIrregularPast(w) ||
    (/^\p{Ll}{3,}s$/u.test(w) && !/(?:ss|us|is)$/.test(w));
  if (comes && own.end > own.start && comes[1]!.split(/\s+/).slice(1).some(verb)) {
    const from = within.start + comes.indices![1]![0];
    const clause = labelSentence({ ...given, sentence: { start: from, end: within.end } });
    if (clause.quality >= 2 && !/^(?:it|they|he|she)\b/i.test(clause.text)) return clause;
  }
  // "The strikes came on the eve of a second round of direct peace talks between the two sides in Istanbul on
  // Monday": the noun phrase (no clause's label found above) is the occasion the date places, said up to its first
  // preposition but "of".
  // ("The change comes days before a by-election in the seat of Canning on Saturday": so is one after "before" a
  // present "comes", when its head is an occasion's noun.)
  if (comes && own.end > own.start) {
    const words = comes[1]!.split(/\s+/);
    const cut = words.findIndex((w, k) => k > 0 && w !== 'of' && isPreposition(w));
    const phrase = (cut > 0 ? words.slice(0, cut) : words).filter((w, k) => k > 0 || !DETERMINERS.test(w));
    const head = (phrase.at(-1) ?? '').split('-').at(-1)!;
    if (
      phrase.length >= 1 &&
      phrase.length <= 8 &&
      (/\bon the eve of\s/.test(comes[0]) || (/\bcomes\s(?:.*\s)?before\s/.test(comes[0]) && OCCASION_NOUN.test(head)))
    )
      return { text: capitalise(phrase.join(' ')), quality: 2 };
  }
  // "… will remain in his role until the deal closes, expected in the 2023 financial year": a participle of
  // foreseeing after a comma, before the date, says when the clause before the comma is foreseen; that clause (from
  // its clause word) is the label.
  const foreseen = FORESEEN_AFTER.exec(all.slice(within.start, own.start));
  if (foreseen && own.end > own.start) {
    const comma = within.start + foreseen.index;
    const opener = [...all.slice(within.start, comma).matchAll(/\b(?:until|when|after|before|once|as|that)\s+/g)].at(
      -1,
    );
    if (opener) {
      const clause = clauseEnding(within.start + opener.index + opener[0].length, comma);
      // (A clause with a verb of its own, whatever its object: "Deal closes".)
      if (
        clause.quality >= 1 &&
        / /.test(clause.text) &&
        !/,/.test(clause.text) &&
        !/^(?:it|they|he|she)\b/i.test(clause.text)
      )
        return clause;
    }
  }
  // "She is held in Tehran's Evin prison, where she has been since November 2021": being somewhere since a date
  // says the clause before ran from it; that clause is the label.
  const whereSince = WHERE_SINCE.exec(all.slice(within.start, own.start));
  if (whereSince && own.end > own.start) {
    const clause = clauseEnding(within.start, within.start + whereSince.index);
    if (clause.quality >= 2) return clause;
  }
  const label = doneAgain(
    againSince(withDoneSaid(withObjectNamed(parallelClause(input) ?? labelSentence(input), input), input), input),
    input,
  );
  // "The firm said more than 4 billion songs had been downloaded … and that as of February, the store accounts for
  // 70% of sales": a date in a second reported clause, after "and that", dates that clause alone, when the
  // sentence's label told the first clause (none of its words stand in the second). Not a clause that names its
  // subject by a pronoun, which the whole sentence resolves ("… and that he was charged on Monday": "Man is charged").
  const { text, sentence, timex } = input;
  const left = text.slice(sentence.start, timex.start);
  const second = [...left.matchAll(/,?\s+and\s+that\s+/g)].at(-1);
  if (
    !second ||
    !/\b(?:said|says|told|tells|added|announced|reported|noted|warned|stated|confirmed)\b/.test(
      left.slice(0, second.index),
    )
  )
    return label;
  const from = sentence.start + second.index + second[0].length;
  const words = clauseWords(text.slice(from, sentence.end));
  const told = [...clauseWords(label.text)];
  if (told.length === 0 || told.some((w) => words.has(w))) return label;
  const clause = labelSentence({ ...input, sentence: { start: from, end: sentence.end } });
  return clause.quality >= 2 && !/^(?:he|she|it|they|we|i)\b/i.test(clause.text) ? clause : label;
}

/**
 * "holding office for a year from 2006 and again from 2012 to 2020": a date after "and again" dates the clause's deed
 * done once more; its label is the clause's, without a stretch that belonged to the first time, and "again".
 */
function doneAgain(label: Label, { text, sentence, timex }: LabelInput): Label {
  if (label.quality < 2 || /\bagain$/i.test(label.text)) return label;
  if (!/\band\s+again\s+(?:(?:from|in|on|at|during|between)\s+)?$/i.test(text.slice(sentence.start, timex.start)))
    return label;
  const done = label.text.replace(
    /\s+for\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|days?|decades?|terms?)$/i,
    '',
  );
  return { ...label, text: `${done} again` };
}

/** ", where she has been since ": a place's clause of being there since the date, set off by a comma. */
const WHERE_SINCE =
  /,\s+where\s+(?:he|she|it|they|\p{Lu}[\p{L}'’-]*)\s+(?:has|have|had)\s+(?:been|lived|stayed|remained)\s+(?:ever\s+)?since\s+$/u;

/** ", expected in the ": a participle of foreseeing set off by a comma, right before the date. */
const FORESEEN_AFTER = /,\s+(?:expected|scheduled|due|planned|slated)\s+(?:(?:in|on|by|for|during)\s+)?(?:the\s+)?$/;
/**
 * After an owner, up to two words of amount or kind, a deed noun, one of `prepositions` and a name, closing the words
 * before a date ("… $26.2 billion purchase of LinkedIn in"); the groups after the owner's are the noun, the
 * preposition and the name.
 */
const deedOfName = (prepositions: string): string =>
  String.raw`\s+(?:[$€£¥]?[\d.,]+\s+(?:million|billion|trillion)\s+|\p{Ll}[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})\s+(${prepositions})\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s+(?:in|on)\s+$`;
/** The deed of an owner "its", "his" or "her" (3da: "its $26.2 billion purchase of LinkedIn in"). */
const OWN_DEED_OF = new RegExp(String.raw`\b(his|her|its)${deedOfName('of|from')}`, 'u');
/** The deed of an owner's name (3da': "Microsoft's $26.2 billion takeover of LinkedIn in", "Hamas's attack on Israel on"). */
const NAMED_DEED_OF = new RegExp(
  String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})['’]s?${deedOfName('of|on|against')}`,
  'u',
);

/** A weekday of a clause's own ("A court on Monday sentenced …"). */
const CLAUSE_WEEKDAY = /\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A weekday, a month or a year of a clause's own ("… in June 2020, following …"). */
const CLAUSE_DATE =
  /\b(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})\b/;

/** "comes (days) before" or "came a week after", then a clause up to the date ("… the law takes effect on"). */
const COMES_BEFORE =
  /\b(?:comes?|came|coming)\s+(?:(?:just|only|barely|less than|more than)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+)?(?:before|after|ahead of|on the eve of)\s+((?:the|a|an|its|their|his|her|\p{Lu})[^,;:.]{3,100}?)\s+(?:on|in|at|by)?\s*$/du;

/**
 * "The Bank of England cut rates for the first time since 2020": the date places the last time before, when the
 * thing was done too, but not for the first time; those words go.
 */
/**
 * "now has 21 days to dissolve parliament, and is expected to do so after Christmas": a label ending in "does so"
 * says the deed an infinitive named earlier in the sentence, before the "and" ("Steinmeier dissolves parliament").
 */
function withDoneSaid(label: Label, input: LabelInput): Label {
  const so = /\s(?:does|do|did)\s+so$/.exec(label.text);
  if (!so) return label;
  const { text, sentence, timex } = input;
  const deed =
    /\bto\s+(\p{Ll}{3,})((?:\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?[\p{L}-]+){0,3}?)\s*,?\s+and\b/u.exec(
      text.slice(sentence.start, timex.start),
    );
  if (!deed || isGrammarWord(deed[1]!) || BE.has(deed[1]!)) return label;
  const plural = /\sdo\s+so$/.test(label.text);
  const verb = plural ? deed[1]! : thirdPerson(deed[1]!);
  return { ...label, text: `${label.text.slice(0, so.index)} ${verb}${deed[2] ?? ''}` };
}

function againSince(label: Label, input: LabelInput): Label {
  const { text, sentence, timex } = input;
  if (!/\bfirst\s+time\s+since\s+$/i.test(text.slice(sentence.start, timex.start))) return label;
  const cut = label.text.replace(/\s+(?:for\s+)?(?:the\s+)?first\s+time$/i, '');
  return cut !== label.text && cut.includes(' ') ? { ...label, text: cut } : label;
}

/**
 * "Laurent Fabius, who was 37 when Francois Mitterrand appointed him in 1984": a "him" or "her" the label ends
 * with, or has before a preposition, stands for the person the sentence names last before the date whom the label
 * does not name yet ("Mitterrand appoints Fabius").
 */
function withObjectNamed(label: Label, input: LabelInput): Label {
  const pronoun = /\s(him|her)(?=$|\s+(?:in|on|at|to|as|with|for|after|before)\b)/.exec(label.text);
  if (!pronoun) return label;
  const { text, sentence, timex, entities } = input;
  const people = entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.filter((m) => m.start >= sentence.start && m.end <= timex.start).map((m) => ({ e, m })))
    .sort((a, b) => b.m.start - a.m.start);
  // ("Biden's halting performance triggers a wave of calls for him": a person owning the subject is whom "him"
  // stands for, not another named before the date.)
  const owner = (name: string): boolean => label.text.startsWith(`${name}'s `) || label.text.startsWith(`${name}’s `);
  if (people.some(({ e }) => owner(shortName(e, text)))) return label;
  // (A name the label opens with is capitalised there: "Da Silva congratulates him" names da Silva.)
  const said = label.text.toLowerCase();
  const named = people.find(({ e }) => !said.includes(shortName(e, text).toLowerCase()));
  if (!named) return label;
  const at = pronoun.index + 1;
  return {
    ...label,
    text: `${label.text.slice(0, at)}${shortName(named.e, text)}${label.text.slice(at + pronoun[1]!.length)}`,
  };
}

/**
 * "aims to cut emissions by half by 2030 and reach net zero by 2050", "calls for tripling capacity by 2030 and
 * reaching net zero by 2050": a second date after "and" and a verb of the same kind as the first date's dates that
 * verb's phrase, under the same "to" or "for" ("Country aims to reach net zero"). Null when the sentence is not so.
 */
function parallelClause(input: LabelInput): Label | null {
  const { text, sentence, timex } = input;
  const left = text.slice(sentence.start, timex.start);
  const joined =
    /\b(?:by|in|before)\s+((?:1[5-9]|20)\d\d)\s+and\s+(\p{Ll}{3,})((?:\s+[\p{L}\d%$'’-]+){1,5}?)\s+(?:by|in|before)\s+$/u.exec(
      left,
    );
  if (!joined || !/^(?:1[5-9]|20)\d\d$/.test(text.slice(timex.start, timex.end))) return null;
  const verb = joined[2]!;
  // ("was jailed for fraud in 2003 and won the title in 2012": a past after "and" is a clause of its own.)
  if (isGrammarWord(verb) || BE.has(verb) || MODALS.has(verb) || isPastForm(verb)) return null;
  const first = sentence.start + joined.index + joined[0].indexOf(joined[1]!);
  const earlier = labelSentence({ ...input, timex: { start: first, end: first + joined[1]!.length } });
  // The first label's words up to its last "to" or "for", which govern both phrases.
  const words = earlier.text.split(' ');
  const governing = words.findLastIndex((w) => /^(?:to|for)$/.test(w));
  if (earlier.quality < 2 || governing < 1) return null;
  // The same form as the verb after "to" or "for": a plain verb after "to", a gerund after "for".
  const form = words[governing + 1] ?? '';
  if (/ing$/.test(form) !== /ing$/.test(verb)) return null;
  // ("was treated for cancer …": "for" governs a verb only as its gerund.)
  if (words[governing] === 'for' && !/ing$/.test(form)) return null;
  return { ...earlier, text: `${words.slice(0, governing + 1).join(' ')} ${verb}${joined[3]}` };
}

/** The words of three letters or more that are no grammar words, in lower case. */
function clauseWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !isGrammarWord(w) && !BE.has(w) && !MODALS.has(w)),
  );
}

function labelSentence(input: LabelInput): Label {
  const { text, sentence, timex, anchored, entities } = input;
  // The description a "he"/"she" of the label stands for, when it names no one (see `Label.pronoun`).
  let description: string | undefined;
  // "The 68-year-old, who ran …", "The former Mexico City mayor secured …": a person's age, or a former office,
  // opening the sentence after "The", stands for the person named before (see `description`).
  // ("The 62-year-old climate scientist and former Mexico City mayor won …": an age's description, "and", then the
  // former office.)
  // ("The forward spent 21 years at Barcelona …": so does a role noun alone.)
  const describes = (subject: string): boolean => {
    if (
      !AGED.test(subject) &&
      !(/^former(?:\s+[\p{L}-]+){1,4}$/iu.test(subject) && ROLE_HEADS.test(subject.split(/\s+/).at(-1)!)) &&
      !(/^\p{Ll}{4,}$/u.test(subject) && isPersonRoleNoun(subject)) &&
      // ("The 20-time Grand Slam champion had been held …": a role noun after words that only describe it.)
      !(
        /^(?:[\p{L}\d-]+\s+){1,4}\p{Ll}{4,}$/u.test(subject) &&
        isPersonRoleNoun(subject.split(/\s+/).at(-1)!) &&
        subject
          .split(/\s+/)
          .slice(0, -1)
          .every((w) => !isGrammarWord(w.toLowerCase()) && !/['’]s?$/.test(w) && !BE.has(w.toLowerCase()))
      )
    )
      return false;
    const opening = new RegExp(String.raw`^The\s+(?:\d{1,3}-year-old(?:\s+[\p{Ll}-]+){0,3}\s+and\s+)?`, 'u').exec(
      text.slice(sentence.start, sentence.start + 80),
    );
    const at = sentence.start + (opening?.[0].length ?? 0);
    return (
      opening !== null &&
      text.startsWith(subject, at) &&
      !/^[\p{L}\d-]/u.test(text.slice(at + subject.length)) &&
      (opening[0].length === 4 || /^former\b/i.test(subject))
    );
  };
  const sentenceEntities = entities.filter((e) =>
    e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
  );
  const left = text.slice(sentence.start, timex.start);
  // The sentence's words and verbs, read once, when a rule first needs them.
  let parsed: { tokens: Token[]; groups: VerbGroup[] } | undefined;
  const parse = (): { tokens: Token[]; groups: VerbGroup[] } => {
    if (!parsed) {
      const tokens = tokenize(
        text,
        sentence,
        timex,
        nameSpans(sentenceEntities, sentence),
        roleSpans(text, sentenceEntities, sentence),
      );
      // A clause cut from a sentence ends as the sentence does, with no full stop of its own: no headline.
      if (input.clause) tokens.push({ word: '', start: sentence.end, end: sentence.end, marker: false });
      // (A plan in the pluperfect was changed or called off, whenever its date: "The Games had been due to open on
      // July 24", told in March of that year.)
      const groups = verbGroups(tokens).map((g) =>
        (input.past || g.pastPlan?.startsWith('had ')) && g.pastPlan && !g.modal ? { ...g, modal: g.pastPlan } : g,
      );
      parsed = { tokens, groups };
    }
    return parsed;
  };
  // "has defaulted on its debt nine times, most recently in 2020": the date is one of them, not the count's.
  const lastOfMany = /,\s+(?:most\s+recently|the\s+latest|the\s+last\s+time)\s+(?:in|on)\s+$/i.test(left);
  // "she defended the military's 2017 crackdown on Rohingya Muslims": a label ending on an owner right before the date
  // goes on with the noun the owner and the date qualify.
  const ownedAfter = /['’]s\s+$/.test(left)
    ? /^\s+((?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}{3,})(?=\s*(?:[,;.:]|$|\s+(?:on|of|in|against|by|for|that|which)\b))/u.exec(
        text.slice(timex.end, sentence.end),
      )
    : null;
  const finish = (written: string, quality = 3): Label => {
    if (
      ownedAfter &&
      /['’]s$/.test(written.trim()) &&
      ownedAfter[1]!.split(/\s+/).every((w) => !isGrammarWord(w) && !isPastForm(w))
    )
      written = `${written.trim()} ${ownedAfter[1]}`;
    const label = lastOfMany
      ? written.replace(
          /\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple)\s+times\b/i,
          '',
        )
      : written;
    const words = label
      .replace(/\s+/g, ' ')
      // ("stay on, with a leadership contest expected to begin next week" → "Leadership contest begins": the "with"
      // of an absolute phrase opens no subject.)
      .replace(/^\s*with\s+(?:a|an|the)\s+(?=\p{Ll})/iu, '')
      // ("said the vote was not legal" → "Vote is not legal": a denial the verb and its complement both carry is one.)
      .replace(/\b(not|never) \1\b/gi, '$1')
      // ("winning a May 2018 election" → "wins a election" once the date is left out: "an" before a vowel.)
      .replace(/\b([Aa]) (?=(?:[aei]|o(?!ne\b|nce\b))\p{Ll})/gu, '$1n ')
      // ("would have access to their money no later than Monday morning": the bound's words go with its date.)
      .replace(/\s+(?:no|not|any)\s+(?:later|earlier|sooner)(?:\s+than)?\s*$/i, '')
      // (Not a title's opening mark, closed later: '"Ghosts" is staged'.)
      .replace(/^\s*["“](?=[^"”]+["”]\s)/, '\uE000')
      .replace(/^[\s,;:'"“”‘’-]+|[\s,;:.'"“”‘’-]+$/g, '')
      .replace(/^\uE000/, '"')
      .split(' ');
    // A long name opening the label counts as three words ("Africa Centres for Disease Control and
    // Prevention declares its own continental emergency").
    const opening =
      /^\p{Lu}[\p{L}&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}&.-]*)*/u.exec(words.join(' '))?.[0] ?? '';
    const kept = words.slice(0, MAX_WORDS + Math.max(0, Math.min(4, opening.split(' ').length - 3)));
    // "… a support pillar of the Francis Scott [Key Bridge]": a name is not cut; up to three more words finish
    // it, else it goes whole.
    // (Past a name's own "of" or "and": "… into the Rock and Roll Hall [of Fame]".)
    const joinerCut =
      words.length > kept.length &&
      /^(?:of|and|de|del|la|du)$/.test(kept.at(-1)!) &&
      /^\p{Lu}/u.test(kept.at(-2) ?? '') &&
      /^\p{Lu}/u.test(words[kept.length]!);
    if (
      words.length > kept.length &&
      (joinerCut || (/^\p{Lu}/u.test(kept.at(-1)!) && /^\p{Lu}/u.test(words[kept.length]!)))
    ) {
      let end = kept.length;
      while (end < words.length && end - kept.length < 3 && /^\p{Lu}/u.test(words[end]!)) end++;
      if (end === words.length || !/^\p{Lu}/u.test(words[end]!)) kept.push(...words.slice(kept.length, end));
      else while (kept.length > 1 && /^\p{Lu}/u.test(kept.at(-1)!)) kept.pop();
    }
    // One word past the limit that ends the label ends the noun phrase the limit cut: it stays ("… declares the
    // mpox outbreak a public health [emergency]"). Not a gerund, nor a phrase after a preposition, cut below.
    const extra = words.length === kept.length + 1 ? words.at(-1)! : '';
    if (
      /^\p{Ll}[\p{Ll}-]*$/u.test(extra) &&
      !/ing$/.test(extra) &&
      !isGrammarWord(extra) &&
      !kept.slice(-6).some((w) => isPreposition(w.toLowerCase()) || /^to$/i.test(w))
    )
      kept.push(extra);
    // A comparison the date completed says nothing without it ("call an election as early [as next month]").
    if (
      kept.length > 3 &&
      /^as$/i.test(kept[kept.length - 2]!) &&
      /^(?:early|soon|late|much|many|far|long|recently)$/i.test(kept[kept.length - 1]!)
    )
      kept.splice(-2);
    // Cut short inside a phrase after a preposition, a label leaves the phrase out ("wins the Champions League
    // [for a record-extending 15th time]", "completes its takeover [of video game giant Activision]").
    const cut = words[kept.length];
    if (cut !== undefined && !isPreposition(cut.toLowerCase()) && !CLAUSE_WORDS.has(cut.toLowerCase())) {
      // (Not after "to" or "as", which may open a clause: "expect the bank to hold rates", "as its date matches".)
      const at = kept.findLastIndex((w) => isPreposition(w.toLowerCase()));
      // ("to" before an article or a number opens a phrase: "doubles [to a record 1.3 trillion] yen".)
      const phrase = /^to$/i.test(kept[at] ?? '') && /^(?:a|an|the|[\d$€£¥].*)$/i.test(kept[at + 1] ?? '');
      if (at >= 3 && (!/^(?:to|as)$/i.test(kept[at]!) || phrase)) kept.length = at;
    }
    // Cut short, a label does not end on a little word ("… one of the few indexes to"), nor on the "up" of an
    // "up to" the cut left ("sentenced 45 activists to [up to 10 years]").
    if (words.length > kept.length)
      while (
        kept.length > 1 &&
        (/^(?:to|of|the|a|an|in|on|at|for|and|or|with|by|as|this|that|its|their|his|her)$/i.test(
          kept[kept.length - 1]!,
        ) ||
          (/^up$/i.test(kept[kept.length - 1]!) && /^to$/i.test(words[kept.length] ?? '')))
      )
        kept.pop();
    // What the date's own phrase leaves behind is no end of a label: "in fiscal [2023]", "no earlier than
    // [October]", "a crash outside [the stadium]", "at 3 pm ([1300 GMT])".
    for (;;) {
      const last = kept.at(-1) ?? '';
      if (kept.length <= 2) break;
      // ("Death is looked into": not "into" left at the end of a passive, the verb's.)
      if (/^\([^)]*$/.test(last) || (DANGLING.test(last) && !(/^into$/i.test(last) && isParticiple(kept.at(-2) ?? ''))))
        kept.pop();
      else if (/^(?:fiscal|financial)$/i.test(last)) {
        kept.pop();
        if (/^(?:in|for|during|of)$/i.test(kept.at(-1) ?? '')) kept.pop();
      } else if (/^of$/i.test(last) && /^(?:end|start|beginning|middle|turn|close)$/i.test(kept.at(-2) ?? '')) {
        // "expects savings by the end of [the year]": the part of the date's unit goes with it.
        kept.splice(-2);
        if (/^the$/i.test(kept.at(-1) ?? '')) kept.pop();
        if (/^(?:by|before|at|until|till|in|towards?|from|since)$/i.test(kept.at(-1) ?? '')) kept.pop();
      } else if (/^than$/i.test(last)) {
        kept.pop();
        while (kept.length > 2 && /^(?:earlier|later|sooner|more|less|rather|no|not)$/i.test(kept.at(-1)!)) kept.pop();
      } else if (/^(?:the|a|an|at|to|of|by|from)$/i.test(last)) {
        // "The blast … occurred at [around 3:20 pm]", "Odinga's challenge to the [2013 result]": an article or a
        // preposition the date's phrase leaves at the end goes too ("sworn in", "flown in" keep their particle).
        kept.pop();
      } else break;
    }
    // A title's closing quotation mark, stripped above with the end, is put back ('Novel "Beloved"'); a lone
    // opening one that no title follows goes.
    let joined = kept.join(' ');
    if ((joined.match(/"/g)?.length ?? 0) % 2 === 1) {
      const tail = /(^|\s)"([^"]*)$/.exec(joined);
      if (tail && /^\p{Lu}[\p{L}\d'’.-]*(?:,?\s+[\p{L}\d'’.-]+)*$/u.test(tail[2]!)) joined += '"';
      else if (tail) joined = joined.slice(0, tail.index) + tail[1] + tail[2];
    }
    const done = capitalise(joined);
    const pronoun = description ? /^(?:He|She)\s/.exec(done) : null;
    if (pronoun && description) {
      const full = description;
      description = undefined;
      return { text: finish(`${full} ${done.slice(pronoun[0].length)}`, quality).text, quality, pronoun: done };
    }
    return { text: done, quality };
  };

  const phraseText = text.slice(timex.start, timex.end);

  // "expects inflation to fall … by the end of the year and to return to target in the second quarter of 2025":
  // a second infinitive joined by "and to" is what the date places, said as the first is ("Bank expects
  // inflation to return to target").
  const secondTo = /\s+and\s+to\s+(\p{Ll}{2,}(?:\s+[^\s,;:]+){0,6}?)\s+(?:in|on|by|at|during|until|from)\s+$/u.exec(
    left,
  );
  if (secondTo && !DETERMINERS.test(secondTo[1]!.split(/\s+/)[0]!) && !BE.has(secondTo[1]!.split(/\s+/)[0]!)) {
    const at = sentence.start + secondTo.index;
    const first = labelEvent({ ...input, timex: { start: at, end: at } });
    const to = first.text.indexOf(' to ');
    if (first.quality >= 2 && to > 0) return finish(`${first.text.slice(0, to)} to ${secondTo[1]}`, first.quality);
  }

  // 0. "the first team to retain the trophy since Brazil in 1962": the name after "since" did it at the date.
  // So with the record after the date ("the first man since Vilas in 1977 to win both majors"), and at a dated
  // event ("the first American to win a major since Roddick at the 2003 US Open": Roddick won it there).
  // ("… since Germany's Carl von Ossietzky in 1935": a name's particle in lower case too.)
  const sinceName =
    /\b(?:first|only|\p{Ll}{2,}est)\s+(?:[\p{L}-]+\s+){0,2}(?:to\s+((?:\p{Ll}{2,}ly\s+)?\p{Ll}{2,})((?:\s+[\p{L}\d'’-]+){0,4}?)\s+)?since\s+((?:\p{Lu}[\p{L}'’.-]*\s+|(?:von|van|de|da|di|del|der|den|du|le|la|bin|ibn)\s+){0,4}\p{Lu}[\p{L}'’.-]*)\s+(in|on|at\s+the)\s+$/u.exec(
      left,
    );
  const recordAfter = sinceName?.[1]
    ? null
    : /^\s+to\s+((?:\p{Ll}{2,}ly\s+)?\p{Ll}{2,})((?:\s+(?!(?:in|on|at|for|since|after|before|during|by|with|from|and|but)\b)[\p{L}\d'’-]+){0,4})/u.exec(
        text.slice(timex.end, sentence.end),
      );
  const recordVerb = sinceName?.[1] ?? recordAfter?.[1] ?? '';
  if (sinceName && recordVerb && !BE.has(recordVerb) && !/^(?:the|a|an)$/.test(recordVerb)) {
    const start = sentence.start + left.lastIndexOf(sinceName[3]!);
    const name = compress(text, { start, end: start + sinceName[3]!.length }, entities);
    // ("to successfully defend the title": the adverb stays before the verb.)
    const [adverb, verb] = /\s/.test(recordVerb) ? recordVerb.split(/\s+/) : ['', recordVerb];
    const what = `${name} ${adverb ? `${adverb} ` : ''}${thirdPerson(verb!)}${(sinceName[1] ? sinceName[2] : recordAfter?.[2]) ?? ''}`;
    const at = /^at/.test(sinceName[4]!) ? nounPhraseAfter(text, timex.end, sentence.end) : null;
    return finish(at && isCapitalised(at) ? `${what} at the ${at}` : what, 2);
  }

  // 0b. "the third woman to win the top prize in its history, after Jane Campion for "The Piano" in 1993 and
  // Julia Ducournau for "Titane" in 2021": the names a record follows (after "after", "since", "following"), each
  // with its date, did what the record says then ("Ducournau wins the top prize for Titane").
  const followed = RECORD_AFTER_NAMES.exec(left);
  // ("the third president to be impeached, after Roh Moo-hyun in 2004": a passive after "to be" is said with "is".)
  const passiveRecord = followed?.[1] === 'be' && isParticiple(followed[2]!.trim().split(/\s+/)[0] ?? '');
  if (followed && (!BE.has(followed[1]!) || passiveRecord) && !/^(?:the|a|an)$/.test(followed[1]!)) {
    const [, verb = '', object = '', named = '', work = ''] = followed;
    const start = sentence.start + followed.index + followed[0].lastIndexOf(named + work);
    const name = compress(text, { start, end: start + named.length }, entities).replace(/^the\s+/i, '');
    // ("to hit Britain this winter": a time of the record's own is no part of what the name did.)
    const what = object.replace(/\s+(?:this|last|next)\s+\p{Ll}+$/u, '');
    return finish(`${name} ${passiveRecord ? 'is' : thirdPerson(verb)}${what}${work.replace(/["“”]/g, '')}`, 2);
  }

  // "He brokered the 1978 peace accords", "after winning the 2019 World Cup": a date-modified noun phrase that
  // is the object of a verb is what that verb did, which the clause says (5.); rules 1 and 2 name it alone.
  const verbObject = /^(?:['’]s)?\s+\p{L}/u.test(text.slice(timex.end, timex.end + 4)) && objectOfVerb(parse());

  // 0b'. "after 18 days of talks, which overran three deadlines, the last of which expired on Monday": the one of the
  // plural named before that the clause tells of ("Last deadline expires").
  const oneOf =
    /\b(\p{Ll}{3,}[^s\W]s),\s+the\s+(last|first|latest|final|second|third)\s+of\s+which\s+(\p{Ll}{3,})((?:\s+[\p{Ll}-]+){0,3}?)\s+(?:on|in|at)\s+$/u.exec(
      left,
    );
  if (oneOf && isPastForm(oneOf[3]!) && !BE.has(oneOf[3]!))
    return finish(`${oneOf[2]} ${oneOf[1]!.slice(0, -1)} ${thirdPerson(baseForm(oneOf[3]!))}${oneOf[4]}`, 2);

  // 0b''. "The first round of voting was held on April 5, followed by a run-off on June 14": what follows is the
  // happening the date places, named by its noun.
  const followedBy =
    /,\s+(?:followed|succeeded)\s+by\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]{3,})\s+(?:on|in)\s+$/u.exec(
      left,
    );
  if (followedBy && !followedBy[1]!.split(/\s+/).some((w) => BE.has(w) || isGrammarWord(w) || isPastForm(w)))
    return finish(followedBy[1]!, 2);

  // 0b'''. "killed 16 guides, the deadliest single accident on the mountain until Saturday": a record that stood until
  // the date was surpassed then, by a happening the clause does not tell.
  const record = RECORD_UNTIL.exec(left);
  if (record && /^\s*[,.;]/.test(text.slice(timex.end, timex.end + 2)))
    return finish(`${record[1]!.trim()} is surpassed`, 2);

  // 0c. "The figure, down from 5.2 percent in August, was below …": an aside giving the level a measure came
  // from at a date says what the measure was then ("Figure stands at 5.2 percent"; the clause's main verb would
  // come first below, where a level after a clause is found).
  const level =
    /(?:^|[,;:]\s+)((?:(?:the|its|their|this)\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+),\s+(?:up|down)\s+from\s+((?:about\s+|around\s+)?[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|points?|million|billion|trillion))?)\s+(?:in|on|at|during)\s+$/iu.exec(
      left,
    );
  if (level && /^\s*[,;)]/.test(text.slice(timex.end, timex.end + 2))) {
    const measured = level[1]!.replace(/^(?:the|its|their|this)\s+/i, '');
    if (!measured.split(/\s+/).some((w) => BE.has(w.toLowerCase()) || CLAUSE_WORDS.has(w.toLowerCase())))
      // (Said as the level after a clause is, below: "Inflation stands at 8.7 percent".)
      return finish(`${measured} ${isPlural(measured) ? 'stand' : 'stands'} at ${level[2]!.replace(/\s+/g, ' ')}`, 2);
  }

  // 0d. "Swiatek, the world number one since April 2022, will …", "Merkel, chancellor since 2005, …": an aside
  // after a name giving what the name has been since the date says that ("Swiatek is the world number one").
  const since =
    /(?:^|[,;:]\s+|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+((?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s+since\s+$/u.exec(
      left,
    );
  if (since && /^\s*,/.test(text.slice(timex.end, timex.end + 2))) {
    const what = since[2]!.split(/\s+/);
    const start = sentence.start + since.index + since[0].indexOf(since[1]!);
    const who = compress(text, { start, end: start + since[1]!.length }, entities);
    if (
      !DATE_WORD.test(since[1]!) &&
      !PRONOUN.test(who) &&
      what.every((w) => !BE.has(w) && !MODALS.has(w) && !CLAUSE_WORDS.has(w) && !/^\p{Ll}{3,}ed$/u.test(w)) &&
      !/(?:ing)$/.test(what[0]!)
    )
      return finish(`${who} ${isPlural(who) ? 'are' : 'is'} ${since[2]!}`, 2);
  }

  // 1. A named event right at the date: "last month's Madrid train bombings" (not past a comma: "Last year,
  // Cyclone Amphan killed …" says what the event did).
  for (const e of sentenceEntities) {
    if (e.type !== 'event' || verbObject) continue;
    const hit = e.mentions.find(
      (m) =>
        (m.start < timex.end + 4 && timex.start < m.end && !/[,;:]/.test(text.slice(timex.end, m.start))) ||
        // "in India for the G20 summit this weekend": a named event after a preposition, right before a date
        // said from today, is what the date places.
        // ("a region still recovering from Hurricane Helene two weeks ago": so is one right before a length "ago".)
        (m.end <= timex.start && /^\s+$/.test(text.slice(m.end, timex.start)) && /\bago$/i.test(phraseText)) ||
        // ("to attend the G20 summit in Hangzhou on Sunday": so one that is attended, past where it is held.)
        (m.end <= timex.start &&
          /^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:on|from)\s+$/u.test(
            text.slice(m.end, timex.start),
          ) &&
          /\b(?:attend|attends|attended|attending|join|joins|joined|for|at)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
            text.slice(Math.max(sentence.start, m.start - 16), m.start),
          )) ||
        (m.end <= timex.start &&
          /^\s+$/.test(text.slice(m.end, timex.start)) &&
          /^(?:this|next|last|later)\b/i.test(phraseText) &&
          /\b(?:for|at|to|before|after|during|of|ahead of)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
            text.slice(Math.max(sentence.start, m.start - 16), m.start),
          )),
    );
    if (hit) {
      const name = e.name.replace(/^(?:\d{4}|\p{Lu}\p{Ll}+ \d{4})\s+/u, '').replace(/\s+\d{4}$/, '');
      // ("Euro 2024": one word alone would not say which edition.)
      return finish(name.includes(' ') ? name : e.name);
    }
  }

  // 1b. "the first woman to run Qantas in its 103-year history": a length before "history" counts back to its
  // owner's beginning ("Qantas's history begins"), not to what the clause tells.
  if (anchored && /^\s+history\b/i.test(text.slice(timex.end, timex.end + 10))) {
    const owner = historyOwner(text, left, timex.start, sentenceEntities);
    // ("United Auto Workers' history": a name ending in a plural takes the apostrophe alone.)
    if (owner)
      return finish(
        `${owner}${/(?:ers|ies|ions|ines|ates|ents|ants|ists|ors)$/.test(owner) ? "'" : "'s"} history begins`,
        2,
      );
  }

  // 1b'. "…, ending 14 years of Conservative government": what filled the years, after "of", began at the
  // span's start ("Conservative government begins"), not what the sentence's clause tells.
  const filled = anchored ? /^\s+of(?=\s)/.exec(text.slice(timex.end, timex.end + 4)) : null;
  if (filled && COUNTED_LENGTH.test(phraseText)) {
    const np = nounPhraseAfter(text, timex.end + filled[0].length, sentence.end);
    // ("ending eight years of negative rates": "Negative rates begin".)
    if (np && !/^(?:the|a|an|this|that)\b/i.test(np)) {
      const what = expandHead(text, np, input.headCache);
      return finish(`${what} ${isPlural(what) ? 'begin' : 'begins'}`);
    }
  }

  // 1c. "Russia's February 2022 invasion of Ukraine", "Hamas's October 7, 2023 attack on southern Israel": a date
  // between a name's possessive and a deed's noun dates that deed, which the name did ("Russia invades Ukraine").
  const ownerOf = OWNER_BEFORE_DATE.exec(left);
  const deedAfter = ownerOf
    ? /^\s+(\p{Ll}{3,})((?:\s+(?:of|on|against|to|into)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?=\s*[,;.:]|\s+(?:which|that|who|and|but|when|in|on|at|by)\b|\s*$)/u.exec(
        text.slice(timex.end, sentence.end),
      )
    : null;
  const deedVerb = deedAfter ? verbOfNoun(deedAfter[1]!) : null;
  if (ownerOf && deedAfter && deedVerb && !/^is\b/.test(deedVerb)) {
    const ownerStart = sentence.start + ownerOf.index + ownerOf[0].indexOf(ownerOf[1]!);
    const owner = compress(text, { start: ownerStart, end: ownerStart + ownerOf[1]!.length }, entities);
    // ("invasion of Ukraine" → "invades Ukraine"; "attack on X" → "attacks X"; "visit to X" → "visits X".)
    const noun = deedAfter[1]!;
    const object = (deedAfter[2] ?? '')
      .replace(/^\s+of\s+/, ' ')
      .replace(/^\s+(?:on|against)\s+/, /^(?:attack|assault|raid|strike)s?$/.test(noun) ? ' ' : '$&')
      .replace(/^\s+to\s+/, /^visits?$/.test(noun) ? ' ' : '$&');
    return finish(`${owner} ${deedVerb}${object}`, 2);
  }

  // 1c'. "Biden declared January 9 a national day of mourning": the day declared is that day of mourning or
  // holiday, not the declaring (which was said on another day).
  const declaredDay = DECLARED_DAY_AFTER.exec(text.slice(timex.end, sentence.end));
  if (declaredDay && /\b(?:declared|declares|declare|named|names|made|makes|proclaimed|proclaims)\s+$/i.test(left))
    return finish(declaredDay[1]!, 2);

  // 1d. "Scholz loses confidence vote, paving way for February election": a date between a preposition and a
  // happening's noun, with no article (a headline's), dates that happening. (Not what is set for it: "Europe's
  // Mars rover finally set for 2028 launch" says what the rover is.)
  const bareDated =
    !anchored &&
    /\b(?:for|after|before|since|ahead\s+of)\s+$/i.test(left) &&
    !/\b(?:set|slated|scheduled|due|poised|planned|ready|bound|primed)\s+for\s+$/i.test(left)
      ? /^\s+(\p{Ll}{3,})(?=[\s,;.:]|$)/u.exec(text.slice(timex.end, sentence.end))
      : null;
  if (bareDated && (verbOfNoun(bareDated[1]!) || MISHAP.test(bareDated[1]!))) return finish(bareDated[1]!, 2);

  // 1g. "A court on Monday sentenced her to death … over a deadly crackdown on a student-led uprising last year": a
  // date closing the phrase of "over", "for", "after" or "amid", when the clause has a day of its own before it,
  // dates what that phrase names, not the clause's deed.
  // ("The city's law came in June 2020, following huge protests the year before": a plural with no article after
  // "following" or "amid", its date counted from the clause's own, a month or a year before it.)
  // (Both here and for "before" below: the date ends the sentence.)
  const datesEnd = /^\s*[.;]?\s*$/.test(text.slice(timex.end, sentence.end));
  const cause = datesEnd
    ? ((!anchored
        ? /\b(?:over|for|after|amid|following)\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,7}?[\p{Ll}-]{3,})\s+(?:in\s+)?$/u.exec(
            left,
          )
        : null) ?? /,\s+(?:amid|following)\s+((?:[\p{L}'’-]+\s+){0,7}?[\p{Ll}-]{3,}s)\s+(?:in\s+)?$/u.exec(left))
    : null;
  if (
    cause &&
    (cause[0].startsWith(',') ? CLAUSE_DATE : CLAUSE_WEEKDAY).test(left.slice(0, cause.index)) &&
    !cause[1]!.split(/\s+/).some(
      (w) =>
        BE.has(w) ||
        MODALS.has(w) ||
        // ("huge and sometimes violent protests": "and" between a plural's adjectives.)
        (CLAUSE_WORDS.has(w) && !(w === 'and' && cause[0].startsWith(','))) ||
        (REGULAR_PAST.test(w) && !w.includes('-')),
    )
  ) {
    const start = sentence.start + cause.index + cause[0].indexOf(cause[1]!);
    return finish(compress(text, { start, end: start + cause[1]!.length }, entities), 2);
  }

  // "He had gone 10 races without a win before his victory in the rain in Brazil three weeks ago": after a
  // pluperfect, what was so before the date, a date closing the phrase of "before" dates what that phrase names.
  const before = datesEnd
    ? /\bbefore\s+(his\s+|her\s+|(?:its|their|the|a|an)\s+)((?:[\p{L}'’-]+\s+){0,7}?[\p{L}-]{3,})\s+(?:in\s+)?$/u.exec(
        left,
      )
    : null;
  if (
    before &&
    /\bhad\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}/u.test(left.slice(0, before.index)) &&
    verbOfNoun(before[2]!.split(/\s+/)[0]!) !== null &&
    !before[2]!.split(/\s+/).some((w) => BE.has(w) || MODALS.has(w) || CLAUSE_WORDS.has(w) || REGULAR_PAST.test(w))
  ) {
    const start = sentence.start + before.index + before[0].indexOf(before[2]!, before[1]!.length + 6);
    // ("his" or "her" stays, for events.ts to name the owner.)
    const owner = /^(?:his|her)\s/.test(before[1]!) ? `${capitalise(before[1]!.trim())} ` : '';
    return finish(`${owner}${compress(text, { start, end: start + before[2]!.length }, entities)}`, 2);
  }

  // 1f. "A Dutch appeals court on Tuesday overturned a landmark 2021 ruling": a year inside the object, when the
  // clause has a day of its own before it, dates the thing the object names, not the clause's deed.
  // (The day right before the verb: "on Tuesday overturned a landmark".)
  const objectYear = /^\d{4}$/.test(phraseText)
    ? /(?:^|\s)(\S+)\s+\p{Ll}{3,}ed\s+(?:a|an|the|its|their)\s+((?:[\p{Ll}-]+\s+)?)$/u.exec(left)
    : null;
  if (objectYear && !anchored && DATE_WORD.test(objectYear[1]!.replace(/[,.;:]$/, ''))) {
    const np = nounPhraseAfter(text, timex.end, sentence.end);
    const adjective = objectYear[2]!.trim();
    if (np && /^\p{Ll}/u.test(np) && !isGrammarWord(adjective))
      return finish(`${adjective ? `${adjective} ` : ''}${np}`, 2);
  }

  // 2. The date modifies a noun phrase: "the 2003 invasion of Iraq", "the 26-month conflict".
  // "… hits record high, surpassing its 1989 peak": what a comparison is drawn with is named by its noun, even one
  // word (a headline drops the article: "surpassing 1989 peak").
  const comparedTo =
    /\b(?:surpassing|exceeding|eclipsing|overtaking|topping|passing)\s+(?:(?:the|its|their|his|her)\s+)?$/i.test(left);
  const modifier =
    (/\b(?:the|a|an|its|their|his|her|this|last|next)\s+$/i.test(left) && !verbObject) ||
    (comparedTo && /^\s+\p{Ll}{3,}/u.test(text.slice(timex.end, timex.end + 20))) ||
    (/^['’]s\b/.test(text.slice(timex.end)) && !verbObject) ||
    (anchored && /-/.test(phraseText));
  if (modifier) {
    // ("during his 2016-2022 presidency": past the range's end year.)
    // (Not when a past before it is done in that stretch: "were killed … during his 2016-2022 presidency".)
    const stretch = /^[-–](?:19|20)\d\d\b/.exec(text.slice(timex.end, sentence.end));
    // (The verb nearest before the date: "replaced the constitution, which dates back to the 1973-1990
    // dictatorship" dates the dictatorship, the past of the main clause being no part of that stretch.)
    const pastBefore = (): boolean => {
      const { tokens, groups } = parse();
      const marker = tokens.findIndex((t) => t.marker);
      const g = groups.findLast((g) => g.head < marker && !g.gerund);
      if (!g) return false;
      const words = tokens.slice(g.first, g.head + 1).map((t) => t.word.toLowerCase());
      return (
        words.some((w) => /^(?:was|were|had)$/.test(w)) ||
        REGULAR_PAST.test(words.at(-1)!) ||
        isIrregularPast(words.at(-1)!)
      );
    };
    // (After "since", the stretch is what a record is measured from, whatever the clause's tense: "came as the
    // country endures its worst crisis since the 1975-1990 civil war".)
    // (Nor after "after" or "following": "signed a peace deal …, ending two decades of hostility after a 1998-2000
    // border war" dates the war.)
    const range =
      stretch && (!pastBefore() || /\b(?:since\s+the|(?:after|following)\s+(?:the|a|an))\s+$/i.test(left))
        ? stretch
        : null;
    // ("shares have fallen 11 percent since Friday's close": a market's session marks the time a change is
    // counted from, no happening that began then; the clause is the label.)
    const phrase = nounPhraseAfter(text, timex.end + (range ? range[0].length : 0), sentence.end);
    const np = phrase && !MARKET_SESSION.test(phrase) ? phrase : null;
    // "while it investigates the January 5 incident on an Alaska Airlines flight": one noun of a happening,
    // its date before it, says where it happened by the named place after it.
    const placed =
      np && !anchored && !verbObject && /^\p{Ll}+$/u.test(np) && (verbOfNoun(np) !== null || MISHAP.test(np))
        ? new RegExp(
            String.raw`^\s+${np}\s+((?:on|in|at|near|off|aboard)\s+(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+\p{Ll}+)?)(?=[\s,;.]|$)`,
            'u',
          ).exec(text.slice(timex.end, sentence.end))
        : null;
    if (np && placed && !placed[1]!.split(/\s+/).some((w) => DATE_WORD.test(w.replace(/\.$/, ''))))
      return finish(`${np} ${placed[1]}`);
    // "the 2019 election, when the party lost 40 seats": the clause after "when" says what happened then.
    // ("the October 20 election, in which Morales claimed victory": so does one after "in which".)
    const when =
      np && !anchored ? /^\s+[^,;.]{1,40},\s+(?:when|in\s+which)\s+/u.exec(text.slice(timex.end, sentence.end)) : null;
    if (np && when && text.slice(timex.end, timex.end + when[0].length).includes(np)) {
      const from = timex.end + when[0].length;
      const stop = /[,;.]/.exec(text.slice(from, sentence.end));
      const to = stop ? from + stop.index : sentence.end;
      const clause = labelEvent({ ...input, sentence: { start: from, end: to }, timex: { start: to, end: to } });
      if (clause.quality >= 2 && !/\b(?:him|her|them)\b/.test(clause.text)) return clause;
    }
    if (
      np &&
      (anchored ||
        comparedTo ||
        np.split(' ').length > 1 ||
        isCapitalised(np) ||
        (range && /\b(?:his|her)\s+$/i.test(left)))
    ) {
      // ("to finance his 2007 election campaign": "his" or "her" stays, for events.ts to name the owner.)
      const owner = anchored && !range ? null : /\b(his|her)\s+$/i.exec(left)?.[1];
      // (Not before a title, which names the work itself: 'Her 1987 novel "Beloved"'.)
      if (owner && /^\p{Ll}/u.test(np) && !/["“]/.test(np)) return finish(`${capitalise(owner.toLowerCase())} ${np}`);
      // ("the 1973-1990 dictatorship": a range before the noun dates all of it, not its start.)
      return finish(anchored && !range ? `${expandHead(text, np, input.headCache)} begins` : np);
    }
    // "days before the 2016 election": one event noun giving the time of something says little alone; with its
    // date it names the event (as an object, "lost the 2020 election", the clause says more).
    // ("after the September 11 attacks": a day before a plural noun of happenings names them as a year does.)
    const plural = np && /^\p{Ll}+s$/u.test(np) && (verbOfNoun(np.slice(0, -1)) || MISHAP.test(np.slice(0, -1)));
    if (
      np &&
      !anchored &&
      (verbOfNoun(np) || plural) &&
      (/^\d{4}$/.test(phraseText) || (plural && /^\p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})?$/u.test(phraseText))) &&
      (/\b(?:before|after|since|until|during|following|ahead of)\s+the\s+$/i.test(left) ||
        // ("the Al-Qaeda leader behind the September 11 attacks", "victims of the March 11 bombings": so after
        // any preposition, for a plural of happenings a day or a year names.)
        (plural && /\b(?:behind|of|for|in|over|by|against|from)\s+the\s+$/i.test(left)))
    )
      // ("the mastermind of the September 11, 2001 attacks": the day names them, the year only places it.)
      return finish(`${phraseText.replace(/, \d{4}$/, '')} ${np}`);
    // ("sentenced … on Friday for his role in the 2013 attack", "interference in the 2016 election": a year before one
    // such noun after "in", "of" or "for" names it alone, as "Turnout was high in the 2019 election" does below, when
    // no verb of a deed done at the occasion comes just before: "won a seat in the 2019 election" is dated by it.)
    if (
      np &&
      !anchored &&
      (verbOfNoun(np) || MISHAP.test(np)) &&
      /^\d{4}$/.test(phraseText) &&
      /\b(?:in|of|for|over|into)\s+the\s+$/i.test(left) &&
      !DEED_AT_OCCASION.test(left.slice(-80))
    )
      return finish(np);
  }

  // 2b. "the resignation last month of his finance minister Jane Okoro": an event noun, its date, then "of"
  // and who it happened to, is that one's deed ("Okoro resigns"). Not a noun whose "of" names its object
  // ("the invasion last year of the island").
  const nounBefore = /\b(?:the|a)\s+(\p{Ll}{3,})\s+(?:on\s+|in\s+)?$/iu.exec(left)?.[1] ?? '';
  const happened = verbOfNoun(nounBefore);
  // Who: the words after "of", up to a comma, a clause word, a preposition or a verb.
  const ofWhom = ((): Span | null => {
    const after = /^\s+of\s+/.exec(text.slice(timex.end, sentence.end));
    if (!after) return null;
    const from = timex.end + after[0].length;
    let end = from;
    let count = 0;
    for (const m of text.slice(from, sentence.end).matchAll(/[\p{L}'’-]+|\S/gu)) {
      const w = m[0];
      const lower = w.toLowerCase();
      if (
        !/^[\p{L}'’-]+$/u.test(w) ||
        CLAUSE_WORDS.has(lower) ||
        (isPreposition(lower) && lower !== 'of') ||
        (/^\p{Ll}{3,}ed$/u.test(w) && !NOT_VERBS.has(w)) ||
        isIrregularPast(w) ||
        BE.has(w) ||
        MODALS.has(w) ||
        ++count > 7
      )
        break;
      end = from + m.index + w.length;
    }
    return end > from ? { start: from, end } : null;
  })();
  if (
    happened &&
    ofWhom &&
    !/^(?:invasion|attack|launch|acquisition|purchase|sale|takeover|announcement|decision|visit|marriage|wedding|meeting|speech|trip|victory|win|triumph|defeat)$/.test(
      nounBefore,
    )
  ) {
    // ("his trade minister Okoro": the name that ends a description.)
    const described = shortSubject(compress(text, ofWhom, entities));
    const trailing =
      /^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{Ll}-]*\s+)+((?:\p{Lu}[\p{L}'’-]*\s*)+)$/u.exec(
        described,
      );
    const who = (trailing?.[1]?.trim() ?? described).replace(/^(?:the|a|an)\s+/i, '');
    if (who && !PRONOUN.test(who)) {
      const [first = '', ...more] = happened.split(' ');
      const verb = isPlural(who) ? [first === 'is' ? 'are' : presentBase(first), ...more].join(' ') : happened;
      return finish(`${who} ${verb}`, 2);
    }
  }

  // 2c. "jailed for the killings of 25 people by a death squad in the early 1990s", "convicted over the bombing
  // of a train in 2004", "fired over two crashes of 737 MAX jets in 2018": a deed named by its noun after "for" or
  // "over" happened at the date, not the verb before it.
  // ("fired over two fatal crashes involving the 737 MAX in 2018": an adjective before the noun, and "involving".)
  const forDeed =
    /\b(?:for|over)\s+(?:the|two|three|four|five|several)\s+((?:\p{Ll}{3,}\s+)?(?:\p{Lu}[\p{L}\d-]*\s+|\d[\p{L}\d-]*\s+){0,2})(\p{Ll}{3,})((?:\s+(?:of|involving)\s+[^,;:()"“”]{1,50}?)?(?:\s+by\s+[^,;:()"“”]{1,30}?)?)\s+(?:in|on|at|during)\s+$/u.exec(
      left,
    );
  if (
    forDeed &&
    (/^\p{Ll}{3,}ings?$/u.test(forDeed[2]!) ||
      verbOfNoun(forDeed[2]!) ||
      /^(?:murders?|massacres?|assassinations?|deaths?|crash(?:es)?|thefts?|robber(?:y|ies)|rapes?|kidnappings?)$/.test(
        forDeed[2]!,
      )) &&
    !/^(?:morning|evening|beginning|ending|ceiling|setting|understanding|clothing|housing|building)s?$/.test(
      forDeed[2]!,
    ) &&
    // (An adjective, not a word of the clause: "for the [first] time".) ("two fatal 737 MAX crashes": a name or a
    // number may qualify the noun too.)
    !forDeed[1]!
      .trim()
      .split(/\s+/)
      .some((w) => isGrammarWord(w)) &&
    // ("in Indonesia and Ethiopia": an "and" between names joins no clause.)
    !/\b(?:who|which|that|but)\b|\band\s+(?!\p{Lu})/u.test(forDeed[3]!)
  )
    return finish(`${forDeed[1]}${forDeed[2]}${forDeed[3]}`, 2);

  // 3. "…conflict that has claimed 70,000 lives since March 2011": the thing that began.
  // (Not a thing a passive clause tells of, which is no actor: "ammonium nitrate that had been stored in a
  // warehouse since 2014" is stored.)
  const passiveRelative =
    /\b(?:that|which)\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b(?:[^,;]|,\d)*$/u;
  if (anchored && /\bsince\s+$/i.test(left) && !passiveRelative.test(left)) {
    const m = /(\p{L}+)\s+(?:that|which)\s+(?:[^,;]|,\d)*$/u.exec(left);
    // "a shortage of semiconductors that has hit the industry since 2021": the noun before "of" is the thing.
    const of = m ? /(?:^|\s)(\p{Ll}{3,})\s+of\s+$/u.exec(left.slice(0, m.index)) : null;
    // (Not a part of it: "an end of conflict that has claimed …".)
    if (
      of?.[1] &&
      m?.[1] &&
      !DETERMINERS.test(of[1]) &&
      !isGrammarWord(of[1]) &&
      !/^(?:end|start|beginning|middle|part|rest|half|most|some|none|number|lot)$/.test(of[1])
    )
      return finish(`${of[1]} of ${m[1]} begins`);
    if (m?.[1] && !DETERMINERS.test(m[1])) return finish(`${expandHead(text, m[1], input.headCache)} begins`);
  }

  // 3b. "More than 9,000 people have been killed in the crackdown on dissent since March 2011", "The conflict has
  // killed 5,000 people since April": a toll counted since a date is the toll of what began then ("Crackdown on
  // dissent begins", "Conflict begins"), not one deed at the start.
  if (anchored && /\bsince\s+$/i.test(left)) {
    const suffered = TOLL_IN.exec(left);
    if (suffered) return finish(`${suffered[1]} ${isPlural(suffered[1]!) ? 'begin' : 'begins'}`);
    const took = TOLL_BY.exec(left);
    if (took && !DETERMINERS.test(took[1]!) && !isGrammarWord(took[1]!)) {
      const what = expandHead(text, took[1]!, input.headCache);
      return finish(`${what} ${isPlural(what) ? 'begin' : 'begins'}`);
    }
  }

  // 3a'. "surpassing the level of the historic 1941 flood", "the worst since the 1987 hurricane": a year between
  // the article (and an adjective) and the noun of a phrase after a preposition dates that thing.
  const yearNoun =
    /^(?:1[5-9]|20)\d\d$/.test(text.slice(timex.start, timex.end)) &&
    // ("charges related to a controversial 2015 merger", "an inquiry into the 2015 merger": so after a preposition
    // that ties a noun to another; "her first test with the 2023 budget, which …", "turmoil following the 2011
    // uprising".)
    /\b(?:of|since|than|after|before|following|amid|like|over|into|about|during|with|for|on|(?:related|linked|connected|tied) to)\s+(?:the|a|an)\s+((?:\p{Ll}{3,}\s+)?)$/u.exec(
      left,
    );
  const yearHead = yearNoun
    ? /^\s+(\p{Ll}{3,})(?=\s*(?:[.,;:)]|$|\s+(?:in|on|at|of|that|which|when|and|but|was|were|is)\b|\s+(?:led|\p{Ll}{3,}ed)\s+by\b))/u.exec(
        text.slice(timex.end, Math.min(sentence.end, timex.end + 40)),
      )
    : null;
  const adjective = yearNoun ? (yearNoun[1] ?? '').trim() : '';
  if (
    yearNoun &&
    yearHead &&
    !/ed$/.test(yearHead[1]!) &&
    !isGrammarWord(yearHead[1]!) &&
    (!adjective || !isGrammarWord(adjective))
  ) {
    // ("after a 1962 coup led by General Ne Win": with its agent named after the participle.)
    const agent = /^\s+(led|\p{Ll}{3,}ed)\s+by\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(
      text.slice(timex.end + yearHead[0].length, Math.min(sentence.end, timex.end + yearHead[0].length + 60)),
    );
    return finish(`${yearNoun[1] ?? ''}${yearHead[1]}${agent ? ` ${agent[1]} by ${agent[2]}` : ''}`, 2);
  }

  // 3a''. "a week before the November 6 election", "until the June 23 referendum": a date between "the" and an
  // occasion's noun, after a preposition, dates the occasion; so a mishap's ("after the April 15, 2019 blaze", "in the
  // hours after the April 2019 blaze to rebuild it").
  const occasion = /\b(?:of|since|after|before|until|till|ahead of|for|at|in)\s+the\s+$/u.test(left)
    ? /^\s+(\p{Ll}{3,})(?=\s*(?:[.,;:)]|$|\s+(?:in|on|at|of|against|between|with|that|which|when|and|but|was|were|is|to)\b))/u.exec(
        text.slice(timex.end, Math.min(sentence.end, timex.end + 40)),
      )
    : null;
  // (Not one a past before it was done at, which the clause says: "he won a surprise victory in the 1990 election",
  // "the party lost 40 seats in the 2019 election".)
  const doneAt = ((): boolean => {
    // (The verb nearest before the date, no "when" clause after it: "avenged his defeat in the 2021 final, when …".)
    if (!occasion || !/\b(?:in|at)\s+the\s+$/.test(left) || whenClauseAfter(text, timex.end + occasion[0].length))
      return false;
    const { tokens, groups } = parse();
    const g = groups.filter((h) => !h.gerund && !h.reduced && tokens[h.head]!.end <= timex.start).at(-1);
    return g !== undefined && !g.passive && !g.modal && g.base !== 'be' && isPastForm(tokens[g.head]!.word);
  })();
  if (occasion && !doneAt && (OCCASION_NOUN.test(occasion[1]!) || MISHAP.test(occasion[1]!)))
    return finish(occasion[1]!, 2);
  // "warned that the December 31 deadline leaves very little time", "talks ahead of the March 1 deadline": a date
  // between "the" and "deadline", the deadline a subject or after a preposition, dates the deadline, whatever the
  // clause says of it ("Deadline", and what it is for when a short phrase closed by a comma or the sentence's end
  // says: "… of the March 1 deadline for a deal." → "Deadline for a deal"). (A deadline a verb's object is what the
  // clause did: "missed the March 1 deadline".)
  if (/(?:^|\b(?:that|of|before|after|until|till|by|for|on|at|with|past|beyond)\s+|[,;:]\s*)[Tt]he\s+$/.test(left)) {
    const deadline =
      /^\s+deadline(?:\s+((?:for|to)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)(?=\s*(?:[,.;:!?]|$)))?/u.exec(
        text.slice(timex.end, sentence.end),
      );
    if (deadline) return finish(deadline[1] ? `deadline ${deadline[1]}` : 'deadline', 2);
  }

  // 3a''-. "battered by the bombing of a Russian airliner over Sinai in October 2015", "after the invasion of Kuwait
  // in 1990": a happening's noun after a preposition and "the", with what it befell ("of" and a phrase of names and
  // nouns, no verb) right before the date, is what the date places, not the clause it explains ("after the shelling
  // of Houla late on Friday" too).
  const happeningOf =
    /\b(?:after|following|before|since|by|amid|over)\s+the\s+(\p{Ll}{4,})\s+of\s+((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:(?:late|early)\s+)?(?:in|on)\s+$/u.exec(
      left,
    );
  if (
    happeningOf &&
    (verbOfNoun(happeningOf[1]!) !== null ||
      MISHAP.test(happeningOf[1]!) ||
      (/[^s]ing$/.test(happeningOf[1]!) && !ING_NOUNS.has(happeningOf[1]!))) &&
    happeningOf[2]!
      .split(/\s+/)
      .every(
        (w) =>
          /^\p{Lu}/u.test(w) ||
          /^(?:the|a|an|over|in|near|off|at)$/.test(w) ||
          (!isGrammarWord(w) && !isPastForm(w) && !BE.has(w) && !/ing$/.test(w)),
      )
  )
    return finish(`${happeningOf[1]} of ${happeningOf[2]}`, 2);

  // 3a'''''''. "The last House speaker to visit Taiwan was Newt Gingrich in 1997": the one who last (or first) did a
  // thing, named after the copula and dated, did it then ("Gingrich visits Taiwan").
  const lastTo =
    /^(?:The|the)\s+(?:last|first|only)\s+(?:[\p{L}-]+\s+){1,4}?to\s+(\p{Ll}{2,})((?:\s+[^\s,;:]+){0,5}?)\s+(?:was|were)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:in|on)\s+$/u.exec(
      left,
    );
  if (lastTo && !isGrammarWord(lastTo[1]!) && !BE.has(lastTo[1]!)) {
    const start = sentence.start + lastTo.index + lastTo[0].indexOf(lastTo[3]!, lastTo[0].search(/\s(?:was|were)\s/));
    const who = compress(text, { start, end: start + lastTo[3]!.length }, entities);
    return finish(`${who} ${thirdPerson(lastTo[1]!)}${lastTo[2]}`, 2);
  }

  // 3a''''''. "told a party meeting that her last day would be February 7", "The deadline is March 1": a date that
  // completes a copula, closing its clause, is what the copula's subject names ("Her last day", "Deadline").
  const complement =
    /(?:^|\b(?:that|said|says|say|added)\s+|[,;:]\s+)(([Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:[\p{Ll}-]+\s+){0,3}?\p{Ll}{3,}))\s+(?:is|was|will\s+be|would\s+be)\s+$/u.exec(
      left,
    );
  if (
    complement &&
    /^\s*(?:[,.;:!?"”]|$)/.test(text.slice(timex.end, sentence.end)) &&
    nounPhrase(complement[3]!) &&
    !/\b(?:one|that|this|it|what|which|who)$/.test(complement[3]!)
  )
    return finish(/^(?:his|her|its|their)$/i.test(complement[2]!) ? complement[1]! : complement[3]!, 2);

  // 3a'''''. "resigned … following a budget in September that sent the pound to a record low": a date closing a noun
  // phrase after "after" or "following", with a relative clause right after it, dates that noun; the clause says what
  // it did.
  const afterThat =
    /\b(?:after|following|amid)\s+((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,})\s+(?:in|on|at|during)\s+$/u.exec(
      left,
    );
  if (
    afterThat &&
    !input.clause &&
    nounPhrase(afterThat[1]!.replace(/^(?:a|an|the)\s+/, '')) &&
    /^,?\s+(?:that|which)\s+\p{Ll}{3,}/u.test(text.slice(timex.end, sentence.end))
  ) {
    const start = sentence.start + afterThat.index + afterThat[0].indexOf(afterThat[1]!);
    const clause = labelEvent({ ...input, sentence: { start, end: sentence.end }, clause: true });
    if (clause.quality >= 2) return clause;
  }

  // 3a''''. "tipping the economy into recession after a contraction at the end of last year": a date closing a
  // happening's noun phrase after "after" or "following" dates that happening; what the clause says came after it
  // (after "at" or "during" the date: one after "in" may date the verb before, "adopted after a long debate in 2019").
  const afterThing =
    /\b(?:after|following)\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}))\s+(?:at|during)\s+$/u.exec(left);
  if (
    afterThing &&
    (verbOfNoun(afterThing[2]!) !== null || MISHAP.test(afterThing[2]!) || OCCASION_NOUN.test(afterThing[2]!)) &&
    nounPhrase(afterThing[1]!)
  )
    return finish(afterThing[1]!, 2);

  // 3a''-'. "invited Tusk, Hollande and Renzi to Berlin on Monday": the date is of the visit the invited make, not of
  // the inviting ("Tusk, Hollande and Renzi visit Berlin").
  const invited = INVITED_TO.exec(left);
  if (invited) {
    const start = sentence.start + invited.index + invited[0].indexOf(invited[1]!);
    const who = compress(text, { start, end: start + invited[1]!.length }, entities);
    if (/^\p{Lu}/u.test(who)) return finish(`${who} ${/,|\band\b/.test(who) ? 'visit' : 'visits'} ${invited[2]}`, 2);
  }

  // 3a'''. "The arrest came days before a visit by Biden for a North American summit next week": a date right after
  // an occasion's noun phrase that "before", "after", "for" or "ahead of" opens dates the occasion (not one after
  // "in" or "on", which may date the verb before: "adopted after a long debate in 2019").
  const occasionAhead =
    /\b(?:before|after|ahead\s+of|for|until)\s+(?:a|an|the)\s+((?:["“]?[\p{L}'’-]+["”]?\s+){0,3}?(\p{Ll}{3,}))\s+$/u.exec(
      left,
    );
  // ("ahead of a key conference in Chile in December": after "ahead of" or "before", an occasion where it is held, then
  // "in" or "on" the date, is placed by it too; its name may be in quotation marks: 'a "Friends of Syria" conference';
  // who meet may follow it: "before an emergency summit of eurozone leaders in Brussels on Tuesday".)
  const occasionIn =
    /\b(?:before|ahead\s+of)\s+(?:a|an|the)\s+((?:["“]?[\p{L}'’-]+["”]?\s+){0,3}?(\p{Ll}{3,})(?:\s+of\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)?(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?)\s+(?:in|on)\s+$/u.exec(
      left,
    );
  const occasionBefore =
    occasionAhead && OCCASION_NOUN.test(occasionAhead[2]!) && nounPhrase(occasionAhead[1]!)
      ? occasionAhead
      : occasionIn &&
          OCCASION_NOUN.test(occasionIn[2]!) &&
          nounPhrase(occasionIn[1]!.replace(/\s+(?:of|in|at)\s.*$/, ''))
        ? occasionIn
        : null;
  if (occasionBefore) {
    const start = sentence.start + occasionBefore.index + occasionBefore[0].indexOf(occasionBefore[1]!);
    return finish(compress(text, { start, end: start + occasionBefore[1]!.length }, entities), 2);
  }

  // 3b. "the party's heaviest defeat since 1935": a year after "since" ending a superlative noun phrase names
  // the last time of that thing, which is what the date places (not the clause around it).
  if (/\bsince\s+$/i.test(left) && !whenClauseAfter(text, timex.end)) {
    const superlative = HELD_SINCE.test(left.replace(SUPERLATIVE_SINCE, '')) ? null : SUPERLATIVE_SINCE.exec(left);
    const adjective = superlative?.[2] ?? '';
    if (
      superlative &&
      !/^(?:interest|protest|arrest|request|contest|harvest|honest|forest|modest|suggest|invest|test|rest|west|nest|chest|quest|guest|crest|conquest|inquest|unrest|behest|manifest|digest)$/.test(
        adjective,
      )
    )
      return finish(`${superlative[1] ? `${superlative[1]} ` : ''}${adjective}${superlative[3] ?? ''}`);
    // "for her first French Open crown since 2002": the date places the previous one.
    const first =
      /(?:\b(?:the|its|their|his|her|our)|(\p{L}[\p{L}-]*['’]s))\s+first((?:\s+[\p{L}\d'’-]+){1,6}?)\s+since\s+$/u.exec(
        left,
      );
    if (first && !/\b(?:time|day|week|month|year)$/i.test(first[2]!))
      return finish(`${first[1] ? `${first[1]} ` : ''}previous${first[2]!}`);
  }

  // 3b'. "Turnout was 60 percent, the lowest since 2001", "The failure was the largest of a bank since Acme in
  // 2008": a superlative without a noun of its own compares the subject of "was"; the date places the last
  // such thing (a name dated after "since" did what the subject's noun says: "Acme fails"), not the clause.
  const headless =
    /\bthe\s+(\p{Ll}{2,}est|worst|best|(?:most|least)\s+\p{Ll}+)((?:\s+of\s+(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s+since\s+(?:((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:in|on)\s+)?$/u.exec(
      left,
    );
  const copula = headless
    ? /(?:^|[,;]\s+)(?:(?:the|its|their)\s+)?(\p{L}[\p{Ll}-]+)\s+(?:was|is|were|are|has\s+been|had\s+been)\s/iu.exec(
        left.slice(0, headless.index),
      )
    : null;
  const compared = copula?.[1]?.toLowerCase() ?? '';
  if (
    headless &&
    copula &&
    !whenClauseAfter(text, timex.end) &&
    !PRONOUN.test(compared) &&
    !DETERMINERS.test(compared) &&
    !/^(?:this|that|there|what|which|who)$/.test(compared) &&
    // A capital only where the sentence opens, and on no name ("Acme was the largest …").
    !(
      /^\p{Lu}/u.test(copula[1]!) &&
      (copula.index + copula[0].indexOf(copula[1]!) > 0 ||
        sentenceEntities.some((e) => e.mentions.some((m) => m.start === sentence.start)))
    )
  ) {
    const named = headless[3];
    const verb = verbOfNoun(compared);
    if (named && verb) {
      const start = sentence.start + headless.index + headless[0].lastIndexOf(named);
      return finish(`${compress(text, { start, end: start + named.length }, entities)} ${verb}`, 2);
    }
    return finish(`${headless[1]} ${compared}${headless[2] ?? ''}`, 2);
  }

  // 3b. "the world's worst nuclear accident since Chernobyl in 1986": a record of a kind of thing since a name
  // and its date is that name's thing ("Chernobyl nuclear accident").
  // ("its first major new product since the Apple Watch in 2014": the first of a kind since a thing named with
  // "the" places that thing, said by its name alone.)
  // ("the first hat-trick in a World Cup final since Geoff Hurst for England in 1966": the kind may be placed in
  // an occasion, and the name said with the side it played for; after "first", a person's name is the doer.)
  const sinceNamed =
    /\b(?:\p{Ll}{2,}est|worst|best|biggest|(first))\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:\s+(?:in|at)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s+since\s+(the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)(?:\s+for\s+\p{Lu}[\p{L}-]*)?\s+(?:in|on)\s+$/u.exec(
      left,
    );
  const sinceDoer =
    sinceNamed?.[1] !== undefined &&
    !sinceNamed[3] &&
    entities.some(
      (e) =>
        e.type === 'person' &&
        e.mentions.some((m) => text.slice(m.start, m.end) === sinceNamed[4] && m.start >= sentence.start),
    );
  if (
    sinceNamed &&
    (Boolean(sinceNamed[1]) === Boolean(sinceNamed[3]) || sinceDoer) &&
    !DATE_WORD.test(sinceNamed[4]!) &&
    !sinceNamed[2]!.split(/\s+/).some((w) => isGrammarWord(w) || BE.has(w) || MODALS.has(w))
  ) {
    const start = sentence.start + sinceNamed.index + sinceNamed[0].lastIndexOf(sinceNamed[4]!);
    const name = compress(text, { start, end: start + sinceNamed[4]!.length }, entities);
    // ("one of the world's worst nuclear accidents since Chernobyl": that name's is one of them.)
    const kind = /\b(?:one|among)\s+(?:of\s+)?(?:the\s+|[\p{L}'’]+['’]s?\s+)*$/iu.test(left.slice(0, sinceNamed.index))
      ? sinceNamed[2]!.replace(/(?:ies|(?<=(?:ch|sh|x|ss))es|(?<![su])s)$/, (m) => (m === 'ies' ? 'y' : ''))
      : sinceNamed[2];
    return finish(sinceNamed[1] && !sinceDoer ? name : `${name} ${kind}`, 2);
  }

  // 3b''. "Fosse is the fourth Norwegian to win the prize, and the first since Sigrid Undset in 1928": a record said
  // again without its verb, after the record's infinitive: the name dated after "since" did that.
  const elliptic =
    /,\s+(?:and\s+)?the\s+(?:first|only|last|second|third)\s+since\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:in|on)\s+$/u.exec(
      left,
    );
  const recordDeed = elliptic
    ? /\b(?:first|only|last|\p{Ll}+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,2}to\s+(\p{Ll}{2,})((?:\s+[\p{Ll}'’-]+){0,4})$/u.exec(
        left.slice(0, elliptic.index),
      )
    : null;
  if (elliptic && recordDeed && !DATE_WORD.test(elliptic[1]!) && !isGrammarWord(recordDeed[1]!)) {
    const start = sentence.start + elliptic.index + elliptic[0].lastIndexOf(elliptic[1]!);
    const name = compress(text, { start, end: start + elliptic[1]!.length }, entities);
    return finish(`${name} ${thirdPerson(recordDeed[1]!)}${recordDeed[2] ?? ''}`, 2);
  }

  // 3b''a. "The Alaska Airlines incident on January 5, in which no one was seriously hurt, prompted …": a date
  // closing a noun phrase of a happening, before "in which", dates that happening (the clause says what went on in
  // it).
  const inWhich = /^,\s+(?:in|during)\s+which\b/i.test(text.slice(timex.end, timex.end + 14))
    ? /(?:^|[,;:]\s+|\b(?:the|a|an)\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Ll}{3,}))\s+(?:on|in|of)\s+$/u.exec(left)
    : null;
  if (inWhich && (verbOfNoun(inWhich[2]!) || MISHAP.test(inWhich[2]!) || OCCASION_NOUN.test(inWhich[2]!))) {
    const start = sentence.start + inWhich.index + inWhich[0].indexOf(inWhich[1]!);
    return finish(
      compress(text, { start, end: start + inWhich[1]!.length }, entities).replace(/^(?:the|a|an)\s+/i, ''),
      2,
    );
  }

  // 3b''b. "She won her first major title at the US Open in 1999, and her last at the Australian Open in 2017": a
  // second object with no verb of its own, after "and", did what the first clause did, at its own date ("Williams
  // wins her last major title").
  const gapped = SECOND_OBJECT.exec(left);
  const firstDate = gapped
    ? [...left.slice(0, gapped.index).matchAll(/\b(?:in|on)\s+((?:1[5-9]|20)\d\d)\b/g)].at(-1)
    : undefined;
  if (gapped && firstDate?.index !== undefined && !input.clause) {
    const start = sentence.start + firstDate.index + firstDate[0].length - firstDate[1]!.length;
    const first = labelEvent({ ...input, timex: { start, end: start + firstDate[1]!.length } });
    if (first.quality >= 2 && OWNED_ORDINAL_IN.test(first.text))
      return finish(first.text.replace(OWNED_ORDINAL_IN, gapped[1]!), 2);
  }

  // 3b''b'. "Erdogan became prime minister in 2003 and president in 2014": a second object with no verb, after "and"
  // right after the first one's year, takes the first one's place in that year's label ("Erdogan becomes
  // president"; the label's words after its verb that end the text before the first year are the first object).
  const secondNoun =
    /^(.*\b(?:(?:in|on)\s+((?:1[5-9]|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|within\s+(days|hours|weeks)))\s+and\s+((?:(?:a|an|the)\s+)?[\p{Ll}-]{3,}(?:\s+[\p{Ll}-]{3,}){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:in|on)\s+$/u.exec(
      left,
    );
  // ("seizing Aleppo within days and Hama on Thursday": the first date a weekday or a count of days, the second
  // object a name.)
  const gapDate = secondNoun?.[2] ?? secondNoun?.[3] ?? '';
  const secondObject = secondNoun?.[4] ?? '';
  const secondWords = secondObject.split(/\s+/);
  if (
    secondNoun &&
    !input.clause &&
    secondWords.every(
      (w) =>
        /^(?:a|an|the)$/.test(w) ||
        (!isGrammarWord(w) && !isPastForm(w) && !BE.has(w) && !ADVERBS.has(w) && !/ly$/.test(w) && !DATE_WORD.test(w)),
    )
  ) {
    const start = sentence.start + secondNoun[1]!.length - gapDate.length;
    const first = labelEvent({ ...input, timex: { start, end: start + gapDate.length } });
    const labelWords = first.text.split(/\s+/);
    const textWords = secondNoun[1]!.slice(0, -gapDate.length).trim().split(/\s+/).slice(0, -1);
    let shared = 0;
    while (
      shared < Math.min(4, labelWords.length - 2) &&
      labelWords.at(-1 - shared)!.toLowerCase() === textWords.at(-1 - shared)?.toLowerCase() &&
      !isPastForm(labelWords.at(-1 - shared)!)
    )
      shared++;
    if (first.quality >= 2 && shared > 0) return finish([...labelWords.slice(0, -shared), secondObject].join(' '), 2);
  }

  // 3b''c. "It was Argentina's third world title, after 1978 and 1986": the years after "after" are those of the
  // earlier ones ("Argentina's world title").
  const earlierOnes =
    /\b(?:it|this|that)\s+(?:is|was)\s+(?:the\s+)?([\p{L}.-]+['’]s\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{Ll}+th)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}?)(?:\s+in\s+[^,;]{1,30})?,\s+after\s+(?:(?:19|20)\d\d,?\s+(?:and\s+)?)*$/iu.exec(
      left,
    );
  if (
    earlierOnes &&
    !/^(?:time|times|day|year)$/i.test(earlierOnes[2]!) &&
    !earlierOnes[2]!.split(/\s+/).some((w) => isGrammarWord(w) || BE.has(w))
  )
    return finish(`${earlierOnes[1] ?? ''}${earlierOnes[2]}`, 2);

  // 3b''d. "Mbappe hit a hat-trick for France, the first in a World Cup final since England's Geoff Hurst in 1966": a
  // record said after a comma, with no verb of its own: the name dated after "since" did what the clause before
  // did, its verb and object ("Hurst hits a hat-trick"; not the side the clause's doer played for).
  const sameDeed =
    /\s(\p{Ll}{2,})\s+((?:a|an|the|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{Ll}-]+)?)(?:\s+(?:for|against|in|at|on)\s+[^,;]{1,40})?,\s+(?:and\s+)?the\s+(?:first|only)\s+(?:(?:in|at)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+)?since\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:in|on)\s+$/u.exec(
      left,
    );
  if (sameDeed && isPastForm(sameDeed[1]!) && !BE.has(sameDeed[1]!) && !DATE_WORD.test(sameDeed[3]!)) {
    const start = sentence.start + sameDeed.index + sameDeed[0].lastIndexOf(sameDeed[3]!);
    const name = compress(text, { start, end: start + sameDeed[3]!.length }, entities);
    return finish(`${name} ${thirdPerson(baseForm(sameDeed[1]!))} ${sameDeed[2]}`, 2);
  }

  // 3b'''. "…, the same area as the previous eruption on January 14": a date closing an earlier happening of a kind
  // that the clause compares with ("as", "than", "like", "to") dates that happening ("Previous eruption").
  const earlierOne =
    /\b(?:as|than|like|to)\s+(?:the|an?)\s+((?:previous|last|earlier|prior|first)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,})\s+(?:on|in)\s+$/u.exec(
      left,
    );
  if (earlierOne && nounPhrase(earlierOne[1]!)) return finish(earlierOne[1]!, 2);

  // 3c. "its biggest drop since the start of the pandemic in 2020": a date closing the noun phrase after a
  // superlative's "since" dates that thing (a name in it may be quoted: 'since the "Black Monday" crash of'; a
  // plural may go without its article: "the largest since protests over fuel prices in").
  const sinceThing =
    /(?:\p{Ll}{2,}est|worst|best|(?:most|least)\s+\p{Ll}+)(?:\s+[\p{Ll}-]+){0,3}(?:\s+(?:in|on|at)\s+(?:the\s+)?[\p{Ll}-]+)?\s+since\s+(?:(?:the|a|an)\s+|(?=\p{Ll}{3,}s\s))((?:["“]?[\p{L}\d][\p{L}\d'’-]*["”]?\s+){0,5}?[\p{L}\d][\p{L}\d'’-]*)\s+(?:in|on|at|during|of)\s+$/u.exec(
      left,
    );
  const thingWords = sinceThing?.[1]?.split(/\s+/) ?? [];
  if (
    sinceThing &&
    !whenClauseAfter(text, timex.end) &&
    // ("since the earthquake of November 2019, which killed 51 people": the clause after "which" says more.)
    !/^,\s+which\b/i.test(text.slice(timex.end, timex.end + 9)) &&
    !thingWords.some(
      (w) =>
        BE.has(w) ||
        // ("since the return to democracy in 1990": "to" is a preposition there too.)
        (MODALS.has(w) && w !== 'to') ||
        // ("since the earthquake and tsunami in March last year": two things joined.)
        (CLAUSE_WORDS.has(w) && w !== 'and') ||
        (STOP_PREPOSITIONS.has(w) && w !== 'of') ||
        (/^\p{Ll}{3,}ed$/u.test(w) && !NOT_VERBS.has(w)) ||
        isIrregularPast(w),
    )
  ) {
    const start = sentence.start + left.lastIndexOf(sinceThing[1]!);
    return finish(compress(text, { start, end: start + sinceThing[1]!.length }, entities));
  }

  // 3c'. "the deadliest since the end of the 26-year civil war between government forces and Tamil Tiger rebels in May
  // 2009": so the end or start of a thing, past a phrase of who fought it ("between …", "against …").
  const sinceEnd =
    /(?:\p{Ll}{2,}est|worst|best|(?:most|least)\s+\p{Ll}+)(?:\s+[\p{L}-]+){0,4}?\s+since\s+the\s+((?:end|start|beginning|outbreak|fall|collapse)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}\d-]+\s+){0,3}?[\p{Ll}\d-]+)\s+(?:between|against|with|among|by|from)\s+[^,;.]{1,80}?\s+(?:in|on)\s+$/u.exec(
      left,
    );
  if (sinceEnd && !sinceEnd[1]!.split(/\s+/).some((w) => BE.has(w) || CLAUSE_WORDS.has(w) || isIrregularPast(w)))
    return finish(sinceEnd[1]!);

  // 3d. "Ferrand, who has denied the charges since his arrest in March 2021": an event noun after "his"/"her"
  // and a preposition of time is the deed of the person named nearest before it in the sentence ("Ferrand is
  // arrested").
  // "its" is a body's: "the first time it has done so since its creation in 2017" → "Africa CDC is created".
  const ownDeed =
    /\b(?:since|after|before|following|until|ahead\s+of|upon)\s+(his|her|its)\s+(\p{Ll}{3,})\s+(?:in|on|at)\s+$/u.exec(
      left,
    );
  const deed = ownDeed ? verbOfNoun(ownDeed[2]!) : null;
  if (ownDeed && deed) {
    const at = sentence.start + ownDeed.index;
    const owner = mentionsWithin(sentenceEntities, { start: sentence.start, end: at })
      .filter((m) => m.entity.type === (ownDeed[1] === 'its' ? 'organization' : 'person'))
      .pop();
    if (owner) return finish(`${shortName(owner.entity, text)} ${deed}`, 2);
    // "The film has grossed $1.4 billion since its release on July 21": with no body named before "its", the
    // thing the sentence opens with ("Film is released"), when no other noun with an article or a name stands
    // between (not "The firm said songs had been downloaded from the iTunes store since its launch").
    if (ownDeed[1] === 'its') {
      const { tokens, groups } = parse();
      const pieces = mainSubject(tokens, groups);
      const subject = shortSubject(pieces.map((piece) => compress(text, piece, entities)).join(' '));
      const between = tokens.filter((t) => pieces.length && t.start >= pieces.at(-1)!.end && t.start < at);
      if (
        pieces.length &&
        tokens.every((t) => t.start >= pieces[0]!.start || DETERMINERS_ARTICLE.test(t.word)) &&
        !between.some((t) => DETERMINERS.test(t.word) || isCapitalised(t.word) || t.marker) &&
        !groups.some((g) => REPORTING.has(g.base)) &&
        !mentionsWithin(sentenceEntities, pieces[0]!).some((m) => m.entity.type === 'person') &&
        subject &&
        !PRONOUN.test(subject) &&
        subject.split(' ').length <= 4 &&
        !isPlural(subject)
      )
        return finish(`${capitalise(subject.replace(/^(?:the|a|an)\s+/i, ''))} ${deed}`, 2);
    }
  }

  // 3da. "Microsoft's previous largest acquisition was its $26.2 billion purchase of LinkedIn in 2016": a deed noun
  // after "its" (or "his", "her"), of a name, closing the words before the date, is that deed of the owner named
  // before ("Microsoft buys LinkedIn").
  const ownDeedOf = OWN_DEED_OF.exec(left);
  const deedOf = ownDeedOf ? verbOfNoun(ownDeedOf[2]!) : null;
  if (ownDeedOf && deedOf && !/^is\s/.test(deedOf)) {
    const at = sentence.start + ownDeedOf.index;
    const owner = mentionsWithin(sentenceEntities, { start: sentence.start, end: at })
      .filter((m) => m.entity.type === (ownDeedOf[1] === 'its' ? 'organization' : 'person'))
      .pop();
    const start = sentence.start + ownDeedOf.index + ownDeedOf[0].lastIndexOf(ownDeedOf[4]!);
    const object = compress(text, { start, end: start + ownDeedOf[4]!.length }, entities);
    // ("his acrimonious exit from Manchester United": a place or body left keeps its "from".)
    const from = ownDeedOf[3] === 'from' ? 'from ' : '';
    if (owner) return finish(`${shortName(owner.entity, text)} ${deedOf} ${from}${object}`, 2);
  }

  // 3da'. "The purchase dwarfs Microsoft's $26.2 billion takeover of LinkedIn in 2016", "The war began with Hamas's
  // attack on Israel on October 7, 2023": so is a name's deed noun, of or on a name ("Microsoft takes over
  // LinkedIn", "Hamas attacks Israel").
  const namedDeedOf = NAMED_DEED_OF.exec(left);
  const namedDeed = namedDeedOf ? verbOfNoun(namedDeedOf[2]!) : null;
  const struck = /^(?:attack|assault|raid|strike|invasion)$/.test(namedDeedOf?.[2] ?? '');
  if (
    namedDeedOf &&
    namedDeed &&
    !/^is\s/.test(namedDeed) &&
    (namedDeedOf[3] === 'of' || struck) &&
    !DATE_WORD.test(namedDeedOf[1]!.split(/\s+/).at(-1)!)
  ) {
    const ownerAt = sentence.start + namedDeedOf.index + namedDeedOf[0].indexOf(namedDeedOf[1]!);
    const owner = compress(text, { start: ownerAt, end: ownerAt + namedDeedOf[1]!.length }, entities);
    const start = sentence.start + namedDeedOf.index + namedDeedOf[0].lastIndexOf(namedDeedOf[4]!);
    const object = compress(text, { start, end: start + namedDeedOf[4]!.length }, entities);
    return finish(`${owner} ${namedDeed} ${object}`, 2);
  }

  // 3d''. "it flew higher and longer than on its first attempt in April": after "than", the date is that of the
  // happening compared with, which the label names (a bare noun phrase: another telling of that day speaks first).
  const comparedWith =
    /\bthan\s+(?:(?:on|in|at|during|with)\s+)?(?:its|their|his|her|the)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,})\s+(?:in|on)\s+$/u.exec(
      left,
    );
  const comparedHead = comparedWith?.[1]!.split(/\s+/).at(-1) ?? '';
  if (
    comparedWith &&
    !comparedWith[1]!.split(/\s+/).some((w) => isGrammarWord(w) || BE.has(w)) &&
    (verbOfNoun(comparedHead) !== null ||
      /^(?:attempt|flight|launch|test|race|match|game|season|edition|outing|run|round|visit|tour)$/.test(comparedHead))
  )
    return finish(comparedWith[1]!, 1);

  // "took 37 seats, more than double its tally in the last election in 2021", "…, up from 17 in the last election in
  // 2021": a comparison's occasion, the date right after it, is what the date places ("Last election").
  const comparedOccasion =
    /,\s+(?:(?:more|less|fewer)\s+than|(?:up|down)\s+from|compared\s+(?:with|to)|double|twice|half)\b[^,;]*?\s+(?:in|at)\s+the\s+((?:last|previous|latest|first|general|presidential|parliamentary|legislative)\s+)?(\p{Ll}+)\s+(?:in|of)\s+$/u.exec(
      left,
    );
  if (comparedOccasion && OCCASION_NOUN.test(comparedOccasion[2]!))
    return finish(`${comparedOccasion[1] ?? ''}${comparedOccasion[2]}`, 1);

  // 3d'. "eight years after the Paris accord of 2015": a named happening "of" its year, after a preposition, is
  // what the year places (a subject's apposition leaves the label to its clause: "The last pandemic, the Hong Kong
  // flu of 1968, killed …").
  const namedOf = /^\d{4}$/.test(phraseText)
    ? /\b(?:after|before|since|following|until|than|like|over|from|with|to|of)\s+the\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}{3,})\s+of\s+$/u.exec(
        left,
      )
    : null;
  if (
    namedOf &&
    (verbOfNoun(namedOf[2]!) !== null ||
      /^(?:accord|accords|treaty|summit|war|crisis|disaster|pact|deal|games|flu|pandemic|olympics)$/.test(namedOf[2]!))
  )
    return finish(`${namedOf[1]}${namedOf[2]}`, 2);

  // 3e. "after victories in 1978 and 1986", "days before a landslide defeat in 2019", "ahead of European elections
  // in June": an event noun after a preposition of time (and a people's adjective before it, and the named place
  // it happened at) is what the date places, not the clause it gives the time of. So is one that something opened
  // "the way for" ("opening the way for a snap election on February 23").
  const eventNoun =
    /\b(?:after|before|following|since|until|ahead\s+of|way\s+for)\s+(?:(?:the|a|an|their|its|his|her|two|three|back-to-back|successive|consecutive)\s+)?((?:[$€£]?\d[\d.,]*%?\s+)?(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ic)\s+)?(?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}{3,})((?:\s+(?:at|in|near|off|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,5}|\s+of\s+an?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll}{3,})?)\s+(?:in|on)\s+(?:\d{4}(?:,\s+|,?\s+and\s+))*$/du.exec(
      left,
    );
  if (eventNoun) {
    const noun = eventNoun[2]!;
    const one = /ies$/.test(noun) ? `${noun.slice(0, -3)}y` : /[^su]s$/.test(noun) ? noun.slice(0, -1) : noun;
    const modifiers = eventNoun[1]!.trim();
    // After an article, a participle is an adjective ("after a final televised debate on Thursday").
    const article = /^\S+\s+(?:the|a|an|their|its|his|her)\s/i.test(eventNoun[0]);
    // Any noun, when the clause before has a date of its own ("Campaigning ended on Friday after a final
    // televised debate on Thursday evening"): this date is the noun's.
    const dated =
      [...left.slice(0, eventNoun.index).matchAll(/\b(?:on|in|at)\s+(\d{4}|\p{Lu}\p{Ll}+)\b/gu)].some(
        (d) => /^\d{4}$/.test(d[1]!) || DATE_WORD.test(d[1]!),
      ) &&
      // A noun phrase, not a clause ("since it was founded in 2017").
      article &&
      !/(?:ed|ing)$/.test(noun) &&
      !`${modifiers} ${noun}`.split(/\s+/).some((w) => BE.has(w) || PRONOUN.test(w) || MODALS.has(w));
    // "would appear before a judge on Monday": a preposition right after a verb is no time of it.
    const afterVerb = (): boolean => {
      const at = sentence.start + eventNoun.index;
      const { tokens, groups } = parse();
      const k = tokens.findIndex((t) => t.start >= at);
      return k > 0 && groups.some((g) => g.head === k - 1);
    };
    // "a week after the army seized power in January": a verb among the words before the noun makes them a
    // clause (its subject, verb and object), no noun phrase.
    const verbBefore = (): boolean => {
      const [from, to] = eventNoun.indices![1]!;
      const { tokens, groups } = parse();
      return groups.some((g) => {
        const at = tokens[g.head]!.start - sentence.start;
        return at >= from && at < to;
      });
    };
    if (
      (verbOfNoun(one) || (dated && !afterVerb())) &&
      !(modifiers && verbBefore()) &&
      // ("the biggest turnout since the protests began in mid-January": a past is a clause's verb, no noun.)
      !isPastForm(noun) &&
      // "shortly after independence in 1960": one bare noun, with no article, word or place to say whose, is
      // too little; the clause says more. (Not after a superlative's "since": "its worst economic crisis since
      // independence in 1948" is measured from it, and the clause tells of no happening then.)
      (article ||
        modifiers ||
        eventNoun[3]!.trim() ||
        noun !== one ||
        /(?:\p{Ll}{2,}est|worst|best|(?:most|least)\s+\p{Ll}+)(?:\s+[\p{Ll}-]+){0,3}\s+since\s+\p{Ll}{3,}\s+(?:in|on)\s+$/u.test(
          left,
        )) &&
      !modifiers.split(/\s+/).some((w) => (!article && /(?:ed|ing)$/.test(w)) || isPreposition(w))
    ) {
      // One of several dates names one of the events ("victories in 1978 and 1986" → "Victory").
      const several =
        noun !== one &&
        (/\d{4},?\s+(?:and\s+)?$/.test(left) ||
          /^(?:,|,?\s+and)\s+\d{4}\b/.test(text.slice(timex.end, timex.end + 12)) ||
          /\s(?:and|or)\s/.test(phraseText));
      // Where it happened too, when a name says so ("a crash at the Tour of Flanders in April").
      const place = eventNoun[3]!.trim();
      return finish(`${modifiers ? `${modifiers} ` : ''}${several ? one : noun}${place ? ` ${place}` : ''}`, 2);
    }
  }

  // 3e'. "He resigned after the party's defeat in July", "following his ruling coalition's loss of its upper house
  // majority in July": a possessive's happening after a preposition of time is the owner's deed at the date
  // ("Party is defeated", "Ruling coalition loses its upper house majority"), not the clause's.
  const ownersDeed =
    /\b(?:after|before|following|since|until|ahead\s+of)\s+(?:(?:the|his|her|its|their)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,})['’]s\s+(\p{Ll}{3,})((?:\s+of\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)?)\s+(?:in|on)\s+$/u.exec(
      left,
    );
  const ownersVerb = ownersDeed ? verbOfNoun(ownersDeed[2]!) : null;
  if (
    ownersDeed &&
    ownersVerb &&
    !ownersDeed[1]!.split(/\s+/).some((w) => isGrammarWord(w) || BE.has(w) || MODALS.has(w)) &&
    !(ownersDeed[3] && /^is\b/.test(ownersVerb))
  )
    return finish(`${ownersDeed[1]} ${ownersVerb}${(ownersDeed[3] ?? '').replace(/^\s+of\s+/, ' ')}`, 2);

  // 4c. "The crashes of Lion Air Flight 610 in Indonesia in October 2018 and Ethiopian Airlines Flight 302 in March
  // 2019 killed 346 people": a plural noun of happening opening the sentence, before names each dated, places
  // each name's happening at its date ("Lion Air Flight 610 crashes").
  const happenings = /^the\s+(\p{Ll}{3,}?)(?:es|s)\s+of\s+/iu.exec(left);
  const theirVerb = happenings ? (verbOfNoun(happenings[1]!) ?? verbOfNoun(`${happenings[1]!}e`)) : null;
  if (happenings && theirVerb && /^\s+and\s|^\s+\p{Ll}/u.test(text.slice(timex.end, timex.end + 6))) {
    const segments = text.slice(sentence.start + happenings[0].length, timex.start).split(/\s+and\s+/);
    const name =
      /^((?:\p{Lu}[\p{L}'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d+)){0,5})(?:\s+in\s+[^,;]*)?\s+(?:in|on)\s*$/u.exec(
        segments.at(-1)!,
      );
    if (name && segments.length <= 3) return finish(`${name[1]} ${theirVerb}`, 2);
  }

  // 4b. "Since the conviction of former guard John Demjanjuk in 2011, German prosecutors have brought …", "After
  // the collapse of the Soviet Union in 1991, …": a sentence opening with a preposition of time and a noun of
  // happening, dated inside that phrase, places the happening, not the clause after it.
  // So does one closing a clause after "since", which only says from when the clause holds ("has been criticised
  // … since the death of co-founder Steve Jobs in 2011").
  // ("Henry, who has led Haiti since the assassination of President Jovenel Moise in July 2021, welcomed …": so
  // does one closing a relative clause set off by commas.)
  const after = text.slice(timex.end, sentence.end);
  // ("It is the first time since the end of X's dictatorship in 1990 that …": or the phrase of "the first time
  // since", before its "that".)
  const closesRelative =
    (/^,/.test(after) && /,\s+(?:who|which)\s+[^,;]*$/.test(left)) ||
    (/^(?:\s+that\b|,)/.test(after) && /\bfirst\s+time\s+since\s+the\s+[^,;]*$/.test(left));
  // ("… since the arrest of its chairman in November 2018 on charges of financial misconduct": or a phrase of the
  // happening's own after the date, a preposition and plain words.)
  const ownPhrase = /^\s+(?:on|over|for|amid|at)\s+[\p{Ll}\s'’-]+[.;]?\s*$/u.test(after);
  const opening =
    HAPPENING_OPENING.exec(left) ??
    (/^\s*[.;]?\s*$/.test(after) || closesRelative || ownPhrase ? HAPPENING_SINCE.exec(left) : null);
  // ("since the upper house vote in July": up to two words may qualify the noun.)
  const happeningWords = opening?.[1]!.split(/\s+/) ?? [];
  if (
    opening &&
    verbOfNoun(happeningWords.at(-1)!) !== null &&
    !happeningWords.slice(0, -1).some((w) => isGrammarWord(w) || BE.has(w) || MODALS.has(w) || isPastForm(w)) &&
    (opening.index > 0 || /^,/.test(text.slice(timex.end, timex.end + 2))) &&
    !/\b(?:and|or|which|who|that)\b/.test(opening[2] ?? '')
  ) {
    const start = sentence.start + opening.index + opening[0].indexOf(opening[1]!);
    return finish(compress(text, { start, end: start + opening[1]!.length + (opening[2] ?? '').length }, entities), 2);
  }

  // 4d. "upholding his impeachment … over the martial law decree of December 3", "rejected the ceasefire agreement
  // of March 2020": a noun of a happening or of an act in force, with "the" before it and "of" and the date after
  // it, is what the date places; the clause's verb is another time's. A noun alone only of a mishap ("the crash
  // of October 1987"): "the elections of 2019" says too little, and "the end of March" is the date itself. Not
  // before a relative clause, which says what the noun did ("the landslide of March 2011, which buried …").
  const ofDate = /\b[Tt]he\s+((?:(?!(?:the|a|an)\s)[\p{L}'’-]+\s+){0,3}?)(\p{Ll}{3,})\s+of\s+$/u.exec(left);
  if (ofDate && !/^,?\s+(?:which|who|that)\b/.test(text.slice(timex.end, sentence.end))) {
    const head = ofDate[2]!;
    const one = head.replace(/s$/, '');
    const words = ofDate[1]!.trim().split(/\s+/).filter(Boolean);
    const mishap = MISHAP.test(head) || MISHAP.test(one);
    const act = verbOfNoun(head) !== null || verbOfNoun(one) !== null || ACTS.test(one);
    if (
      (mishap || (act && words.length > 0 && !/^(?:end|start|beginning|rest)$/.test(head))) &&
      !words.some((w) => BE.has(w) || MODALS.has(w) || isPreposition(w) || /^(?:and|or|but|which|that)$/.test(w))
    ) {
      const start = sentence.start + ofDate.index + ofDate[0].indexOf(ofDate[1] || head);
      const end = sentence.start + ofDate.index + ofDate[0].search(/\s+of\s+$/u);
      return finish(compress(text, { start, end }, entities), 2);
    }
  }

  // 4a'. "after their defeat by Italy at Wembley three years ago": a happening someone owns after "after", "since" or
  // "following", with who it was by, against or to and where, dated right after, is what the date places ("Their
  // defeat by Italy at Wembley"; what came after it is told at its own date).
  const ownedHappening =
    /\b(?:after|since|following)\s+((?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:defeat|victory|win|loss|exit|elimination|triumph|clash|draw|meeting|talks)(?:\s+(?:by|to|against|over|with|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}){1,2})\s+(?:(?:in|on|at)\s+)?$/u.exec(
      left,
    );
  if (ownedHappening) return finish(capitalise(ownedHappening[1]!), 2);

  // 4a. A thing someone owns, dated: "days before her spring statement on March 26" → "Spring statement".
  // Only after a preposition: "restart its bond-buying programme in November" dates the restart.
  const owned =
    /\b(?:before|after|ahead of|at|during|until|since|for|to|from)\s+(?:his|her|its|their)\s+((?:\p{L}[\p{L}-]*\s+){1,3})(?:on|in|at|for|of)?\s*$/u.exec(
      left,
    );
  const ownedWords = (owned?.[1]?.trim().split(/\s+/) ?? []).filter(
    (w, i, all) => !(i === all.length - 1 && /^(?:on|in|at|for|of)$/.test(w)),
  );
  // Names may qualify the thing ("after his Australian Open triumph in January"); the thing itself is a common noun,
  // no person ("handed power to his younger brother in 2006" dates the handing).
  const ownedHead = ownedWords[ownedWords.length - 1] ?? '';
  // ("Pope Francis prayed for the victims at his weekly audience on Wednesday": where a deed the clause tells before
  // it was done, "at" or "during" it, is no label; the deed is.)
  const doneAtOwned =
    owned !== null &&
    /^(?:at|during)\s/.test(owned[0]!) &&
    (left.slice(0, owned.index).match(/\p{Ll}+/gu) ?? []).some((w) => isPastForm(w) && !BE.has(w));
  if (
    !doneAtOwned &&
    ownedWords.length >= 2 &&
    /^\p{Ll}/u.test(ownedHead) &&
    !KIN_NOUNS.has(ownedHead.replace(/s$/, '')) &&
    !isPersonRoleNoun(ownedHead.replace(/s$/, '')) &&
    !/^(?:next|last|first|previous|latest|own|new|recent|upcoming|entire|whole|\p{Ll}+est)$/u.test(ownedWords[0]!) &&
    !ownedWords.some(
      (w) => BE.has(w) || MODALS.has(w) || /ed$/.test(w) || isIrregularPast(w) || STOP_PREPOSITIONS.has(w),
    )
  )
    return finish(ownedWords.join(' '), 2);

  // 4a'. "will compete over the next 16 days, before the closing ceremony on August 11": an occasion after "before",
  // "after", "ahead of" or "until" and "the", dated right after, is what the date places.
  // ("remanded in custody ahead of sentencing on March 11", "pending trial in May": a court's step with no article.)
  // ("ahead of the US Independence Day holiday on Friday": names before the noun too.)
  const occasionAt =
    /\b(?:before|after|ahead\s+of|until|following)\s+the\s+((?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}'’.-]*)\s+){0,3}(\p{Ll}+))\s+(?:on|in|at)\s+$/u.exec(
      left,
    ) ?? /\b(?:ahead\s+of|pending|until)\s+((sentencing|trial|extradition|appeal))\s+(?:on|in)\s+$/u.exec(left);
  if (
    occasionAt &&
    OCCASION_NOUN.test(occasionAt[2]!) &&
    !occasionAt[1]!.split(/\s+/).some((w) => BE.has(w) || MODALS.has(w) || isGrammarWord(w) || isIrregularPast(w))
  )
    return finish(occasionAt[1]!.trim(), 2);

  // 4'. "ruling that his arrest earlier this week was unlawful": an event noun after "his" or "her", right before
  // the date, is the deed of the person named last before it in the sentence.
  // (Not the object of a verb: "announced his resignation on March 11" dates the announcing.)
  const pronounOwned =
    /(?:^|[,;:]\s*|\b(?:that|after|before|since|following|until|despite|over|amid)\s+)(his|her)\s+(\p{Ll}{3,})\s+(?:on\s+|in\s+|at\s+|during\s+)?$/u.exec(
      left,
    );
  const ownedVerb = pronounOwned ? verbOfNoun(pronounOwned[2]!) : null;
  if (pronounOwned && ownedVerb) {
    const person = mentionsWithin(sentenceEntities, { start: sentence.start, end: sentence.start + pronounOwned.index })
      .filter((m) => m.entity.type === 'person')
      .pop();
    if (person) return finish(`${shortName(person.entity, text)} ${ownedVerb}`, 3);
    // ("She spent 15 years under house arrest before her release a decade ago": with no one named in the sentence,
    // the owner is said as written, for events.ts to name: "Her release".)
    if (/^(?:he|she)\b/i.test(text.slice(sentence.start, sentence.end)))
      return finish(`${pronounOwned[1]} ${pronounOwned[2]}`, 2);
  }

  // 4. A possessive event noun: "Smith's return to Paris … on May 7, 2012".
  const possessive = POSSESSIVE_EVENT.exec(left);
  // Not a place someone has ("will be held in Azerbaijan's capital Baku in November"); nor, after a past
  // verb of its clause, a thing that is no event ("claimed victory in Indonesia's presidential election on
  // Wednesday" is about the claim).
  const clauseBefore = possessive ? (left.slice(0, possessive.index).split(/[,;:]/).pop() ?? '') : '';
  const verbBefore =
    clauseBefore
      .split(/\s+/)
      .some(
        (w) =>
          (/^\p{Ll}{3,}ed$/u.test(w) && !NOT_VERBS.has(w)) || (isIrregularPast(w) && !/^(?:was|were|had)$/.test(w)),
      ) ||
    // "will become Britain's prime minister": a verb after a modal.
    /\b(?:will|would|shall|can|could|may|might|must)\s+(?:\p{Ll}+ly\s+)?(?!be\b|have\b|not\b)\p{Ll}{2,}\s+$/u.test(
      clauseBefore,
    ) ||
    // "was sworn in as India's prime minister": a passive.
    [...clauseBefore.matchAll(/\b(?:is|are|was|were|been|be)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})\b/gu)].some((m) =>
      isParticiple(m[1]!),
    );
  // Nor a thing that is the subject of a verb right after the date ("Japan's biggest bank Mizuho on Friday
  // named …"): the clause says what happened.
  const afterDate = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,})\b\s*(\S*)/u.exec(text.slice(timex.end, timex.end + 50));
  const verbAfter = afterDate?.[1] ?? '';
  const subjectOfVerb =
    (/^\p{Ll}{3,}ed$/u.test(verbAfter) && !NOT_VERBS.has(verbAfter)) ||
    // A past spelled as its base is one before a determiner or a number ("on Thursday cut its rate").
    (isIrregularPast(verbAfter) &&
      (!/^(?:put|set|cut|hit|read|let|beat|cast|hurt|burst|split|spread|shut|quit|thrust)$/.test(verbAfter) ||
        DETERMINERS.test(afterDate?.[2] ?? '') ||
        /^\d/.test(afterDate?.[2] ?? ''))) ||
    /^(?:will|would|has|have|had|is|are|was|were|says|said)$/.test(verbAfter);
  const opensClause = possessive ? /(?:^|[,;:]\s*|\b(?:the|The)\s+)$/.test(left.slice(0, possessive.index)) : false;
  const afterNoun = (possessive?.[3] ?? '').trim().split(/\s+/)[0] ?? '';
  if (
    possessive &&
    !PLACE_NOUNS.test(possessive[2] ?? '') &&
    // (Nor a happening wanted, not had: "issued a warrant for Gaddafi's arrest in June", "called for Smith's
    // resignation on Monday"; the clause says what was done.)
    !WANTED_BEFORE.test(left.slice(0, possessive.index)) &&
    // (Not a record "since" a date, which a "when" clause may tell: "Greece's deadliest rail disaster since 1968,
    // when 34 people died …".)
    !(/\bsince$/.test(possessive[3] ?? '') && whenClauseAfter(text, timex.end)) &&
    // (Nor one whose noun a past follows, its verb: "South Africa's parliament re-elected Ramaphosa … on Friday".)
    !((REGULAR_PAST.test(afterNoun) && !NOT_VERBS.has(afterNoun)) || isIrregularPast(afterNoun)) &&
    !((verbBefore || (subjectOfVerb && opensClause)) && !verbOfNoun(possessive[2] ?? ''))
  ) {
    const [, owner = '', noun = '', rest = ''] = possessive;
    const restWords = rest.trim().split(/\s+/).filter(Boolean);
    // (Nor a clause: "Sudan's paramilitary Rapid Support Forces said on Tuesday …", a past not spelled as its
    // base, which may be a noun: "the bank's rate cut on Thursday".)
    const pastVerb = (w: string): boolean =>
      isIrregularPast(w) &&
      !/^(?:put|set|cut|hit|read|let|beat|cast|hurt|burst|split|spread|shut|quit|thrust|bid|cost|fit)$/.test(w);
    // (Nor a perfect: "Nvidia's market value has risen more than ninefold since".)
    if (
      !restWords.some(
        (w) =>
          /^\p{Ll}+ed$/u.test(w) ||
          BE.has(w.toLowerCase()) ||
          pastVerb(w) ||
          /^(?:has|have|had)$/i.test(w) ||
          Object.hasOwn(PARTICIPLES, w.toLowerCase()),
      )
    ) {
      const ownerStart = sentence.start + (possessive.index ?? 0);
      const ownerName = compress(text, { start: ownerStart, end: ownerStart + owner.length }, entities);
      const verb = verbOfNoun(noun);
      const restText = rest
        .trim()
        .replace(/\b(?:an|a) historic\b/, 'a')
        .replace(/\bhistoric\s+/, '')
        // "Okafor's visit to Lagos": one visits a place, with no "to".
        .replace(verb && /^visits?$/.test(noun) ? /^to\s+/ : /^$/, '');
      // "the Bank of Japan's decision last week to raise interest rates": what was decided, after the date.
      const intent =
        verb && !restText
          ? /^\s+(to\s+\p{Ll}{2,}(?:\s+[\p{L}-]+){0,4}?)(?=\s*[,.;:]|\s+(?:and|but|for|in|on|at|by|after|before|amid|as)\b|\s*$)/u.exec(
              text.slice(timex.end, sentence.end),
            )?.[1]
          : undefined;
      const done = intent ?? restText;
      // "Trump's election victory": a noun of doing before another is what the second is won or lost in ("Trump
      // wins the election").
      const second = /^(\p{Ll}{3,})$/u.exec(restText)?.[1];
      const secondVerb = second ? verbOfNoun(second) : null;
      if (verb && secondVerb && !/^(?:is|are)\s/.test(secondVerb))
        return finish(`${ownerName} ${secondVerb} the ${noun}`);
      return finish(verb ? `${ownerName} ${verb} ${done}` : `${ownerName}'s ${noun} ${restText}`);
    }
  }

  // "thousands gathered at the checkpoint, and at 11:30 pm the officer … ordered the gates opened": a date
  // opening a clause joined by ", and" or ", but" dates that clause, not the one before it.
  const joined = /,\s+(?:and|but)\s+(?:(?:at|on|in|by)\s+)?$/i.exec(left);
  // (Not one whose verb follows the date with no subject of its own: "Beijing has stepped up pressure, and last
  // August staged drills" shares the subject of the clause before.)
  const verbNext = /^,?\s+(\p{Ll}{3,})\b/u.exec(text.slice(timex.end, sentence.end))?.[1] ?? '';
  const subjectless =
    isPastForm(verbNext) || /^(?:has|had|have|will|would|was|were|is|are)$/.test(verbNext) || IN_S.test(verbNext);
  if (joined && joined.index > 0 && !subjectless) {
    const start = sentence.start + joined.index + 1;
    const clause = labelEvent({ ...input, sentence: { start, end: sentence.end } });
    if (clause.quality >= 2) return clause;
  }

  // 5. Subject, verb and object of the clause around the date.
  const { tokens, groups } = parse();
  const heads = new Set(groups.map((g) => g.head));
  const marker = tokens.findIndex((t) => t.marker);
  // Pieces of the sentence as the label writes them (people by surname), and a verb's object in up to 7 words.
  const written = (pieces: readonly Span[]): string => pieces.map((piece) => compress(text, piece, entities)).join(' ');
  const objectOf = (group: VerbGroup): string => {
    const spans = objectSpans(tokens, group.head + 1);
    // "urged the rebels last Wednesday to postpone the vote", "voted overwhelmingly on Friday to impeach …": after
    // an object (or an adverb) that the date closes, "to" and a verb right after the date go on with it.
    const closedAt = spans.length ? tokens.findIndex((t) => t.start >= spans.at(-1)!.end) : -1;
    const closingDate =
      closedAt < 0
        ? -1
        : tokens[closedAt]!.marker
          ? closedAt
          : /^(?:in|on|at)$/i.test(tokens[closedAt]!.word) && tokens[closedAt + 1]?.marker
            ? closedAt + 1
            : -1;
    const verbAfter = tokens[closingDate + 2]?.word ?? '';
    if (
      closingDate > group.head + 1 &&
      // (A verb whose object is told to do something, or that says what was chosen: not a purpose's "to", "flew to
      // Abuja on Monday to press …".)
      /^(?:urge|ask|order|tell|force|invite|persuade|allow|encourage|press|pressure|warn|push|authorise|authorize|instruct|require|vote|agree|decide|pledge|promise|move|resolve|threaten|refuse|vow)$/.test(
        group.base,
      ) &&
      /^to$/i.test(tokens[closingDate + 1]?.word ?? '') &&
      /^\p{Ll}{2,}$/u.test(verbAfter) &&
      !isGrammarWord(verbAfter) &&
      !PRONOUN.test(verbAfter) &&
      !/ing$/.test(verbAfter) &&
      !groups.some((g) => g.first > group.head && g.first <= closingDate)
    )
      spans.push(...objectSpans(tokens, closingDate + 1));
    // "declared the mpox outbreak in Africa a public health emergency": a verb of judging's object may have a
    // place phrase before the state it is declared in; the label leaves the phrase out, not the state.
    const objectEnd = spans.at(-1)?.end;
    const next = objectEnd === undefined ? -1 : tokens.findIndex((t) => t.start >= objectEnd);
    if (next > 0 && SMALL_CLAUSE.test(group.base) && /^(?:in|at|from|across)$/.test(tokens[next]!.word)) {
      let k = next + 1;
      while (k < next + 5 && tokens[k] && !tokens[k]!.marker && /^[\p{L}-]+$/u.test(tokens[k]!.word)) {
        if (/^(?:a|an)$/i.test(tokens[k]!.word)) break;
        if (isGrammarWord(tokens[k]!.word.toLowerCase()) && !/^(?:the|of)$/i.test(tokens[k]!.word)) break;
        k++;
      }
      if (k > next + 1 && /^(?:a|an)$/i.test(tokens[k]?.word ?? '')) spans.push(...objectSpans(tokens, k));
    }
    // ('acknowledged "shortcomings"': a verb of saying other than "say" or "tell" keeps a quoted word or three in
    // lower case, what it owned up to or denied; a longer quotation is what was said.)
    const quoted = quotedObject(tokens, group.head + 1);
    const quotedWords = quoted ? text.slice(quoted[0]!.start, quoted[0]!.end) : '';
    const ownedUp =
      quoted !== null &&
      !/^(?:say|tell)$/.test(group.base) &&
      /^\p{Ll}/u.test(quotedWords) &&
      quotedWords.split(/\s+/).length <= 3;
    const fallback = REPORTING.has(group.base)
      ? ownedUp
        ? quoted
        : []
      : (quoted ??
        // After the date too: "an agreement signed last month in Washington".
        placePhrase(tokens, group.head + (tokens[group.head + 1]?.marker ? 2 : 1), group.passive));
    // "will decide in March whether to continue operations": right after the date that follows the verb, an
    // object opening with a determiner, a number or "whether" is the verb's.
    const dated = tokens[group.head + 1]?.marker
      ? group.head + 1
      : /^(?:in|on|at|by)$/i.test(tokens[group.head + 1]?.word ?? '') && tokens[group.head + 2]?.marker
        ? group.head + 2
        : -1;
    // "agreed last month to plead guilty", "admitted in 2016 to paying bribes": "to" and a verb.
    const infinitive =
      dated > 0 &&
      /^to$/i.test(tokens[dated + 1]?.word ?? '') &&
      /^\p{Ll}{2,}$/u.test(tokens[dated + 2]?.word ?? '') &&
      !DETERMINERS.test(tokens[dated + 2]!.word) &&
      !PRONOUN.test(tokens[dated + 2]!.word);
    const late =
      !spans.length &&
      !fallback.length &&
      dated > 0 &&
      !group.passive &&
      !REPORTING.has(group.base) &&
      (/^(?:the|a|an|its|their|his|her|whether|\d[\d,.]*)$/i.test(tokens[dated + 1]?.word ?? '') ||
        infinitive ||
        // "called on Monday for calm", "had asked on Wednesday for prayers": what one calls for.
        (/^for$/i.test(tokens[dated + 1]?.word ?? '') && CALL_FOR.test(group.base)))
        ? objectSpans(tokens, dated + 1)
        : [];
    // (Not a clause: "agreed in May the levy was unfair"; the verb of "to plead" is the object's own.)
    const clause =
      late.length > 0 &&
      !infinitive &&
      groups.some((g) => g.first > dated && tokens[g.first]!.start < late.at(-1)!.end + 2);
    // "rose in May to 5 percent", "pleaded guilty in August to eight counts": "to" and an amount, a noun phrase or
    // a gerund right after the date the verb is followed by is where it went, said after the rest of the object.
    // (The date right after the verb, or after an object of one word: "pleaded guilty in August".)
    const objectEnd1 = spans.length === 1 ? tokens.findIndex((t) => t.start >= spans[0]!.end) : -1;
    const oneWord = objectEnd1 === group.head + 2 ? objectEnd1 : -1;
    const datedAfter =
      dated > 0
        ? dated
        : oneWord > 0 && tokens[oneWord]?.marker
          ? oneWord
          : oneWord > 0 && /^(?:in|on|at|by)$/i.test(tokens[oneWord]?.word ?? '') && tokens[oneWord + 1]?.marker
            ? oneWord + 1
            : -1;
    const toAfter =
      datedAfter > 0 &&
      !infinitive &&
      /^to$/i.test(tokens[datedAfter + 1]?.word ?? '') &&
      /^(?:[$€£]?\d[\d.,]*|a|an|the|its|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}{2,}ing)$/iu.test(
        tokens[datedAfter + 2]?.word ?? '',
      ) &&
      (!spans.length || dated < 0)
        ? objectSpans(tokens, datedAfter + 2)
        : [];
    const toSpan = toAfter.length ? [{ start: tokens[datedAfter + 1]!.start, end: toAfter.at(-1)!.end }] : [];
    const own = spans.length ? spans : fallback.length ? fallback : clause ? [] : late;
    const words = written(
      toSpan.length && !late.length ? [...(spans.length ? spans : fallback), ...toSpan] : own,
    ).split(' ');
    // Seven words, or eight when the eighth ends the object before a break, a preposition or the date ("won
    // the Tour de France for a third [time] on Sunday").
    const lastSpan =
      toSpan.length && !late.length ? toSpan[0] : (spans.length || fallback.length || clause ? spans : late).at(-1);
    const after = lastSpan ? tokens.find((t) => t.start >= lastSpan.end) : undefined;
    // (The sentence's end too: "put the Yes side ahead for the first [time].")
    const ended =
      !after ||
      after.word === '' ||
      after.marker ||
      isBoundary(after) ||
      isPunctuation(after) ||
      isPreposition(after.word.toLowerCase());
    const kept = words.slice(0, words.length === 8 && ended ? 8 : 7);
    // Nor in a name ("the northern port of Santa Rosa").
    while (
      kept.length < words.length &&
      kept.length < 11 &&
      /^\p{Lu}/u.test(kept.at(-1)!) &&
      /^\p{Lu}/u.test(words[kept.length]!)
    )
      kept.push(words[kept.length]!);
    // A name longer still goes whole.
    if (kept.length < words.length && /^\p{Lu}/u.test(kept.at(-1)!) && /^\p{Lu}/u.test(words[kept.length]!))
      while (kept.length > 1 && /^\p{Lu}/u.test(kept.at(-1)!)) kept.pop();
    // "the South Asian nation of 170 million [people]": an "of" phrase cut short inside is left out whole
    // (not one whose own phrase is cut, "development of a replacement for [its airliner]").
    const cut = words[kept.length];
    const of = kept.findLastIndex((w) => isPreposition(w.toLowerCase()));
    if (
      cut !== undefined &&
      kept[of] === 'of' &&
      of >= 2 &&
      !isPreposition(cut.toLowerCase()) &&
      !CLAUSE_WORDS.has(cut.toLowerCase()) &&
      !ADVERBS.has(cut.toLowerCase()) &&
      !/ly$/.test(cut)
    )
      kept.length = of;
    // Cut short, an object does not end on a possessive or a little word ("… Boeing as the world's").
    if (words.length > kept.length)
      while (kept.length > 1 && /^(?:as|the|a|an|of|to|in|on|at|for|and|or|with|by|\S+['’]s)$/i.test(kept.at(-1)!))
        kept.pop();
    // Nor on a participle of pricing without its amount ("… its Quest headset [priced] at $499").
    if (kept.length > 2 && /^(?:priced|valued|estimated|pegged|capped)$/i.test(kept.at(-1)!)) kept.pop();
    return kept.join(' ');
  };
  if (marker >= 0 && groups.length) {
    // "headed the Office for Ports, which vets port contracts, from 2019": a verb inside a relative clause that
    // commas close before the date is no verb of the date's.
    const closedRelative = (g: VerbGroup): boolean => {
      const open = tokens
        .slice(0, g.first)
        .findLastIndex((t, k) => t.word === ',' && /^(?:which|who|whom|whose)$/i.test(tokens[k + 1]?.word ?? ''));
      return (
        open >= 0 &&
        !tokens.slice(open + 1, g.first).some((t) => t.word === ',' || t.marker) &&
        tokens.slice(g.head + 1, marker).some((t) => t.word === ',')
      );
    };
    const insideWhat = (g: VerbGroup): boolean => {
      const what = tokens.slice(0, g.first).findLastIndex((t) => /^what$/i.test(t.word));
      return (
        what > 0 &&
        g.first - what <= 4 &&
        !tokens.slice(what + 1, g.first).some((t) => t.marker || isPunctuation(t)) &&
        groups.some((h) => h.head === what - 1 && !h.gerund)
      );
    };
    // "won the title that had eluded her for years on Sunday": a relative clause in a perfect with "for" says
    // how long a state had lasted up to the date, which places the verb the clause hangs on.
    const lastingRelative = (g: VerbGroup): boolean =>
      /^(?:that|which|who)$/i.test(tokens[g.first - 1]?.word ?? '') &&
      /^(?:had|has|have)$/i.test(tokens[g.first]?.word ?? '') &&
      !tokens.slice(g.head + 1, marker).some((t) => t.marker || isPunctuation(t)) &&
      LASTED.test(
        text
          .slice(tokens[g.head]!.end, tokens[marker]!.start)
          .replace(/\s+(?:on|in|at)\s*$/i, '')
          .trimEnd(),
      );
    const before = groups.filter(
      (g) =>
        g.first < marker &&
        !tokens.slice(g.head + 1, marker).some((t) => /^[;:]$/.test(t.word)) &&
        // (Nor when the clause's own verb follows the date: "Meta, which … since it bought Oculus in 2014, last week
        // announced …".)
        !(
          closedRelative(g) &&
          groups.some(
            (h) =>
              (h.head < g.first && !h.gerund && !closedRelative(h)) ||
              (wordAt(tokens, marker - 1) === ',' && h.first === marker + 1 && !h.gerund && !h.reduced),
          )
        ) &&
        !(lastingRelative(g) && groups.some((h) => h.head < g.first - 1 && !h.gerund && !lastingRelative(h))) &&
        // ("… and killed what officials fear could be more than 100,000 people": a verb inside a clause opened by
        // "what" is the object's, when a verb before "what" holds it.)
        !insideWhat(g),
    );
    const after = groups.filter((g) => g.first > marker);
    // "…, and the past decade was the hottest on record": the date is the subject of the verb after it.
    // So is one right after a verb of saying or thinking ("Scientists say 2023 will be the hottest year").
    const previousWord = tokens[marker - 1]?.word.toLowerCase() ?? '';
    // ("Meta, which has spent billions since it bought Oculus in 2014, last week announced …": not after the comma
    // closing an aside opened by "which" or "who", whose subject comes before it.)
    const asideOpen =
      previousWord === ','
        ? tokens
            .slice(0, marker - 1)
            .findLastIndex((t, k, all) => t.word === ',' && /^(?:which|who)$/i.test(all[k + 1]?.word ?? ''))
        : -1;
    const closesAside = asideOpen > 0 && !tokens.slice(asideOpen + 1, marker - 1).some((t) => t.word === ',');
    // (Not one after "since", "until", "after" or "before", which tell when: "Protesters camped outside army
    // headquarters since Saturday vowed to stay".)
    const opening =
      !tokens[marker - 1] ||
      (isBoundary(tokens[marker - 1]!) &&
        !closesAside &&
        // (Nor after "which" or "who", the verb's subject: "the IMF, which last week refused to ease the terms".)
        !/^(?:since|until|till|after|before|which|who)$/.test(previousWord)) ||
      (/^(?:say|says|said|believe|believes|believed|expect|expects|expected|predict|predicts|predicted)$/.test(
        previousWord,
      ) &&
        /^\d{4}$/.test(phraseText));
    // (Not a date that only says when, after "and", before a deed: "Beijing has stepped up pressure, and last August
    // staged large-scale drills" is Beijing's; "and last year was the hottest" is the year's.)
    const onlyWhen =
      previousWord === 'and' &&
      after[0]?.base !== 'be' &&
      !/^(?:the|this|that)\s/i.test(phraseText) &&
      !/^\d{4}$/.test(phraseText);
    if (opening && !onlyWhen && after[0]?.first === marker + 1 && !after[0].gerund) {
      const group = after[0];
      const subject = phraseText.replace(/^(?:the|this|that)\s+/i, '');
      // ("July and August were the two hottest months": two dates listed are many.)
      return finish(`${subject} ${conjugate(group, /\sand\s/.test(subject))} ${objectOf(group)}`, 2);
    }
    // "Kwasi Kwarteng, whose September 23 \"mini-budget\" of unfunded tax cuts sent the pound to a record low": a
    // date between "whose" and its noun dates what that noun did, the verb after it (not the clause's before).
    const owned = after[0];
    // (So between "his/her/its/their" opening a clause after "after", "before", "since" or "as" and the noun:
    // "after her September 23 "mini-budget" of unfunded tax cuts sent the pound to a record low".)
    const ownerOpens =
      /^(?:his|her|its|their)$/.test(previousWord) &&
      /^(?:after|before|since|following|as|because|when|until)$/.test(wordAt(tokens, marker - 2));
    if (
      (previousWord === 'whose' || ownerOpens) &&
      owned &&
      !owned.gerund &&
      owned.first - marker >= 2 &&
      owned.first - marker <= 8 &&
      !tokens
        .slice(marker + 1, owned.first)
        .some((t) => t.marker || (isBoundary(t) && !/^["“”]$/.test(t.word)) || t.word === ',')
    ) {
      const noun = text
        .slice(tokens[marker + 1]!.start, tokens[owned.first - 1]!.end)
        .replace(/["“”]/g, '')
        .split(/\s+of\s+/)[0]!;
      return finish(`${noun} ${conjugate(owned, isPlural(noun))} ${objectOf(owned)}`, 2);
    }
    // "the deadliest quake since 1960, when an earthquake destroyed Agadir": the clause after "when" tells
    // what happened at the date.
    // Not when the main clause before the date has a verb of its own ("The agency declared an emergency in
    // July 2022, when the virus spread …"), other than "is" ("It is the deadliest quake since 1960, when …").
    // "two days after a 7.7-magnitude earthquake killed more than 1,600 people and left thousands injured": a clause
    // dated at its end is told by its first verb, not by one "and" joins to it with the same subject.
    let joinedFirst = before.length - 1;
    while (
      input.clause &&
      timex.start >= sentence.end &&
      joinedFirst > 0 &&
      wordAt(tokens, before[joinedFirst]!.first - 1) === 'and' &&
      !before[joinedFirst]!.gerund &&
      !before[joinedFirst - 1]!.gerund &&
      !before[joinedFirst - 1]!.reduced &&
      !tokens
        .slice(before[joinedFirst - 1]!.head + 1, before[joinedFirst]!.first - 1)
        .some((t) => t.marker || isPunctuation(t) || isBoundary(t))
    )
      joinedFirst--;
    const verbBeforeDate = before[joinedFirst];
    // ("held office from 2012 until 2020, when he resigned": nor when the date ends a span, "until" it, or is
    // the point the main clause is placed after or before: "had been built after 1999, when a quake killed …".)
    // "when the military dictatorship that ruled for seven years handed over power": a relative clause inside the
    // subject is no clause of the date's; the verb after it, with no break between, is.
    const pastRelative = (g: VerbGroup | undefined): VerbGroup | undefined => {
      if (!g || !RELATIVE.test(wordAt(tokens, g.first - 1))) return g;
      // (Not one right after the date and its comma: "Her match … in June 1998, which lasted five hours, is still
      // talked about" says what the dated match did.)
      if (tokens[g.first - 2]?.marker || (wordAt(tokens, g.first - 2) === ',' && tokens[g.first - 3]?.marker)) return g;
      const next = after.find((h) => h.first > g.head && !h.gerund && !h.reduced);
      // (Or set off by commas: "the junta, which ruled for seven years, handed over power".)
      const between = tokens.slice(g.head + 1, next ? next.first : g.head + 1);
      const setOff = wordAt(tokens, g.first - 2) === ',' && between.at(-1)?.word === ',';
      return next &&
        !(setOff ? between.slice(0, -1) : between).some((t) => t.marker || isPunctuation(t) || isBoundary(t))
        ? next
        : g;
    };
    const when =
      whenClauseAfter(text, timex.end) &&
      (!verbBeforeDate ||
        verbBeforeDate.base === 'be' ||
        // ("The country's worst disaster came in 1992, when a jet slammed into a hillside": so is a verb of
        // occurring right before the date, which only places its subject there.)
        // ("Its first fatal crash came only last July, when …": past an adverb, or with no preposition.)
        /\b(?:came|comes|occurred|occurs|happened|happens)\s+(?:(?:only|just|also|even)\s+)?(?:(?:in|on|at)\s+)?$/.test(
          left,
        ) ||
        /\b(?:since|until|till|after|before)\s+$|\bfrom\s+(?:\S+\s+){1,3}to\s+$/i.test(left))
        ? // (Not a reduced passive inside its subject: "when pagers used by the militia's members exploded".)
          pastRelative(after.find((g) => !g.gerund && !g.reduced) ?? after.find((g) => !g.gerund))
        : undefined;
    // "Acapulco, a playground of Hollywood stars in the 1950s and 1960s, has …": a date inside an apposition
    // describes the name the apposition follows ("Acapulco is a playground of Hollywood stars").
    // "… tested positive for Turinabol, the steroid at the heart of East Germany's doping system in the 1970s.":
    // so does one that closes the sentence, after a name that closes the clause.
    const open = tokens.slice(0, marker).findLastIndex((t) => t.word === ',');
    const comma = tokens.findIndex((t, k) => k > marker && t.word === ',');
    const closing = comma < 0 && /^[.!?]?$/.test(tokens.at(-1)?.word ?? '') ? tokens.length - 1 : -1;
    const close = comma > 0 ? comma : closing;
    if (
      open > 0 &&
      close > marker &&
      close - marker <= 6 &&
      DETERMINERS_ARTICLE.test(tokens[open + 1]?.word ?? '') &&
      !groups.some((g) => g.first > open && g.first < close) &&
      !tokens.slice(open + 1, close).some((t) => isBoundary(t) && t.word !== 'and')
    ) {
      let start = open - 1;
      while (start >= 0 && !tokens[start]!.marker && isCapitalised(tokens[start]!.word)) start--;
      let end = marker - 1;
      while (
        end > open + 2 &&
        /^(?:in|on|at|during|since|from|and|the|\d{4}s?|\d{2}s|['’]\d{2}s?)$/i.test(tokens[end]!.word)
      )
        end--;
      if (
        start < open - 1 &&
        open - 1 - start <= 4 &&
        (start < 0 || isBoundary(tokens[start]!) || (close === closing && !DETERMINERS.test(tokens[start]!.word))) &&
        end > open + 1
      ) {
        // ("The Louvre, the world's most visited museum …": not the article opening the sentence.)
        const name = compress(text, { start: tokens[start + 1]!.start, end: tokens[open - 1]!.end }, entities).replace(
          /^(?:The|A|An)\s+(?=\p{Lu})/u,
          '',
        );
        const what = compress(text, { start: tokens[open + 1]!.start, end: tokens[end]!.end }, entities);
        return finish(`${name} ${isPlural(name) ? 'are' : 'is'} ${what}`, 2);
      }
    }
    // "since Patricia in 2015, which made landfall …": "which" right after a name dated after "since" (or
    // "after", "before", "than", "like") stands for that name; its clause is what happened at the date.
    if (
      /^,\s+which\b/i.test(text.slice(timex.end, timex.end + 9)) &&
      /^(?:in|of)$/i.test(tokens[marker - 1]?.word ?? '')
    ) {
      const end = marker - 2;
      let k = end;
      while (k >= 0 && !tokens[k]!.marker && isCapitalised(tokens[k]!.word)) k--;
      const which = after.find((g) => !g.gerund && tokens[g.first - 1]?.word.toLowerCase() === 'which');
      if (k < end && /^(?:since|after|before|than|like)$/i.test(tokens[k]?.word ?? '') && which) {
        const name = compress(text, { start: tokens[k + 1]!.start, end: tokens[end]!.end }, entities);
        return finish(`${name} ${conjugate(which, false)} ${objectOf(which)}`, 2);
      }
      // "the worst disaster since the earthquake of November 2019, which killed …": so does a common noun.
      // ("eclipsing the WannaCry attack of 2017, which hit …", "surpassed the floods of 1953, which killed …": or
      // one with a name in it, after a verb comparing with it.)
      let d = end;
      while (
        d >= 0 &&
        end - d < 3 &&
        (/^\p{Ll}{3,}$/u.test(tokens[d]!.word) || (d < end && isCapitalised(tokens[d]!.word))) &&
        !tokens[d]!.marker &&
        !isPreposition(tokens[d]!.word) &&
        !DETERMINERS.test(tokens[d]!.word)
      )
        d--;
      const compared = tokens[d - 1]?.word ?? '';
      if (
        k === end &&
        d < end &&
        which &&
        DETERMINERS_ARTICLE.test(tokens[d]?.word ?? '') &&
        (/^(?:since|after|before|than|like)$/i.test(compared) ||
          (/^\p{Ll}+$/u.test(compared) && (isPastForm(compared) || /^\p{Ll}{3,}ing$/u.test(compared))))
      ) {
        const noun = text.slice(tokens[d + 1]!.start, tokens[end]!.end);
        return finish(`${noun} ${conjugate(which, isPlural(noun))} ${objectOf(which)}`, 2);
      }
      // "the largest since protests over fuel prices in November 2019, which were crushed …": so does a noun with a
      // phrase of its own ("over", "against", "for", "about"), right after "since" (or its article).
      // ("protests against the tax": an article right after that preposition stays in the phrase.)
      const PHRASE_OWN = /^(?:over|against|for|about)$/;
      const ownArticle = (k: number): boolean =>
        /^(?:the|a|an)$/.test(tokens[k]!.word) && PHRASE_OWN.test(tokens[k - 1]?.word ?? '');
      let p = end;
      while (
        p > end - 7 &&
        p > 0 &&
        /^[\p{Ll}-]+$/u.test(tokens[p]!.word) &&
        (!/^(?:since|the|a|an)$/.test(tokens[p]!.word) || ownArticle(p)) &&
        !tokens[p]!.marker
      )
        p--;
      const opener = p + 1;
      const since = /^(?:the|a|an)$/i.test(tokens[p]?.word ?? '') ? p - 1 : p;
      const phrase = tokens.slice(opener, end + 1).map((t) => t.word);
      const own = phrase.findIndex((w) => PHRASE_OWN.test(w));
      if (
        which &&
        k === end &&
        /^since$/i.test(tokens[since]?.word ?? '') &&
        own >= 1 &&
        own < phrase.length - 1 &&
        phrase.every(
          (w, n) =>
            n === own ||
            (n === own + 1 && /^(?:the|a|an)$/.test(w)) ||
            (!isGrammarWord(w) && !isPreposition(w) && !isPastForm(w)),
        )
      ) {
        const noun = text.slice(tokens[opener]!.start, tokens[end]!.end);
        return finish(`${noun} ${conjugate(which, isPlural(phrase[0]!))} ${objectOf(which)}`, 2);
      }
    }
    // "Inflation fell to 7.9 percent, down from a peak of 11.1 percent in October": the date places the peak
    // (or the high, or the low) of the main clause's subject.
    // ("… and inflation, while still far above target, has eased from a peak of 10.6 percent last October": so after
    // a verb of coming down or up from it, whose subject it is, and after where it came to: "which fell to 7.9 percent
    // in June from a peak of 11.1 percent in October".)
    const extreme =
      /\b(?:down|up|(?:eased|fallen|fell|dropped|declined|retreated|slowed|cooled|recovered|rebounded|risen|rose|climbed)(?:\s+to\s+[^,;]{1,40}?)?)\s+from\s+(?:a|an|the|its|their)\s+(record\s+|recent\s+)?(peak|high|low)\s+of\s+((?:[^,;]|,(?=\d)){1,25}?)(?:\s+(?:in|on|over|during|at))?\s+$/iu.exec(
        left,
      );
    const extremeVerb = extreme
      ? groups.find(
          (g) =>
            !g.gerund &&
            tokens[g.head]!.start === sentence.start + extreme.index &&
            !/^(?:down|up)$/i.test(tokens[g.head]!.word),
        )
      : undefined;
    // (A relative clause's verb: what "which" stands for, "inflation, which fell … from a peak of …".)
    const relativeAt =
      extremeVerb && /^(?:which|that)$/i.test(tokens[extremeVerb.first - 1]?.word ?? '') ? extremeVerb.first - 1 : -1;
    const extremeOf = extreme
      ? shortSubject(
          written(
            relativeAt > 0
              ? antecedent(tokens, relativeAt, groups, heads)
              : extremeVerb
                ? subjectSpan(tokens, extremeVerb.first)
                : mainSubject(tokens, groups),
          ),
        )
      : '';
    if (extreme && extremeOf && !PRONOUN.test(extremeOf)) {
      const [, record = '', kind = '', amount = ''] = extreme;
      const verb =
        kind.toLowerCase() === 'peak'
          ? `peaks at ${amount}`
          : `hits a ${record.trim() === 'record' ? 'record ' : ''}${kind.toLowerCase()} of ${amount}`;
      const many = isPlural(extremeOf) || /^\p{Lu}\p{Ll}+[^su]s$/u.test(extremeOf);
      return finish(`${extremeOf} ${many ? verb.replace(/^peaks/, 'peak').replace(/^hits/, 'hit') : verb}`, 2);
    }
    // "Inflation slowed to 2.8 percent in May from 3.1 percent in April": the date after "from" and an amount
    // places the level the main subject came from, not the change.
    // (So with no "in": "Net income slid to $409 million, from $1.39 billion a year earlier", and with the
    // measure's own date between: "fell to $409 million in the January-March period, from $1.39 billion …".)
    const level =
      /\b(?:rose|fell|slowed|eased|dropped|climbed|jumped|accelerated|edged\s+(?:up|down)|declined|increased|decreased|grew|shrank|slid|slipped|sank|plunged|tumbled|soared|surged)\s+to\s+[^;]{1,50}?\s+from\s+((?:[$€£¥]\s?)?(?:\d[\d.,]*|a|an)\s+(?:percent|per\s+cent|points?|billion|million|%)(?:\s+(?!(?:a|an|in|on)\b)[\p{L}-]+)?)\s+(?:(?:in|on)\s+)?$/iu.exec(
        left,
      );
    // So after a comma: "…, up from 4.9 percent in March", "…, compared with 3.1 billion euros in the same
    // period last year".
    const base =
      level ??
      /,\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+((?:(?:about|around|some|nearly|roughly)\s+)?(?:[$€£]\s?)?\d[\d.,]*(?:\s+(?!(?:in|on|at|a|an|the)\b)[\p{L}%-]+){0,3})(?:\s+(?:in|on|at))?\s+(?:the\s+same\s+(?:period|quarter|month|time)\s+|the\s+(?:end|start|beginning)\s+of\s+)?$/iu.exec(
        left,
      );
    // (The subject of the clause before the comma: "With all ballots counted, the alliance had 89 seats, up from …".)
    const clauseVerb =
      base && !level
        ? groups.findLast((g) => !g.gerund && !g.reduced && tokens[g.head]!.end <= sentence.start + base.index)
        : undefined;
    // ("reported revenue of $13.5 billion, up from $6.7 billion a year earlier": the noun an amount measures in
    // the clause, when there is one.)
    const measuredNoun =
      base && !level
        ? /\b(\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)\s+of\s+(?:about\s+|around\s+)?[$€£¥]?\d[^,;]*,[^,;]*$/u.exec(left)
        : null;
    const levelOf = measuredNoun
      ? measuredNoun[1]!.replace(/^(?:its|their|the|\p{Ll}+ed|\p{Ll}+s)\s+(?=\p{Ll})/u, '')
      : base
        ? // (Its subject stops at a verb before it: "The agency said consumer prices rose …, down from …".)
          shortSubject(written(clauseVerb ? subjectSpan(tokens, clauseVerb.first, heads) : mainSubject(tokens, groups)))
        : '';
    if (
      base &&
      levelOf &&
      !PRONOUN.test(levelOf) &&
      !isGrammarWord(levelOf.split(' ')[0]!.toLowerCase()) &&
      levelOf.split(' ').length <= 4
    ) {
      const many = isPlural(levelOf) || /^\p{Lu}\p{Ll}+[^su]s$/u.test(levelOf) || teamPlural(levelOf, entities, text);
      return finish(`${levelOf} ${many ? 'stand' : 'stands'} at ${base[1]}`, 2);
    }
    // "It is the second time this year the region has been hit by floods": the clause after the date is what
    // happened in it.
    const nthTime =
      verbBeforeDate?.base === 'be' &&
      /\b(?:it|this)\s+(?:is|was)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|only|\p{Ll}+th)\s+time\s+(?:in\s+|on\s+|since\s+)?$/iu.test(
        left,
      )
        ? after.find((g) => !g.gerund)
        : undefined;
    if (nthTime) {
      let from = marker + 1;
      while (from < nthTime.first && /^(?:that|the|a|an)$/i.test(tokens[from]!.word)) from++;
      const own = tokens.slice(from, nthTime.first);
      if (own.length && own.length <= 6 && !own.some((t) => isBoundary(t) || isPunctuation(t))) {
        const subject = shortSubject(compress(text, { start: own[0]!.start, end: own.at(-1)!.end }, entities));
        return finish(`${subject} ${conjugate(nthTime, isPlural(subject))} ${objectOf(nthTime)}`, 2);
      }
    }
    // "Carmaker cuts forecast as second-quarter profit slumps", "… ends on June 30, and results for fiscal 2023
    // showed a loss": a clause opening between the verb before and the date, whose own verb follows the date
    // with no break between, is the date's clause.
    const own = after[0];
    const ownClause =
      verbBeforeDate &&
      own &&
      !own.gerund &&
      !own.reduced &&
      tokens.slice(verbBeforeDate.head + 1, marker).some(
        (t, k) =>
          isBoundary(t) &&
          /^\p{Ll}+$/u.test(t.word) &&
          // (Not "and" between two names, one object: "the earthquake that struck Turkey and Syria on Monday
          // passed 20,000 on Thursday"; after a verb of saying they are the reported clause's subject.)
          !(
            /^(?:and|or)$/.test(t.word) &&
            !REPORTING.has(verbBeforeDate.base) &&
            isCapitalised(tokens[verbBeforeDate.head + k]?.word ?? '') &&
            isCapitalised(tokens[verbBeforeDate.head + k + 2]?.word ?? '')
          ),
      ) &&
      // (Not past a phrase the date opens: "renewed after October of next year will receive …".)
      !tokens
        .slice(marker + 1, own.first)
        .some((t) => t.marker || isBoundary(t) || isPunctuation(t) || isPreposition(t.word.toLowerCase()))
        ? own
        : undefined;
    // "will begin exchanging the bodies of soldiers killed in the fighting next week": a participle describing a
    // noun tells what was done to it; a date still to come is that of the verb before it (not of one foreseen:
    // "a storm expected next week", nor one put off until it: "the Tokyo Olympics, postponed until next summer").
    const ahead =
      input.future &&
      verbBeforeDate?.reduced &&
      !FORESEEN.test(verbBeforeDate.base) &&
      !/^(?:until|till)$/.test(wordAt(tokens, marker - 1))
        ? before.findLast((g) => !g.reduced && !g.gerund && g.head < verbBeforeDate.first)
        : undefined;
    // "had erupted in January, forcing the evacuation of 6,000 people, and again in late October": "and again" and
    // a date repeat the clause's own verb, not a participle's after its comma.
    const repeated =
      verbBeforeDate?.gerund &&
      /^(?:in|on|at)$/.test(wordAt(tokens, marker - 1)) &&
      wordAt(tokens, marker - 2) === 'again' &&
      wordAt(tokens, marker - 3) === 'and'
        ? before.findLast((g) => !g.gerund && !g.reduced)
        : undefined;
    // "would cut back the time he devotes to the agency starting next month": so is one of a relative clause without
    // "that" inside the object; the noun it describes is the object of the verb before.
    const contactAt = ((): number | undefined => {
      if (!verbBeforeDate) return undefined;
      if (verbBeforeDate.contact !== undefined) return verbBeforeDate.contact;
      const f = verbBeforeDate.first;
      return /^(?:he|she|they|we|it|you)$/i.test(tokens[f - 1]?.word ?? '') &&
        /^\p{Ll}{3,}$/u.test(tokens[f - 2]?.word ?? '') &&
        !isGrammarWord(tokens[f - 2]!.word) &&
        DETERMINERS.test(tokens[f - 3]?.word ?? '')
        ? f - 3
        : undefined;
    })();
    const contactHost =
      input.future && contactAt !== undefined
        ? before.findLast((g) => !g.reduced && !g.gerund && g.head < contactAt)
        : undefined;
    // "joined the firm in 2001 and three years later became its chief": a count "later" right before a verb of its
    // own dates that verb.
    const counted =
      after[0] &&
      after[0].first === marker + 1 &&
      !after[0].gerund &&
      !after[0].reduced &&
      /\b(?:later|afterwards)$/i.test(text.slice(timex.start, timex.end))
        ? after[0]
        : undefined;
    // "crashed into a gorge while landing in Pokhara on Sunday", "was injured while playing in the final on Sunday":
    // a gerund after "while" tells what was going on when the clause's own verb happened, which the date dates.
    // ("exploded over the Gulf of Mexico minutes after lifting off from Texas on Thursday": so is one a few minutes
    // or hours after or before it, which happened the same day.)
    const cue = verbBeforeDate?.gerund ? wordAt(tokens, verbBeforeDate.first - 1) : '';
    const whileCue = /^(?:while|whilst)$/i.test(cue);
    const during =
      verbBeforeDate?.gerund &&
      (whileCue ||
        (/^(?:after|before)$/i.test(cue) &&
          /^(?:seconds|minutes|hours|moments|shortly|soon|just)$/i.test(wordAt(tokens, verbBeforeDate.first - 2))))
        ? before.findLast(
            (g) =>
              !g.gerund &&
              !g.reduced &&
              g.head < verbBeforeDate.first - (whileCue ? 1 : 2) &&
              !tokens.slice(g.head + 1, verbBeforeDate.first - 1).some((t) => t.marker || isPunctuation(t)),
          )
        : undefined;
    // "accused world leaders of failing her generation … on Monday": a day of the news after a gerund whose subject
    // is the object of a verb of accusing, blaming or praising dates that speech act, not the deed it is about.
    const controller =
      verbBeforeDate?.objectOf !== undefined ? groups.find((g) => g.head === verbBeforeDate.objectOf) : undefined;
    const spoken =
      controller &&
      /^(?:accuse|blame|criticise|criticize|praise|thank|condemn|commend|slam)$/.test(controller.base) &&
      /^(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/i.test(
        text.slice(timex.start, timex.end),
      )
        ? controller
        : undefined;
    const chosen =
      when ??
      ownClause ??
      counted ??
      ahead ??
      contactHost ??
      repeated ??
      during ??
      spoken ??
      verbBeforeDate ??
      pastRelative(after[0]);
    if (chosen) {
      // "The case, brought by the ministry and a group of states in 2020, …": a reduced passive with its agent
      // is said in the active ("Ministry and a group of states bring the case").
      const agent = chosen.reduced ? byAgent(tokens, chosen.head) : null;
      const patient = agent ? modifiedNoun(tokens, chosen.first, heads)[0] : undefined;
      if (agent && patient) {
        const doer = compress(text, { start: tokens[agent.from]!.start, end: tokens[agent.to - 1]!.end }, entities)
          // ("by the then Labour government": the office it held then.)
          .replace(/^(?:the\s+)?then\s+/i, '')
          .replace(/^(?:the|a|an)\s+/i, '');
        const opening = tokens.findIndex((t) => t.start === patient.start);
        const determiner = tokens[opening - 1]?.word ?? '';
        const thing = `${DETERMINERS.test(determiner) ? `${determiner.toLowerCase()} ` : ''}${written([patient])}`;
        const active = { ...chosen, base: baseOfParticiple(chosen.base), passive: false, reduced: undefined };
        return finish(`${doer} ${conjugate(active, / and /.test(doer) || isPlural(doer))} ${thing}`, 2);
      }
      // A plural subject, or one word in capitals that is plural in lower case and names nothing ("Prosecutors").
      const manyOf = (subject: string): boolean =>
        !PRONOUN.test(subject) &&
        (isPlural(subject) ||
          (/^\p{Lu}\p{Ll}+[^su]s$/u.test(subject) &&
            !entities.some((e) => e.name === subject || shortName(e, text) === subject)));
      // `direct`: the subject of the verb the label is about, not of one climbed back to for a pronoun.
      const named = (pieces: readonly Span[]): string => shortSubject(written(pieces));
      const subjectOf = (g: VerbGroup, direct = true, end = g.first): string => {
        // ("She joined the firm in 2001 and three years later became its chief": the verb after the count shares the
        // subject of the one before the first date.)
        if (g === counted && verbBeforeDate && verbBeforeDate !== g) return subjectOf(verbBeforeDate, direct);
        const controller = g.objectOf;
        if (controller !== undefined) {
          const span = { start: tokens[controller]!.end, end: tokens[g.first]!.start };
          const object = mentionsWithin(entities, span).find(
            (m) => m.entity.type === 'person' || m.entity.type === 'organization',
          );
          if (object) return shortName(object.entity, text);
          // ("A court jailed him for taking bribes": a pronoun object is the gerund's subject, for events.ts to name.)
          // ("convicted him on three charges, for discharging a gun": the pronoun right after the verb.)
          const pronounObject = tokens.slice(controller + 1, g.first - 1);
          const pronoun = tokens[controller + 1]?.word.toLowerCase() ?? '';
          if (/^(?:him|her|them)$/.test(pronoun)) return { him: 'He', her: 'She', them: 'They' }[pronoun]!;
          // ("accused the firm of hiding losses": so is a common noun phrase.)
          const words = pronounObject.map((t) => t.word);
          if (
            words.length >= 2 &&
            words.length <= 4 &&
            /^(?:the|a|an)$/i.test(words[0]!) &&
            words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isGrammarWord(w))
          )
            return capitalise(words.slice(1).join(' '));
          // ("Police detained 60 people for crossing the fence": and a counted one, "60 people" crossed it.)
          if (
            words.length >= 2 &&
            words.length <= 4 &&
            /^(?:\d[\d,]*|dozens|hundreds|thousands|scores|two|three|four|five|six|seven|eight|nine|ten)$/i.test(
              words[0]!,
            ) &&
            words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isGrammarWord(w))
          )
            return words.join(' ');
        }
        // "charged X with plotting a coup after losing the election": a gerund after one whose subject is a
        // verb's object, in the same clause, has that subject too.
        const chained = g.gerund ? groups.filter((p) => p.head < g.first).pop() : undefined;
        if (
          chained?.objectOf !== undefined &&
          !tokens.slice(chained.head + 1, g.first - 1).some((t) => t.marker || isBoundary(t) || isPunctuation(t))
        )
          return subjectOf(chained, direct);
        // A gerund's subject is that of the verb before it ("Ruiz said inflation had fallen since peaking in
        // 2022": inflation peaked), else the main clause's.
        let host = g.gerund ? groups.filter((p) => !p.gerund && p.head < g.first).pop() : undefined;
        // ("Troops stormed the palace … in what the president called an attempted coup, before withdrawing hours
        // later": after a comma and "before" or "after", the gerund's subject is the main clause's, not that of a
        // clause inside it.)
        if (
          host &&
          g.gerund &&
          /^(?:before|after)$/i.test(tokens[g.first - 1]?.word ?? '') &&
          tokens[g.first - 2]?.word === ','
        ) {
          const main = groups.find((p) => !p.gerund && !p.reduced && p.head < g.first);
          const what = tokens.slice(Math.max(0, host.first - 5), host.first).some((t) => /^what$/i.test(t.word));
          if (main && main !== host && what) host = main;
        }
        // ("Pope Francis died on Monday, the Vatican said, a day after appearing in St Peter's Square": not a saying
        // set off after the clause it reports; that clause's verb.)
        if (host && REPORTING.has(host.base) && !host.reduced) {
          const said = subjectSpan(tokens, host.first, heads)[0];
          let from = said ? tokens.findIndex((t) => t.start === said.start) : -1;
          while (from > 0 && DETERMINERS.test(tokens[from - 1]!.word)) from--;
          const reported =
            from > 0 && tokens[from - 1]!.word === ','
              ? groups.filter((p) => !p.gerund && !p.reduced && p.head < from - 1).pop()
              : undefined;
          if (reported) host = reported;
        }
        let hosted = host && !host.reduced ? subjectSpan(tokens, host.first, heads) : [];
        // ("the bank expected inflation to peak in September before easing next year": after a verb of intent with an
        // object and "to", the object is the one that eases.)
        if (host && LEADS.test(tokens[host.head]!.word.toLowerCase())) {
          const to = tokens.findIndex((t, k) => k > host.head + 1 && k < g.first && t.word === 'to');
          const object = to > 0 ? tokens.slice(host.head + 1, to) : [];
          if (
            object.length >= 1 &&
            object.length <= 4 &&
            object.every((t) => !t.marker && !isBoundary(t) && !isPunctuation(t) && !PRONOUN.test(t.word)) &&
            /^\p{Ll}{2,}$/u.test(tokens[to + 1]?.word ?? '')
          )
            hosted = [{ start: object[0]!.start, end: object.at(-1)!.end }];
        }
        // A verb opening a relative clause lends what its pronoun stands for ("the tour, which grossed $939
        // million before ending in Stockholm in July").
        if (host && !hosted.length && /^(?:which|who)$/i.test(tokens[host.first - 1]?.word ?? ''))
          hosted = antecedent(tokens, host.first - 1, groups, heads);
        let pieces = g.contact
          ? [
              {
                start: tokens[g.contact + (DETERMINERS.test(tokens[g.contact]!.word) ? 1 : 0)]!.start,
                end: tokens[g.first - 1]!.end,
              },
            ]
          : g.gerund
            ? hosted.length
              ? hosted
              : mainSubject(tokens, groups)
            : g.reduced
              ? modifiedNoun(tokens, g.first, heads)
              : subjectSpan(tokens, end, heads);
        // "a snap election, which local media said could be held as soon as October 27": right after a verb of saying
        // whose subject a relative pronoun opens (up to four words after it), the pronoun is the verb's subject.
        const saying = tokens[g.first - 1];
        if (
          !g.gerund &&
          !g.contact &&
          saying &&
          /^(?:said|says|say|believe|believes|believed|expect|expects|expected)$/.test(saying.word)
        ) {
          const relative = tokens
            .slice(Math.max(0, g.first - 6), g.first - 1)
            .findLastIndex((t) => /^(?:which|that)$/i.test(t.word));
          const at = relative < 0 ? -1 : Math.max(0, g.first - 6) + relative;
          if (
            at > 0 &&
            tokens[at - 1]?.word === ',' &&
            tokens.slice(at + 1, g.first - 1).every((t) => /^[\p{L}-]+$/u.test(t.word) && !t.marker)
          )
            pieces = antecedent(tokens, at, groups, heads);
        }
        // The word before the verb group, past adverbs and dates: a relative pronoun or a conjunction.
        // ("Trump, who in December ordered the withdrawal": a date's preposition too.)
        let before = g.first - 1;
        while (
          before >= 0 &&
          (tokens[before]!.marker ||
            (tokens[before + 1]?.marker &&
              /^(?:in|on|at|during|since|by|last|this|next|early|late|over|within|throughout)$/i.test(
                tokens[before]!.word,
              )) ||
            (ADVERBS.has(tokens[before]!.word.toLowerCase()) && !isBoundary(tokens[before]!)) ||
            /^\p{Ll}+ly$/u.test(tokens[before]!.word))
        )
          before--;
        const joiner = tokens[before]?.word.toLowerCase() ?? '';
        const previous = groups.filter((p) => p.head < g.first).pop();
        // "wrote two books, one of which became …", "his victims, most of whom lost …": a count of the noun before.
        if (
          !pieces.length &&
          !g.gerund &&
          /^(?:which|whom)$/.test(joiner) &&
          tokens[before - 1]?.word === 'of' &&
          /^(?:one|some|most|many|all|both|none|each|several|half|two|three|four|five)$/i.test(
            tokens[before - 2]?.word ?? '',
          ) &&
          tokens[before - 3]?.word === ','
        ) {
          const noun = antecedent(tokens, before - 2, groups, heads)[0];
          // With its determiner ("most of his victims").
          const opening = noun ? tokens.findIndex((t) => t.start === noun.start) : -1;
          const start =
            opening > 0 && DETERMINERS.test(tokens[opening - 1]!.word) ? tokens[opening - 1]!.start : noun?.start;
          if (noun && start !== undefined)
            pieces = [
              { start: tokens[before - 2]!.start, end: tokens[before - 1]!.end },
              { start, end: noun.end },
            ];
        }
        if (!pieces.length && !g.gerund && RELATIVE.test(joiner)) {
          // A relative clause's subject is no one else's: a pronoun after it refers further back.
          if (!direct && previous) return subjectOf(previous, false);
          pieces = antecedent(tokens, before, groups, heads);
          // "who" stands for people: not for the places a list of them came from. A team named after its
          // city opening the sentence is one ("Madrid, who beat Dortmund on Saturday, …"; "The US, who won …").
          const last = pieces.length ? mentionsWithin(entities, pieces[pieces.length - 1]!).pop() : undefined;
          const opening = DETERMINERS.test(tokens[0]!.word) ? tokens[1] : tokens[0];
          if (
            joiner === 'who' &&
            last &&
            last.end === pieces[pieces.length - 1]!.end &&
            last.entity.type !== 'person' &&
            last.entity.type !== 'group' &&
            pieces[0]!.start !== tokens[0]!.start &&
            pieces[0]!.start !== opening?.start
          )
            pieces = [];
        }
        // "The drought almost emptied the reservoir", "a fire that nearly destroyed the cathedral": an adverb that
        // hedges the deed stays with it, after the subject (or the relative pronoun standing for it).
        const lastPiece = pieces.at(-1);
        if (lastPiece) {
          let k = g.first - 1;
          while (k >= 0 && HEDGES.test(tokens[k]!.word) && tokens[k]!.start >= lastPiece.end) k--;
          const hedge = tokens.slice(k + 1, g.first);
          const gap = tokens.filter((t) => t.start >= lastPiece.end && t.end <= (hedge[0]?.start ?? 0));
          if (hedge.length && gap.every((t) => t.word === ',' || RELATIVE.test(t.word.toLowerCase())))
            pieces = [...pieces, { start: hedge[0]!.start, end: hedge.at(-1)!.end }];
        }
        let own = named(pieces);
        // "Manager Gareth Southgate, whose contract runs until December": what "whose" owns is the name's before it
        // ("Southgate's contract").
        const whose = pieces.length ? tokens.findIndex((t) => t.start === pieces[0]!.start) - 1 : -1;
        if (own && whose > 1 && /^whose$/i.test(tokens[whose]!.word) && tokens[whose - 1]!.word === ',') {
          const owner = mentionsWithin(entities, { start: sentence.start, end: tokens[whose - 1]!.start })
            .filter(
              (m) =>
                m.end === tokens[whose - 2]!.end && (m.entity.type === 'person' || m.entity.type === 'organization'),
            )
            .pop();
          if (owner && !/\p{Lu}/u.test(own[0] ?? '')) {
            const name = shortName(owner.entity, text);
            own = `${asOwner(name)} ${own}`;
          }
        }
        // '"…," said Maria Lopez, as she …': a pronoun after a verb of saying whose subject follows it (after a
        // quotation) stands for that subject, not for a word inside the quotation.
        if (!own && !direct && REPORTING.has(g.base) && !g.passive && !g.gerund) {
          let start = g.head + 1;
          if (DETERMINERS_ARTICLE.test(tokens[start]?.word ?? '')) start++;
          let end = start;
          while (
            end - start < 4 &&
            tokens[end] &&
            !tokens[end]!.marker &&
            /^\p{L}[\p{L}.'’-]*$/u.test(tokens[end]!.word)
          ) {
            const w = tokens[end]!.word.toLowerCase();
            if (CLAUSE_WORDS.has(w) || isPreposition(w) || heads.has(end)) break;
            end++;
          }
          const closed = !tokens[end] || isBoundary(tokens[end]!) || isPunctuation(tokens[end]!);
          if (end > start && closed) own = named([{ start: tokens[start]!.start, end: tokens[end - 1]!.end }]);
        }
        const first = groups.find((p) => !p.gerund);
        // "saying X had shown no remorse and had lied …": joined without a comma, a verb shares the subject of
        // the verb before it, when that one has its own.
        // (Past a relative clause set off before the "and": "the plot included plans to kill Lula, who defeated
        // Bolsonaro in the runoff, and culminated in …" shares the subject of "included".)
        const relativeOpen =
          tokens[before - 1]?.word === ',' ? tokens.slice(0, before - 1).findLastIndex((t) => t.word === ',') : -1;
        const afterRelative =
          relativeOpen > 0 && /^(?:who|which)$/i.test(tokens[relativeOpen + 1]?.word ?? '')
            ? groups.filter((p) => p.head < relativeOpen).pop()
            : undefined;
        const sharer = afterRelative ?? previous;
        if (
          !own &&
          joiner === 'and' &&
          (tokens[before - 1]?.word !== ',' || afterRelative) &&
          sharer &&
          sharer !== first
        ) {
          // "the bridge, designed by Lund and opened in 1977": joined to a participle describing a noun, it
          // describes that noun too.
          const described = sharer.reduced ? named(modifiedNoun(tokens, sharer.first, heads)) : '';
          if (described && g.passive) return described;
          // ("the plot included plans to kill the president and culminated in …": past an infinitive, or a verb
          // right after another verb, to the verb before it.)
          let finite: VerbGroup | undefined = sharer;
          while (
            finite &&
            (/^to$/i.test(tokens[finite.first]?.word ?? '') ||
              /^to$/i.test(tokens[finite.first - 1]?.word ?? '') ||
              heads.has(finite.first - 1))
          )
            finite = groups.filter((p) => p.head < finite!.first).pop();
          const shared = named(subjectSpan(tokens, (finite ?? sharer).first, heads));
          if (shared && !PRONOUN.test(shared)) return shared;
          // "King Willem-Alexander, who cut short a holiday and returned on Saturday": so does one opening a
          // relative clause, whose pronoun stands for its noun ("a chip shortage that began in 2020 and hit …").
          if (!shared && /^(?:who|which|that)$/i.test(tokens[sharer.first - 1]?.word ?? ''))
            return subjectOf(sharer, direct);
        }
        // "Analysts said the package would …, and expected …": the verbs joined share the main clause's subject.
        if (!own && (joiner === 'and' || joiner === 'but') && first && first !== g) {
          const main = named(mainSubject(tokens, groups));
          // ("She faces a test when Trump visits next week, and has promised …": a personal pronoun too, for
          // events.ts to name, not the subject of a clause inside.)
          if (main && (!PRONOUN.test(main) || /^(?:he|she|they)$/i.test(main))) return main;
        }
        // "X announced it has lost…": the pronoun stands for the subject of the verb before.
        // ("Apple unveiled a headset called Vision Pro, its biggest bet since it launched …": a participle
        // describing a noun has no subject of its own for a pronoun to stand for; the verb before it has.)
        // (So is a participle of naming before a name: "a headset called Vision Pro".)
        const describing = (p: VerbGroup): boolean =>
          Boolean(p.reduced) ||
          (/^(?:called|named|dubbed|nicknamed|titled|entitled)$/i.test(tokens[p.head]!.word) &&
            p.first === p.head &&
            isCapitalised(tokens[p.head + 1]?.word ?? ''));
        const prior =
          previous && describing(previous)
            ? (groups.filter((p) => p.head < previous.first && !describing(p)).pop() ?? previous)
            : previous;
        if ((!own || PRONOUN.test(own)) && prior && prior !== g) {
          // '"I am sorry about everything that happened," she told the court': a pronoun after a quotation stands
          // for no one inside it; it is left for events.ts to name.
          if (
            own &&
            /^(?:he|she|they)$/i.test(own) &&
            // (A title in quotation marks earlier in the clause is no quotation: 'sang "Hymn to Love" …, her first
            // performance since she was diagnosed'.)
            tokens.slice(Math.max(prior.head + 1, g.first - 4), g.first).some((t) => /^["”]$/.test(t.word))
          )
            return own;
          // "the airport, which said it would resume …": a pronoun right after a verb of saying (or its "that")
          // stands for that verb's own subject, a relative pronoun's noun included.
          const reported =
            REPORTING.has(prior.base) &&
            !prior.passive &&
            !prior.gerund &&
            tokens.slice(prior.head + 1, g.first).every((t) => PRONOUN.test(t.word) || /^that$/i.test(t.word));
          const before = subjectOf(prior, reported);
          // "Prosecutors said he had received …": "he" or "she" stands for no plural; "He" is left for events.ts.
          // Nor does "it" ("a device analysts said could reshape the market when it ships").
          if (own && /^(?:he|she|it)$/i.test(own) && before && manyOf(before)) return own;
          // ("It was the most serious challenge to his rule since he came to power": nor does "he" or "she" stand
          // for another pronoun, "it" or "we".)
          if (own && /^(?:he|she)$/i.test(own) && /^(?:it|they|we|you)$/i.test(before)) return own;
          // "They are the first journalists to win the prize since 1935, when it went to …": "it" stands for no
          // "they" either, but for the thing the clause before names last ("the prize"), when it names one.
          if (own && /^it$/i.test(own) && /^(?:they|we)$/i.test(before)) {
            const thing = tokens
              .slice(prior.head + 1, g.first)
              .findLastIndex(
                (t, k, all) =>
                  /^(?:the|its|their)$/i.test(all[k - 1]?.word ?? '') &&
                  /^\p{Ll}{3,}$/u.test(t.word) &&
                  !isGrammarWord(t.word) &&
                  !isPlural(t.word),
              );
            return thing >= 0 ? tokens[prior.head + 1 + thing]!.word : own;
          }
          // ("NASA said it was the last total eclipse visible …": "it is the …" says what a thing is, no body.)
          if (own && /^it$/i.test(own) && g.base === 'be' && /^(?:the|a|an)$/i.test(tokens[g.head + 1]?.word ?? ''))
            return own;
          // "Congress tried to impeach Castillo since he took office": nor for a body or a place; for the person
          // named last before it in the sentence, if any.
          if (
            own &&
            /^(?:he|she)$/i.test(own) &&
            entities.some((e) => e.type !== 'person' && (e.name === before || shortName(e, text) === before))
          ) {
            const person = mentionsWithin(sentenceEntities, { start: sentence.start, end: tokens[g.first]!.start })
              .filter((m) => m.entity.type === 'person')
              .pop();
            return person ? shortName(person.entity, text) : own;
          }
          // ("Le Pen's score was the highest ever …, up from 34 percent when she lost to Macron": nor for a person's
          // thing; for that person.)
          const owned = /^(.+?)['’]s\s+(\p{Ll}+)$/u.exec(before);
          if (own && /^(?:he|she)$/i.test(own) && owned && !isPersonRoleNoun(owned[2]!) && !KIN_NOUNS.has(owned[2]!))
            return entities.some(
              (e) => e.type === 'person' && (e.name === owned[1] || shortName(e, text) === owned[1]),
            ) || !entities.length
              ? owned[1]!
              : own;
          // "The 42-year-old former finance minister was asked …, after he was chosen …": "he" after a definite
          // description naming no one, opening the sentence, stands for the person named before it, in the
          // sentences before; the label says "He" for events.ts to name (and the description when none is found).
          const opening = direct ? subjectSpan(tokens, prior.first, heads)[0] : undefined;
          const at = opening ? tokens.findIndex((t) => t.start === opening.start) : -1;
          if (
            own &&
            /^(?:he|she)$/i.test(own) &&
            before &&
            !/\p{Lu}/u.test(before) &&
            at === 1 &&
            /^the$/i.test(tokens[0]!.word)
          ) {
            description = before;
            return own;
          }
          // "The title is their first since 1990, after they won …": "they" stands for no single common noun,
          // but for one of people ("The crew rowed to an island, which they reached …").
          if (
            own &&
            /^they$/i.test(own) &&
            /^\p{L}[\p{Ll}-]*$/u.test(before) &&
            !isPlural(before.toLowerCase()) &&
            !COLLECTIVE.test(before.toLowerCase())
          )
            return own;
          // "The election was overshadowed by the murder of candidate X, who was shot as he left a rally": "he" or
          // "she" inside a relative clause after a person's name stands for that person, not for a thing.
          if (own && /^(?:he|she)$/i.test(own) && !/\p{Lu}/u.test(before)) {
            const person = mentionsWithin(sentenceEntities, { start: sentence.start, end: tokens[g.first]!.start })
              .filter((m) => m.entity.type === 'person')
              .pop();
            if (person && /^,?\s+who\b/.test(text.slice(person.end, tokens[g.first]!.start)))
              return shortName(person.entity, text);
          }
          // "Her reign spanned 15 prime ministers, …, and she celebrated her Platinum Jubilee in June": "she" after a
          // subject "her" opens stands for whom "her" does, not for what she has; the label says "She" for events.ts
          // to name (not after a noun of a person: "His son arrived, and he said …").
          // ("Her international reputation was tarnished after she defended …": an adjective before the noun too.)
          if (own && /^(?:he|she)$/i.test(own) && before && /^\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(before)) {
            const noun = before.toLowerCase().split(/\s+/).pop()!;
            const first = before.toLowerCase().split(/\s+/)[0]!;
            const at = tokens.findIndex((t, k) => k < g.first && t.word.toLowerCase() === first);
            if (
              wordAt(tokens, at - 1) === (/^she$/i.test(own) ? 'her' : 'his') &&
              !isRoleNoun(noun) &&
              !isPersonRoleNoun(noun) &&
              !KIN_NOUNS.has(noun)
            )
              return own;
          }
          // ("Public anger helped topple the coalition in May 2018, and he was arrested two months later": nor for a
          // feeling, a state or a thing, which "he" or "she" never stands for; the label says "He" for events.ts.)
          const last = before.split(/\s+/).pop() ?? '';
          if (
            own &&
            /^(?:he|she)$/i.test(own) &&
            /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)(?:\s+\p{Ll}+){0,2}$/u.test(before) &&
            /^(?:anger|fear|outrage|pressure|concern|uncertainty|violence|unrest|inflation|growth|support|opposition|criticism|speculation|scandal|crisis|decision|move|plan|report|investigation|inquiry|probe|law|bill|deal|agreement|vote|election|result|victory|defeat)$/i.test(
              last,
            )
          )
            return own;
          return before;
        }
        // "The nearby town of Grindavik, home to 3,800 people before it was evacuated in November, was cleared":
        // "it" with no verb before it, inside an aside after the noun phrase the sentence opens with, stands for
        // that noun phrase.
        if (own && /^it$/i.test(own) && !previous && direct) {
          const comma = tokens.findIndex((t) => t.word === ',');
          const opening = tokens.slice(0, Math.max(0, comma));
          if (
            comma > 0 &&
            comma <= 7 &&
            comma < g.first &&
            opening.every((t, k) => /^[\p{L}'’-]+$/u.test(t.word) && !heads.has(k) && !PRONOUN.test(t.word)) &&
            groups.some((h) => h.first > g.head && !h.gerund && !h.reduced)
          ) {
            const span = { start: tokens[0]!.start, end: tokens[comma - 1]!.end };
            const name = mentionsWithin(sentenceEntities, span).pop();
            const phrase = name ? shortName(name.entity, text) : named([span]);
            if (phrase && !PRONOUN.test(phrase)) return phrase;
          }
        }
        return own || (sentenceEntities[0] ? shortName(sentenceEntities[0], text) : '');
      };
      let subjectText = subjectOf(chosen);
      let group = chosen;
      // "Mbappe has signed a contract with Madrid, the champions announced on Monday": the clause attributed.
      // (Its main verb: when that is itself one of saying or confirming, the speaker's comment stays.)
      // Not a verb inside a relative clause set off by commas ("Haldane, who became the tenth man to walk on the
      // Moon when he stepped onto it in 1972, has died, his family said on Thursday": "has died").
      // Nor one inside a relative clause that an apposition holds ("Ray Lamont, the boxer who won the title in
      // 1971, has died"; "Tina Turner, the singer whose career spanned six decades, has died").
      // ("Six workers who plunged into the river when a ship knocked down the bridge are presumed dead, officials
      // said": a verb after as many verbs as there are clauses opened since a relative pronoun, "who" and "when"
      // here, or verbs of saying, is past the relative clause, which has ended; the pronoun's index, or -1.)
      // (Verbs joined by "and" are one clause's: "who worked with X and won 28 awards".)
      const relativeEnded = (g: VerbGroup, open: number): number => {
        if (open < 0 || tokens[g.first - 1]?.word === 'and' || !/^(?:who|which|that)$/i.test(tokens[open]!.word))
          return -1;
        const since = groups.filter(
          (h) => h.first > open && h.head < g.first && !h.gerund && !h.reduced && tokens[h.first - 1]?.word !== 'and',
        );
        const opened = tokens
          .slice(open, g.first)
          .filter((t) =>
            /^(?:who|which|whose|that|when|where|while|as|if|because|after|before|since|until)$/i.test(t.word),
          ).length;
        return since.length > 0 && since.length >= opened + since.filter((h) => REPORTING.has(h.base)).length
          ? open
          : -1;
      };
      const inRelative = (g: VerbGroup): boolean => {
        const open = tokens
          .slice(0, g.first)
          .findLastIndex(
            (t, k) =>
              (t.word === ',' && RELATIVE.test(tokens[k + 1]?.word ?? '')) || /^(?:who|which|whose)$/i.test(t.word),
          );
        const ended = relativeEnded(g, open) >= 0;
        if (open >= 0 && !ended && !tokens.slice(open + 1, g.first).some((t) => t.word === ',')) return true;
        // "Most companies that took part in the trial will keep it, researchers said": "that" after a noun (no
        // verb's object clause) opens a relative clause holding the first verb after it only.
        const that = tokens.slice(0, g.first).findLastIndex((t) => /^that$/i.test(t.word));
        return (
          that > 0 &&
          /^\p{L}\p{Ll}{2,}$/u.test(tokens[that - 1]!.word) &&
          !isGrammarWord(tokens[that - 1]!.word.toLowerCase()) &&
          !groups.some((h) => h.head === that - 1 || (h.first > that && h.first < g.first)) &&
          !tokens.slice(that + 1, g.first).some((t) => t.word === ',')
        );
      };
      // "Six workers missing after a ship struck and brought down a bridge are presumed dead, officials said": a
      // verb in a clause that "after" (before, since, because …) opens, with another verb after it, is no main one.
      // The index of the word that opens the clause, or -1.
      const subordinate = (g: VerbGroup): number => {
        // (Its first verb, when "and" joins it to one before: "struck and brought down".)
        let first = g;
        for (;;) {
          const joined =
            tokens[first.first - 1]?.word === 'and'
              ? groups.find((h) => h.head < first.first - 1 && h.head >= first.first - 4)
              : undefined;
          if (!joined) break;
          first = joined;
        }
        const from = Math.max(0, first.first - 8);
        const opener = tokens
          .slice(from, first.first)
          .findLastIndex((t) => /^(?:after|before|since|because|although|while|until|once)$/i.test(t.word));
        const opens =
          opener >= 0 &&
          !groups.some((h) => h !== first && h.head >= from + opener && h.first < first.first) &&
          groups.some(
            (h) =>
              h.first > g.head + 1 &&
              h.head < chosen.first - 1 &&
              !h.gerund &&
              !h.reduced &&
              !REPORTING.has(h.base) &&
              // (Not one of its own "and": "struck and brought down".)
              tokens[h.first - 1]?.word !== 'and',
          );
        return opens ? from + opener : -1;
      };
      // ("Britain voted to leave the EU, official results showed on Friday": figures showing it tell it too.)
      const telling =
        REPORTING.has(chosen.base) ||
        (chosen.base === 'show' && SHOWING_FIGURES.test(tokens[chosen.head - 1]?.word ?? ''));
      const attributed =
        telling && !chosen.passive && attributes(tokens, chosen.head)
          ? groups.find(
              (g) =>
                !g.gerund &&
                subordinate(g) < 0 &&
                !g.reduced &&
                g.head < chosen.first - 1 &&
                !inRelative(g) &&
                // "Floods caused by days of rain killed 12 people, officials said": a bare past before "by" and
                // another verb is a participle describing the noun before it.
                !(
                  g.first === g.head &&
                  tokens[g.head + 1]?.word === 'by' &&
                  groups.some((h) => h.first > g.head + 1 && h.head < chosen.first - 1 && !h.gerund)
                ),
            )
          : undefined;
      // ("A quake struck late on Friday, killing …, the ministry said on Sunday": a clause dated by a day of its own
      // happened then; the later day is only the telling's. Not "since June", a span up to the telling.)
      const ownDay =
        attributed !== undefined &&
        tokens.slice(attributed.first, chosen.first).some(
          (t, k, all) =>
            ownDateAt(all, k) ||
            // (Or a month or a week of its own: "fell last month", "rose … this year".)
            (!t.marker &&
              /^(?:year|month|week|quarter)$/.test(t.word) &&
              /^(?:this|last)$/.test(all[k - 1]?.word.toLowerCase() ?? '')),
        );
      if (attributed && !REPORTING.has(attributed.base) && !ownDay) {
        group = attributed;
        // (Its subject comes before the clause "after" opened, and a word of the state it was left in: "Six
        // workers missing after … are".)
        const opener = groups
          .filter((g) => g.head < attributed.first)
          .map(subordinate)
          .find((o) => o > 0 && !groups.some((h) => h.head < o && h.head > o - 6));
        const relative = relativeEnded(
          attributed,
          tokens.slice(0, attributed.first).findLastIndex((t) => /^(?:who|which)$/i.test(t.word)),
        );
        const end =
          opener !== undefined && LEFT_IN_STATE.test(tokens[opener - 1]!.word)
            ? opener - 1
            : (opener ??
              // (Not one set off by commas, an aside the subject's words step over: "X, the producer who …, has died".)
              (relative > 0 && !tokens.slice(relative, attributed.first).some((t) => t.word === ',')
                ? relative
                : undefined));
        subjectText = subjectOf(attributed, true, end);
      }
      let groupSubject = subjectText;
      if (REPORTING.has(group.base) && !group.passive) {
        // "X announced (that) it has lost $6 billion": the reported clause says what happened.
        // After "that", the reported subject may run longer ("announced in December 2022 that scientists at
        // the Lawrence Livermore National Laboratory had produced …").
        const that = tokens.findIndex(
          (t, k) => k > chosen.head && k - chosen.head <= 6 && t.word.toLowerCase() === 'that',
        );
        const reach = that > 0 ? that + 10 : chosen.head + 6;
        // "organisers said the race at the circuit later this month could be cancelled": the date closes the
        // reported subject when a finite verb follows it right away (no comma or verb before it).
        const datedSubject =
          that < 0 && marker > chosen.head + 1 && marker - chosen.head <= 12
            ? groups.find(
                (g) =>
                  // (Past the unit the date names: "for the April-June quarter".)
                  g.first ===
                    marker + (/^(?:quarter|half|period|season|term)$/.test(tokens[marker + 1]?.word ?? '') ? 2 : 1) &&
                  !g.gerund &&
                  !g.reduced &&
                  // (Or a past: "said its net profit for the April-June quarter more than doubled".)
                  (/^(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)$/i.test(
                    tokens[g.first]!.word,
                  ) ||
                    (!g.passive &&
                      !g.modal &&
                      g.first === g.head - (g.degree ? 2 : 0) &&
                      (/ed$/.test(tokens[g.head]!.word) || isIrregularPast(tokens[g.head]!.word)))) &&
                  !groups.some((h) => h.first > chosen.head && h.first < marker) &&
                  !tokens.slice(chosen.head + 1, marker).some((t) => isPunctuation(t) || isBoundary(t)),
              )
            : undefined;
        // ("reported a record profit and said it would …": a verb after "and" shares the subject; it and what
        // follows it are no reported clause.)
        const found = groups.find((g) => g.first > chosen.head && g.first <= reach && !g.gerund);
        const coordinated = groups.some(
          (g) =>
            g.first > chosen.head &&
            g.first <= (found?.first ?? -1) &&
            /^(?:and|or|but)$/i.test(tokens[g.first - 1]?.word ?? ''),
        );
        // ("Fatah confirmed on Saturday that its leader had been killed the day before": a reported clause with a
        // day of its own happened then; the saying's date is only the telling's, as after it, `ownDay` above.)
        // (Not a clause of what will be: "announced on Friday that the new line will open in June" says it then.)
        const toldOnly =
          that > 0 &&
          !tokens.slice(that + 1).some((t) => /^(?:will|would|shall|could|may|might)$/i.test(t.word)) &&
          tokens
            .slice(that + 1)
            .some(
              (_, k, all) => ownDateAt(all, k) || (dayBeforeAt(all, k) && all[k - 1]?.word.toLowerCase() !== 'since'),
            );
        const embedded = toldOnly ? undefined : (datedSubject ?? (coordinated ? undefined : found));
        if (embedded) {
          const between = tokens.slice(chosen.head + 1, embedded.first);
          const cut =
            that > 0 && that < embedded.first
              ? that - chosen.head - 1
              : datedSubject
                ? // (After the saying's own date: "said on Tuesday its net profit for the quarter …".)
                  between.findLastIndex((t) => DATE_WORD.test(t.word))
                : Math.max(
                    between.findLastIndex((t) => t.marker || /^(?:that|at|on|in)$/i.test(t.word)),
                    // "told reporters the talks had stalled": whom one tells comes first; the reported subject
                    // follows.
                    chosen.base === 'tell' ? hearerEnd(between) : -1,
                  );
          // Without its article: "said the verdict closed …" → "Verdict closes …" (nor a possessive before a date
          // that closes the subject: "said its net profit for the quarter doubled" → "Net profit doubles").
          const article = datedSubject ? DETERMINERS : DETERMINERS_ARTICLE;
          const words = between
            .slice(cut + 1 + (article.test(between[cut + 1]?.word ?? '') ? 1 : 0))
            // (The reported subject a date closes ends at its first preposition: "the race [at the circuit]".)
            .filter(
              (_, k, all) => !datedSubject || k < all.findIndex((t) => t.marker || isPreposition(t.word.toLowerCase())),
            );
          const own = words.map((t) => t.word).join(' ');
          // The saying as the two labels below write it: "told reporters … that the bank would …": without whom,
          // one says what one tells someone.
          const saying = chosen.base === 'tell' ? { ...chosen, base: 'say' } : chosen;
          // "Mbappe had announced in May that he would leave PSG": dated before "that", a reported plan (a
          // future in the past) had not happened at the date; the announcement had.
          // (With "that" or without: "said on Monday he would resign".)
          // ("On Monday, Smith said he would resign": or fronted, before the saying's subject, no verb between.)
          // (Not a date inside the reported subject: "said retail sales in the spring were weak".)
          const toldBefore =
            (marker > chosen.head || !groups.some((g) => g.first > marker && g.first < chosen.first)) &&
            marker < (that > 0 && that < embedded.first ? that : embedded.first) &&
            (words[0]?.start ?? 0) > tokens[marker]!.start;
          const planned = toldBefore && /^(?:will|would|shall)$/i.test(tokens[embedded.first]!.word);
          // "Najib announced on Monday that the plane had crashed in the Indian Ocean": dated before "that", what
          // the pluperfect reports had happened before the date, which is the telling's; the label says the telling.
          const anterior =
            toldBefore &&
            /^had$/i.test(tokens[embedded.first]!.word) &&
            embedded.head > embedded.first &&
            !embedded.modal &&
            !embedded.negative &&
            (embedded.passive ||
              REGULAR_PAST.test(wordAt(tokens, embedded.head)) ||
              // ("said on Monday that the region had won the right": an irregular past participle too.)
              isIrregularPast(wordAt(tokens, embedded.head).toLowerCase()));
          // "Smith said on Monday that the country needed fresh leadership": dated before the reported clause (with
          // "that" or without), a state told in the simple past (the present of the telling) is the teller's claim,
          // not a deed of the date; the label says the telling, the state in the present.
          const claimed =
            toldBefore &&
            embedded.first === embedded.head &&
            !embedded.modal &&
            !embedded.passive &&
            !embedded.gerund &&
            !embedded.lead &&
            !embedded.pastPlan &&
            isPastForm(wordAt(tokens, embedded.head).toLowerCase()) &&
            CLAIMED_STATE.test(embedded.base) &&
            // (Not an "it" standing for a clause after "is" and an adjective, below; and with what the state is.)
            !(/^it$/i.test(own) && embedded.base === 'be') &&
            objectOf(embedded).trim() !== '';
          // "Police said on Tuesday the suspect fled the scene", "The carrier reported on Thursday that bookings rose": so a
          // deed reported in the simple past, which may have been done any time before the telling ("Police say suspect
          // fled the scene"); not a state the rule above leaves ("it was too early to …"), nor "have".
          const toldDeed =
            toldBefore &&
            !claimed &&
            !CLAIMED_STATE.test(embedded.base) &&
            embedded.base !== 'have' &&
            !embedded.modal &&
            !embedded.gerund &&
            !embedded.lead &&
            !embedded.pastPlan &&
            !embedded.negative &&
            (embedded.passive
              ? /^(?:was|were)$/i.test(wordAt(tokens, embedded.first)) && embedded.head === embedded.first + 1
              : embedded.first === embedded.head && isPastForm(wordAt(tokens, embedded.head).toLowerCase()));
          if (
            (planned || anterior || claimed || toldDeed) &&
            words.length &&
            words.length <= 8 &&
            !words.some((t) => isBoundary(t) && t.word !== 'and')
          ) {
            let reported = compress(text, { start: words[0]!.start, end: words[words.length - 1]!.end }, entities);
            // A long reported subject keeps its head noun ("its long-delayed … rover" → "its rover").
            const parts = reported.split(' ');
            // (Not a count, which says how many: "at least 170 people".)
            if (
              !anterior &&
              !claimed &&
              parts.length > 2 &&
              /^\p{Ll}+$/u.test(parts.at(-1)!) &&
              !/^(?:at|some|about|around|nearly|almost|more|over|up|\d)/i.test(parts[0]!)
            )
              reported = `${DETERMINERS.test(parts[0]!) ? `${parts[0]} ` : ''}${parts.at(-1)}`;
            const future = claimed
              ? conjugate(embedded, !PRONOUN.test(own) ? isPlural(reported) : /^(?:they|we|i|you)$/i.test(own))
              : anterior || toldDeed
                ? embedded.passive
                  ? `${isPlural(reported) ? 'were' : 'was'} ${embedded.base}`
                  : wordAt(tokens, embedded.head)
                : (embedded.modal
                    ? conjugate(embedded, false)
                    : // ("warned last month that the hostages would be killed": a passive keeps its "be".)
                      `${tokens[embedded.first]!.word.toLowerCase()}${embedded.passive ? ' be' : ''} ${embedded.base}`
                  ).replace(/^would(?! have)\b/, 'will');
            // ("The 38-year-old … announced in October that he would retire": a description opening the sentence.)
            let sayer = subjectText;
            if (!isPlural(subjectText) && describes(subjectText)) {
              description = subjectText;
              sayer = 'He';
            }
            // (What was told up to a clause of its own: "would not comply [because it did not consider …]".)
            // (A quoted object, which the object's words stop at, is said without its marks, up to its phrase's
            // end: 'cut off "every pathway" to a nuclear weapon'.)
            const rest = text.slice(tokens[embedded.head]!.end, sentence.end);
            const quotedRest =
              /^((?:\s+(?:off|up|down|out|away|back))?\s+["“][^"“”]{1,60}["”](?:\s+(?:to|for|of|on|in|against)\s+(?:a|an|the|its|their|his|her)?\s*[\p{L}-]+(?:\s+[\p{Ll}-]+)?)?)(?=\s*(?:[,;.]|$|\s+(?:and|but|as|after|before|when)\b))/u.exec(
                rest,
              );
            const what = (
              quotedRest && !objectOf(embedded).includes(' ')
                ? quotedRest[1]!.replace(/["“”]/g, '').trim()
                : objectOf(embedded)
            ).replace(/(?:^|\s+)(?:because|although|though|while|whereas|unless|if)\b.*$/, '');
            const told = `${sayer} ${conjugate(saying, isPlural(subjectText))} ${PRONOUN.test(own) ? own.toLowerCase() : reported} ${future} ${what}`;
            // (What happened before the telling, said whole, or as the reported clause alone when the telling with
            // it would be too long to read: "A health official in Kabul said … at least 170 people had been killed".)
            if ((!anterior && !claimed && !toldDeed) || told.trim().split(/\s+/).length <= MAX_WORDS)
              return finish(told, 2);
            // ("Saudi Arabia acknowledged on Saturday that journalist Jamal Khashoggi had been killed inside its
            // Istanbul consulate": too long whole, the telling and what was told keep their verbs, the reported
            // subject its last word and no object, before the reported clause alone, which the date is not of.)
            // (Its object up to the first preposition or participle past its first word: "turned down a request
            // [for his plane to land]", "fitted software [known as …]"; none when it would be cut to a preposition.)
            const object = what.trim().split(/\s+/).filter(Boolean);
            const stop = object.findIndex(
              // (Not a participle after an article, which describes the noun: "crushed [an attempted] coup".)
              (w, k) =>
                k > 0 &&
                (isPreposition(w.toLowerCase()) ||
                  (/^\p{Ll}{3,}(?:ed|wn)$/u.test(w) && !DETERMINERS.test(object[k - 1]!))),
            );
            const core = (stop < 0 ? object : object.slice(0, stop)).join(' ');
            const verbOfSaying = conjugate(saying, isPlural(subjectText));
            // (Not a count cut to its noun: "at least 170 people" is said whole, or the reported clause alone is.)
            const whom = PRONOUN.test(own)
              ? [own.toLowerCase()]
              : /\d|^(?:at|some|about|around|nearly|almost|more|over|up)\b/i.test(reported)
                ? [reported]
                : [reported, reported.split(' ').at(-1)!];
            const short = whom
              .map((r) => `${sayer} ${verbOfSaying} ${r} ${future} ${core}`.trim())
              .find((l) => l.split(/\s+/).length <= MAX_WORDS);
            if ((anterior || toldDeed) && short && (!object.length || (core && !isPreposition(core.toLowerCase()))))
              return finish(short, 2);
          }
          // 'Lagarde said on Thursday it was "premature" to discuss rate cuts': an "it" put before "is" and an
          // adjective for a clause after it stands for no one; the label says the saying, with what was said.
          const be = tokens[embedded.first]!.word.toLowerCase();
          const extraposed =
            /^it$/i.test(own) && /^(?:is|was)$/.test(be) && embedded.head === embedded.first
              ? tokens.findIndex(
                  (t, k) =>
                    k > embedded.head + 1 &&
                    k <= embedded.head + 5 &&
                    /^(?:to|that)$/i.test(t.word) &&
                    tokens
                      .slice(embedded.head + 1, k)
                      .every((u) => /^["“”]$/.test(u.word) || (/^\p{Ll}+$/u.test(u.word) && !isGrammarWord(u.word))) &&
                    // (Not an adjective whose subject does what follows: "it was ready to cut jobs".)
                    !(
                      t.word === 'to' && tokens.slice(embedded.head + 1, k).some((u) => SUBJECT_ADJECTIVES.test(u.word))
                    ),
                )
              : -1;
          if (extraposed > 0 && subjectText && !PRONOUN.test(subjectText)) {
            let end = extraposed + 1;
            while (end < tokens.length && end - extraposed <= 8 && !tokens[end]!.marker && !isBoundary(tokens[end]!))
              end++;
            const said = text.slice(tokens[embedded.head + 1]!.start, tokens[end - 1]!.end);
            return finish(`${subjectText} ${conjugate(saying, isPlural(subjectText))} it is ${said}`, 2);
          }
          if (
            words.length &&
            words.length <= (that > 0 ? 8 : 4) &&
            !words.some((t) => isBoundary(t) && t.word !== 'and')
          ) {
            // ("Health Minister Greg Hunt said on Friday it was over": "it" stands for no person who says it; the
            // label says the saying, with what was said.)
            const personSays =
              /^it$/i.test(own) &&
              (/^(?:he|she)$/i.test(subjectText) ||
                sentenceEntities.some((e) => e.type === 'person' && writtenAs(e, text).includes(subjectText)));
            // ("warned on Tuesday that the heatwave was set to intensify": a plan or a likelihood told at the date
            // is said as it stood then, in the present: "Heatwave is set to intensify".)
            group =
              embedded.pastPlan && !embedded.modal && !input.past
                ? {
                    ...embedded,
                    modal: embedded.pastPlan
                      .replace(/^was\b/, 'is')
                      .replace(/^were\b/, 'are')
                      .replace(/^had been\b/, 'has been'),
                  }
                : embedded;
            groupSubject = PRONOUN.test(own)
              ? personSays
                ? `${subjectText} ${conjugate(saying, false)} it`
                : // ("Prosecutors said he had …": "he" or "she" stands for no plural; "He" is left for events.ts.)
                  /^(?:he|she)$/i.test(own) && manyOf(subjectText)
                  ? own
                  : // ("A 2022 study had warned that they could fail": "they" stands for no one thing.)
                    /^they$/i.test(own) && !manyOf(subjectText) && !isPlural(subjectText)
                    ? own
                    : subjectText
              : shortSubject(compress(text, { start: words[0]!.start, end: words[words.length - 1]!.end }, entities))
                  // "Nvidia said on Wednesday its revenue more than doubled": "its" is the speaker's.
                  .replace(/^its\s+(?=\p{Ll})/iu, (m) =>
                    /^\p{Lu}/u.test(subjectText) && !PRONOUN.test(subjectText) && !isPlural(subjectText)
                      ? `${subjectText}'s `
                      : m,
                  );
          }
        }
      }
      const conjunct = ownConjunct(tokens, group.head, marker, text, entities);
      let objectText = conjunct ?? objectOf(group);
      // ("killed what local officials fear could be 10,000 people": a clause opened by "what" and a verb of hedging
      // is too long to say; "denounced what officials called a coup" is said.)
      if (WHAT_HEDGED.test(objectText) && group.base !== 'be') objectText = '';
      // ("Thunberg accuses world leaders of failing her generation": the deed a speech act is about stays with its
      // object, up to four words.)
      if (group === spoken && objectText) {
        const rest = text.slice(tokens[group.head + 1]?.start ?? sentence.end, sentence.end);
        const deed = rest.startsWith(objectText)
          ? /^\s+((?:of|for)\s+\p{Ll}+ing(?:\s+[\p{L}'’-]+){0,3}?)(?=\s*[,.;:]|\s+(?:in|on|at|during|after|before|when|while)\b)/u.exec(
              rest.slice(objectText.length),
            )
          : null;
        if (deed) objectText = `${objectText} ${deed[1]}`;
      }
      // "Armstrong died in 2012, and Collins in 2021": when the verb has no object, the part after "and"
      // is its own subject, the verb left out.
      if (conjunct && objectSpans(tokens, group.head + 1).length === 0) {
        groupSubject = conjunct;
        objectText = '';
      }
      // "The bank cut its rates in June, while the Fed has kept them at a high": "them" is the plural noun the
      // verb before it in the sentence took as its object.
      const earlier = groups.filter((g) => g.head < group.first && !g.gerund && !g.passive).pop();
      // With no such object, its subject ("Applications rose by a third, and the government expects them to top
      // 70,000": the applications).
      if (/^them\b/.test(objectText) && earlier) {
        const plural = (phrase: string): string[] | null => {
          const noun = phrase
            // ("began cutting its own rates": the gerund's object.)
            .replace(/^(\p{Ll}{3,}ing)\s+/u, (m, w: string) => (ING_NOUNS.has(w) ? m : ''))
            .split(/\s+(?:of|in|at|on|for|to|from|by|with)\s+/)[0]!
            .split(' ')
            // (Its article stays; another's possessive does not: "its rates" are not the Fed's, nor "its own".)
            .filter((w, k) => k > 0 || !DETERMINERS.test(w) || w === 'the')
            .filter((w, k) => k > 0 || w !== 'own');
          const ok =
            noun.length &&
            noun.length <= 4 &&
            noun.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
            /[^su]s$/.test(noun.at(-1)!);
          return ok ? noun : null;
        };
        const subject = written(subjectSpan(tokens, earlier.first, heads)).replace(/^\p{Lu}(?=\p{Ll})/u, (c) =>
          c.toLowerCase(),
        );
        const noun =
          plural(written(objectSpans(tokens, earlier.head + 1))) ??
          (earlier.first > 0 && earlier.first <= 4 ? plural(subject) : null);
        if (noun) objectText = objectText.replace(/^them/, noun.join(' '));
      }
      // "the official result, which the commission must announce by March 20": the pronoun is the object.
      // Only when a preposition follows the verb: "held their [Autumn] meeting" has its object cut by the date.
      // "Truss, whom the queen appointed only on Tuesday": past adverbs, or right before the date, too.
      let next = group.head + 1;
      while (tokens[next] && (ADVERBS.has(tokens[next]!.word) || /^\p{Ll}+ly$/u.test(tokens[next]!.word))) next++;
      const adverbs = objectText.split(' ').every((w) => ADVERBS.has(w) || /^\p{Ll}+ly$/u.test(w));
      const prepositional = /^(?:as|to|for|with|into|from|over|about)\s/.test(objectText);
      // (Any preposition after a verb closing a relative clause without "that": "a speech Gandhi gave at a rally".)
      const contactPhrase = group.contact !== undefined && isPreposition(objectText.split(' ')[0] ?? '');
      if (
        // "whom the club signed as a teenager": an object opening with a preposition follows the pronoun's noun.
        (!objectText || adverbs || prepositional || contactPhrase) &&
        !group.passive &&
        !group.gerund &&
        group.base !== 'be' &&
        (isPreposition(tokens[next]?.word.toLowerCase() ?? '') || tokens[next]?.marker)
      ) {
        const subject = subjectSpan(tokens, group.first, heads)[0];
        let k = subject ? tokens.findIndex((t) => t.start === subject.start) - 1 : -1;
        while (k > 0 && DETERMINERS_ARTICLE.test(tokens[k]!.word)) k--;
        // "a complaint his company filed": with no relative pronoun, the noun phrase before the subject's
        // determiner is the object, before a phrase the verb keeps ("a speech Gandhi gave at a rally").
        if (group.contact !== undefined && (!objectText || contactPhrase)) {
          const start = tokens.slice(0, group.contact).findLastIndex((t) => DETERMINERS.test(t.word));
          if (start >= 0)
            objectText = `${text
              .slice(tokens[start]!.start, tokens[group.contact - 1]!.end)
              .replace(/^\p{Lu}/u, (c) => c.toLowerCase())}${objectText ? ` ${objectText}` : ''}`;
        }
        // "…, a post he held until 2002": so is a noun set off by a comma right before a subject pronoun ("the
        // post"); not a time ("the day he died").
        const pronoun = group.first - 1;
        if (
          !objectText &&
          group.contact === undefined &&
          /^(?:he|she|they|we|i)$/i.test(tokens[pronoun]?.word ?? '') &&
          /^\p{Ll}{3,}$/u.test(tokens[pronoun - 1]?.word ?? '') &&
          !isGrammarWord(tokens[pronoun - 1]!.word) &&
          !/^(?:day|days|time|times|year|years|week|weeks|month|months|moment|night|morning|evening|way|place|reason)$/.test(
            tokens[pronoun - 1]!.word,
          ) &&
          /^(?:a|an|the)$/i.test(tokens[pronoun - 2]?.word ?? '') &&
          tokens[pronoun - 3]?.word === ','
        )
          objectText = `the ${tokens[pronoun - 1]!.word}`;
        // "returning without the two NASA astronauts it carried to the station": so is a plural noun phrase, an
        // article and up to three words, after a preposition or a verb, right before a subject pronoun.
        const article = tokens
          .slice(Math.max(0, pronoun - 5), pronoun - 1)
          .findLastIndex((t) => DETERMINERS_ARTICLE.test(t.word));
        const opening = article >= 0 ? Math.max(0, pronoun - 5) + article : -1;
        if (
          (!objectText || prepositional) &&
          group.contact === undefined &&
          opening > 0 &&
          /^(?:it|he|she|they|we)$/i.test(tokens[pronoun]?.word ?? '') &&
          /^\p{Ll}{3,}[^su'’]s$/u.test(tokens[pronoun - 1]?.word ?? '') &&
          tokens
            .slice(opening + 1, pronoun)
            .every((t) => !t.marker && /^[\p{L}\d][\p{L}\d-]*$/u.test(t.word) && !isGrammarWord(t.word)) &&
          (isPreposition(tokens[opening - 1]!.word.toLowerCase()) ||
            /^with(?:out)?$/i.test(tokens[opening - 1]!.word) ||
            groups.some((h) => h.head === opening - 1))
        )
          objectText = `${text.slice(tokens[opening]!.start, tokens[pronoun - 1]!.end)}${objectText ? ` ${objectText}` : ''}`;
        // "whom"/"who" with a subject of its own after it is the object too ("the coach who the board sacked").
        // (Not "that" after a verb of saying, which opens what was said: "adding that the ice had thinned".)
        const before = tokens[k - 1]?.word.toLowerCase() ?? '';
        // (Nor the "that" of "It is the second time since … that the economy has shrunk", which opens the clause.)
        const cleft =
          /^that$/i.test(tokens[k]?.word ?? '') &&
          /\btime\s+since\b/i.test(
            tokens
              .slice(0, k)
              .map((t) => t.word)
              .join(' '),
          );
        // (Nor a "that" after "and", which opens a second thing said: "said France would send aid and that he would
        // travel to Beirut".)
        // (Nor after whom one tells it: "told AFP that parliament would meet", "assured reporters that …".)
        const hearer = tokens.slice(Math.max(0, k - 5), k);
        const toldWhom =
          /^that$/i.test(tokens[k]?.word ?? '') &&
          hearer.some((t) => TELLING.test(t.word)) &&
          !hearer.slice(hearer.findLastIndex((t) => TELLING.test(t.word))).some((t) => t.marker || isPunctuation(t));
        const said =
          cleft ||
          toldWhom ||
          (/^that$/i.test(tokens[k]?.word ?? '') &&
            (REPORTING_GERUND.test(before) ||
              REPORTING.has(baseForm(before)) ||
              THAT_CLAUSE.test(baseForm(before)) ||
              /^(?:and|but|or)$/.test(before)));
        if (k > 0 && /^(?:which|that|whom|who)$/i.test(tokens[k]!.word) && !said) {
          const whole = written(antecedent(tokens, k, groups, heads))
            .split(' ')
            .filter(Boolean);
          // ("the fifth test flight of Starship, which NASA plans to use": a long phrase by what it is "of".)
          const of = whole.lastIndexOf('of');
          const words =
            whole.length > 4 && of > 0 && of < whole.length - 1
              ? whole.slice(of + 1).filter((w, n) => n > 0 || !/^(?:the|a|an)$/i.test(w))
              : whole;
          // ("said last week that the economy had fallen": "that" after a time opens what was said.)
          const time = words.some(
            (w) =>
              DATE_WORD.test(w) ||
              /^(?:time|times|moment|(?:day|week|month|year|night|morning|afternoon|evening|weekend)s?)$/i.test(w),
          );
          // ("her husband Ike Turner, whom she divorced": a role before the name goes; the name says who.)
          const named = words.findIndex(
            (w, k) => k > 0 && /^\p{Lu}/u.test(w) && words.slice(k).every((x) => /^\p{Lu}/u.test(x)),
          );
          const said = named > 0 && /^\p{Ll}/u.test(words[named - 1]!) ? words.slice(named) : words;
          if (words.length && words.length <= 4 && !time)
            objectText = `the ${said.join(' ')}${prepositional ? ` ${objectText}` : ''}`.replace(
              /^the (?=\p{Lu})/u,
              '',
            );
        }
      }
      // "has been in orbit since 1990": after "is", a short phrase of place or state is the predicate.
      if (!objectText && group.base === 'be' && !group.passive) {
        const words: Token[] = [];
        for (let k = group.head + 1; k < tokens.length && words.length < 4; k++) {
          const t = tokens[k]!;
          if (
            t.marker ||
            isPunctuation(t) ||
            (words.length > 0 &&
              (CLAUSE_WORDS.has(t.word.toLowerCase()) || STOP_PREPOSITIONS.has(t.word.toLowerCase())))
          )
            break;
          words.push(t);
        }
        if (words.length >= 2 && STOP_PREPOSITIONS.has(words[0]!.word.toLowerCase()))
          objectText = compress(text, { start: words[0]!.start, end: words[words.length - 1]!.end }, entities);
      }
      // A capitalised plural opening the sentence ("Prices rose") is plural unless it is a name ("Reuters").
      // ("Chileans overwhelmingly rejected": an adverb the subject keeps before its verb is no part of its noun.)
      const noun = groupSubject.replace(/\s+\p{Ll}{3,}ly$/u, '');
      const plural =
        group.plural ||
        // "The Paris Olympics opened": the Games are many, whatever the name before them.
        /\b(?:Olympics|Paralympics|Games|Championships)$/.test(noun) ||
        // "There were protests": after "there", the verb agrees as the text has it.
        (/^there$/i.test(noun) && /^(?:are|were)$/i.test(tokens[group.first]?.word ?? '')) ||
        // "The Competition and Markets Authority": one name with "and" in it is no list.
        (isPlural(noun) &&
          !(NAME_LIST.test(noun) && entities.some((e) => e.name === noun && e.type !== 'group')) &&
          // "Madison Keys … beat": a person's name that is a plural word too is one person.
          !entities.some(
            (e) => e.type === 'person' && writtenAs(e, text).some((name) => name.toLowerCase() === noun.toLowerCase()),
          )) ||
        // Or one word that is plural in lower case ("Gunmen", "Many").
        (((/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*[^su-]s$/u.test(noun) && !SINGULAR_IN_S.test(noun)) ||
          (/^\p{Lu}\p{Ll}+$/u.test(noun) && isPlural(noun.toLowerCase()))) &&
          // A name the text uses, whoever it names ("Otis" for "Hurricane Otis"); not a people's ("Chileans").
          !entities.some((e) => e.type !== 'group' && (e.name === noun || writtenAs(e, text).includes(noun)))) ||
        teamPlural(groupSubject, entities, text) ||
        // ("Explorers built between 2011 and 2019": a name's plural, the name being "Explorer".)
        (/^\p{Lu}\p{L}+s$/u.test(noun) && entities.some((e) => `${e.name}s` === noun));
      // "I visited the festival on Saturday": "I" and "you" take the plain form ("I visit", "I am").
      const person = /^(?:I|you)$/i.test(groupSubject);
      // "The bridge was not opened until 1990", "had not won a title until the Italian Open last month": what
      // did not happen before the date happened at it.
      const stated =
        group.negative && /\b(?:until|till)\b[^,;:]{0,40}$/i.test(left)
          ? { ...group, negative: false, never: undefined }
          : group;
      // ("had not seen an eruption for eight centuries until 2021": the stretch without it is no part of what then
      // happened.)
      if (stated !== group)
        objectText = objectText.replace(
          /\s+for\s+(?:(?:more\s+than|nearly|almost|over|about|some)\s+)?(?:\d[\d,]*|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|decades|centuries|months|weeks|days|year|decade|century|month|week)$/iu,
          '',
        );
      const conjugated = person
        ? conjugate(stated, true).replace(/^are\b/, /^I$/.test(groupSubject) ? 'am' : 'are')
        : conjugate(stated, plural);
      // "Acme said on Tuesday it would cut costs": a reported "would" is the speaker's "will"; at a date before
      // the publication day, a date of the reported clause's is done ("said in March it would close the plant in
      // April" → "closes"; March, the saying's, keeps "will").
      const done = { ...stated, modal: undefined };
      // "Calhoun will step down at the end of the year, the company said on Monday": at the date of a telling
      // after it, a future keeps its "will" (its own date is another's).
      const toldAhead =
        /^(?:will|shall)$/i.test(tokens[group.first]?.word ?? '') &&
        !stated.modal &&
        groups.some(
          (g) => g !== group && REPORTING.has(g.base) && !g.passive && g.head > group.head && g.head < marker,
        );
      const verb = toldAhead
        ? conjugate({ ...stated, modal: 'will' }, plural)
        : !reportedFuture(group, groups, tokens)
          ? conjugated
          : input.past && marker > group.first
            ? person
              ? conjugate(done, true).replace(/^are\b/, /^I$/.test(groupSubject) ? 'am' : 'are')
              : conjugate(done, plural)
            : conjugated.replace(/^would\b/, 'will');
      // '"We beat them in May," the coach said': "we" or "you" in a quotation stands for no one the label
      // can name; the speaker and the quoted words say who.
      if (/^(?:we|you)$/i.test(groupSubject)) {
        const quoted = quotedClause(text, sentence, timex, sentenceEntities);
        if (quoted) return finish(quoted, 1);
      }
      // "GM reported a loss of $381 million", "Acme announced a plan to cut 500 jobs": a verb of reporting (not
      // "say" or "tell") whose object is a noun phrase, with no verb of its own, did a thing; it is no comment.
      const thing = ((): boolean => {
        if (/^(?:say|tell)$/.test(group.base) || group.gerund) return false;
        let k = group.head + 1;
        while (tokens[k] && (ADVERBS.has(tokens[k]!.word) || /^\p{Ll}+ly$/u.test(tokens[k]!.word))) k++;
        // ("reported second-quarter revenue": past a period's date before its figures.)
        if (tokens[k]?.marker && PERIOD_FIGURES.test(tokens[k + 1]?.word ?? '')) k++;
        const opener = tokens[k];
        const spans = objectSpans(tokens, group.head + 1);
        if (!opener || opener.marker || !spans.length || spans[0]!.start !== opener.start) return false;
        const w = opener.word.toLowerCase();
        if (
          w === 'that' ||
          PRONOUN.test(w) ||
          /^(?:him|her|them|us|me)$/.test(w) ||
          isPreposition(w) ||
          CLAUSE_WORDS.has(w)
        )
          return false;
        if (!(DETERMINERS.test(w) || /^[\d$€£¥]/u.test(w) || /^\p{Ll}{3,}$/u.test(opener.word))) return false;
        const end = spans.at(-1)!.end;
        // (A participle describing a noun of the object is no verb of its own: "a new version priced at $499".)
        return !groups.some(
          (g) => g !== group && !g.reduced && tokens[g.first]!.start > opener.start && tokens[g.first]!.start < end,
        );
      })();
      // "China announced live-fire military drills around Taiwan from Thursday to Sunday": at a date after the
      // publication day, what was announced, ordered or declared for it is what happens then.
      const announcedThing = (): string | null =>
        input.future &&
        !group.passive &&
        !group.modal &&
        !group.negative &&
        isPastForm(tokens[group.head]!.word.toLowerCase()) &&
        /^(?:announce|declare|order|schedule|call)$/.test(group.base) &&
        /^(?:(?:a|an|the)\s+)?\p{Ll}/u.test(objectText) &&
        !/^(?:that|to|for|on|in|it|him|her|them)\b/.test(objectText) &&
        !/\bto\s+\p{Ll}+/u.test(objectText)
          ? capitalise(objectText.replace(/^(?:a|an|the)\s+/, ''))
          : null;
      if (REPORTING.has(group.base) && !group.passive && !thing) {
        const announced = announcedThing();
        if (announced) return finish(announced, 2);
        // '"Over the past ten days it has been a rout," Okafor said': a verb of saying outside the quotation
        // the date is in says when the words were said, not what the date places; the quoted words do.
        const quoted = quotedClause(text, sentence, timex, sentenceEntities, tokens[group.head]!.start);
        // ('"Today love trumps prejudice," said Jane Doe': a verb of saying right after the quotation has its
        // speaker after it, no object.)
        const inverted = /["”]\s*$/.test(text.slice(sentence.start, tokens[group.first]!.start));
        if (quoted && (!/\p{L}/u.test(objectText) || objectText.split(' ').length > 4 || inverted))
          return finish(quoted, 1);
        // '61.3 percent of Greeks said "No" to the proposals', '"We can do this," Merkel said on Monday': a short
        // quotation said is what the label says was said, not "comments".
        // (The quotation right after the verb, or opening the sentence before its speaker and verb.)
        const after = /^\s+["“]([^"“”]{1,50}?)[,.!?]?["”]/u.exec(
          text.slice(tokens[group.head]!.end, sentence.end),
        )?.[1];
        const before = /^\s*["“]([^"“”]{1,50}?)[,.!?]?["”]\s+(?:[\p{L}\d.'’-]+\s+){0,4}$/u.exec(
          text.slice(sentence.start, tokens[group.first]!.start),
        )?.[1];
        const saidQuote = after ?? before;
        // ("61.3 percent of Greeks say": a share of a plural is many.)
        const share = /^\S+\s+(?:percent|per\s+cent)\s+of\s+(?:the\s+)?\S+s$/i.test(groupSubject);
        const toldQuote = saidQuote
          ? `${groupSubject} ${share && !plural ? conjugate(stated, true) : verb} "${saidQuote}"`
          : '';
        // (Not after a verb of telling, whose object is who was told: "Obama told reporters".)
        if (
          saidQuote &&
          !/^(?:tell|inform|assure|remind|urge)$/.test(group.base) &&
          saidQuote.split(/\s+/).length <= 6 &&
          toldQuote.split(/\s+/).length <= MAX_WORDS
        )
          return finish(toldQuote, 1);
        return finish(
          `${groupSubject} ${objectText && objectText.split(' ').length <= 4 ? `${verb} ${objectText}` : TELLING_VERBS.has(group.base) ? verb : plural || person ? 'comment' : 'comments'}`,
          1,
        );
      }
      // "The final is on Saturday", "The vote was on Sunday": an occasion whose copula has the date for its only
      // complement takes place then.
      const head = groupSubject?.split(' ').at(-1)?.toLowerCase() ?? '';
      if (
        OCCASION_NOUN.test(head) &&
        !objectText &&
        group.base === 'be' &&
        !group.passive &&
        !group.negative &&
        /^\s*(?:on|at|in)?\s*$/i.test(text.slice(tokens[group.head]!.end, timex.start))
      )
        return finish(`${groupSubject} ${/s$/.test(head) ? 'take' : 'takes'} place`, 2);
      // "The court ruled on Monday that the law was void": a verb whose object is a clause after "that" says
      // that clause, in the present ("Court rules the law is void"), not the verb alone.
      if (groupSubject && !objectText && !group.passive && !group.gerund && THAT_CLAUSE.test(group.base)) {
        let k = group.head + 1;
        while (
          tokens[k] &&
          (tokens[k]!.marker ||
            ADVERBS.has(tokens[k]!.word) ||
            /^\p{Ll}+ly$/u.test(tokens[k]!.word) ||
            (/^(?:on|in|at|last|this|earlier)$/i.test(tokens[k]!.word) && tokens[k + 1]?.marker))
        )
          k++;
        // ("ruled on Tuesday that China has no historic rights": a "has" or "have" of holding, no auxiliary, is the
        // clause's verb, which `verbGroups` leaves out.)
        const that = tokens[k]?.word.toLowerCase() === 'that';
        const held = that
          ? tokens.findIndex(
              (t, j) =>
                j > k + 1 &&
                j <= k + 5 &&
                /^(?:has|have)$/i.test(t.word) &&
                /^(?:no|a|an|the|its|their|his|her|\d[\d,.]*)$/i.test(tokens[j + 1]?.word ?? ''),
            )
          : -1;
        const found = that ? groups.find((g) => g.first > k && !g.gerund) : undefined;
        const clause =
          held > 0 && (!found || found.first > held)
            ? { first: held, head: held, base: 'have', passive: false, gerund: false, negative: false }
            : found;
        const words = clause ? tokens.slice(k + 1, clause.first) : [];
        if (
          clause &&
          words.length &&
          words.length <= 4 &&
          !words.some((t) => t.marker || isBoundary(t) || isPunctuation(t))
        ) {
          const said = compress(text, { start: words[0]!.start, end: words.at(-1)!.end }, entities);
          const reported =
            PRONOUN.test(said) || DETERMINERS.test(said.split(' ')[0]!)
              ? said.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
              : said;
          // Its words up to the clause's end, quotation marks left out ('was in an "armed conflict"').
          const rest: string[] = [];
          for (let r = clause.head + 1; r < tokens.length && rest.length < 7; r++) {
            const t = tokens[r]!;
            if (/^["“”‘’']$/.test(t.word)) continue;
            if (!t.word || t.marker || isPunctuation(t) || (rest.length > 0 && CLAUSE_WORDS.has(t.word.toLowerCase())))
              break;
            rest.push(t.word);
          }
          // "declared the country was at war" → "declares the country at war": a verb of judging takes the
          // state without "is".
          // ("ruled that there was no legal basis": not "there" of being, which keeps its "is".)
          const state =
            clause.base === 'be' && !clause.negative && SMALL_CLAUSE.test(group.base) && !/^there$/i.test(said);
          // ("decided that the trial would go ahead": a future then is one now.)
          const reportedVerb = state ? '' : conjugate(clause, isPlural(said)).replace(/^would\b/, 'will');
          return finish(`${groupSubject} ${verb} ${reported} ${reportedVerb} ${rest.join(' ')}`, 2);
        }
      }
      // "Explorer is": a copula with nothing after it says nothing; the fallbacks below say more.
      if (groupSubject && (objectText || group.base !== 'be' || group.passive)) {
        // "The 68-year-old, who ran the suburb from 2008 …": a person's age opening the sentence after "The"
        // stands for the person named before; the label says "He" for events.ts to name (the description when
        // no one is found).
        // (So does a former office: "The former Mexico City mayor secured …".)
        if (!plural && describes(groupSubject)) {
          description = groupSubject;
          return finish(`He ${verb} ${objectText}`, 2);
        }
        // "He denied that he had doped during his comeback in 2009": what a verb of denying reports is denied, not
        // done; the label says who denies it ("He denies doping during his comeback"; "Police deny protesters are
        // shot" for another's deed).
        const denier = groups.find(
          (g) =>
            g.base === 'deny' &&
            !g.negative &&
            !g.passive &&
            !g.gerund &&
            g.head < group.first &&
            !groups.some((h) => h !== group && !h.reduced && h.head > g.head && h.head < group.first) &&
            // (Not a verb joined to the denial: "has denied any negligence and is expected to hold …".)
            !tokens.slice(g.head + 1, group.first).some((t) => /^(?:and|but|or|;)$/.test(t.word)),
        );
        const denierSubject = denier ? subjectOf(denier) : '';
        if (denier && denierSubject && !group.modal && !group.negative && !REPORTING.has(group.base)) {
          const denies = isPlural(denierSubject) ? 'deny' : 'denies';
          const own = PRONOUN.test(groupSubject) || groupSubject === denierSubject;
          const doing = group.passive ? `being ${group.base}` : presentParticiple(group.base);
          const denied = own
            ? `${denierSubject} ${denies} ${doing} ${objectText}`
            : `${denierSubject} ${denies} ${groupSubject} ${verb} ${objectText}`;
          if (denied.trim().split(/\s+/).length <= MAX_WORDS) return finish(denied, 2);
        }
        // "Rights groups say security forces carried out mass killings …": a claim made in the present is said
        // with who makes it (a plain "say" after a plural opening the sentence, as `pluralSaying` reads it).
        const claim = groups.find(
          (g) =>
            g.plural &&
            g.first === g.head &&
            g.head < group.first &&
            REPORTING.has(g.base) &&
            g.base === tokens[g.head]!.word.toLowerCase(),
        );
        const who = claim ? subjectOf(claim) : '';
        if (claim && who) {
          const said = `${who} ${claim.base} ${groupSubject} ${verb} ${objectText}`;
          if (said.split(/\s+/).length <= MAX_WORDS) return finish(said, 2);
        }
        // "The EU agreed to ban the sale of new petrol cars from 2035": a date after the publication day is no
        // day of a past verb of agreeing or deciding, but of what it agreed to do ("EU bans the sale …").
        const head = tokens[group.head]!.word.toLowerCase();
        const leadWord = tokens[group.first]!.word.toLowerCase();
        // ("Lawmakers voted to raise the age to 67 by 2030": so with a verb of intent.)
        if (
          input.future &&
          group.lead &&
          /^(?:vote|decide|pledge|promise|plan|aim|intend|vow|expect|hope)$/.test(group.lead) &&
          isPastForm(leadWord) &&
          !group.negative
        )
          return finish(`${groupSubject} ${conjugate({ ...group, lead: undefined }, plural)} ${objectText}`.trim(), 2);
        // (Past the verb's own date: "agreed late on Thursday to ban the sale of new petrol and diesel cars from 2035".)
        const infinitive =
          /^to\s+(\p{Ll}{2,})\b\s*(.*)$/u.exec(objectText) ??
          (objectText
            ? null
            : /^\s+(?:(?:late|early)\s+)?(?:(?:on|in|at)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\p{Ll}+|this\s+\p{Ll}+)\s+to\s+(?:[^,;:]*?\band\s+to\s+)?(\p{Ll}{2,})\s+((?:[^\s,;:]+\s+){0,10}?)(?:from|by|in|until|starting|on)\s+$/u.exec(
                text.slice(tokens[group.head]!.end, timex.start),
              ));
        if (
          input.future &&
          !group.passive &&
          !group.modal &&
          isPastForm(head) &&
          /^(?:agree|decide|vote|pledge|promise|resolve|undertake|commit)$/.test(group.base) &&
          infinitive &&
          !BE.has(infinitive[1]!) &&
          !ADVERBS.has(infinitive[1]!)
        )
          return finish(
            `${groupSubject} ${plural ? infinitive[1] : thirdPerson(infinitive[1]!)} ${infinitive[2]}`.trim(),
            2,
          );
        const announced = announcedThing();
        if (announced) return finish(announced, 2);
        // "16 people were killed and around 200 wounded in clashes": a participle after "and" and a count, whose "were"
        // the clause before gave, is a passive of its own; the two are said together ("Around 200 wound" otherwise).
        // (Both rules below read the verb before this one, past at least one word.)
        const earlierVerb = groups.filter((g) => g.head < group.first - 1).pop();
        const count = earlierVerb ? tokens.slice(earlierVerb.head + 1, group.first) : [];
        if (
          earlierVerb?.passive &&
          // ("Two soldiers were killed and 15 others wounded": after a noun, the participle reads as one describing it;
          // "and 15 others were wounded" is said so too.)
          ((group.first === group.head && (!group.passive || group.reduced)) ||
            (group.passive && group.head === group.first + 1 && /^(?:was|were)$/.test(tokens[group.first]!.word))) &&
          isPastForm(tokens[group.head]!.word.toLowerCase()) &&
          count[0]?.word === 'and' &&
          count.length >= 2 &&
          count.length <= 5 &&
          // ("and dozens of others wounded".)
          count
            .slice(1)
            .every(
              (t, k) =>
                COUNT_WORD.test(t.word) ||
                COUNT_HEDGE.test(t.word) ||
                (t.word === 'of' && /^(?:dozens|hundreds|thousands|scores)$/.test(count[k]!.word)),
            ) &&
          COUNT_WORD.test(count.at(-1)!.word)
        ) {
          const first = subjectOf(earlierVerb);
          const both = `${first} ${conjugate(earlierVerb, isPlural(first) || /\d/.test(first))} and ${count
            .slice(1)
            .map((t) => t.word)
            .join(' ')} ${tokens[group.head]!.word}`;
          // (Where it happened, when the label has room.)
          const placed = `${both} ${objectText}`.trim();
          if (first && placed.split(/\s+/).length <= MAX_WORDS) return finish(capitalise(placed), 2);
          if (first && both.split(/\s+/).length <= MAX_WORDS) return finish(capitalise(both), 2);
        }
        // "A gunman killed 50 people and wounded 53 … early Sunday", "Rioters torched buildings and looted shops
        // overnight": a verb joined by "and" to one right before it, of the same subject, with at most a short
        // object between, says that first deed too, which is often the greater.
        const joined =
          tokens[group.first - 1]?.word === 'and' && !group.passive && !group.modal && !group.gerund
            ? earlierVerb
            : undefined;
        const between = joined ? tokens.slice(joined.head + 1, group.first - 1) : [];
        if (
          joined &&
          !joined.passive &&
          !joined.gerund &&
          !joined.reduced &&
          !joined.modal &&
          !joined.negative &&
          !joined.lead &&
          joined.base !== 'be' &&
          !REPORTING.has(joined.base) &&
          // (Two pasts told as such, no auxiliary: not "remains the favourite and meets", "had shown … and had lied".)
          joined.first === joined.head &&
          group.first === group.head &&
          isPastForm(tokens[joined.head]!.word.toLowerCase()) &&
          isPastForm(tokens[group.head]!.word.toLowerCase()) &&
          between.length <= 4 &&
          between.every(
            (t) =>
              !t.marker &&
              /^[\p{L}\d][\p{L}\d,'’-]*$/u.test(t.word) &&
              !CLAUSE_WORDS.has(t.word.toLowerCase()) &&
              !isPreposition(t.word.toLowerCase()) &&
              !/^(?:that|and|or|but)$/i.test(t.word) &&
              // (Not past a time of its own: "convenes early next year and selects".)
              !DATE_WORD.test(t.word) &&
              !/^(?:early|late|next|last|this|year|month|week|weekend|days?|weeks|months|years|ago)$/i.test(t.word),
          ) &&
          subjectOf(joined) === groupSubject
        ) {
          const first = `${conjugate(joined, plural)}${between.length ? ` ${between.map((t) => t.word).join(' ')}` : ''}`;
          const both = `${groupSubject} ${first} and ${verb} ${objectText}`.trim();
          if (both.split(/\s+/).length <= MAX_WORDS) return finish(both, 2);
        }
        return finish(`${groupSubject} ${verb} ${objectText}`, 2);
      }
    }
  }

  // 6. Fall back on the words quoted around the date, the entities of the sentence, or its first words.
  const quoted = quotedClause(text, sentence, timex, sentenceEntities);
  if (quoted) return finish(quoted, 1);
  // "two days after a five-set semi-final against Novak Djokovic": a clause set against a count (dated at its end)
  // that is a noun phrase says its happening itself ("Five-set semi-final against Djokovic").
  const phrase = /^(?:a|an|the|his|her|its|their)\s+(\S[^,;:]*)$/iu.exec(
    text.slice(sentence.start, sentence.end).trim(),
  );
  // (Eight words once its names are said short: "the inauguration of his leftist rival Luiz Inacio Lula da Silva"
  // → "Inauguration of Lula".)
  if (timex.start === timex.end && timex.end === sentence.end && phrase) {
    const start = sentence.start + text.slice(sentence.start, sentence.end).indexOf(phrase[1]!);
    const said = compress(text, { start, end: start + phrase[1]!.length }, entities);
    if (said.split(/\s+/).length <= 8) return finish(said, 1);
  }
  // "a day after winning the race to succeed Boris Johnson": a clause opening with a gerund says its happening in its
  // words, to which events.ts gives the subject the clause shares; its names alone say none.
  const gerundClause =
    timex.start === timex.end &&
    timex.end === sentence.end &&
    /^\p{Ll}{2,}ing\s/u.test(text.slice(sentence.start, sentence.end).trim());
  // "Special counsel Jack Smith, who brought the charges, said last week that the laws … were "critical …"": when
  // nothing above said what was said, the one named before the verb of saying the date follows comments then.
  if (sentenceEntities.length && !gerundClause) {
    const { tokens: all, groups: verbs } = parse();
    const at = all.findIndex((t) => t.marker);
    const saying = verbs.find(
      (g) =>
        (REPORTING.has(g.base) || REPORTING.has(baseForm(g.base))) &&
        !g.passive &&
        !g.gerund &&
        at > g.head &&
        all.slice(g.head + 1, at).every((t) => /^(?:on|in|at|last|this|late|early)$/i.test(t.word)),
    );
    const verbAt = saying ? all[saying.first]!.start : -1;
    const speaker = saying
      ? sentenceEntities
          .filter((e) => e.type === 'person' || e.type === 'organization')
          .flatMap((e) => e.mentions.filter((m) => m.start >= sentence.start && m.end <= verbAt).map((m) => ({ e, m })))
          .sort((a, b) => b.m.start - a.m.start)[0]
      : undefined;
    if (speaker) {
      const name = shortName(speaker.e, text);
      return finish(`${name} ${isPlural(name) ? 'comment' : 'comments'}`, 1);
    }
  }
  if (sentenceEntities.length && !gerundClause)
    return finish(
      sentenceEntities
        .slice(0, 3)
        .map((e) => shortName(e, text))
        .join(', '),
      0,
    );
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).slice(0, 8).join(' ');
  return finish(words, 0);
}
