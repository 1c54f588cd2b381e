/**
 * Types an untyped piece from general cues: head words ("… Ministry", "… Airport"), the role phrase
 * before it ("the militant group X"), the preposition before it ("in X"), "the X" as an agent, and
 * the shape of the name itself. Each cue has a strength so linking can let the strongest win.
 */
import { opensWithPlaceLine } from '../article/sentences';
import type { EntityType } from '../types';
import { isNamedDay } from '../holidays';
import {
  appositiveKind,
  calledKind,
  INNER_CAPITAL,
  knownPlace,
  ownsIts,
  PUBLICATION,
  type SentenceTokens,
} from './candidates';
import {
  BODY_OFFICES,
  CLUB_FIRSTS,
  COMPASS,
  EVENT_FIRSTS,
  EVENT_HEADS,
  EVENT_NAMES,
  EVENT_NOUNS,
  FUNCTION_WORDS,
  isOrgRoleNoun,
  isPersonRoleNoun,
  LAND_TITLE,
  ORG_FIRSTS,
  GIVEN_NAME_PLACES,
  isModifierCompound,
  ORG_FOLLOWERS,
  NAME_PARTICLES,
  ORG_HEADS,
  PLACE_FIRSTS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  RELIGIOUS_LEADER,
  ROUND_NOUNS,
  SHIP_LENGTH_UNITS,
  SHIP_WEIGHT_UNITS,
  SPEECH_VERBS,
  SURNAME_HEADS,
  THING_HEADS,
  THING_NOUNS,
} from './lexicon';
import { lookupDemonym, lookupPeopleNoun, lookupPlace } from './gazetteer';
import { framesNoNoun, isDescribingWord, isPlaceKind, isTownKind, lexKind, readsAsPresentVerb } from './name-lexicon';
import { ownsS, type Token } from './tokens';
import { roleAfter, roleBefore, roleOfList } from './roles';
import type { Piece } from './split';

