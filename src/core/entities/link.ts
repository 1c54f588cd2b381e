/**
 * Links mentions into entities: exact repeats, short forms of a fuller name ("Smith" → "Jane Smith",
 * "Gaddafi" → "Muammar al-Gaddafi", "Apple" → "Apple Inc."), acronyms of a name's initials ("WHO" → "World
 * Health Organisation") and country forms that the data ties together ("US" → "United States").
 */
import type { EntityType } from '../types';
import { gazetteerKey, lookupPlace, type CountryRef } from './gazetteer';
import { CLUB_FIRSTS, EVENT_FIRSTS, EVENT_HEADS, isTitle, NAME_PARTICLES, ORG_HEADS, THING_HEADS } from './lexicon';
import { knownPlace } from './candidates';
import type { Piece } from './split';
import { lexKind } from './name-lexicon';

export interface Cluster {
  key: string;
  pieces: Piece[];
  type: EntityType;
  strength: number;
  name: string;
  country: CountryRef | null;
}

/**
 * Name words without particles, hyphen prefixes or a nickname's quotation marks: "Muammar al-Gaddafi" →
 * ["muammar", "gaddafi"], 'Joaquin "El Chapo" Guzman' → ["joaquin", "chapo", "guzman"].
 */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/["“”]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el|ad|as|ash|bin|ibn|abu)-/, '').replace(/\.$/, ''))
    .filter((w) => w && !NAME_PARTICLES.has(w) && w !== 'of' && w !== 'the' && w !== '&' && w !== 'and');
}

/** Initials of a name's capitalised words: "World Health Organisation" → "WHO". */
export function initials(name: string): string {
  // ("Group of 20" → "G20": a count in the name is written whole.)
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) || /^\d{1,3}$/.test(w))
    .map((w) => (/^\d/.test(w) ? w : (w[0] ?? '')))
    .join('');
}

/**
 * The letters of an acronym or of a name's initials in order ("FARC" and "Revolutionary Armed Forces of Colombia"
 * both → "ACFR"): a body known abroad by the acronym of its name in its own language has its English name's initials
 * in another order.
 */
const lettersSorted = (s: string): string => [...s].sort().join('');

/** An acronym that may spell a name's initials in another order: three to six capitals. */
const ANY_ORDER_ACRONYM = /^\p{Lu}{3,6}$/u;

/** Whether an acronym of three to six capitals spells a name's initials in some order ("FARC"). */
const spellsInSomeOrder = (name: string, acronym: string): boolean =>
  ANY_ORDER_ACRONYM.test(acronym) && lettersSorted(initials(name)) === lettersSorted(acronym);

/** Initials with a small word's in lower case: "Bank of Japan" → "BoJ" (null with no small word inside). */
function mixedInitials(name: string): string | null {
  const small = (w: string): boolean => /^(?:of|for|and|de|du)$/.test(w);
  const words = name.split(/\s+/);
  if (!words.slice(1, -1).some(small)) return null;
  return words.map((w) => (/^\p{Lu}/u.test(w) || small(w) ? w[0] : '')).join('');
}
const MIXED_ACRONYM = /^\p{Lu}+\p{Ll}\p{Lu}+$/u;

/** Initials counting each capitalised part of a hyphened word: "Paris Saint-Germain" → "PSG". */
function partInitials(name: string): string {
  return initials(name.replace(/-(?=\p{Lu})/gu, ' '));
}

/**
 * A body's name without the country or the union of countries that opens it: "US Federal Trade Commission" →
 * "Federal Trade Commission", "UN Security Council" → "Security Council".
 */
function withoutCountry(name: string): string | null {
  const words = name.split(/\s+/);
  const owner = lookupPlace(words[0]!)?.kind === 'country' || /^(?:UN|EU|AU)$/.test(words[0]!);
  return words.length >= 3 && owner ? words.slice(1).join(' ') : null;
}

/** A piece read as a person's name at best weakly (a place and an unknown word, "China Evergrande"). */
const weakPerson = (p: Piece): boolean => p.type === 'person' && p.strength <= 1.3;

function keyOf(p: Piece): string {
  // Country forms meet ("US", "United States"); a capital stays apart from its country.
  if (p.type === 'place' && p.country && p.strength >= 3 && lookupPlace(p.text)?.kind === 'country')
    return `place:${p.country.code}`;
  if (p.type === 'group' && p.country && p.strength >= 3) return `group:${p.country.code}`;
  // "East German" and "East Germans", "Bosnian Serb" and "Bosnian Serbs": one people, named in the singular or the
  // plural.
  if (p.type === 'group') return gazetteerKey(p.text).replace(/s$/, '');
  // "Paris Games" and "Paris Olympics" are one event.
  // "Nobel Literature Prize" and "Nobel Prize in Literature" are one prize; "Paralympics" and "Paralympic Games" one event.
  if (p.type === 'event')
    return gazetteerKey(p.text)
      .replace(/ (?:olympics|olympiad)$/, ' games')
      .replace(/^(olympic|paralympic)s$/, '$1 games')
      .replace(/ (cup|prize|award|championship|tournament|festival)s$/, ' $1')
      .replace(/^(.+) (prize|award) in (.+)$/, '$1 $3 $2');
  // ("China Evergrande" in a headline, read as a person's name at best weakly, and "China Evergrande Group".)
  if (p.type === 'organization' || weakPerson(p)) {
    const national = nationalKey(p.text);
    if (national) return national;
  }
  // "al-Jaber" and "Jaber" are one name.
  return gazetteerKey(p.text.replace(/^(?:al|el|ad|as|ash|bin|ibn|abu)-(?=\p{Lu})/u, ''));
}