/** Words of the Games' contests after "Olympic" ("Olympic gold", "Olympic champion", "the Olympic final"). */
const OLYMPIC_CONTEST =
  /^(?:gold|silver|bronze|medal|medals|medallist|medalist|champion|champions|title|titles|final|finals|games|record|debut|singles|doubles|team|village|flame|torch|cauldron|ceremony|qualifying|qualifiers)$/i;

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]*\.?){2,8}$/u;
/** Plurals of kin, before a list of their given names ("his parents Noam and Aviva"). */
const KIN_PLURALS = /^(?:parents|brothers|sisters|sons|daughters|children|twins|siblings|cousins|grandparents)$/;
/** A club's own words, which make a club's name after any name but a given one ("Harbourside Athletic"). */
const OWN_CLUB_WORDS = /^(?:Athletic|Rovers|Wanderers|Albion|Hotspur|Rangers)$/;
/** The second word of a football club's name after its town ("Bristol Rovers", "Aston Villa"). */
const isClubWord = (word: string): boolean => OWN_CLUB_WORDS.test(word) || /^(?:Town|Villa|County)$/.test(word);
/** Prefixes of names that a capital follows inside one word ("McCarthy", "LeBron", "DeSantis", "VanDyke"). */
const NAME_PREFIX = String.raw`(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)`;
// ("LeBron", "McKenna", "DeShawn": a name's prefix with a capital after it.)
const NAME_WORD = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|${NAME_PREFIX}\p{Lu}\p{Ll}+|\p{Lu}\.|(?:al|el|bin|ibn|abu|ad|as)-\p{Lu}\p{Ll}+|\p{Ll}{1,4})$`,
  'u',
);
/** A capital inside one word that a name's prefix explains, or an "O" ("McAllen", "LaGuardia", "OReilly"). */
const PREFIXED_NAME = new RegExp(String.raw`^(?:${NAME_PREFIX}|O)\p{Lu}`, 'u');
/** The same, or an Arabic article before the capital ("ElBaradei"): a name's spelling, no brand's. */
const PREFIXED_WORD = new RegExp(String.raw`^(?:${NAME_PREFIX}|Al|El)\p{Lu}`, 'u');

/** A football score right after a name ("… 2-0 at Wembley"); a tennis set ("6-4") is a player's. */
const SCORE_AFTER = /^ [0-5]-[0-5]\b(?! [0-7]-[0-7])/;
/** Beating, or losing to, someone by a score, in the same clause. */
const BEAT_BY_SCORE =
  /^ (?:beat|beats|defeated|defeats|thrashed|edged|routed|stunned|lost to|lose to|loses to|drew with|drew)\b[^.;,]{1,40}? [0-5]-[0-5]\b(?! [0-7]-[0-7])/;

/** Words that make a "… Center" a body at work rather than a building ("National Hurricane Center"). */
/** Words besides the compass that make a part or an older form of a country, not a body: "Greater Mexico". */
const COUNTRY_QUALIFIERS =
  /^(?:new|greater|little|great|old|inner|outer|coastal|continental|metropolitan|overseas|mainland|rural|free|modern|ancient|imperial|colonial|occupied)$/;
/** Words before "at" that make the name after it a venue: a match, a show or a meeting, or what one did there. */
const VENUE_BEFORE =
  /^(?:finals?|match(?:es)?|games?|semi-?finals?|quarter-?finals?|fixtures?|derby|clash|tie|concerts?|gigs?|shows?|rally|race|tournament|ceremony|summit|talks|conference|festival|exhibition|wedding|funeral|vigil|debut|win|victory|triumph|triumphs|defeat|loss|exit|draw|title|titles|major|crown|goals?|twice|once|scored|won|lost|played|beat|drew|performed|sang|staged|held|raced|triumphed|crashed)$/;

/** Offices held over a land, whose "of" names that land ("the governor of Chiang Rai", "the mayor of Velport"). */
const LAND_OFFICES = /^(?:governor|governors|mayor|mayors|premier|governorship|mayoralty)$/i;

/** Verbs of war whose object is a place, never a person. */
const SIEGE_VERBS =
  /^(?:shelled|shelling|bombed|bombing|bombarded|stormed|besieged|encircled|overran|invaded|occupied|recaptured|retook|liberated)$/;

/** A price's move by a share right after a name: "fell 2.9 percent", "shed about 3%", "rose by 1.2 per cent". */
const MARKET_MOVE =
  /^\s+(?:fell|rose|gained|lost|dropped|jumped|climbed|slipped|slid|tumbled|plunged|plummeted|soared|surged|shed|added|eased|advanced|declined|sank|dipped|rallied|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)/i;

/** Nouns of holding a part of a company, before "in" and its name ("shares in Apple", "a stake in …"). */
const HOLDINGS = /^(?:shares|share|stake|stakes|stock|holding|holdings|shareholders|shareholder)$/;
const CENTRE_WORK =
  /^(?:National|International|Federal|Research|Medical|Cancer|Data|Emergency|Operations|Information|Policy|Studies|Hurricane|Prediction|Weather|Climate)$/;

/** Participles of owning and buying, whose agent is a body when no first name opens it ("owned by Live Nation"). */
const OWNED = /^(?:owned|acquired|bought|purchased|operated|controlled|run|funded|backed|sponsored)$/;
/** Verbs whose object a company holds: "owns Instagram", "agreed to buy Twitter". */
const OWNS = /^(?:owns|own|owned|bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased)$/;
/** A plural noun's singular, by its ending ("cities" → "city", "towns" → "town"). */
const singular = (word: string): string => word.replace(/(?:ies|s)$/, (m) => (m === 'ies' ? 'y' : ''));

const LEADS = /^(?:led|leads|headed|heads|ran|runs|founded|co-founded|cofounded|chaired|chairs)$/;
/**
 * A deal's noun and the preposition before what it is for or from: "a bid for Allergan", "a takeover of
 * Corvane", "a stake in Tesla", "an offer from Brovik", "a merger with Exxon".
 */
const DEAL_OF: Readonly<Record<string, RegExp>> = {
  for: /^(?:bid|bids|offer|offers)$/,
  from: /^(?:bid|bids|offer|offers)$/,
  of: /^(?:takeover|takeovers|acquisition|acquisitions|purchase)$/,
  in: /^(?:stake|stakes|shares)$/,
  with: /^(?:merger|mergers|tie-up)$/,
};
/** "worked at McKinsey", "works for Siemens": where one works is a body. */
const WORKED = /^(?:worked|works|working|work)$/;

/** After a name, the rest of its list and then a plural noun: the kind of thing the list names ("… Fiat and Peugeot cars"). */
const KIND_AFTER_LIST =
  /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*)*\s+\p{Ll}+s\b/u;

/** Those who make a work or product, before "of" and its name. */
const MAKERS = /^(?:maker|makers|creator|creators|developer|developers|publisher|publishers)$/;

/** Verbs by which a maker puts out a product ("OpenAI released ChatGPT"). */
const MAKE_VERBS = /^(?:released|launched|unveiled|introduced|debuted)$/;

/**
 * "Thomas Lane", "Anna Hall": a first name and a surname a place's head also spells are a person; not "George
 * Street".
 */
export function isPersonWithPlaceHead(firstWord: string, lastLower: string): boolean {
  return SURNAME_HEADS.test(lastLower) && lexKind(firstWord) === 'first-name';
}

/** Words for a part or an age of a city before its name ("Central London", "Old Delhi"). */
const CITY_PARTS =
  /^(?:Central|Greater|Inner|Outer|Upper|Lower|Downtown|Uptown|Old|New|North|South|East|West|Northern|Southern|Eastern|Western|Metropolitan|Metro|Suburban|Rural|Urban|Grand)$/;

/** The Sun's planets and the Moon, which name missions' destinations ("a Mars rover"), not missions. */
/** Kinds of bodies in space, before a name ("the asteroid Ryugu"). */
const CELESTIAL_NOUNS = /^(?:asteroid|comet|planet|dwarf-planet|exoplanet|moon|galaxy|meteorite)$/;
const WORLDS = /^(?:Sun|Mercury|Venus|Earth|Moon|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Lunar|Solar)$/;

/** Prepositions and conjunctions a body's name may hold capitalised, a person's never does. */
const NAME_LINKS = /^(?:Without|For|Against|And|With|Across|Beyond|Under|Into|Through|Of)$/;

/** Languages that name no people of their own ("in Latin", "in Mandarin"); the others are their peoples' words. */
const LANGUAGES = new Set(
  'latin mandarin cantonese esperanto sanskrit swahili farsi hindi urdu yiddish gaelic catalan basque tagalog'.split(
    ' ',
  ),
);

/** Places of memory a name and an event's noun may qualify ("the Yasukuni war shrine", "a Vietnam War memorial"). */
const MEMORY_PLACES = /^(?:shrine|memorial|museum|cemetery|monument)$/;

/** Passives whose agent is a person ("signed by", "deported by"): no body signs its name or deports a people. */
const PERSON_AGENT =
  /^(?:signed|appointed|nominated|pardoned|sacked|deported|assassinated|murdered|stabbed|greeted|hugged|kissed|interviewed|painted|composed|knighted|crowned|baptised|baptized)$/;

/** Whether a word is an adjective before a noun of a land, which says which land ("the Himalayan nation"). */
const landsAdjective = (word: string, next: string): boolean =>
  /^(?:nation|country|state|kingdom|republic|region|island|archipelago|peninsula)$/.test(next) &&
  /(?:an|ic|ese)$/.test(word);

function setType(p: Piece, type: EntityType, strength: number): void {
  if (strength > p.strength || p.type === null) {
    p.type = type;
    p.strength = strength;
  }
}

/** Words of land a body or a person holds ("its Velmar heartland", "their northern stronghold"). */
const LAND_HELD = /^(?:heartlands?|strongholds?|homelands?|hinterlands?|backyard|bastions?)$/;

/**
 * Decides the type of `piece` from cues where the split stage left it open, and fills in its role.
 * @example classifyPiece(text, s, piece) // piece.type === 'organization' for "… State Department"
 */
const DETERMINERS_BEFORE = /^(?:the|a)$/;

/**
 * Names listed together are of one kind: a list ("A, B and C") holding a place or an organisation the
 * cues are sure of lends that type to the members they are not ("the provinces of Granada, Almeria and
 * Murcia", "the maker of Jeep, Fiat and Peugeot cars").
 */
/**
 * "a ceasefire between a state and a militia", "clashes between police and the Tigers": two names after "between"
 * and a noun of two sides' dealings are the two sides, often of two kinds; neither lends the other its type
 * ("20,000 acres between Santa Monica and Malibu" are two places). So are two names joined by "and" before a verb
 * of such dealings ("Israel and Hamas agreed to a truce", "Israel and Hamas agree truce").
 */
export function twoSides(text: string, list: readonly Piece[]): boolean {
  const [first, second] = list;
  return (
    list.length === 2 &&
    !!first &&
    !!second &&
    (/\b(?:ceasefire|truce|war|conflict|fighting|clashes|talks|deal|agreement|relations|tensions|hostilities|negotiations|dispute|rivalry|match|final|summit|meeting)\s+between\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, first.start - 40), first.start),
    ) ||
      (/^\s+and\s+(?:the\s+)?$/i.test(text.slice(first.end, second.start)) &&
        /^\s+(?:(?:have|had|has)\s+)?(?:agree[sd]?|sign(?:s|ed)?|clash(?:es|ed)?|fight|fought|traded?|trades|exchanged?|exchanges|negotiated?|negotiates|reached|struck|broker(?:s|ed)?)\b/i.test(
          text.slice(second.end, second.end + 30),
        )))
  );
}

export function classifyLists(text: string, pieces: readonly Piece[]): void {
  for (const list of listsOf(text, pieces)) {
    if (twoSides(text, list)) continue;
    // "mortgage finance companies Fannie Mae and Freddie Mac", "airlines Iberia, Delta and Lufthansa": a plural of a
    // kind of body right before a list says what each member is, whatever a given name or a people's word says.
    // (Not "makers", "producers" or "miners", which may be people: "film producers Ann Lee and Bo Kim".)
    const kind = /(\p{Ll}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, list[0]!.start - 40), list[0]!.start))?.[1];
    if (kind && BODY_KINDS.test(kind) && !/^(?:makers|producers|miners|brands)$/.test(kind)) {
      for (const p of list)
        if (p.type === 'person' || p.type === 'group' || p.type === null)
          setType(p, 'organization', Math.max(2, p.strength + 0.1));
      continue;
    }
    // "reunited with his parents Noam and Aviva", "his brothers Atul and Rajesh": a plural of kin right before a list
    // says each member is a person.
    if (kind && KIN_PLURALS.test(kind)) {
      for (const p of list) if (p.type === 'person' || p.type === null) setType(p, 'person', Math.max(2, p.strength));
      continue;
    }
    const sure = list.map(
      (p) =>
        ((p.type === 'place' || p.type === 'organization') && p.strength >= 1.2) ||
        (p.type === 'thing' && p.strength >= 1.3),
    );
    if (!sure.includes(true)) continue;
    // Each member takes the type of the sure member nearest it: "In the United States, American Airlines,
    // Delta and United …" runs a place phrase into a list of airlines.
    // ("vice presidents Jeffrey Webb of the Cayman Islands and Eugenio Figueredo of Uruguay": a member itself "of" a
    // place, after a list opened by "of", is the next "name of place" of a list of them, no member of the places.)
    const ofOpened = /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, list[0]!.start - 8), list[0]!.start));
    list.forEach((p, k) => {
      if (p.type !== null && p.strength >= 1.2) return;
      if (k > 0 && ofOpened && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(p.end, p.end + 12))) return;
      const near = nearestSure(sure, k);
      const type = list[near]?.type;
      if (type) setType(p, type, 1.2);
    });
    // ("airlines United, Delta and American": a people's word of one word among bodies only is a body's name.)
    const bodies = list.filter((p) => p.type === 'organization').length;
    const people = list.find((p) => p.type === 'group' && p.from === p.to);
    if (people && bodies >= 2 && bodies === list.length - 1) setType(people, 'organization', people.strength + 0.1);
    // ("banks including Goldman Sachs, Morgan Stanley, Citigroup and Deutsche Bank": so is a name read as a person's by
    // its given name alone, with no title or role, when it is the only one among two or more sure bodies.)
    const persons = list.filter((p) => p.type === 'person');
    const sureBodies = list.filter((p, k) => sure[k] && p.type === 'organization').length;
    const lone = persons[0];
    if (
      persons.length === 1 &&
      lone &&
      lone.role === null &&
      lone.strength < 2 &&
      sureBodies >= 2 &&
      sureBodies === list.length - 1
    )
      setType(lone, 'organization', lone.strength + 0.1);
  }
}

/** A party named by its members ("the Free Democrats", "the Tories"). */
const PARTY_MEMBERS =
  /^(?:Democrats|Republicans|Socialists|Conservatives|Liberals|Greens|Nationalists|Communists|Unionists|Tories)$/;

/** Words that make a congress a party's or a union's name ("National Democratic Congress"). */
const CONGRESS_BODY =
  /^(?:National|Democratic|Republican|Socialist|Progressives?|Labour|Labor|Liberal|Trades|Union|Revolutionary|People's)$/;

/** Words opening the names of firms and broadcasters in other languages ("Deutsche Bahn", "Banco Santander"). */
const FOREIGN_BODY_OPENERS =
  /^(?:deutsche|deutscher|banco|banca|banque|société|societe|grupo|groupe|gruppo|compagnie|compañía|compania|koninklijke|svenska|norsk|norske|nippon|caisse|crédit|credit|industrias|industrie|aktiebolaget|empresa)$/;

/** A capitalised word, a hyphen and a country's name, which together no place is ("Meteo-France"). */
function countryBody(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!m || knownPlace(word) || lookupPlace(m[2]!)?.kind !== 'country') return false;
  const head = m[1]!;
  return (
    !lookupPlace(head) && !lookupDemonym(head) && !COMPASS.test(head.toLowerCase()) && lexKind(head) !== 'first-name'
  );
}

/** Diseases named like proper names ("Ebola", "Covid-19", "Zika"). */
const DISEASES = /^(?:Ebola|Covid|COVID|Covid-19|COVID-19|Zika|Marburg|Mpox|Nipah|Lassa|Dengue|Chikungunya|Omicron)$/;

/**
 * Whether `word` is a people's adjective made from a name the text gives: "Tigrayan" from "Tigray", "Kenyan"
 * from "Kenya", "Brazilian" from "Brazil" (a stem of four letters or more, written alone in the text).
 */
function madeFromName(word: string, text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{3,}?)(ian|an|n)$/u.exec(word);
  if (!m) return false;
  const [, stem = '', suffix] = m;
  const stems = suffix === 'n' ? (stem.endsWith('a') ? [stem] : []) : [stem, `${stem}a`, `${stem}e`];
  const names = capitalisedWords(text);
  return stems.some((x) => names.has(x));
}

/**
 * `read` of a text, read once per text and kept until another text comes: a 1 MB text has many pieces, and one
 * regular expression per piece over the whole text made later analyses slower (V8's own caches).
 */
function oncePerText<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** The capitalised words a text writes alone (no hyphen joined). */
const capitalisedWords = oncePerText(
  (text): ReadonlySet<string> => new Set(text.match(/(?<![\p{L}-])\p{Lu}\p{Ll}*(?![\p{L}-])/gu) ?? []),
);

/** "operated by", "owned by", and the country the name after it is of: "operated by Taiwan's ". */
const OPERATED_BY = /\b(?:operated|owned|run|managed|chartered|leased)\s+by\s+\p{Lu}[\p{L}-]*['’]s\s+$/u;

/** A person's full name at `at`: a given name and another capitalised word, or an unknown word and a surname. */
function ownsFullName(tokens: readonly Token[], at: number): boolean {
  const [a, b] = [tokens[at], tokens[at + 1]];
  if (!a?.cap || !a.word || !b?.cap || !b.word || b.start - a.end !== 1) return false;
  const [ka, kb] = [lexKind(a.text), lexKind(b.text)];
  return ka === 'first-name' || (ka === null && kb === 'last-name');
}

/** Works a person makes, after the maker's possessive ("Einstein's theory", "Picasso's paintings"). */
const AUTHORED =
  /^(?:theory|theories|theorem|equations?|novels?|paintings?|poems?|poetry|symphon(?:y|ies)|sonatas?|operas?|plays|sculptures?|writings|teachings|memoirs?|autobiography|philosophy)$/;

/**
 * An appositive's words that say its name is of the possessor's kind: "rival", "partner", "subsidiary". Not a
 * body a person may own or lead ("SpaceX, Elon Musk's company", "Chelsea, Abramovich's club").
 */
function sameKind(words: string): boolean {
  return words
    .toLowerCase()
    .split(/\s+/)
    .some(
      (w) =>
        /^(?:rivals?|competitors?|peers?|counterparts?|partners?|neighbou?rs?|allies|ally)$/.test(w) ||
        (isOrgRoleNoun(w) && !OWNED_BODIES.test(w)),
    );
}

/** Bodies a person may own, found or lead, as a body may. */
const OWNED_BODIES =
  /^(?:company|companies|firm|business|startup|start-up|venture|empire|team|club|party|band|newspaper|channel|label|brand|charity|foundation|group)$/;

/**
 * The lists among `pieces` (in text order): runs of two or more in one sentence joined by commas or "and".
 * @example listsOf(text, pieces) // [[Jeep, Fiat, Peugeot]] for "the maker of Jeep, Fiat and Peugeot cars"
 */
export function listsOf(text: string, pieces: readonly Piece[]): Piece[][] {
  const lists: Piece[][] = [];
  let from = 0;
  // Whether the list so far has its "and": "Founded by A, B and C, Nvidia made …" ends before Nvidia.
  let closed = false;
  for (let i = 1; i <= pieces.length; i++) {
    const before = pieces[i - 1]!;
    const piece = pieces[i];
    // "Pele, Brazil's three-time winner,": a possessive after a comma opens an appositive, no list's next member,
    // unless the appositive says the two are of a kind ("Lockheed Martin, Boeing's rival").
    const between = piece ? text.slice(before.end, piece.start) : '';
    const appositive = piece ? /^['’]s\s+([^,.;:]*)/.exec(text.slice(piece.end, piece.end + 80)) : null;
    // ("Sri Lanka's Ranil Wickremesinghe and Bangladesh's Sheikh Hasina": a name owning the one right after it is
    // no member either; the names they own are of a kind.)
    const next = pieces[i + 1];
    const owner = next !== undefined && /^['’]s\s+[^,.;:()"“”]{0,40}$/.test(text.slice(piece?.end ?? 0, next.start));
    const joined =
      piece !== undefined &&
      before.sentence === piece.sentence &&
      /^(?:\s*,\s*|\s*,?\s+and\s+(?:the\s+)?)$/.test(between) &&
      !(/^\s*,\s*$/.test(between) && appositive && !sameKind(appositive[1]!)) &&
      !owner &&
      !(closed && /^\s*,\s*$/.test(between));
    if (joined) {
      if (/\band\s/.test(between)) closed = true;
      continue;
    }
    if (i - from >= 2 && !apposed(text, pieces, from, i)) lists.push(pieces.slice(from, i));
    from = i;
    closed = false;
  }
  return lists;
}

/**
 * "A former Navy SEAL, Saman Kunan, died": two names joined by a comma alone, the second closed by another comma,
 * are a name and its appositive, no list of two ("Jeep, Fiat and Peugeot" has its "and").
 */
function apposed(text: string, pieces: readonly Piece[], from: number, to: number): boolean {
  const [first, second] = [pieces[from], pieces[from + 1]];
  return (
    to - from === 2 &&
    !!first &&
    !!second &&
    /^\s*,\s*$/.test(text.slice(first.end, second.start)) &&
    /^\s*,/.test(text.slice(second.end, second.end + 3))
  );
}

/** The index of the `true` nearest `k` (the earlier one on a tie), or -1. */
export function nearestSure(sure: readonly boolean[], k: number): number {
  for (let d = 1; d < sure.length; d++) {
    if (sure[k - d]) return k - d;
    if (sure[k + d]) return k + d;
  }
  return -1;
}

/** Plural nouns of kinds of bodies, which "such as" or "including" exemplify ("companies such as X"). */
const BODY_KINDS =
  /^(?:companies|firms|groups|banks|lenders|insurers|carmakers|automakers|airlines|miners|retailers|brands|manufacturers|makers|producers|businesses|corporations|conglomerates|startups|clubs|teams|charities|organisations|organizations|agencies|parties|broadcasters|newspapers|universities|giants)$/;

/**
 * The kind of thing a name is given as an example of, lower case ("towns such as", "companies including",
 * "parties such as the nationalist …", the article and up to two words in lower case stepped over), or ''.
 */
function exemplifiedKind(tokens: readonly Token[], from: number): string {
  const kindBefore = (k: number): string => {
    const word = tokens[k]?.text.toLowerCase() ?? '';
    if (word === 'including') return tokens[k - 1]?.text.toLowerCase() ?? '';
    if (word === 'as' && tokens[k - 1]?.text.toLowerCase() === 'such') return tokens[k - 2]?.text.toLowerCase() ?? '';
    return '';
  };
  const right = kindBefore(from - 1);
  if (right) return right;
  // ("US airlines United, Delta and American": a plural kind of bodies right before the first name too.)
  const plural = tokens[from - 1]?.text ?? '';
  if (BODY_KINDS.test(plural) && /^[,]$|^and$/.test(tokens[from + 1]?.text ?? '')) return plural;
  let k = from - 1;
  while (
    k > from - 3 &&
    /^\p{Ll}{3,}$/u.test(tokens[k]?.text ?? '') &&
    !FUNCTION_WORDS.has(tokens[k]!.text) &&
    !kindBefore(k)
  )
    k--;
  return /^(?:the|a|an)$/.test(tokens[k]?.text ?? '') ? kindBefore(k - 1) : '';
}

/** The text of a sentence, from its first token to its last. */
const sentenceText = (text: string, s: SentenceTokens): string =>
  text.slice(s.tokens[0]?.start ?? 0, s.tokens[s.tokens.length - 1]?.end ?? 0);

export function classifyPiece(text: string, s: SentenceTokens, piece: Piece): void {
  const { tokens } = s;
  const first = tokens[piece.from];
  const last = tokens[piece.to];
  if (!first || !last) return;
  const firstL = first.text.toLowerCase();
  // "World War II", "Apollo 11": the head word is the one before a closing numeral.
  const closing = piece.to > piece.from && /^(?:[IVX]+|\d{1,3})$/.test(last.text) ? tokens[piece.to - 1] : undefined;
  const lastL = (closing ?? last).text.toLowerCase().replace(/\.$/, '');
  const prev = tokens[piece.from - 1];
  const prevL = prev?.word ? prev.text.toLowerCase() : '';
  const next = tokens[piece.to + 1];
  const nextL = next?.text.toLowerCase() ?? '';
  const apostrophe = /^['’]$/.test(next?.text ?? '');
  // The dot after an initial ("J. Smith") is no word.
  let words = piece.to - piece.from + 1;
  for (let i = piece.from + 1; i <= piece.to; i++)
    if (tokens[i]?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '')) words--;

  // "the Korean peninsula", "the Malay peninsula", "the Sinai peninsula": a people's word or a place's name before
  // "peninsula" in lower case names the peninsula, a place whose name takes the word in.
  if (
    words === 1 &&
    (lookupDemonym(first.text) !== null || knownPlace(first.text)) &&
    next?.text === 'peninsula' &&
    next.start === last.end + 1
  ) {
    piece.to += 1;
    piece.end = next.end;
    piece.text = text.slice(piece.start, piece.end);
    piece.country = null;
    piece.type = 'place';
    piece.strength = 3;
    return;
  }
  // "told cardinals in Latin", "spoke in Mandarin", "written in English": a language after a verb of speaking or
  // writing and "in" is no entity of this app's types (not a place, nor a people).
  if (
    words === 1 &&
    prevL === 'in' &&
    lookupPlace(first.text) === null &&
    (lookupDemonym(first.text) !== null || LANGUAGES.has(firstL)) &&
    tokens
      .slice(Math.max(0, piece.from - 6), piece.from - 1)
      .some((t) =>
        /^(?:spoke|speak|speaks|speaking|said|says|told|tells|wrote|written|writes|sang|sung|sings|dubbed|subtitled|translated|tweeted|addressed|fluent)$/.test(
          t.text.toLowerCase(),
        ),
      )
  ) {
    piece.type = null;
    piece.strength = 0;
    return;
  }
  // "Elton John's Farewell Yellow Brick Road tour": a name of more than one word between a performer's
  // possessive and "tour" or "festival" is that tour's, whatever its head word (not "the Rolling Stones tour").
  if (words > 1 && /^(?:tour|festival)$/.test(nextL) && prev?.possessive) {
    setType(piece, 'event', 2.5);
    return;
  }
  // "In Paris, Total fell 2.9 percent", "Eni shed 3 percent": a name whose price moves by a share is a company's (a
  // known place stays one: "Tokyo fell 1.2 percent" names its market by it).
  if (
    words <= 3 &&
    MARKET_MOVE.test(text.slice(last.end, last.end + 48)) &&
    // (Not a market's index: "the Korea Composite Stock Price Index fell 2 percent" is a thing.)
    !THING_HEADS.has(lastL) &&
    !knownPlace(piece.text) &&
    !lookupDemonym(piece.text) &&
    (piece.type === null || piece.strength < 2.2)
  ) {
    setType(piece, 'organization', 2.2);
    return;
  }
  // "PALU, Indonesia (AFP) -": the town of a wire story's place line (a sentence of its own, see segment).
  if (piece.from === 0 && !/\p{Ll}/u.test(piece.text) && opensWithPlaceLine(sentenceText(text, s))) {
    piece.type = 'place';
    piece.strength = 3;
    piece.role = null;
    piece.placeLine = true;
    return;
  }
  // "Person of the Year", "Player of the Season", "Man of the Match": an honour (an event in this app's types),
  // not the person who wins it.
  if (words >= 4 && /\bof the (?:Year|Decade|Century|Season|Match|Tournament|Series|Month|Week)$/.test(piece.text)) {
    piece.type = 'event';
    piece.strength = 2.5;
    piece.role = null;
    return;
  }
  // "Deutsche Telekom", "Banco Santander", "Societe Generale", "Grupo Bimbo": a word that opens the names of firms and
  // broadcasters in other languages makes a body of the name, whose two words read like a person's.
  if (words > 1 && FOREIGN_BODY_OPENERS.test(firstL)) setType(piece, 'organization', 2.2);
  // "Silvio Berlusconi's Forza Italia", "Elon Musk's SpaceX": a name owned by a person named in full, opening with
  // no given name and no place, is what the person leads or made, a body (a kin's or a title's noun between
  // names a person: "Joe Biden's son Hunter").
  const ownerName = prev?.possessive ? prev.text.replace(/['’]s?$/, '') : '';
  if (
    ownerName &&
    lexKind(tokens[piece.from - 2]?.text ?? '') === 'first-name' &&
    // (Not a place's: "Sri Lanka's Ranil Wickremesinghe".)
    !knownPlace(`${tokens[piece.from - 2]!.text} ${ownerName}`) &&
    !knownPlace(ownerName) &&
    lexKind(first.text) !== 'first-name' &&
    !knownPlace(piece.text) &&
    !lookupDemonym(first.text) &&
    words <= 3
  )
    setType(piece, 'organization', 1.6);
  // "Meteo-France", "Radio-Canada": a word joined by a hyphen before a country's name, one word no place, is a
  // body named for its country (not "Austria-Hungary", "Guinea-Bissau", nor "Jean-France", a given name).
  if (words === 1 && countryBody(first.text)) setType(piece, 'organization', 2.2);
  // "its giant Starship rocket": a name before a craft's head noun names the craft, and takes no role.
  const craft = next?.start === last.end + 1 && THING_HEADS.has(nextL) && !next.cap;
  // So does a name before "group" or "party" (below): "the leftist Syriza party" is no leftist's name.
  // ("His National People's Power coalition": so does a name of more words, no given name first, before a
  // coalition's, an alliance's or a bloc's noun; one word may be a leader's surname ("the Smith coalition"), and a
  // given name first keeps a person ("the Bob Smith coalition").)
  // ("Iraq's Hashed al-Shaabi paramilitary force", "the Sudan People's rebel movement": past one adjective in lower
  // case, before a force's or a movement's noun too.)
  const kindAt = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
  const adjectived =
    next?.word &&
    !next.cap &&
    /^\p{Ll}{4,}$/u.test(next.text) &&
    !FUNCTION_WORDS.has(nextL) &&
    /^(?:group|militia|faction|party|force|forces|movement)$/.test(kindAt(piece.to + 2)) &&
    tokens[piece.to + 2]!.start === next.end + 1;
  // "Bachpan Bachao Andolan (Save the Childhood Movement)": a name given again in translation, in brackets right
  // after it, ending on a body's head, is that body's.
  const translated =
    words > 1 && next?.text === '(' && (piece.type === null || piece.type === 'person')
      ? TRANSLATED_AFTER.exec(text.slice(last.end, last.end + 90))
      : null;
  if (
    translated &&
    lexKind(first.text) !== 'first-name' &&
    ORG_HEADS.has(/(\p{L}+)\)$/u.exec(translated[0])![1]!.toLowerCase())
  )
    setType(piece, 'organization', 2.2);
  // "the Islamic State (IS) group": its acronym in brackets between the name and the noun.
  const acronymThenGroup =
    next?.text === '(' &&
    /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(tokens[piece.to + 2]?.text ?? '') &&
    tokens[piece.to + 3]?.text === ')' &&
    /^(?:group|militia|faction|party|movement)$/.test(kindAt(piece.to + 4));
  const grouped =
    (acronymThenGroup && !knownPlace(piece.text) && !lookupDemonym(piece.text)) ||
    (next?.word &&
      (/^(?:group|militia|faction|party)$/.test(nextL) ||
        (/^(?:coalition|alliance|bloc)$/.test(nextL) && words > 1 && lexKind(first.text) !== 'first-name') ||
        adjectived ||
        // ("held by leftist FARC rebels", "M23 fighters": an acronym before its members' noun is their body's.)
        (/^(?:rebels|guerrillas|insurgents|militants|fighters|militiamen|jihadists)$/.test(nextL) &&
          /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(piece.text)) ||
        // ("his Truth Social network": a platform someone owns is a body's.)
        (/^(?:network|platform)$/.test(nextL) && /^(?:his|her|its|their)$/.test(tokens[piece.from - 1]?.text ?? ''))) &&
      next.start - last.end === 1 &&
      !knownPlace(piece.text) &&
      !lookupDemonym(piece.text));
  // "smaller parties such as the nationalist Sanseito": one of a kind of bodies, whatever the word before it.
  const exampleBody = BODY_KINDS.test(exemplifiedKind(tokens, piece.from));
  if (exampleBody && (piece.type === null || piece.type === 'person') && words === 1) setType(piece, 'organization', 2);
  if (
    !craft &&
    !grouped &&
    !exampleBody &&
    piece.role === null &&
    (piece.type === null || piece.type === 'person' || piece.type === 'organization')
  ) {
    // "Ntaganda's former commander, UPC leader Thomas Lubanga": a name right before a body's office and another
    // name is that body's; the role before it is the office holder's.
    const headsOffice =
      next?.word === true &&
      !next.cap &&
      next.start === last.end + 1 &&
      BODY_OFFICES.has(nextL) &&
      tokens[piece.to + 2]?.cap === true &&
      tokens[piece.to + 2]?.word === true;
    // ("Presidents X and Y": a plural role before a list of names is each one's.)
    const listed = headsOffice ? null : roleOfList(text, tokens, piece.from);
    const before = headsOffice || listed ? listed : roleBefore(text, tokens, piece.from);
    const after = before || headsOffice ? null : roleAfter(text, tokens, piece.to);
    const found = before ?? after;
    if (found) {
      piece.role = found.role;
      // ("first joined United as a teenager": a role after "as" is a person's, never a body's.)
      if (found === after && tokens[piece.to + 1]?.text === 'as') piece.roleAs = true;
      // "PSG owner Qatar Sports Investments": a body's head word names a body whatever its role.
      // A first name may open it when the head is a plural no surname is ("Harlan Genetics", "Tyson Foods").
      // "the centrist Liberal Democrats": a name ending on its members' plural is a party.
      const body =
        (words > 1 && ORG_HEADS.has(lastL) && (lexKind(first.text) !== 'first-name' || /[^s]s$/.test(lastL))) ||
        (words > 1 && PARTY_MEMBERS.test(last.text));
      if (!found.neutral && (piece.type === null || piece.type === 'person')) {
        setType(piece, found.organization || body ? 'organization' : 'person', before ? 2.5 : 2);
      }
    }
  }
  // "the aircraft carrier USS Gerald R. Ford", "HMS Queen Elizabeth": a ship's prefix opens a ship's name, a thing.
  if (words > 1 && /^(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS|MV|RV|INS)$/.test(first.text)) setType(piece, 'thing', 3.2);
  // "Flight JL516", "Malaysia Airlines Flight MH370": a flight's code after its noun is the flight, a thing.
  if (words === 1 && prevL === 'flight' && /^\p{Lu}{1,3}\d+$/u.test(first.text)) setType(piece, 'thing', 2.4);
  // "boarded an Emirates flight to Dubai", "a Qantas jet": a name between "a"/"an" and a flight's or an airliner's
  // noun is its airline (or maker), a body, even one that is a place's name too.
  if (
    /^an?$/i.test(prevL) &&
    next?.word &&
    !next.cap &&
    next.start === last.end + 1 &&
    /^(?:flights?|jets?|airliners?|planes?)$/.test(nextL) &&
    !lookupDemonym(piece.text) &&
    // (Not a model: "a Boeing 737 MAX jet".)
    !/\d/.test(piece.text)
  )
    setType(piece, 'organization', 3.2);
  if (piece.type !== null && piece.strength >= 3) return;
  // "the Mozambique Channel", "the English Channel": a channel named after a land or its people is a sea's strait,
  // not a broadcaster ("the Discovery Channel").
  if (lastL === 'channel' && words > 1) {
    const land = text.slice(piece.start, tokens[piece.to - 1]!.end);
    if (lookupPlace(land) || lookupDemonym(land)) {
      setType(piece, 'place', 2.5);
      return;
    }
  }
  // "the container ship Ever Given", "a capsule named Phoenix", "the Hubble Space Telescope": a thing made.
  // "The first malaria vaccine, Mosquirix, made by …": a name set off by commas after the noun names it too.
  const nounAt =
    /^(?:named|called|dubbed)$/.test(prevL) || (prev?.text === ',' && next?.text === ',')
      ? piece.from - 2
      : piece.from - 1;
  const nounBefore = tokens[nounAt];
  const namedByNoun = nounBefore?.word === true && !nounBefore.cap && THING_NOUNS.has(nounBefore.text.toLowerCase());
  if (
    namedByNoun ||
    // "the Singapore-flagged Dali", "a Liberian-flagged tanker": what sails under a flag is a vessel.
    /^(?:\S+-)?flagged$/.test(prevL) ||
    (words > 1 && THING_HEADS.has(lastL)) ||
    // "St Edward's Crown", "the Gold State Coach": regalia and carriages of state.
    (words > 1 && /^(?:crown|sceptre|scepter|throne|coach|carriage)$/.test(lastL) && !next?.cap) ||
    // "the Smart Lander for Investigating Moon": or its head before "for" or "of" that ends the name's first part.
    (words > 2 &&
      tokens
        .slice(piece.from + 1, piece.to)
        .some((t, k, all) => /^(?:for|of)$/.test(all[k + 1]?.text ?? '') && THING_HEADS.has(t.text.toLowerCase())))
  ) {
    // ("its mothership Rosetta, …": a noun of craft a determiner or a possessive opens names what the name is, over
    // the given name's or the place's reading of its other mentions; not a work's, which a role before a person
    // named like it outvotes: "The epic Halloran … physicist Edwin Halloran".)
    const opened =
      namedByNoun &&
      CRAFT_NOUNS.test(nounBefore.text.toLowerCase()) &&
      /^(?:the|a|an|its|his|her|their|our|this|that)$/i.test(tokens[nounAt - 1]?.text ?? '');
    setType(piece, 'thing', opened ? 2.6 : 2.4);
    return;
  }
  // "Tecate and Dos Equis beers", "Marlboro Gold cigarettes": a name of two words or more right before a plural of
  // goods is a brand's, no person's (a maker's name ends on its head: "General Motors cars").
  if (
    words > 1 &&
    next?.start === last.end + 1 &&
    !next.cap &&
    /^(?:beers|lagers|wines|whiskies|spirits|cigarettes|cars|trucks|phones|smartphones|handsets|laptops|watches|shoes|sneakers|drinks|sodas)$/.test(
      nextL,
    ) &&
    !ORG_HEADS.has(lastL) &&
    !knownPlace(piece.text) &&
    !lookupDemonym(piece.text) &&
    lexKind(piece.text) === null &&
    piece.role === null
  ) {
    setType(piece, 'thing', 2.4);
    return;
  }
  // "the Black Monday crash", "Super Tuesday": a day named for what happened or happens on it is an event.
  if (words === 2 && isNamedDay(first.text, last.text)) {
    setType(piece, 'event', 2.4);
    return;
  }
  // "the spread of Ebola", "Covid-19 vaccines": a disease named after a virus or a river is a thing, no body.
  // (Not before the word for its spread: "the Covid-19 pandemic", "the Ebola outbreak" are events.)
  if (words === 1 && DISEASES.test(piece.text) && !/^(?:pandemic|epidemic|outbreak)s?$/.test(nextL)) {
    setType(piece, 'thing', 2.4);
    return;
  }
  // "the asteroid Ryugu", "comet Hale-Bopp": a body in space named after its kind is a place, as "Mars" is.
  if (nounBefore?.word && !nounBefore.cap && CELESTIAL_NOUNS.test(nounBefore.text)) {
    setType(piece, 'place', 2.4);
    return;
  }
  // 'won the prize for "Emilia Perez"', 'the creator of "Star Wars"': a name alone inside quotation marks is a
  // work's title (or a nickname), not a person, unless the lexicon or the gazetteer knows it.
  if (
    /^["“]$/.test(prev?.text ?? '') &&
    /^["”]$/.test(next?.text ?? '') &&
    (piece.type === null || piece.strength < 2) &&
    !knownPlace(piece.text) &&
    !/^(?:organization|city|region|country|place)$/.test(lexKind(piece.text) ?? '')
  ) {
    // ('drug lord Joaquin "El Chapo" Guzman', 'Earvin "Magic" Johnson': between a given name and a capitalised
    // word, right against both, it is the person's nickname.)
    const given = tokens[piece.from - 2];
    const after = tokens[piece.to + 2];
    const nickname =
      given?.cap === true &&
      lexKind(given.text) === 'first-name' &&
      given.end + 1 === prev!.start &&
      after?.cap === true &&
      after.word &&
      next!.end + 1 === after.start;
    if (nickname) setType(piece, 'person', 2.5);
    // ('a group calling itself the "Peace at Home Council"': a name in quotes closed by a body's head is the body's,
    // after "calling itself", "called" or "known as"; not a work's title: 'starred in "The Social Network"'.)
    else if (
      words > 1 &&
      ORG_HEADS.has(lastL) &&
      /\b(?:call(?:s|ed|ing)\s+(?:itself|themselves)|called|known\s+as|named)\s+(?:the\s+)?["“]$/i.test(
        text.slice(Math.max(0, prev!.start - 40), prev!.end),
      )
    )
      setType(piece, 'organization', 2);
    else setType(piece, 'thing', 2);
    return;
  }
  // "beating Borussia Dortmund 2-0", "Borussia Dortmund beat them 2-0": a name no first name opens, before a
  // football score or beating someone by one, is a team ("Carlos Alcaraz 6-4" stays a person). So is a given name
  // alone ("West Ham beat Chelsea 2-0"): people go by their surnames.
  if (
    (piece.type === null || (piece.type === 'person' && piece.strength < 1.4)) &&
    (words > 1 ? lexKind(first.text) !== 'first-name' : lexKind(first.text) === 'first-name') &&
    (SCORE_AFTER.test(text.slice(last.end)) || BEAT_BY_SCORE.test(text.slice(last.end)))
  )
    setType(piece, 'organization', 2);
  // "The Serb, who has won 24 titles": one of a people, by a noun their adjective is not.
  const people = words === 1 && lexKind(first.text) !== 'first-name' ? lookupPeopleNoun(first.text) : null;
  if (people) {
    setType(piece, 'group', 3);
    piece.country = people;
    return;
  }
  // "the Nuer ethnic group", "the Hema community", "the Tharu people", "Dinka civilians"; "Kiir, a Dinka, …": a
  // word before a noun of a people or its members, or one of them set off after "a", is a people's name.
  const peopleAfter =
    next?.word === true &&
    !next.cap &&
    next.start === last.end + 1 &&
    /^(?:people|peoples|community|communities|ethnic|tribe|tribes|tribesmen|clan|clans|civilians|herders|villagers)$/.test(
      nextL,
    );
  const oneOf =
    /^an?$/.test(prevL) &&
    tokens[piece.from - 2]?.text === ',' &&
    /^[,.;]$/.test(next?.text ?? '') &&
    lexKind(first.text) === null;
  if (
    words === 1 &&
    (peopleAfter || oneOf) &&
    (piece.type === null || piece.strength < 2) &&
    lexKind(first.text) !== 'organization' &&
    !knownPlace(piece.text) &&
    !/^\p{Lu}{2,}$/u.test(piece.text)
  ) {
    setType(piece, 'group', 2);
    // ("the rival Lendu people": an adjective before a people is no role.)
    piece.role = null;
    return;
  }
  // "the Tigrayan authorities" in a story of Tigray: a people's adjective the gazetteer lacks, made from a name the
  // text gives ("-an", "-ian", "-n" after "-a").
  if (
    words === 1 &&
    (piece.type === null || piece.strength < 2) &&
    lexKind(first.text) === null &&
    !lookupDemonym(first.text) &&
    madeFromName(first.text, text)
  ) {
    setType(piece, 'group', 2);
    return;
  }

  // "Moody's Analytics", "Sotheby's": a name the tokens kept whole with its "'s" is a firm's, no person's.
  if (tokens.slice(piece.from, piece.to + 1).some((t) => ownsS(t.text))) {
    setType(piece, 'organization', 2.4);
    return;
  }
  // "Napoleon III", "Louis XIV": one name and a regnal number are a monarch (not "World War II", "Vatican II",
  // nor "its Artemis III mission").
  if (
    words === 2 &&
    !EVENT_NOUNS.has(nextL) &&
    !THING_HEADS.has(nextL) &&
    nextL !== 'mission' &&
    /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XXI{0,3})$/.test(last.text) &&
    NAME_WORD.test(first.text) &&
    // (A word that is common too before a numeral of three letters or more: "Benedict XVI", "Pius XII".)
    (lexKind(first.text) !== 'common' || last.text.length >= 3) &&
    !knownPlace(first.text) &&
    !EVENT_HEADS.has(firstL) &&
    !ORG_HEADS.has(firstL)
  ) {
    setType(piece, 'person', 2.2);
    return;
  }
  // "Parks Canada", "Statistics Canada", "Team USA": a common word before a country's name, no place of its own,
  // names that country's agency or team ("Greater Manchester", "New Mexico" and "Equatorial Guinea" are places);
  // so does a word the lexicon does not know ("Garuda Indonesia", "Telkom Indonesia").
  if (
    words === 2 &&
    !s.cased &&
    (piece.type === null || piece.strength < 2) &&
    lookupPlace(last.text)?.kind === 'country' &&
    (lexKind(first.text) === 'common' || lexKind(first.text) === null) &&
    !lookupPlace(first.text) &&
    !lookupDemonym(first.text) &&
    !knownPlace(piece.text) &&
    !COUNTRY_QUALIFIERS.test(firstL) &&
    !COMPASS.test(firstL)
  ) {
    setType(piece, 'organization', 2);
    return;
  }

  // Shape and head words. "the Princess of Wales", "the Emir of Qatar": a person named by a title.
  if (words > 2 && LAND_TITLE.test(firstL) && tokens[piece.from + 1]?.text === 'of') setType(piece, 'person', 2.2);
  // "the US Congress", "the Peruvian Congress": a country's congress is its legislature, a body.
  else if (
    lastL === 'congress' &&
    words > 1 &&
    (lookupPlace(first.text)?.kind === 'country' ||
      // (A country's people, not a creed: "the Communist Party Congress" is a meeting.)
      lookupDemonym(first.text)?.country ||
      // "the National Democratic Congress", "the Trades Union Congress": a party or a union, not a meeting
      // ("the 20th National Congress", "the Party Congress" are meetings); so is one an acronym in brackets names
      // ("the All Progressives Congress (APC)", "the Trinamool Congress (TMC)").
      ((tokens.slice(piece.from, piece.to).some((t) => CONGRESS_BODY.test(t.text)) ||
        (next?.text === '(' &&
          /^\p{Lu}{2,6}$/u.test(tokens[piece.to + 2]?.text ?? '') &&
          tokens[piece.to + 3]?.text === ')')) &&
        !tokens.slice(Math.max(0, piece.from - 1), piece.to).some((t) => /^(?:\d+\w*|Party)$/.test(t.text))))
  )
    setType(piece, 'organization', 2.2);
  // "Atletico Nacional", "Olympique Lyonnais", "Dynamo Kyiv": a sports club's first word opens its name.
  else if (words > 1 && CLUB_FIRSTS.has(firstL)) setType(piece, 'organization', 2);
  // "the Palace of the Revolution", "the Cathedral of the Assumption": a building's or a square's noun opening a
  // name before "of" makes a place, whatever the name after it ("the Square of the Revolution"). (Not a church or
  // a hall, which may be a body: "the Church of England", "the Hall of Fame"; nor a museum, an institution too.)
  else if (
    words > 2 &&
    /^(?:palace|square|cathedral|basilica|mosque|temple|shrine|monument|tomb|bridge|gate)$/.test(firstL) &&
    tokens[piece.from + 1]?.text === 'of'
  )
    setType(piece, 'place', 2);
  // "the War of Independence", "the Battle of the Somme", "the Treaty of Versailles": a war's, a battle's or a
  // treaty's noun opening a name before "of" makes an event, whatever the name after it. So does a contest's or a
  // festival's ("the Africa Cup of Nations", "the Festival of Britain").
  else if (
    words > 2 &&
    /^(?:war|battle|siege|treaty|massacre|uprising|revolution|invasion|armistice|peace|cup|festival|tournament)$/.test(
      firstL,
    ) &&
    tokens[piece.from + 1]?.text === 'of'
  )
    setType(piece, 'event', 2);
  // "three World Cups": an event's head in the plural names its editions.
  else if ((EVENT_HEADS.has(lastL) || EVENT_HEADS.has(lastL.replace(/s$/, ''))) && words > 1)
    setType(piece, 'event', 2);
  // "the Arab Spring", "the Prague Spring": a season of revolt named after its land or people (not "Palm Springs").
  else if (last.text === 'Spring' && words === 2 && (knownPlace(first.text) || lookupDemonym(first.text) !== null))
    setType(piece, 'event', 2);
  // "the Paralympics"; "the Nobel Prize in Literature": a prize in its field; "the Presidential Medal of Freedom":
  // an honour "of" what it honours.
  else if (
    // ("Olympic gold", "an Olympic medal": the adjective alone names the Games before a word of their contests;
    // not a size, "500 Olympic swimming pools".)
    (words === 1 &&
      (EVENT_NAMES.has(firstL) ||
        (EVENT_NAMES.has(`${firstL}s`) && OLYMPIC_CONTEST.test(tokens[piece.to + 1]?.text ?? '')))) ||
    / (?:Prize|Award) in /.test(piece.text) ||
    /\b(?:Medal|Prize|Award) of /.test(piece.text)
  )
    setType(piece, 'event', 2.2);
  // "Cyclone Hidaya", "Tropical Storm Alberto", "Super Typhoon Haiyan"; not a body or a building named after
  // them ("the National Hurricane Center", "Operation Smile Foundation").
  else if (
    ((EVENT_FIRSTS.has(firstL) && words > 1) ||
      (words > 2 && EVENT_FIRSTS.has(tokens[piece.from + 1]?.text.toLowerCase() ?? ''))) &&
    !ORG_HEADS.has(lastL) &&
    !PLACE_HEADS.has(lastL)
  )
    setType(piece, 'event', 2.2);
  // "The last hurricane to hit the area was Patricia in 2015, which made landfall …": what makes landfall is a storm.
  else if (
    /^(?:\s+in\s+\d{4})?,?\s+(?:which\s+|that\s+)?(?:made|makes|make|making)\s+landfall\b/.test(
      text.slice(last.end, last.end + 40),
    )
  )
    setType(piece, 'event', 2.2);
  // "the governor of the Federal District": a district, a territory or a province a governor or a mayor holds
  // office over is a land, not a body ("the Unified School District" is one).
  else if (
    prevL === 'the' &&
    tokens[piece.from - 2]?.text === 'of' &&
    LAND_OFFICES.test(tokens[piece.from - 3]?.text ?? '') &&
    /^(?:district|territory|province|prefecture|region)$/.test(lastL)
  )
    setType(piece, 'place', 2.2);
  // ("Margaret Court", "Charlotte Church": a given name before a head that is also a surname is a person's.)
  else if (
    ORG_HEADS.has(lastL) &&
    !(words === 2 && /^(?:court|church)$/.test(lastL) && lexKind(first.text) === 'first-name')
  )
    setType(piece, 'organization', 2.2);
  // "the Bundesliga", "the Euroleague", "LaLiga": a league's one-word name is a body, not a place; so is a
  // bank's ("the Bundesbank", "Sberbank", "Rabobank").
  else if (
    words === 1 &&
    /^\p{Lu}\p{L}{2,}(?:liga|league|bank)$/iu.test(first.text) &&
    !/^(?:liga|league|bank)$/i.test(first.text)
  )
    setType(piece, 'organization', 2);
  // "The 63-year-old Social Democrat", "a Christian Democrat leader": one member of a party named by its members
  // is one of a group of people, no person's name.
  else if (
    words === 2 &&
    /^(?:Social|Christian|Free|Liberal|Progressive|Democratic|Sweden|Swiss)$/.test(first.text) &&
    /^(?:Democrat|Republican|Socialist|Conservative|Liberal|Nationalist|Unionist)$/.test(last.text)
  )
    setType(piece, 'group', 2);
  // "the Free Democrats", "Sweden Democrats", "Human Rights Watch": a party named by its members, a rights group.
  else if (
    PARTY_MEMBERS.test(last.text) ||
    (words > 2 && tokens.slice(piece.from, piece.to).some((t) => t.text === 'Rights'))
  )
    setType(piece, 'organization', 2);
  // "National Hurricane Center", "Research Center": a centre of work, not a building.
  else if (
    /^cent(?:er|re)$/.test(lastL) &&
    (tokens.slice(piece.from, piece.to).some((t) => CENTRE_WORK.test(t.text)) ||
      // "the Carter Center said": a centre that speaks is a body.
      (SPEECH_VERBS.has(nextL) && next?.start === last.end + 1))
  )
    setType(piece, 'organization', 2.2);
  // "Thomas Lane", "Anna Hall": a first name and a surname a place's head also spells are a person. "Mount"
  // opens a mountain's name ("Mount Everest"), so one it ends is a surname's ("Mason Mount"). A whole name the
  // lexicon knows as a body's is one ("Manchester City", "Stoke City": clubs).
  else if (
    PLACE_HEADS.has(lastL) &&
    words > 1 &&
    lexKind(piece.text) !== 'organization' &&
    !(words === 2 && isPersonWithPlaceHead(first.text, lastL)) &&
    !/^(?:mount|mt)$/.test(lastL) &&
    // ("the Council of State", "the Department of State": a body's first word and "of" name the body.)
    !(ORG_FIRSTS.has(firstL) && tokens[piece.from + 1]?.text === 'of') &&
    // ("the Islamic State group's last scrap of territory", "Islamic State militants": a name before a body's or an
    // armed band's noun is the body's.)
    !(
      next?.start === last.end + 1 &&
      /^(?:group|militants|fighters|jihadists|militia|militias|organisation|organization)(?:['’]s?)?$/.test(nextL)
    )
  )
    setType(piece, 'place', 2);
  else if (ORG_FIRSTS.has(firstL) && tokens[piece.from + 1]?.text === 'of') setType(piece, 'organization', 2.2);
  // "the River Seine", "Lake Victoria", "the Kingdom of Hawaii": a land's or water's first word, no body's head;
  // "Estadio Azteca", "the Stade de France" (a stadium "de" a place; "Stade Rennais" is a club).
  else if (
    words > 1 &&
    (PLACE_FIRSTS.has(firstL) ||
      (firstL === 'stade' && /^(?:de|du|des)$/.test(tokens[piece.from + 1]?.text ?? '')) ||
      // "the Place de la Concorde", "Puerta del Sol", "Pont des Arts": a square's, a street's or a bridge's first
      // word in French, Spanish, Portuguese or Italian before its "de".
      (/^(?:place|rue|pont|porte|parc|palais|puerta|puente|paseo|avenida|praca|praça|via|viale|corso|largo|ponte)$/.test(
        firstL,
      ) &&
        /^(?:de|du|des|del|della|delle|dei|di|do|da|dos|das)$/.test(tokens[piece.from + 1]?.text ?? '')) ||
      // "the Sea of Japan", "the Strait of Hormuz" (not "Sea Shepherd").
      (/^(?:sea|ocean|strait|straits)$/.test(firstL) && tokens[piece.from + 1]?.text === 'of') ||
      // "on Court Philippe-Chatrier": a tennis court by its name (not "the Court of Appeal", "Court TV").
      (firstL === 'court' && tokens[piece.from + 1]?.text !== 'of' && !/^\p{Lu}{2,}$/u.test(last.text))) &&
    !tokens.slice(piece.from + 1, piece.to + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()))
  )
    setType(piece, 'place', 2);
  else if (words > 1 && [...tokens.slice(piece.from, piece.to)].some((t) => ORG_HEADS.has(t.text.toLowerCase()))) {
    setType(piece, 'organization', 1.5);
  }
  // "Euro 2024", "Fan Expo Canada 2016": a name that ends on its year (findRuns joins it) is an edition of an event.
  if (piece.to > piece.from && /^(?:19|20)\d\d$/.test(last.text)) setType(piece, 'event', 2.4);
  // "Roe v. Wade": a court case, named by its two parties, is a proceeding.
  if (tokens.slice(piece.from + 1, piece.to).some((t) => t.text === 'v' || t.text === 'vs'))
    setType(piece, 'event', 2.4);
  // "the Lion Air disaster": a body's name before an event's noun names the event.
  if (piece.type === 'organization' && EVENT_NOUNS.has(nextL) && next?.start === last.end + 1)
    setType(piece, 'event', 2.3);
  // "the Islamic State group", "the Wagner group": a name no place is, right before "group" or "militia", is
  // the group's, whatever its head word; so is one before "party" ("the conservative New Democracy party").
  if (grouped) setType(piece, 'organization', 2.2);
  if (piece.type !== null && piece.strength >= 2) return;

  // Context.
  const before2 = tokens[piece.from - 2]?.text.toLowerCase() ?? '';
  const after2 = tokens[piece.to + 2];
  // The kind of thing a name is given as an example of ("towns such as", "companies including"), or ''.
  const exemplified = exemplifiedKind(tokens, piece.from);
  // "the founder and chairman of China Evergrande", "shareholders of Acme", "a subcontractor of Northrop Grumman":
  // what one founds, chairs, owns, holds shares of or works for as a unit or a contractor, after "of", is a body
  // (not a place: "the mayor of Lyon", "the president of France").
  if (
    prevL === 'of' &&
    /^(?:founder|co-founder|chairman|chairwoman|owner|owners|shareholders?|boss|ceo|executive|employees|shares|stake|subsidiary|subcontractor|contractor|supplier|unit|division|affiliate)$/.test(
      before2,
    ) &&
    !knownPlace(piece.text) &&
    piece.strength < 1.5
  )
    setType(piece, 'organization', 1.5);
  // ("to create an Islamic state in the north": not a state's kind after "a" or "an", no state's name.)
  if (
    next?.word &&
    PLACE_FOLLOWERS.has(nextL) &&
    next.start - last.end === 1 &&
    !(nextL === 'state' && /^(?:a|an)$/.test(prevL))
  )
    setType(piece, 'place', 1.8);
  // "the Katunayake air base", "the Hmeimim military base": a base of the forces is where the name is.
  else if (next?.word && /^(?:air|naval|military|army|navy)$/.test(nextL) && after2?.text === 'base')
    setType(piece, 'place', 1.8);
  // "the Blue Lagoon geothermal spa": one adjective between the name and the noun. So before a nuclear plant
  // ("the Fukushima nuclear plant"; not "the Toyota plant", a firm's), and a site of enrichment, tests or
  // launches ("the Natanz enrichment site", "the Sohae launch facility").
  else if (
    (next?.word &&
      !next.cap &&
      !FUNCTION_WORDS.has(nextL) &&
      after2?.word &&
      (PLACE_FOLLOWERS.has(after2.text) || (nextL === 'nuclear' && /^(?:plant|power|reactor)$/.test(after2.text))) &&
      !/^\p{Ll}+s$/u.test(after2.text) &&
      /^\p{Ll}+(?:al|ic|ous|ive|ern|ish|ese|an|ian|ed|ear)$/u.test(nextL)) ||
    (next?.start === last.end + 1 &&
      /^(?:enrichment|nuclear|test|testing|launch|missile)$/.test(nextL) &&
      /^(?:site|facility|complex)$/.test(after2?.text ?? '')) ||
    // ("from the Wenchang space centre": a launch site.)
    (next?.start === last.end + 1 &&
      /^(?:space|launch)$/.test(nextL) &&
      /^(?:cent(?:re|er)|pad)$/.test(after2?.text ?? ''))
  )
    setType(piece, 'place', 1.5);
  // "the Jabalia refugee camp", "the Dachau concentration camp", "the Rafah border crossing": a camp or a
  // crossing of some kind is where the name is.
  else if (
    next?.word &&
    !next.cap &&
    !FUNCTION_WORDS.has(nextL) &&
    after2?.word &&
    /^(?:camp|crossing|checkpoint)$/.test(after2.text) &&
    // "a Hamas training camp" is the group's own.
    !/ing$/.test(nextL) &&
    !ORG_FOLLOWERS.has(nextL)
  )
    setType(piece, 'place', 1.5);
  // "operated by Taiwan's Evergreen Marine", "owned by Japan's Shoei Kisen Kaisha": what a country's name owns or
  // runs is mostly a firm (not a name a first name opens: "owned by Russia's Roman Abramovich").
  else if (
    words > 1 &&
    lexKind(first.text) !== 'first-name' &&
    OPERATED_BY.test(text.slice(Math.max(0, piece.start - 40), piece.start))
  )
    setType(piece, 'organization', 1.3);
  // "editor-in-chief of Novaya Gazeta", "the founder of Rappler": what one edits, owns or founds, or works for,
  // is a body (a known place aside).
  else if (
    prevL === 'of' &&
    /^(?:editor|editor-in-chief|editors|publisher|owner|owners|founder|co-founder|founders|shareholders|employees|ceo)$/.test(
      before2,
    ) &&
    !knownPlace(piece.text)
  )
    setType(piece, 'organization', 1.5);
  // "the maker of Call of Duty", "the creators of Candy Crush": what a maker makes, not followed by the kind of
  // thing ("the maker of Jeep cars" names brands).
  // ("Research In Motion (RIM), maker of the BlackBerry,": so after "the".)
  else if (
    ((prevL === 'of' && MAKERS.test(before2)) ||
      (prevL === 'the' && before2 === 'of' && MAKERS.test(tokens[piece.from - 3]?.text.toLowerCase() ?? ''))) &&
    !KIND_AFTER_LIST.test(text.slice(last.end, last.end + 120))
  )
    setType(piece, 'thing', 1.3);
  // "the wreck of the Titanic", "the bow of the Andrea Doria": what has a wreck, a bow or a hull is a vessel.
  // ("debris from the Titan": so is what debris or wreckage comes from.)
  else if (
    prevL === 'the' &&
    ((before2 === 'of' &&
      /^(?:wreck|wreckage|bow|stern|hull|deck|decks)$/.test(tokens[piece.from - 3]?.text.toLowerCase() ?? '')) ||
      (before2 === 'from' &&
        /^(?:wreckage|debris)$/.test(tokens[piece.from - 3]?.text.toLowerCase() ?? '') &&
        !knownPlace(piece.text)))
  )
    setType(piece, 'thing', 1.5);
  // "the Jewish holiday of Simchat Torah", "the feast of Eid al-Adha".
  else if (prevL === 'of' && /^(?:holiday|festival|feast)$/.test(before2)) setType(piece, 'event', 1.8);
  // "the former governor of Chiang Rai", "the mayor of Velport": what a governor or a mayor holds office over is a
  // place (with "the" it may be a body's: "the governor of the Bank of England").
  else if (prevL === 'of' && LAND_OFFICES.test(before2) && lexKind(piece.text) !== 'organization')
    setType(piece, 'place', 1.5);
  // "South Chungcheong governor Ahn Hee-jung", "the Velmoria mayor Jan Koval": a name right before a lower-case
  // office held over a land, then a name, is that land (a body's would be "Bank of England governor").
  else if (
    /^\p{Ll}/u.test(next?.text ?? '') &&
    LAND_OFFICES.test(next!.text) &&
    next!.start === last.end + 1 &&
    tokens[piece.to + 2]?.cap === true &&
    lexKind(piece.text) !== 'organization' &&
    // (Not initials: "RBI governor Urjit Patel" is a bank's.)
    !/^[\p{Lu}\d.&-]+$/u.test(piece.text) &&
    !tokens.slice(piece.from, piece.to + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || t.text === 'of')
  )
    setType(piece, 'place', 2.2);
  // "towns such as Paiporta and Chiva", "cities including Kharkiv": what a kind of place is exemplified by; so a
  // kind of body ("companies such as Anglo American", "banks including Barclays").
  else if (PLACE_FOLLOWERS.has(singular(exemplified))) setType(piece, 'place', 1.5);
  else if (BODY_KINDS.test(exemplified)) setType(piece, 'organization', 1.5);
  // "the town of Paiporta", "the provinces of Granada, …", "the river Turia".
  // (Not "the escape from prison of Adolfo Macias": one is let out of a prison, not named one.) "parts of Gezira":
  // a land comes in parts. "the ancient site of Olympia", "the ruins of Palmyra": a site is a place's, though
  // after a name it may be a website's ("the Facebook site"), so it follows no name.
  else if (
    prevL === 'of' &&
    ((PLACE_FOLLOWERS.has(singular(before2)) && !/^(?:prison|jail)$/.test(before2)) ||
      /^(?:parts|sites?|ruins)$/.test(before2) ||
      // ("his hometown of Sirte", "her birthplace of Gori": where one is from.)
      /^(?:hometown|birthplace|homeland)$/.test(before2) ||
      // ("the eruption of Eyjafjallajokull": what erupts is a volcano.)
      /^(?:eruption|eruptions)$/.test(before2))
  )
    setType(piece, 'place', 1.8);
  else if (/^(?:river|lake|mount|mountain|island)$/.test(prevL) && DETERMINERS_BEFORE.test(before2))
    setType(piece, 'place', 1.8);
  // "most of them ethnic Sherpas", "ethnic Uzbeks": an ethnic people's plural names a group.
  else if (prevL === 'ethnic' && words === 1 && /^\p{Lu}\p{Ll}+s$/u.test(piece.text)) setType(piece, 'group', 2.2);
  // "rode up the Champs-Elysees", "walked along the Croisette", "a breakaway through the Alps": what one goes up,
  // down, along, across or through is a street, a way or a land, a place (not a known body: "across the Fed's
  // balance sheet", "through the Senate").
  else if (
    prevL === 'the' &&
    /^(?:up|down|along|across|through)$/.test(before2) &&
    lexKind(piece.text) !== 'organization' &&
    !ORG_HEADS.has(lastL)
  )
    setType(piece, 'place', 1.6);
  // "in the capital Kupang", "the provincial capital Banda Aceh", "the coastal town Velport": a kind of town
  // before a name, after "the" or "the" and one lower-case word, names the town.
  else if (
    /^(?:capital|city|town|village|port|suburb|municipality)$/.test(prevL) &&
    (before2 === 'the' ||
      (/^\p{Ll}+$/u.test(tokens[piece.from - 2]?.text ?? '') && tokens[piece.from - 3]?.text.toLowerCase() === 'the'))
  )
    setType(piece, 'place', 1.8);
  // "at the satirical weekly Charlie Hebdo", "the daily Le Monde": a publication's noun before a name names it.
  else if (
    PUBLICATION.test(prevL) &&
    (DETERMINERS_BEFORE.test(before2) || /^\p{Ll}+(?:al|ic|ous|ive|an|ist)$/u.test(before2))
  )
    setType(piece, 'organization', 2);
  // "analysts at Jefferies", "researchers at Harvard", "a data security analyst at Clearwater Advisory": people who
  // work at an organisation.
  else if (
    prevL === 'at' &&
    /^(?:analysts?|economists?|researchers?|scientists?|officials?|executives?|engineers?|employees?|workers|staff|strategists?|doctors|lawyers)$/.test(
      before2,
    )
  )
    setType(piece, 'organization', 1.5);
  // "the final at Roland Garros", "scored twice at Old Trafford", "a concert at Red Rocks": where a match, a
  // show or a meeting is held is a venue, not a person one is at. A known body keeps its type (the lexicon's
  // cue is stronger: "a meeting at Goldman Sachs").
  else if (prevL === 'at' && VENUE_BEFORE.test(before2)) setType(piece, 'place', 1.5);
  // "shelled Bakhmut", "stormed Wad Madani", "took control of Wad Madani": what an army shells, storms or
  // holds is a place (verbs that take no person; "captured" and "seized" do).
  else if (
    SIEGE_VERBS.test(prevL) ||
    (prevL === 'of' && /^(?:control|siege|fall|encirclement|shelling|bombardment)$/.test(before2))
  )
    setType(piece, 'place', 1.3);
  // "in the capital's main square, the Zocalo": a name set off after a kind of place names that place.
  // ("the only open border crossing, Bab al-Hawa, had been …": so with no "the", the name closed by a comma.)
  else if (
    (prevL === 'the' &&
      before2 === ',' &&
      PLACE_FOLLOWERS.has(tokens[piece.from - 3]?.text.toLowerCase() ?? '') &&
      !tokens[piece.from - 3]?.cap) ||
    (prev?.text === ',' &&
      PLACE_FOLLOWERS.has(before2) &&
      !tokens[piece.from - 2]?.cap &&
      /^[,.;]$/.test(next?.text ?? '') &&
      piece.role === null &&
      lexKind(first.text) !== 'first-name' &&
      // (The place's noun heads its phrase: not "the president of the Lombardy region, Roberto Maroni".)
      commonPhraseFrom(tokens, piece.from - 2))
  )
    setType(piece, 'place', 1.5);
  // "its mother ship, the Polar Prince,", "the lander, the Vikram,": a name set off after a craft's noun names it.
  // "Microsoft's Windows operating system", "its Falcon Sensor program": a name right before software's noun is the
  // software; "The Titanic sank in 1912", "the Titanic wreck": what sinks or capsizes, or lies wrecked, is a ship;
  // a weather pattern is a thing too.
  // (Neither for a known place nor a name the lexicon knows as a body.)
  else if (
    ((prevL === 'the' && before2 === ',' && CRAFT_NOUNS.test(tokens[piece.from - 3]?.text ?? '')) ||
      // ("its mothership Rosetta", "the tanker Ever Given": or right after it.)
      (CRAFT_NOUNS.test(prevL) && !(piece.type === 'person' && piece.strength >= 2)) ||
      // "The 400-metre Ever Given", "the 220,000-tonne Ever Given": a length or a weight before a name is a ship's.
      (measuredCraft(prevL) && piece.type !== 'place' && !(piece.type === 'person' && piece.strength >= 2)) ||
      (next?.word &&
        next.start - last.end === 1 &&
        (THING_AFTER.test(nextL) ||
          (nextL === 'operating' && tokens[piece.to + 2]?.text.toLowerCase() === 'system') ||
          // ("the El Nino weather pattern", "the La Nina phenomenon": a pattern of the weather.)
          nextL === 'phenomenon' ||
          (/^(?:weather|climate)$/.test(nextL) &&
            /^(?:pattern|phenomenon|system|event)$/.test(tokens[piece.to + 2]?.text.toLowerCase() ?? ''))))) &&
    !knownPlace(piece.text) &&
    lexKind(piece.text) !== 'organization'
  )
    setType(piece, 'thing', 1.5);
  // "return aboard a SpaceX Crew Dragon", "aboard Air Force One": what one is aboard is a craft (not "aboard a Delta
  // flight", whose noun follows; nor a known place, "aboard the International Space Station").
  else if (
    (prevL === 'aboard' || (/^(?:a|an|the)$/.test(prevL) && before2 === 'aboard')) &&
    !(
      next?.word &&
      !next.cap &&
      !/^(?:in|on|at|to|for|from|with|and|or|but|when|after|before|during|until|as|by|which|that)$/.test(nextL)
    ) &&
    !knownPlace(piece.text)
  )
    setType(piece, 'thing', 2.3);
  // "to win Roland Garros", "won Wimbledon": what one wins is a competition (not a place, as a state won in an
  // election is; nor one whose possessive follows: "won Smith's vote").
  else if (
    /^(?:win|wins|won|winning)$/.test(prevL) &&
    !/^['’]/.test(text.slice(last.end, last.end + 1)) &&
    !knownPlace(piece.text) &&
    lexKind(piece.text) !== 'organization'
  )
    setType(piece, 'event', 1.5);
  // "Hamas fighters", "Tesla shares" (not "Far-right leader": a compound with a lower-case part is a modifier).
  // ("Wagner's fighters", "Acme's shareholders": so a possessive before armed members or shareholders, which no
  // one person has.)
  else if (
    next?.word &&
    ORG_FOLLOWERS.has(nextL) &&
    (next.start - last.end === 1 ||
      (last.possessive &&
        lexKind(first.text) !== 'first-name' &&
        /^['’]s?\s$/.test(text.slice(last.end, next.start)) &&
        /^(?:fighters|militants|jihadists|insurgents|guerrillas|gunmen|shareholders)$/.test(nextL))) &&
    !isModifierCompound(piece.text) &&
    // ("one of the first Black executives": not one word that qualifies the noun, a describing word.)
    !(piece.from === piece.to && isDescribingWord(piece.text))
  )
    setType(piece, 'organization', 1.5);
  // "Al-Qaeda's Syrian affiliate", "Hamas's armed wing": what has an affiliate, a branch or a wing is a body.
  else if (
    last.possessive &&
    /^['’]s?\s+(?:(?:\p{Lu}[\p{L}-]*|armed|military|political|local|regional|main|youth)\s+)?(?:affiliates?|branch|branches|offshoots?|franchises?|wing|subsidiary|subsidiaries)\b/u.test(
      text.slice(last.end, last.end + 40),
    ) &&
    !knownPlace(piece.text)
  )
    setType(piece, 'organization', 1.8);
  // "in the Blick newspaper", "in The Lancet medical journal", "the Xinhua news agency": a name before a
  // publication's noun, with at most one adjective between, is the publication ("in" makes no place of it).
  else if (
    next?.word &&
    !next.cap &&
    (PUBLICATION.test(nextL) ||
      (nextL === 'news' && after2?.text === 'agency') ||
      (/^\p{Ll}+(?:al|ic|ous|ive|ish|ese|an|ian)$/u.test(nextL) && PUBLICATION.test(after2?.text ?? '')))
  )
    setType(piece, 'organization', 1.5);
  else if (next?.text === '-' && /^(?:based|headquartered)$/.test(tokens[piece.to + 2]?.text ?? ''))
    setType(piece, 'place', 2);
  // "the Hamas-run territory", "Wagner-led forces": what runs, leads or backs something is a body (a known place
  // aside: "Iran-backed militias").
  else if (
    next?.text === '-' &&
    /^(?:run|led|controlled|backed|owned|ruled|governed|funded|sponsored|allied|affiliated)$/.test(
      tokens[piece.to + 2]?.text ?? '',
    ) &&
    !knownPlace(piece.text) &&
    !lookupDemonym(piece.text)
  )
    setType(piece, 'organization', 2);
  // "the Santa Clara, California-based company": a city, then its state or country.
  else if (next?.text === ',' && placeBased(tokens, piece.to + 2)) setType(piece, 'place', 2);
  // "the Suharto dictatorship", "the Obama administration": a ruler's name before the rule.
  else if (
    words === 1 &&
    prevL === 'the' &&
    /^(?:dictatorship|administration|presidency|era)$/.test(nextL) &&
    lexKind(first.text) !== 'common'
  )
    setType(piece, 'person', 1.3);
  // "McLaren's Lando Norris", "Apple's Tim Cook": a name owning a person named in full is the body they are of (a
  // known place stays one: "Britain's Prince Charles").
  // ("Williams' Alex Albon": a plural's apostrophe alone, a token of its own.)
  else if (
    words <= 2 &&
    (last.possessive || (apostrophe && /s$/.test(last.text))) &&
    ownsFullName(tokens, piece.to + (apostrophe ? 2 : 1)) &&
    !knownPlace(piece.text) &&
    !lookupDemonym(piece.text)
  )
    setType(piece, 'organization', 1.3);
  // "from Einstein's theory", "in Verdi's operas": what a mind or a hand made is a person's, not a place's; so is
  // a work named in quotes after a full name ("in Wim Wenders' \"Perfect Days\"").
  else if (
    words <= 3 &&
    last.possessive &&
    (AUTHORED.test(nextL) || (words >= 2 && /^["“]$/.test(tokens[piece.to + (apostrophe ? 2 : 1)]?.text ?? ''))) &&
    lexKind(first.text) !== 'common' &&
    !lookupPlace(piece.text)
  )
    setType(piece, 'person', 1.3);
  // "deported by Stalin", "signed by Poroshenko": a single name as the agent of a passive only a person does is a
  // person's.
  else if (words === 1 && prevL === 'by' && PERSON_AGENT.test(before2)) setType(piece, 'person', 1);
  // "estimated by Bloomberg": a single name as the agent of another passive is a body (a person is named in full).
  else if (words === 1 && prevL === 'by' && /\p{Ll}(?:ed|en|wn)$/u.test(before2)) setType(piece, 'organization', 1);
  // "owned by Live Nation", "acquired by Blue Harbor Capital": what is owned or bought is owned by a body, unless
  // a first name opens the name.
  else if (prevL === 'by' && OWNED.test(before2) && lexKind(first.text) !== 'first-name')
    setType(piece, 'organization', 1.2);
  // "which also owns Instagram", "agreed to buy Twitter": what a company owns or buys is a company.
  else if (OWNS.test(prevL) && lexKind(first.text) !== 'first-name' && !knownPlace(piece.text))
    setType(piece, 'organization', 1.2);
  // "a bid for Allergan", "a stake in Tesla", "worked at McKinsey": what a deal is for or where one works is a
  // body (not a known place: "a bid for Paris", "worked in London").
  else if (
    (DEAL_OF[prevL]?.test(before2) || (/^(?:at|for)$/.test(prevL) && WORKED.test(before2))) &&
    lexKind(first.text) !== 'first-name' &&
    !knownPlace(piece.text)
  )
    setType(piece, 'organization', 1.2);
  // "who previously led Rockwell Collins", "after he founded Alameda": what one leads or founds is a body (not
  // "led Smith 3-1", a score's rival).
  else if (
    LEADS.test(prevL) &&
    lexKind(first.text) !== 'first-name' &&
    !knownPlace(piece.text) &&
    !/^\d/.test(tokens[piece.to + 1]?.text ?? '')
  )
    setType(piece, 'organization', 1.2);
  // "in the Pyrenees", "across the Andes": a plural name after a place's preposition and "the" is a range.
  else if (
    words === 1 &&
    prevL === 'the' &&
    PLACE_PREPOSITIONS.has(before2) &&
    /^\p{Lu}\p{Ll}{3,}s$/u.test(first.text) &&
    !first.possessive &&
    !EVENT_HEADS.has(firstL) &&
    !ORG_HEADS.has(firstL) &&
    !lookupPeopleNoun(first.text) &&
    lexKind(first.text) === null
  )
    setType(piece, 'place', 1.2);
  // "Anthropic, founded by former staff,": what was founded or is headquartered somewhere is a body; so is
  // what is "based in" a city, unless a first name says it is a person ("Rival Carlsberg, based in Copenhagen").
  else if (
    next?.text === ',' &&
    (/^, (?:(?:co-)?founded (?:by|in)|established in|headquartered in|listed on)\b/.test(
      text.slice(last.end, last.end + 24),
    ) ||
      (/^, based in\b/.test(text.slice(last.end, last.end + 12)) && lexKind(first.text) !== 'first-name'))
  )
    setType(piece, 'organization', 1.5);
  // "Eastman Kodak … filed for bankruptcy protection", "Kodak's shareholders": a filing for bankruptcy and a body's
  // own people or shares say a company, whatever a name's surname-like words say (not a person titled or described,
  // nor one a given name opens: "Mike Tyson filed for bankruptcy").
  else if (
    piece.role === null &&
    lexKind(first.text) !== 'first-name' &&
    (/^(?:,[^,;:()]{0,120},)?\s+(?:has\s+|had\s+|have\s+)?(?:filed|files|filing)\s+for\s+(?:bankruptcy|insolvency|chapter\s+11)\b/i.test(
      text.slice(last.end, last.end + 160),
    ) ||
      /^['’]s?\s+(?:board\s+of\s+directors|shareholders|share\s+price|shares\s+(?:rose|fell|jumped|slumped|dropped|climbed|gained|tumbled|plunged|soared))\b/i.test(
        text.slice(last.end, last.end + 40),
      ))
  )
    setType(piece, 'organization', 1.6);
  // "Thriller, released in 1982,": what was released is a work or a product.
  else if (next?.text === ',' && /^, (?:first )?released (?:in|on)\b/.test(text.slice(last.end, last.end + 24)))
    setType(piece, 'thing', 1.5);
  // "in Pakistan-administered Kashmir", "Russian-occupied Crimea": land a state holds.
  else if (
    prev &&
    tokens[piece.from - 2]?.text === '-' &&
    /^(?:administered|controlled|held|occupied|annexed)$/.test(prevL)
  )
    setType(piece, 'place', 1.8);
  // "won an Emmy", "received a Grammy", "won the Palme d'Or": an award one wins, not a person.
  else if (
    ((words === 1 && /^an?$/.test(prevL)) || prevL === 'the') &&
    /^(?:won|win|wins|winning|received|receive|earned|earn|awarded|nominated)$/.test(before2)
  )
    setType(piece, 'event', 1.5);
  // "Shares in Apple fell", "a stake in Volkswagen": what one holds shares in is a company, not a place.
  else if (prevL === 'in' && HOLDINGS.test(before2)) setType(piece, 'organization', 1.5);
  // ("invested billions in OpenAI": a brand's capital inside one word names a body, not a place, unless it is a
  // name's own prefix: "McAllen", "LaGuardia", "DeKalb".)
  else if (
    PLACE_PREPOSITIONS.has(prevL) &&
    words === 1 &&
    INNER_CAPITAL.test(first.text) &&
    !PREFIXED_NAME.test(first.text)
  )
    setType(piece, 'organization', 1.2);
  else if (PLACE_PREPOSITIONS.has(prevL) && !(prevL === 'from' && SPEECH_VERBS.has(nextL)))
    setType(piece, 'place', 1.2);
  // "an officer in nearby North Charleston", "sent to neighbouring Jordan": what lies near is a place.
  else if (/^(?:nearby|neighbouring|neighboring)$/.test(prevL)) setType(piece, 'place', 1.5);
  // ("two crashes of the MAX", where the text also says "the 737 MAX": a model's letters, written after its number
  // elsewhere, name the model.)
  else if (words === 1 && ACRONYM.test(first.text) && numberedWords(text).has(first.text)) setType(piece, 'thing', 1.2);
  else if (words === 1 && ACRONYM.test(first.text)) setType(piece, 'organization', 1.2);
  // "on the Moon", "the Earth's orbit": the worlds a common noun also names.
  // ("the process that powers the Sun"; not the tabloid: "the Sun newspaper", "The Sun reported".)
  else if (
    words === 1 &&
    prevL === 'the' &&
    (/^(?:moon|earth)$/.test(firstL) ||
      (firstL === 'sun' && !/^(?:newspaper|tabloid|reported|said|says|reports|published|editor)$/.test(nextL)))
  )
    setType(piece, 'place', 1.5);
  // "the origins of the Solar System": the system a sun's worlds make is a place, as they are.
  else if (/^(?:solar system|milky way)$/.test(piece.text.toLowerCase())) setType(piece, 'place', 1.5);
  // "images back to Earth", "a probe bound for Mars", "landed on Venus": a world one goes to, from or around.
  else if (
    words === 1 &&
    /^(?:Earth|Moon|Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto)$/.test(first.text) &&
    /^(?:to|on|from|around|orbiting|orbit|toward|towards|reach|reached|reaching|for|of|near)$/.test(prevL)
  )
    setType(piece, 'place', 1.5);
  // "deforestation in the Amazon", "across the Sahel": one is in a region, not in a body.
  // (Not "in the Andean nation": an adjective before a noun of a land says which, see below.)
  else if (
    words === 1 &&
    prevL === 'the' &&
    /^(?:in|across|throughout)$/.test(before2) &&
    !EVENT_HEADS.has(firstL) &&
    !ORG_HEADS.has(firstL) &&
    !landsAdjective(firstL, nextL)
  )
    setType(piece, 'place', 1.2);
  // "the Fukushima nuclear disaster", "the Zaporizhzhia nuclear plant", "the Iran nuclear deal": a nuclear plant,
  // disaster or programme is named after its place.
  else if (
    words === 1 &&
    prevL === 'the' &&
    nextL === 'nuclear' &&
    /^(?:disaster|accident|catastrophe|meltdown|plant|power|station|site|reactors?|deal|talks|programme|program|crisis)$/.test(
      tokens[piece.to + 2]?.text ?? '',
    )
  )
    setType(piece, 'place', 1.3);
  // "on the banks of the Euphrates", "the mouth of the Amazon": a river's or a sea's parts "of the" name are a place's.
  else if (
    words === 1 &&
    prevL === 'the' &&
    before2 === 'of' &&
    /^(?:banks?|shores?|mouth|waters|source|delta|estuary)$/i.test(tokens[piece.from - 3]?.text ?? '')
  )
    setType(piece, 'place', 1.5);
  // (Not "the Himalayan nation", "the Alpine country": an adjective before a noun of a land says which, no body.)
  else if (words === 1 && prevL === 'the' && !landsAdjective(firstL, nextL)) setType(piece, 'organization', 1.1);
  else if (words === 1 && prevL === 'from') setType(piece, 'place', 0.9);
  // "the Dalai Lama", "the Grand Mufti", "the Ecumenical Patriarch": a name ending on a religious leader's title is
  // one person's, "the" before it as before a title.
  // "the self-proclaimed Donetsk People's Republic", "the breakaway Transdniestr Republic": a state's head ending a
  // name the gazetteer lacks names a state (a body), whatever word stands before it; no person.
  else if (
    words > 1 &&
    /^(?:Republic|Kingdom|Emirate|Caliphate|Federation|Confederation|Sultanate|Principality)$/.test(last.text) &&
    !knownPlace(piece.text)
  )
    setType(piece, 'organization', 1.3);
  else if (words > 1 && prevL === 'the' && RELIGIOUS_LEADER.test(lastL)) setType(piece, 'person', 1.3);
  else if (words > 1 && prevL === 'the') setType(piece, 'organization', 1.3);
  // "Zine El Abidine Ben Ali": five name words, none a place, a body's head or a common word but a particle,
  // ending on a given name or a surname, are a person's.
  else if (
    words === 5 &&
    tokens.slice(piece.from, piece.to + 1).every((t) => {
      const l = t.text.toLowerCase();
      return (
        NAME_WORD.test(t.text) &&
        !knownPlace(t.text) &&
        !ORG_HEADS.has(l) &&
        (lexKind(t.text) !== 'common' || NAME_PARTICLES.has(l))
      );
    }) &&
    /^(?:first|last)-name$/.test(lexKind(last.text) ?? '')
  )
    setType(piece, 'person', 1);
  else if (words > 1 && words <= 4) {
    let nameLike = true;
    for (let i = piece.from; i <= piece.to; i++) {
      const t = tokens[i]?.text ?? '';
      // An initial and its dot ("J. Smith") are tokens of their own.
      // So are initials run together ("F.W. de Klerk", "J.R.R. Tolkien"), when they stand before more of the name
      // and are no place's ("U.S. Steel").
      const initial =
        (/^\p{Lu}$/u.test(t)
          ? tokens[i + 1]?.text === '.'
          : t === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '')) ||
        (i === piece.from && /^(?:\p{Lu}\.){2,3}$/u.test(t) && !knownPlace(t)) ||
        // (Or without their dots before a surname's particle: "FW de Klerk", "AB de Villiers".)
        (i === piece.from &&
          /^\p{Lu}{2,3}$/u.test(t) &&
          /^(?:de|van|von|du|da|di|der|den|ter|dos)$/.test(tokens[i + 1]?.text ?? '') &&
          !knownPlace(t));
      if (!initial && !NAME_WORD.test(t)) nameLike = false;
    }
    // Nor does one open with an ordinal: "France's Fifth Republic", "the Third Reich" are a state's.
    if (/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/.test(first.text)) nameLike = false;
    // A capitalised preposition or conjunction inside is no person's name ("Doctors Without Borders").
    for (let i = piece.from + 1; i < piece.to; i++) {
      const t = tokens[i];
      if (t?.cap && NAME_LINKS.test(t.text)) nameLike = false;
    }
    // "El Fasher", "El Obeid": the Spanish or Arabic article opening a name is a town's, not a person's.
    if (nameLike && firstL === 'el' && words === 2) setType(piece, 'place', 1);
    // "Le Monde", "Les Echos", "released by Le Pacte": a French article opening a two-word name makes a title
    // or a firm (a person's "Le Pen" follows a given name); in a place's preposition, a town ("in Le Havre").
    else if (nameLike && /^(?:le|la|les)$/.test(firstL) && words === 2)
      setType(piece, PLACE_PREPOSITIONS.has(prevL) ? 'place' : 'organization', 1);
    // "Manchester United", "Leicester City", "Leeds United", "Bristol Rovers": a town and a common word or a
    // club's word name its club, no person.
    else if (
      nameLike &&
      words === 2 &&
      ((isTownKind(lexKind(first.text)) && (lexKind(last.text) === 'common' || isClubWord(last.text))) ||
        // "Harbourside Athletic", "Bolton Wanderers": a club's own word after any name but a given one.
        (OWN_CLUB_WORDS.test(last.text) && lexKind(first.text) !== 'first-name'))
    )
      // (A club's own word, or "United", makes it sure enough that a list's place does not lend its type:
      // "Manchester United and Barcelona have invited …"; "City", "Town" or "County" may end a town's name.)
      setType(piece, 'organization', OWN_CLUB_WORDS.test(last.text) || last.text === 'United' ? 1.2 : 1);
    // "updated Apple Watches": a common noun's plural after a word that is no given name names things, no person.
    // (Not an owner's: "Geert Wilders' party", a surname in "-s" and its apostrophe.)
    else if (
      nameLike &&
      words === 2 &&
      commonPlural(last.text) &&
      lexKind(first.text) !== 'first-name' &&
      !(apostrophe && next?.start === last.end)
    )
      setType(piece, 'thing', 1);
    // "World Heritage sites": two words no given name and surname, before a plural in lower case, qualify it.
    else if (
      nameLike &&
      words === 2 &&
      lexKind(first.text) !== 'first-name' &&
      lexKind(last.text) !== 'last-name' &&
      !last.possessive &&
      next?.word &&
      next.start - last.end === 1 &&
      // (Not a verb of the present after a subject, before no verb: "Xi Jinping becomes president"; "the Geneva
      // II talks ended" stays.)
      ((/^\p{Ll}{3,}[^s]s$/u.test(next.text) &&
        !(readsAsPresentVerb(next.text) && !/^\p{Ll}+(?:ed|s)$/u.test(tokens[piece.to + 2]?.text ?? ''))) ||
        // ("a World Heritage site": so after "a", before a noun in the singular.)
        (/^(?:a|an)$/.test(prevL) &&
          /^\p{Ll}{3,}$/u.test(next.text) &&
          !FUNCTION_WORDS.has(nextL) &&
          !/(?:ed|ing|ly|s)$/.test(nextL) &&
          // (Not a noun of people: "a Tarbut Kolm fan" is a person's.)
          !isPersonRoleNoun(nextL) &&
          !/^(?:fan|supporter|loyalist|lookalike|voter|admirer|biographer|impersonator)$/.test(nextL)))
    )
      setType(piece, 'thing', 1);
    else if (nameLike) setType(piece, 'person', 1);
    else setType(piece, 'organization', 0.8);
  } else if (words > 4) setType(piece, 'organization', 0.8);
  // "OpenAI released ChatGPT": a maker putting out a named product, both with no cue of their own; "…
  // unveiled the Vision Pro": with "the", the thing needs no maker before the verb, and outvotes the guess
  // that "the X" is a body.
  if (prevL === 'the' && MAKE_VERBS.test(before2) && piece.strength < 1.4) setType(piece, 'thing', 1.4);
  // "The Mona Lisa was famously stolen in 1911": a name after "the", then a passive of what is done to works of art,
  // is a work (a person's name takes no "the").
  else if (
    prevL === 'the' &&
    piece.strength < 1.4 &&
    /^\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:stolen|painted|displayed|exhibited|auctioned|restored|vandali[sz]ed|hung|looted|recovered)\b/u.test(
      text.slice(last.end, last.end + 60),
    )
  )
    setType(piece, 'thing', 1.4);
  // "released Claude 3", "launched Windows 11": a name put out with its version number is a product, not one
  // with a count of something after it ("released Jo Bell 2 days later").
  else if (
    MAKE_VERBS.test(prevL) &&
    /^\d{1,2}(?:\.\d)?$/.test(nextL) &&
    next?.start === last.end + 1 &&
    (!after2?.word || FUNCTION_WORDS.has(after2.text.toLowerCase()))
  )
    setType(piece, 'thing', 1.5);
  else if (piece.strength < 0.9) {
    if (MAKE_VERBS.test(prevL) && tokens[piece.from - 2]?.cap && tokens[piece.from - 2]?.word)
      setType(piece, 'thing', 0.9);
    else if (MAKE_VERBS.test(nextL) && next?.start === last.end + 1 && after2?.cap && after2.word)
      setType(piece, 'organization', 0.9);
  }
  // "Hamas took about 240 hostages during its October 7 attack", "Orvex defaulted on its debts": a one-word name
  // opening its clause that owns the "its" after its verb is a body's (a person's would be "his" or "her").
  // ("Cambridge Analytica suspended its chief executive": so a longer name with no given name first, over a
  // place's name and a word's guess at a person; not before a verb of saying, whose "its" may be another's.)
  if (
    (words === 1
      ? piece.strength < 0.9
      : piece.strength < 1.4 && lexKind(first.text) !== 'first-name' && !/^(?:said|says|told|added)$/.test(nextL)) &&
    (piece.from === 0 || prev?.text === ',' || /^(?:and|but|that|while|when|after|as|because)$/.test(prevL)) &&
    !knownPlace(piece.text) &&
    lookupDemonym(first.text) === null &&
    ownsIts(tokens, piece.to)
  )
    setType(piece, 'organization', words === 1 ? 0.9 : 1.4);
  // "outside its App Store", "unveiled its Vision Pro headset": a name a body's "its" or "their" owns with no role
  // noun between is a thing the body makes or runs, no person's (not a place or a people: "its Paris office").
  // ("drew votes from the ANC in its KwaZulu-Natal heartland": a name before a word of land a body holds is a
  // place.)
  const held = next?.word && next.start === last.end + 1 && LAND_HELD.test(nextL);
  if (/^(?:its|their|his|her)$/.test(prevL) && held && (piece.type === null || piece.strength < 1.3))
    setType(piece, 'place', 1.3);
  else if (
    /^(?:its|their)$/.test(prevL) &&
    (piece.type === null || piece.strength < 1.3) &&
    !/^(?:Spring|Summer|Autumn|Fall|Winter)$/.test(first.text) &&
    // ("its Bavarian sister party": one word of a region's people before a noun is an adjective.)
    !(piece.from === piece.to && /\p{Ll}(?:ian|ean|ese|ish)$/u.test(first.text) && next?.word && !next.cap) &&
    !knownPlace(piece.text) &&
    lookupDemonym(first.text) === null &&
    lexKind(piece.text) !== 'organization'
  )
    setType(piece, 'thing', 1.3);
  // "SpaceX", "PayPal", "YouTube": one word with a capital inside after lower-case letters is a brand's spelling
  // (not "McCarthy", "DeSantis", "LeBron": a surname's or a given name's prefix).
  if (words === 1 && piece.type === null && INNER_CAPITAL.test(first.text) && !PREFIXED_WORD.test(first.text))
    setType(piece, 'organization', 0.8);
  lexiconCue(piece, text, words, first.text, last.text);
  // "exports of F-35 fighter jet parts", "B-52 bombers": a model's designation (letters, a hyphen, a number) before a
  // craft's or a weapon's noun is the model, a thing.
  if (
    words === 1 &&
    /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?$/u.test(first.text) &&
    next?.word &&
    !next.cap &&
    /^(?:fighters?|jets?|bombers?|aircraft|airliners?|planes?|helicopters?|missiles?|drones?|tanks?|rifles?|warships?|submarines?|rockets?|engines?)$/.test(
      nextL,
    )
  )
    setType(piece, 'thing', 2.2);
  // "Russia's Luna-25 slammed into the Moon", "the Su-27 crashed": one word and a number after its hyphen, which
  // nothing else types surely, names a model or a craft (a person's or a place's name holds no number).
  // ("Apollo 11 landed", "Windows 11": so a word and its serial number, one or two digits, candidates.ts.)
  if (
    piece.strength < 1.5 &&
    ((words === 1 && /^\p{Lu}[\p{L}'’]*-\d{1,4}\p{Lu}?$/u.test(first.text)) ||
      (words === 2 && /^\p{Lu}[\p{L}'’]*$/u.test(first.text) && /^\d{1,2}$/.test(last.text))) &&
    lexKind(first.text) === null
  )
    setType(piece, 'thing', 1.5);
  // "all Galaxy Note 7 smartphones", "Boeing 737 MAX jets": a name, a model's number and a product's noun name the
  // model, a thing.
  if (
    piece.strength < 2 &&
    next?.start === last.end + 1 &&
    /^\d{1,3}$/.test(next.text) &&
    /^(?:smartphones?|phones?|handsets?|tablets?|laptops?|devices?|consoles?|models?|cars?|sedans?|vehicles?)$/.test(
      tokens[piece.to + 2]?.text ?? '',
    )
  )
    setType(piece, 'thing', 2);
  // "give the Mona Lisa a room", "the Queen Mary sailed": a name a person's only by its given name, right after
  // "the" and before no noun it qualifies ("the Joe Biden administration" is the person's), is a thing's name.
  if (
    piece.type === 'person' &&
    piece.strength < 1.5 &&
    piece.role === null &&
    words > 1 &&
    tokens[piece.from - 1]?.text === 'the' &&
    !RELIGIOUS_LEADER.test(lastL) &&
    (!next?.word || (!next.cap && framesNoNoun(next.text)))
  )
    setType(piece, 'thing', 1.5);
  // "the Chandrayaan-3 mission", "the Vikram lander": a name right before "mission" is the mission, before a
  // craft's head noun (THING_HEADS) the craft; not a body's ("the NASA rover") nor a world's ("a Mars lander").
  // ("the Novichok nerve agent": a chemical weapon's name before its kind is a thing too.)
  const agent = nextL === 'nerve' && tokens[piece.to + 2]?.text === 'agent';
  // ("NASA's Voyager 1 probe", "the Apollo 11 mission": past the craft's number.)
  const numbered = next !== undefined && /^\d{1,2}$/.test(next.text) ? tokens[piece.to + 2] : undefined;
  const headL = numbered && numbered.start === next!.end + 1 ? numbered.text.toLowerCase() : nextL;
  if (
    next?.start === last.end + 1 &&
    (THING_HEADS.has(headL) || headL === 'mission' || agent) &&
    !ACRONYM.test(piece.text) &&
    lexKind(piece.text) !== 'organization' &&
    lookupPlace(piece.text) === null &&
    lookupDemonym(piece.text) === null &&
    !WORLDS.test(piece.text) &&
    piece.strength < 2
  )
    setType(piece, headL === 'mission' ? 'event' : 'thing', 2);
  // "the … Marathon bombings": the event takes the noun (events.ts). "the Wimbledon final": a competition's round
  // names it, and is no part of its name.
  // (Not a name's possessive, which is who did it: "Hamas's attack on October 7", "Russia's invasion".)
  // ("the Yasukuni war shrine", "Class-A war criminals": not an event's noun that is itself a modifier of a noun
  // after it, a place's when that noun is a place of memory.)
  const compound =
    EVENT_NOUNS.has(nextL) &&
    after2?.word === true &&
    next !== undefined &&
    after2.start === next.end + 1 &&
    (MEMORY_PLACES.test(after2.text) ||
      /^(?:criminals?|crimes|veterans?|graves?|archives?|helicopters?|jets?|planes?|ships?|games?|film|movie|novel|reporters?|correspondents?)$/.test(
        after2.text,
      ));
  if (compound && MEMORY_PLACES.test(after2.text) && piece.strength < 1.8) setType(piece, 'place', 1.8);
  if (
    !compound &&
    (EVENT_NOUNS.has(nextL) ||
      (ROUND_NOUNS.has(nextL) && next?.start === last.end + 1) ||
      // "his Wimbledon title", "an eighth Wimbledon crown": a competition's title, after a determiner or a count.
      (/^(?:title|crown)$/.test(nextL) &&
        next?.start === last.end + 1 &&
        words === 1 &&
        !knownPlace(piece.text) &&
        /^(?:his|her|their|its|a|an|the|\p{Ll}+th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|record|record-\p{Ll}+)$/u.test(
          prevL,
        ))) &&
    piece.type !== 'person' &&
    !last.possessive
  ) {
    setType(piece, 'event', 2);
  }
  // "The Acropolis, the country's most visited monument,", "Zentra, a German carmaker,": an appositive's head
  // says what the name is, over weaker guesses.
  // "Marine Le Pen's far-right National Rally", "the ruling Liberal Democratic Party": a name after a word of
  // politics' wings names a party, a body (not a person's name a given name opens: "the populist Javier Milei").
  if (
    /^(?:far-right|far-left|hard-right|hard-left|centre-right|centre-left|center-right|center-left|right-wing|left-wing|ruling|centrist|populist|nationalist)$/.test(
      prevL,
    ) &&
    lexKind(first.text) !== 'first-name' &&
    !(piece.type === 'person' && piece.strength >= 2)
  )
    setType(piece, 'organization', 1.8);
  // "early Alzheimer's disease", "Down's syndrome": a name owning a disease's noun names the disease, a thing.
  if (words === 1 && last.possessive && /^(?:disease|syndrome)$/.test(nextL) && piece.type !== 'person')
    setType(piece, 'thing', 2.5);
  const apposed =
    appositiveKind(tokens, piece.to) ??
    calledKind(tokens, piece.from) ??
    (compassAfter(tokens, piece.to) ? 'place' : null);
  if (apposed && !(piece.type === 'person' && piece.strength >= 2)) setType(piece, apposed, 2);
  // "Denmark's Bavarian Nordic, which makes one of two approved vaccines": "which" stands for no person; opening
  // the sentence or after a possessive, the name is the subject it stands for (not "a speech by X, which …").
  if (
    next?.text === ',' &&
    tokens[piece.to + 2]?.text === 'which' &&
    (piece.type === null || (piece.type === 'person' && piece.strength < 2)) &&
    (piece.from === 0 || prev?.possessive === true) &&
    lexKind(first.text) !== 'first-name' &&
    !knownPlace(piece.text)
  )
    setType(piece, 'organization', 2);
  // "the Sinaloa cartel", "the Medellin cartel": a place's name before a cartel's or a gang's noun names the gang.
  if (prevL === 'the' && /^(?:cartel|cartels|gang|mafia|syndicate)$/.test(nextL) && piece.type !== 'person')
    setType(piece, 'organization', Math.max(piece.strength + 0.1, 3.1));
  // "Nobel Peace laureate Jane Doe", "a Golden Globe winner": words before a prize-winner's noun, with no cue but
  // the guess, name the prize (its head left out), not a person or a body.
  if (
    words > 1 &&
    piece.strength <= 1 &&
    /^(?:laureates?|winners?|prizewinners?|prize-winners?|nominees?|medall?ists?)$/.test(nextL) &&
    !knownPlace(first.text) &&
    !lookupDemonym(first.text)
  )
    setType(piece, 'event', 1.5);
}

/** A compass point, alone or joined ("south", "north-east", "southwest"). */
const COMPASS_POINT = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/**
 * "Castel Gandolfo, south of Rome", "Tiberias, 20 km north-east of Nazareth": a name set off by a comma before
 * where it lies from another is a place.
 */
function compassAfter(tokens: SentenceTokens['tokens'], to: number): boolean {
  if (tokens[to + 1]?.text !== ',') return false;
  let k = to + 2;
  // ("some 20 kilometres north of …": a distance may come first, and its other units in brackets: "about 120
  // kilometres (75 miles) east of the capital Reykjavik".)
  while (
    k < to + 12 &&
    (/^(?:some|about|around|nearly|just|\d[\d.,]*(?:km)?|km|kilometres|kilometers|miles|mi)$/i.test(
      tokens[k]?.text ?? '',
    ) ||
      (/^[()]$/.test(tokens[k]?.text ?? '') && k > to + 2))
  )
    k++;
  if (!COMPASS_POINT.test(tokens[k]?.text ?? '')) return false;
  return (
    tokens[k + 1]?.text === 'of' &&
    Boolean(tokens[k + 2]?.cap || tokens[k + 3]?.cap || (tokens[k + 2]?.text === 'the' && tokens[k + 4]?.cap))
  );
}

/**
 * A length or a weight as a ship's qualifier: "400-metre", "1,300-foot" (its last digits), "220,000-tonne"; a length
 * under 30 may be a person's height ("the 7-foot centre").
 */
const MEASURED_CRAFT = new RegExp(`^(\\d+)-(?:(${SHIP_LENGTH_UNITS})|${SHIP_WEIGHT_UNITS})(?:-long)?$`);
const measuredCraft = (word: string): boolean => {
  const m = MEASURED_CRAFT.exec(word);
  return !!m && (!m[2] || Number(m[1]) >= 30);
};

/**
 * Words right after a thing's name: software's nouns, a ship's fates, a market's index or crude ("its Falcon Sensor
 * program", "Titanic sank", "the Hang Seng index", "Brent crude", "the Richter scale").
 */
const THING_AFTER =
  /^(?:program|programme|software|app|browser|chatbot|sank|sinks|capsized|capsizes|wreck|wreckage|index|crude|scale)$/;

/** Nouns of a craft (in lower case): a ship, a submarine, a spacecraft. */
const CRAFT_NOUNS =
  /^(?:ship|vessel|boat|ferry|tanker|freighter|yacht|submarine|submersible|liner|trawler|frigate|destroyer|cruiser|spacecraft|mothership|orbiter|probe|rover|lander|satellite|telescope|rocket)$/;

/** Whether the noun at `head` opens back to a determiner over lower-case words only ("the only open border crossing"). */
function commonPhraseFrom(tokens: SentenceTokens['tokens'], head: number): boolean {
  for (let k = head - 1; k >= Math.max(0, head - 5); k--) {
    const t = tokens[k];
    if (!t?.word || t.cap) return false;
    if (/^(?:the|a|an|its|their|this|that)$/.test(t.text)) return true;
  }
  return false;
}

/** A known place of one to three words at `i`, then "-based" ("California-based"). */
function placeBased(tokens: SentenceTokens['tokens'], i: number): boolean {
  for (let w = 1; w <= 3; w++) {
    const a = tokens[i];
    const b = tokens[i + w - 1];
    if (!a || !b || !a.cap) return false;
    const name = tokens
      .slice(i, i + w)
      .map((t) => t.text)
      .join(' ');
    if (knownPlace(name) && tokens[i + w]?.text === '-' && tokens[i + w + 1]?.text === 'based') return true;
  }
  return false;
}

/** A capitalised plural whose singular the lexicon knows as a common word only ("Watches", "Phones"; not "Jones"). */
function commonPlural(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(es|s)$/u.exec(word);
  if (!m || lexKind(word) === 'last-name' || lexKind(word) === 'first-name' || PLURAL_SURNAMES.test(word)) return false;
  const singular = lexKind(m[1]!) === 'common' ? m[1]! : `${m[1]!}${m[2] === 'es' ? 'e' : ''}`;
  return lexKind(singular) === 'common';
}

/** Right after a name, up to eight capitalised words (and of/the/for/and/de) in brackets: the name in translation. */
const TRANSLATED_AFTER =
  /^ \((?:[\p{Lu}][\p{L}'’-]*|of|the|for|and|de)(?: (?:[\p{Lu}][\p{L}'’-]*|of|the|for|and|de)){1,7}\)/u;

/** Common surnames that are a common noun's plural too, which the lexicon knows only as the noun ("Tiger Woods"). */
const PLURAL_SURNAMES = /^(?:Woods|Banks|Brooks|Fields|Sands|Waters|Rivers|Wells|Rhodes|Stones|Parks|Rogers|Lyons)$/;

/** The words a text writes right after a number of two to four digits ("737 MAX", "a 737 MAX 9"). */
const numberedWords = oncePerText(
  (text): ReadonlySet<string> => new Set([...text.matchAll(/\b\d{2,4} (\p{L}+)\b/gu)].map((m) => m[1]!)),
);

/** What the word lexicon knows about the whole name or its first word. */
function lexiconCue(piece: Piece, text: string, words: number, firstWord: string, lastWord: string): void {
  const whole = lexKind(piece.text);
  if (whole === 'organization') setType(piece, 'organization', 1.6);
  else if (isPlaceKind(whole)) setType(piece, 'place', 1.6);
  else if (words > 1 && lexKind(firstWord) === 'first-name') setType(piece, 'person', 1.4);
  // "Fiat Chrysler", "Toyota Motor": a name that opens with a company's is the company's.
  else if (words > 1 && lexKind(firstWord) === 'organization') setType(piece, 'organization', 1.4);
  // "Paris Saint-Germain", "Washington Mutual": a place and one more name are a body, when the place is
  // no first name too ("Jordan Henderson", "Paris Hilton") before a surname or a plain word the lexicon does not
  // know ("Paris Saint-Germain" stays a body).
  else if (
    words === 2 &&
    lookupPlace(firstWord) !== null &&
    (lexKind(lastWord) === 'last-name' ||
      (GIVEN_NAME_PLACES.has(firstWord.toLowerCase()) &&
        lexKind(lastWord) === null &&
        /^\p{Lu}\p{Ll}+$/u.test(lastWord) &&
        !/s$/.test(lastWord) &&
        !ORG_HEADS.has(lastWord.toLowerCase())))
  )
    setType(piece, 'person', 1.3);
  // (Not a compass point and a name after a place's preposition: "in East Rutherford", "in West Lothian"; nor
  // after "the": "the West Midlands", "the East Riding", a region, where "West Ham" is a club.)
  // (Nor a plural after a place's preposition: "near Pacific Palisades", a town.)
  else if (
    words === 2 &&
    lookupPlace(firstWord) !== null &&
    !(
      COMPASS.test(firstWord.toLowerCase()) &&
      (piece.type === 'place' || /\bthe\s+$/i.test(text.slice(Math.max(0, piece.start - 5), piece.start)))
    ) &&
    !(piece.type === 'place' && /\p{Ll}s$/u.test(lastWord))
  )
    setType(piece, 'organization', 1.3);
  // "Greater Manchester", "Inner Mongolia", "Old Delhi": a part of a known place.
  else if (
    words === 2 &&
    CITY_PARTS.test(firstWord) &&
    (lookupPlace(lastWord) !== null || isPlaceKind(lexKind(lastWord)))
  )
    setType(piece, 'place', 1.6);
  // "Bayern Munich", "Eintracht Frankfurt": one more name before a city is a club, when that name is no
  // position in the city ("Central London", "Greater Manchester"), no people's and no first name.
  else if (
    words === 2 &&
    (lexKind(lastWord) === 'city' || lookupPlace(lastWord)?.kind === 'capital') &&
    lexKind(firstWord) === null &&
    !CITY_PARTS.test(firstWord) &&
    lookupPlace(firstWord) === null &&
    lookupDemonym(firstWord) === null
  )
    setType(piece, 'organization', 1.3);
  else if (words === 1 && (whole === 'first-name' || whole === 'last-name')) setType(piece, 'person', 0.7);
}