/**
 * "US Steel" and "United States Steel Corporation", "US Army" and "United States Army": a body's name after a
 * country's, keyed by the country's code and the rest without a company's suffix; null for other names.
 */
function nationalKey(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const place = lookupPlace(words.slice(0, n).join(' '));
    if (place?.kind !== 'country' || !place.country) continue;
    const rest = words.slice(n);
    if (rest.length > 1 && CORPORATE_SUFFIXES.has(rest[rest.length - 1]!.toLowerCase().replace(/\.$/, ''))) rest.pop();
    return `org:${place.country.code} ${gazetteerKey(rest.join(' '))}`;
  }
  return null;
}

/** Words after a company's name that name the same company ("Apple Inc.", "Toyota Motor Corp"). */
const CORPORATE_SUFFIXES = new Set(
  'inc corp corporation co company group ltd limited plc llc sa ag nv se gmbh'.split(' '),
);

/**
 * "Microsoft" named before "Microsoft Gaming", "Ford" before "Ford Australia": a body named first on its own
 * and later with more words is the whole of which the longer name is a part, unless the words added only say
 * what kind of body it is ("Apple Computer", "Nova Corp.") or hold a title ("… CEO").
 */
function isDivisionOf(c: Cluster, p: Piece, headlines: ReadonlySet<number>): boolean {
  // A headline shortens names ("… Activision takeover" over a story about "Activision Blizzard").
  if (headlines.has(p.sentence)) return false;
  const words = nameWords(c.name);
  // ("UN Secretary General Ban Ki-moon" after "the UN Security Council": a body's acronym opening the name of a
  // public body is that body's parent, wherever it comes; not "BHP" of "BHP Billiton", a firm's name.)
  const parent =
    /^\p{Lu}{2,5}$/u.test(p.text) &&
    words[0] === p.text.toLowerCase() &&
    words.length > 1 &&
    PUBLIC_BODY_HEADS.test(words.at(-1)!);
  if (!c.pieces.every((q) => q.start > p.start) && !parent) return false;
  return words.slice(1).some((w) => !CORPORATE_SUFFIXES.has(w) && !ORG_HEADS.has(w) && !isTitle(w));
}

/** The head word of a body's name before "of" or "for" ("observatory" of "Syrian Observatory for Human Rights"). */
function headBeforeOf(name: string): string | null {
  const m = /^((?:\S+ )*?\S+) (?:of|for) /.exec(name);
  return m ? (nameWords(m[1]!).at(-1) ?? null) : null;
}

/** Heads of a public body's name, one an acronym of its parent may open ("UN Security Council", "EU Commission"). */
const PUBLIC_BODY_HEADS =
  /^(?:council|commission|department|agency|court|assembly|parliament|ministry|office|committee|mission|tribunal|programme|program|fund|bureau|administration|service)$/;

/** Titles under which a single name is a monarch's or a pope's own name, not a surname. */
const REGNAL_TITLE = /^(?:pope|king|queen|emperor|empress|tsar|shah|sultan|emir)$/i;

/** Heads of a land's or water's name that its first word names alone ("Gaza" for "Gaza Strip", "Golan" for "Golan
 * Heights", "Pacific" for "Pacific Ocean"). */
const REGION_HEADS = /^(?:strip|peninsula|valley|desert|heights|islands|archipelago|basin|ocean|sea)$/;

/** Words opening a mountain's name that its second word names alone ("Everest" for "Mount Everest"). */
const MOUNTAIN_FIRSTS = /^(?:mount|mt)$/;
/** First words of a river's or a lake's name, before its own ("River Seine", "Lake Chad"). */
const WATER_FIRSTS = /^(?:river|lake)$/;

/**
 * Whether piece `p`, a place or a guess, names region `c` by its first word, or a mountain, a river or a lake by
 * the word after "Mount", "River" or "Lake" ("the Seine" for "the River Seine"); a country never does ("Jordan
 * Valley").
 */
function isRegionOf(c: Cluster, p: Piece): boolean {
  const cw = nameWords(c.name);
  const pw = nameWords(p.text);
  if (c.type !== 'place' || cw.length !== 2) return false;
  if (!(p.type === 'place' || p.type === null || (p.type !== 'person' && p.strength < 1.4))) return false;
  const known = lookupPlace(p.text);
  if (known?.kind === 'country') return false;
  // The second word alone: a mountain's, or a river's or a lake's unless it is a town the gazetteer or the lexicon
  // knows ("Geneva" is no short form of "Lake Geneva").
  const second = pw.length === 1 && cw[1] === pw[0];
  return (
    (cw[0] === pw[0] && REGION_HEADS.test(cw[1]!)) ||
    (second && MOUNTAIN_FIRSTS.test(cw[0]!)) ||
    (second && WATER_FIRSTS.test(cw[0]!) && known === null && lexKind(p.text) !== 'city')
  );
}

/** Second words of a town's or a region's own public body ("Maui Police", "Lisbon City Council"). */
const PUBLIC_BODY_WORDS =
  /^(?:police|council|city|county|state|government|municipality|department|fire|sheriff's|provincial|regional|municipal)$/;

const firstStart = (c: Cluster): number => Math.min(...c.pieces.map((p) => p.start));

function newCluster(key: string, p: Piece): Cluster {
  return {
    key,
    pieces: [p],
    type: p.type ?? 'organization',
    strength: p.type ? p.strength : 0,
    name: p.text,
    country: p.country,
  };
}

/**
 * Groups pieces into entity clusters and settles each cluster's type, name and country. `headlines` are the
 * sentences that are headlines, which shorten names.
 * @example linkPieces(pieces).map((c) => c.name) // ['Jane Smith', …]
 */
export function linkPieces(pieces: readonly Piece[], headlines: ReadonlySet<number> = new Set()): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  // Multi-word clusters by first word, last word and initials, so short forms find them in O(1).
  const index = new Map<string, Cluster[]>();
  const hasPerson = new Set<Cluster>();
  const register = (k: string, c: Cluster): void => {
    const list = index.get(k);
    if (!list) index.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  const add = (key: string, p: Piece, into?: Cluster): void => {
    const found = into ?? byKey.get(key);
    if (found) {
      found.pieces.push(p);
      // (A weak person's reading joining a body by its country's key is no person: "China Evergrande".)
      const bodyForm = key.startsWith('org:') && found.type === 'organization' && weakPerson(p);
      if (p.type === 'person' && !bodyForm) hasPerson.add(found);
      if (found.type === 'event') {
        const pw = nameWords(p.text);
        if (pw.length >= 2) register(`l:${pw[pw.length - 1] ?? ''}`, found);
      }
      return;
    }
    const c = newCluster(key, p);
    byKey.set(key, c);
    clusters.push(c);
    if (p.type === 'person') hasPerson.add(c);
    const cw = nameWords(p.text);
    if (cw.length >= 2) {
      for (const x of cw.slice(1)) register(`c:${x}`, c);
      register(`f:${cw[0] ?? ''}`, c);
      register(`l:${cw[cw.length - 1] ?? ''}`, c);
      // An event is found by its key's head too ("Games" for "Paris Olympics").
      if (p.type === 'event') register(`l:${key.split(' ').at(-1) ?? ''}`, c);
      if (/\sof\s/.test(p.text)) register(`o:${cw[cw.length - 1] ?? ''}`, c);
      const head = p.type === 'organization' ? headBeforeOf(p.text) : null;
      if (head) register(`h:${head}`, c);
      if (cw.length >= 3 && lookupPlace(cw[0]!)?.kind === 'country') register(`f:${cw[1]!}`, c);
      // "Lula" for "Luiz Inacio Lula da Silva": a person of three names or more, by a middle one.
      if (p.type === 'person' && cw.length >= 3) for (const x of cw.slice(1, -1)) register(`m:${x}`, c);
      // A thing is named again by a word of its name before the head ("Webb" for "James Webb Space Telescope").
      // (Not a place's name: "Korea" is no short form of "Korea Composite Stock Price Index".)
      if (p.type === 'thing') for (const x of cw.slice(0, -1)) if (!lookupPlace(x)) register(`t:${x}`, c);
      register(`i:${initials(p.text)}`, c);
      if (partInitials(p.text) !== initials(p.text)) register(`i:${partInitials(p.text)}`, c);
      if (p.type === 'organization' && ANY_ORDER_ACRONYM.test(initials(p.text)))
        register(`s:${lettersSorted(initials(p.text))}`, c);
      const mixed = p.type === 'organization' ? mixedInitials(p.text) : null;
      if (mixed) register(`i:${mixed}`, c);
      // "Serum Institute" for "Serum Institute of India": a body's name without the country it is of.
      // "Inter-American Court" for "Inter-American Court of Human Rights": so by the words before "of", when they
      // are two or more and end in a body's head.
      const ofPlace = p.type === 'organization' ? /^(\S+(?: \S+)+) of (?:the )?(.+)$/.exec(p.text) : null;
      if (ofPlace && (lookupPlace(ofPlace[2]!)?.kind === 'country' || ORG_HEADS.has(nameWords(ofPlace[1]!).at(-1)!)))
        register(`w:${gazetteerKey(ofPlace[1]!)}`, c);
      // "Glaxo Wellcome" for "Glaxo Wellcome Plc": a body's name of two words or more without its company suffix.
      if (
        p.type === 'organization' &&
        cw.length >= 3 &&
        CORPORATE_SUFFIXES.has(cw[cw.length - 1]!.toLowerCase().replace(/\.$/, ''))
      )
        register(`w:${gazetteerKey(cw.slice(0, -1).join(' '))}`, c);
      // "FTC" for "US Federal Trade Commission".
      const rest = withoutCountry(p.text);
      if (rest) register(`i:${initials(rest)}`, c);
      // "Justice Department" for "US Justice Department": a body's name without the country it opens with.
      if (rest && p.type === 'organization' && ORG_HEADS.has(nameWords(rest).at(-1)!))
        register(`w:${gazetteerKey(rest)}`, c);
    }
  };
  // An acronym of two to five capitals and the names of the clusters whose initials it spells ("EU": "European
  // Union"), people's aside.
  const spelledBy = (p: Piece, clusters: readonly Cluster[]): Cluster[] =>
    /^\p{Lu}(?:\p{Lu}{1,4}|\p{Lu}{0,3}\d{1,3})$/u.test(p.text)
      ? clusters.filter(
          (c) =>
            !hasPerson.has(c) &&
            nameWords(c.name).length >= 2 &&
            (initials(c.name) === p.text || (c.type === 'organization' && spellsInSomeOrder(c.name, p.text))),
        )
      : [];
  // One-word names typed things on their own ("Starship" beside "SpaceX Starship"): a maker's name before one names
  // the product, and is no short form of it.
  const thingWords = new Set(
    pieces.filter((p) => p.type === 'thing' && nameWords(p.text).length === 1).map((p) => nameWords(p.text)[0]!),
  );
  const ordered = [...pieces].sort((a, b) => b.to - b.from - (a.to - a.from) || a.start - b.start);
  // Longer names first, so short forms find them.
  for (const p of ordered) {
    const key = keyOf(p);
    const known = byKey.get(key);
    // "Tigray rebels" (a headline) joined "the Tigray People's Liberation Front": "the region of Tigray" is still the
    // place, and so are the word's later mentions.
    if (
      known &&
      p.type === 'place' &&
      p.strength >= 1.8 &&
      known.type === 'organization' &&
      !hasPerson.has(known) &&
      known.key !== key
    ) {
      byKey.delete(key);
      add(key, p);
      continue;
    }
    if (known) {
      add(key, p);
      continue;
    }
    const words = nameWords(p.text);
    const isShort = words.length === 1;
    const w = words[0] ?? '';
    if (!isShort || (p.strength >= 3 && p.type !== 'person')) {
      const whole = isShort
        ? (index.get(`f:${w}`) ?? []).filter((c) => isRegionOf(c, p))
        : p.type === 'organization' || p.type === null || weakPerson(p)
          ? (index.get(`w:${key}`) ?? [])
          : [];
      // "Wolden Bache" for "Ida Wolden Bache", "Rebelo de Sousa" for "Marcelo Rebelo de Sousa": a person named
      // again by the last words of a longer name. "Lantern Festival" for "Taipei City Lantern Festival": so is an
      // event.
      const surnames =
        !isShort && (p.type === 'person' || p.type === 'event') && words.length <= 3
          ? (index.get(`l:${words.at(-1) ?? ''}`) ?? []).filter((c) => {
              const cw = nameWords(c.name);
              return (
                (p.type === 'person' ? hasPerson.has(c) : c.type === 'event') &&
                cw.length > words.length &&
                cw.slice(-words.length).join(' ') === words.join(' ')
              );
            })
          : [];
      // "the EU" for "the European Union": a known place's acronym, spelling one place's name in the text.
      const spelled = isShort
        ? spelledBy(p, [
            ...new Set([...(index.get(`i:${p.text}`) ?? []), ...(index.get(`s:${lettersSorted(p.text)}`) ?? [])]),
          ]).filter((c) => c.type === p.type)
        : [];
      // "Man United" (a headline's, read as a person's at best weakly) and "Manchester United": a body's first word
      // clipped, the words after it the same.
      const clippedFirst =
        !isShort && (p.type === 'organization' || p.type === null || weakPerson(p))
          ? (index.get(`l:${words.at(-1) ?? ''}`) ?? []).filter((c) => {
              const cw = nameWords(c.name);
              const [a, b] = [cw[0] ?? '', w];
              return (
                (c.type === 'organization' || c.type === null || c.pieces.every(weakPerson)) &&
                (!hasPerson.has(c) || c.pieces.every(weakPerson)) &&
                (p.type === 'organization' || c.type === 'organization') &&
                cw.length === words.length &&
                cw.slice(1).join(' ') === words.slice(1).join(' ') &&
                a !== b &&
                Math.min(a.length, b.length) >= 3 &&
                (a.startsWith(b) || b.startsWith(a))
              );
            })
          : [];
      // "Nobel Peace laureate" after "the Nobel Peace Prize": a prize named again by its words before the head.
      // ("the leader of Five Star" after "the Five Star Movement": so is a body, when nothing but a guess typed the
      // words; not a body's own name, "the African Union" is not "the African Union Mission".)
      const headOf: ((c: Cluster, head: string) => boolean) | null = isShort
        ? null
        : p.type === 'event'
          ? (c, head) => c.type === 'event' && /^(?:prize|award)$/.test(head)
          : (p.type === null || weakPerson(p) || p.type === 'organization') && !ORG_HEADS.has(words.at(-1) ?? '')
            ? (c, head) => c.type === 'organization' && !hasPerson.has(c) && ORG_HEADS.has(head)
            : null;
      const headCut = headOf
        ? (index.get(`f:${w}`) ?? []).filter((c) => {
            const cw = nameWords(c.name);
            return headOf(c, cw.at(-1) ?? '') && cw.slice(0, -1).join(' ') === words.join(' ');
          })
        : [];
      add(
        key,
        p,
        whole.length === 1
          ? whole[0]
          : surnames.length === 1
            ? surnames[0]
            : headCut.length === 1
              ? headCut[0]
              : spelled.length === 1
                ? spelled[0]
                : clippedFirst.length === 1
                  ? clippedFirst[0]
                  : undefined,
      );
      // (Later repeats of the whole name follow it.)
      if (clippedFirst.length === 1 && !byKey.has(key)) byKey.set(key, clippedFirst[0]!);
      // (So do later mentions of a body or a prize named by its words before the head.)
      if (headCut.length === 1 && !byKey.has(key)) byKey.set(key, headCut[0]!);
      continue;
    }
    const candidates = new Set<Cluster>([
      ...(index.get(`f:${w}`) ?? []),
      ...(index.get(`l:${w}`) ?? []),
      ...(index.get(`o:${w}`) ?? []),
      ...(index.get(`h:${w}`) ?? []),
      ...(index.get(`l:${w}s`) ?? []),
      ...(index.get(`t:${w}`) ?? []),
      ...(/^\p{Lu}(?:\p{Lu}+|\p{Lu}*\d{1,3})$/u.test(p.text) || MIXED_ACRONYM.test(p.text)
        ? (index.get(`i:${p.text}`) ?? [])
        : []),
      ...(ANY_ORDER_ACRONYM.test(p.text) ? (index.get(`s:${lettersSorted(p.text)}`) ?? []) : []),
    ]);
    const matches = [...candidates].filter((c) => {
      const cw = nameWords(c.name);
      // A person named by a see or a land ("the Archbishop of Chicago") is not named again by the place.
      // Nor is a word the text itself calls a place ("a prison in the Vladimir region") a person's name.
      // ("King Salman" is not "Mohammed bin Salman", whose last word after "bin" names his father.)
      // ("said Ali, a 24-year-old student" is not "Grand Ayatollah Ali al-Sistani": a given name with a role of its
      // own, none the person has, is someone else.)
      // (A family name written first is no given name: "Park, the daughter of …" is Park Geun-Hye.)
      const otherRole =
        p.role !== null &&
        lexKind(p.text) === 'first-name' &&
        c.pieces.some((q) => q.role) &&
        !c.pieces.some((q) => q.role === p.role);
      if (hasPerson.has(c))
        return (
          !(p.type === 'place' && p.strength >= 1.8 && !knownPlace(p.text)) &&
          ((cw[cw.length - 1] === w &&
            !(p.type === 'place' && /\sof\s/.test(c.name)) &&
            !(
              !/\s/.test(p.text) &&
              ['bin', 'ibn', 'bint', 'ben'].some((b) => c.name.toLowerCase().endsWith(` ${b} ${w}`))
            )) ||
            (cw[0] === w && !otherRole))
        );
      if (c.type === 'organization') {
        // "Apple" → "Apple Inc.", "Scientology" → "Church of Scientology", "WHO" → its initials; not a place
        // read as one ("the city of Baltimore" is not "the Port of Baltimore").
        // ("Workers" opening a sentence is no "International Association of Machinists and Aerospace Workers": not
        // a common word.)
        const ofForm =
          /\sof\s/.test(c.name) && cw[cw.length - 1] === w && p.type !== 'place' && lexKind(p.text) !== 'common';
        // "Evergrande" → "China Evergrande Group", "China Evergrande": a body's name after its country's (not a
        // common word or a body's head: "Japan Airlines" is not named again by "Airlines").
        const afterCountry =
          cw.length >= 2 &&
          cw[1] === w &&
          lookupPlace(cw[0]!)?.kind === 'country' &&
          (cw.length >= 3 || (lexKind(w) === null && !ORG_HEADS.has(w.toLowerCase())));
        // "Apple" is not "Apple Watch": a maker's name and a common noun, no body's head, name its product.
        // A body called so ("his hedge fund, Alameda Research") is none: "Alameda" names it again.
        const product =
          cw.length === 2 &&
          (lexKind(cw[1]!) === 'common' || thingWords.has(cw[1]!)) &&
          !ORG_HEADS.has(cw[1]!) &&
          !c.pieces.some((q) => q.role);
        // "Maui" is not "Maui Police": a town's or a region's own public body is no short form of it, and a
        // place read as one is no short form of a body named after it ("Manhattan Criminal Court").
        const townsBody = PUBLIC_BODY_WORDS.test(cw[1] ?? '') && p.type !== 'organization';
        return (
          (cw[0] === w && !product && !townsBody && !(p.type === 'place' && (p.strength >= 2 || knownPlace(p.text)))) ||
          // ("the Observatory" after "the Syrian Observatory for Human Rights": so the head before "for" or "of".)
          (headBeforeOf(c.name) === w && p.type !== 'place' && c.pieces.some((q) => q.start < p.start)) ||
          // "the Commission" after "the European Commission": a body's head alone, once the whole name is said;
          // a country's body by its head anywhere ("Senate" in the headline, "the US Senate" in the story).
          (ORG_HEADS.has(w) && cw.length > 1 && cw[cw.length - 1] === w && c.pieces.some((q) => q.start < p.start)) ||
          (ORG_HEADS.has(w) && cw.length === 2 && cw[1] === w && lookupPlace(cw[0]!)?.kind === 'country') ||
          ofForm ||
          afterCountry ||
          // ("Nacional" for "Atletico Nacional": a club named by the word after its sports club's first word.)
          (cw.length === 2 && cw[1] === w && CLUB_FIRSTS.has(cw[0]!)) ||
          // ("BoJ" for "Bank of Japan": a small word's initial in lower case.)
          (MIXED_ACRONYM.test(p.text) && mixedInitials(c.name) === p.text) ||
          (/^\p{Lu}{2,}$/u.test(p.text) &&
            (initials(c.name) === p.text ||
              initials(withoutCountry(c.name) ?? '') === p.text ||
              // "PSG" for "Paris Saint-Germain".
              (p.text.length >= 3 && partInitials(c.name) === p.text) ||
              // "FARC" for "the Revolutionary Armed Forces of Colombia": its own language's order.
              spellsInSomeOrder(c.name, p.text)))
        );
      }
      // "Webb" for "James Webb Space Telescope"; for "SpaceX Starship" the product's own name, not its maker's.
      // ("Smart Lander for Investigating Moon": only the words before "for" or "of" name the thing; "Moon" is a place.)
      if (c.type === 'thing') {
        // (A place's name is none of a thing's: "Korea" for "Korea Composite Stock Price Index".)
        if (knownPlace(p.text)) return false;
        const cut = cw.findIndex((x) => x === 'for' || x === 'of');
        const own = cut > 0 ? cw.slice(0, cut) : cw;
        const head = THING_HEADS.has(own.at(-1)!);
        return head ? own.slice(0, -1).includes(w) : own.slice(1).includes(w);
      }
      if (c.type === 'place') return isRegionOf(c, p);
      // "Hurricane Otis" → "Otis": a storm is named again by its own name; "the Games" → "Paris Games".
      if (c.type === 'event')
        return (
          (cw.length === 2 && EVENT_FIRSTS.has(cw[0] ?? '') && cw[1] === w) ||
          // "Roe" for "Roe v. Wade": a case named again by its first party.
          (/\sv(?:s)?\.?\s/.test(c.name) && cw[0] === w) ||
          // "a Nobel winner" → "Nobel Peace Prize": a prize is named again by its first word ("Nobel Prize in
          // Chemistry" too, its field after it).
          (cw.some((x) => /^(?:prize|award|awards)$/.test(x)) && cw[0] === w && p.type !== 'person') ||
          (cw.length > 1 && EVENT_HEADS.has(w) && (cw[cw.length - 1] === w || c.key.endsWith(` ${w}`))) ||
          // "the Tour" for "the Tour de France": an event's head opening its name before "de" or "of".
          (cw.length > 1 && EVENT_HEADS.has(w) && cw[0] === w && /^\S+ (?:de|du|des|of|d['’])\s?/i.test(c.name)) ||
          // "the Olympic cauldron" → "Paris Olympics".
          (EVENT_HEADS.has(`${w}s`) &&
            c.pieces.some((q) => nameWords(q.text).length > 1 && q.text.endsWith(`${p.text}s`)))
        );
      return false;
    });
    // "the Fed" for "the US Federal Reserve", "the Met" for "the Metropolitan Police": a body's word clipped,
    // when one body alone has a word it starts.
    if (!matches.length && (p.type === null || p.type === 'organization') && /^\p{Lu}\p{Ll}{2,}$/u.test(p.text)) {
      const clipped = clusters.filter(
        (c) =>
          c.type === 'organization' &&
          !hasPerson.has(c) &&
          nameWords(c.name).some((x) => x.length > w.length + 2 && x.startsWith(w) && /^\p{L}+$/u.test(x)),
      );
      // Of several, a body of two words opening with it, beside longer names ("the Fed" beside the "US Federal
      // Reserve" and its "Federal Open Market Committee").
      const words = (c: Cluster): string[] => nameWords(withoutCountry(c.name) ?? c.name);
      const short = clipped.filter((c) => words(c).length === 2 && words(c)[0]!.startsWith(w));
      if (clipped.length === 1) matches.push(clipped[0]!);
      else if (short.length === 1 && clipped.every((c) => c === short[0] || words(c).length >= 3))
        matches.push(short[0]!);
    }
    // "Lula" for "Luiz Inacio Lula da Silva": a middle name, when no name starts or ends with the word. Not a
    // name under a monarch's or a pope's title: "Pope Francis" is not "Robert Francis Prevost".
    if (!matches.length && !(p.role && REGNAL_TITLE.test(p.role)))
      matches.push(...(index.get(`m:${w}`) ?? []).filter((c) => hasPerson.has(c)));
    // "the AU" for "the African Union", not the "AU Commission" it also opens.
    const spelled = spelledBy(p, [...candidates]);
    if (spelled.length === 1) matches.splice(0, matches.length, spelled[0]!);
    // Where a cluster was last named before the word (-1 if not yet).
    const lastBefore = (c: Cluster): number =>
      Math.max(-1, ...c.pieces.filter((q) => q.start < p.start).map((q) => q.start));
    // Several events share the head ("Summer Games", "Paris Games"): the one named last before the word ("won the
    // Tour of Italy … rode the Tour de France … plans to ride the Tour"), or with none before it, the first named.
    if (matches.length > 1 && matches.every((c) => c.type === 'event')) {
      const before = matches.filter((c) => lastBefore(c) >= 0).sort((x, y) => lastBefore(y) - lastBefore(x));
      const first = before[0] ?? [...matches].sort((x, y) => firstStart(x) - firstStart(y))[0]!;
      matches.splice(0, matches.length, first);
    }
    // Several bodies open with the word ("Activision Blizzard", then "Activision Blizzard King"): the one named
    // first, when the others' names extend its own and it is named before (or the word is the headline's).
    if (matches.length > 1 && matches.every((c) => c.type === 'organization' && !hasPerson.has(c))) {
      const first = [...matches].sort((x, y) => firstStart(x) - firstStart(y))[0]!;
      const fw = nameWords(first.name).join(' ');
      const extended = matches.every((c) => c === first || `${nameWords(c.name).join(' ')} `.startsWith(`${fw} `));
      const before = firstStart(first) < p.start || headlines.has(p.sentence);
      matches.splice(0, matches.length, ...(extended && before ? [first] : []));
    }
    // Several things share the word ("James Webb" in a headline, "James Webb Space Telescope"): the one whose name
    // extends the others'.
    if (matches.length > 1 && matches.every((c) => c.type === 'thing' && !hasPerson.has(c))) {
      const longest = [...matches].sort((x, y) => nameWords(y.name).length - nameWords(x.name).length)[0]!;
      const lw = `${nameWords(longest.name).join(' ')} `;
      if (matches.every((c) => lw.startsWith(`${nameWords(c.name).join(' ')} `)))
        matches.splice(0, matches.length, longest);
    }
    // Several people share the word ("Ahmed Mohamed", "Mohamed El-Hassan Mohamed"): the first named; but of several
    // whose surname it is, named before it, the one named last ("former president Luiz Inacio Lula da Silva …
    // environmentalist Marina Silva … Silva endorsed Neves").
    // ("Justin Trudeau won … Obama called Trudeau … his father, Pierre Elliott Trudeau, …": the one named before it,
    // when only one is; and once the article calls one of them by the surname alone, it goes on doing so: "Trudeau"
    // after the father is named is still the son.)
    const surnamed = matches.filter((c) => hasPerson.has(c) && nameWords(c.name).at(-1) === w && lastBefore(c) >= 0);
    const calledSo = surnamed.filter((c) => c.pieces.some((q) => q.start < p.start && q.text === p.text));
    const personMatches =
      calledSo.length === 1
        ? calledSo
        : surnamed.length === 1
          ? surnamed
          : surnamed.length > 1
            ? surnamed.sort((x, y) => lastBefore(y) - lastBefore(x))
            : matches.filter((c) => hasPerson.has(c)).sort((x, y) => firstStart(x) - firstStart(y));
    let pick = personMatches.length >= 1 ? personMatches[0] : matches.length === 1 ? matches[0] : undefined;
    // "Toyota" beside "Toyota Motor Corp" and "Akio Toyota": a word the lexicon or its context types a body is the
    // body whose name it opens, not the person whose surname it is too.
    const bodyOpened = matches.find(
      (c) => !hasPerson.has(c) && c.type === 'organization' && nameWords(c.name)[0] === w,
    );
    if (bodyOpened && personMatches.length && p.type === 'organization' && p.strength >= 1.6) pick = bodyOpened;
    // "the Hubble Space Telescope … Hubble has made 1.2 million observations … named after astronomer Edwin Hubble":
    // a thing or an event named before the person is what its word names, unless a cue types the word a person.
    const personFirst = personMatches.length ? Math.min(...personMatches.map(firstStart)) : -1;
    const namedBefore = matches.find(
      (c) => (c.type === 'thing' || c.type === 'event') && !hasPerson.has(c) && firstStart(c) < personFirst,
    );
    if (namedBefore && !(p.type === 'person' && p.strength >= 2)) pick = namedBefore;
    // (Not a body an acronym spells: "PSG" before "Paris Saint-Germain", "FARC" before the body's English name.)
    const spells =
      pick !== undefined &&
      ([initials(pick.name), partInitials(pick.name)].includes(p.text) || spellsInSomeOrder(pick.name, p.text));
    if (pick && !hasPerson.has(pick) && pick.type === 'organization' && !spells && isDivisionOf(pick, p, headlines))
      pick = undefined;
    // "Aceh" beside "Aceh Monitoring Mission", "Free Aceh Movement" and "Banda Aceh": a word a place's name or two
    // other names carry after their first word is what they are named after, no short form of the body it opens.
    // ("SmithKline" is still "SmithKline Beecham" beside "Glaxo SmithKline", the merger's name.)
    const carriers =
      pick && !hasPerson.has(pick) && pick.type === 'organization' && nameWords(pick.name)[0] === w
        ? (index.get(`c:${w}`) ?? []).filter((c) => c !== pick && !hasPerson.has(c))
        : [];
    if (carriers.length >= 2 || carriers.some((c) => c.type === 'place')) pick = undefined;
    if (pick) add(key, p, pick);
    else add(key, p);
    // Later repeats of the same short form follow it.
    if (pick && !byKey.has(key)) byKey.set(key, pick);
  }
  // "the James Webb telescope" (a headline's "James Webb") and "the James Webb Space Telescope": a thing named by
  // the words before another thing's head is that thing.
  for (const x of [...clusters]) {
    if (x.type !== 'thing' || hasPerson.has(x)) continue;
    const xw = `${nameWords(x.name).join(' ')} `;
    const into = clusters.filter((y) => {
      const yw = nameWords(y.name);
      return (
        y !== x &&
        y.type === 'thing' &&
        THING_HEADS.has(yw.at(-1)!) &&
        yw.length > nameWords(x.name).length &&
        `${yw.join(' ')} `.startsWith(xw)
      );
    });
    if (into.length !== 1) continue;
    into[0]!.pieces.push(...x.pieces);
    clusters.splice(clusters.indexOf(x), 1);
  }
  for (const c of clusters) settle(c);
  return clusters;
}

function settle(c: Cluster): void {
  let best: Piece | null = null;
  const votes = new Map<EntityType, number>();
  for (const p of c.pieces) {
    if (!p.type) continue;
    votes.set(p.type, (votes.get(p.type) ?? 0) + p.strength);
    if (!best || p.strength > best.strength) best = p;
  }
  if (best && best.type) {
    // A strong cue (data, a title) wins; otherwise the summed weak cues.
    // The fullest form, and of several as full the one the strongest cue typed.
    const fullest = c.pieces.reduce((a, b) => {
      const d = nameWords(b.text).length - nameWords(a.text).length;
      return d > 0 || (d === 0 && b.strength > a.strength) ? b : a;
    });
    if (best.strength >= 2.5) {
      c.type = best.type;
    } else if (fullest.type && nameWords(fullest.text).length > 1) {
      // Weak context cues on short forms do not outvote the full name's own shape.
      c.type = fullest.type;
    } else {
      let top: EntityType = best.type;
      let score = -1;
      for (const [t, v] of votes) if (v > score) [top, score] = [t, v];
      c.type = top;
    }
    c.strength = best.strength;
  } else {
    c.type = 'organization';
    c.strength = 0;
  }
  for (const p of c.pieces) if (!c.country && p.country) c.country = p.country;
  let name = c.pieces[0]?.text ?? '';
  for (const p of c.pieces) {
    const words = nameWords(p.text).length;
    // Of as many words, the longer form, but the singular over its plural ("World Cup", not "World Cups").
    const same = words === nameWords(name).length;
    if (
      words > nameWords(name).length ||
      (same && p.text.length > name.length && p.text !== `${name}s`) ||
      (same && name === `${p.text}s`)
    )
      name = p.text;
  }
  // "PALU" in a place line, "Palu" after it: a name in capitals is named as the text writes it elsewhere.
  if (!/\p{Ll}/u.test(name)) {
    const cased = c.pieces.find((p) => /\p{Ll}/u.test(p.text) && p.text.toLowerCase() === name.toLowerCase());
    if (cased) name = cased.text;
    // Named only there, the town is written as a name is ("NEW YORK" → "New York", "PORT-AU-PRINCE" →
    // "Port-au-Prince").
    else if (c.pieces.some((p) => p.placeLine))
      name = name
        .toLowerCase()
        .replace(/(^|[\s-])(\p{L})(\p{L}*)/gu, (all, sep: string, first: string, rest: string) =>
          sep === '-' && rest.length <= 2 && /^(?:au|en|de|la|le|les|sur|el|del|di|da)$/.test(first + rest)
            ? all
            : sep + first.toUpperCase() + rest,
        );
  }
  if (c.type === 'group') {
    // A nationality is named by its most used form ("Russian", not "Russians").
    const counts = new Map<string, number>();
    for (const p of c.pieces) counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
    name = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? name;
  }
  // "The Hague" keeps its article: without it no place is named. So does a work's title ("The Vegetarian").
  const bare = name.replace(/^the\s+/i, '');
  c.name =
    bare !== name && ((knownPlace(name) && !knownPlace(bare)) || (c.type === 'thing' && /^The\s/.test(name)))
      ? name
      : bare;
}
