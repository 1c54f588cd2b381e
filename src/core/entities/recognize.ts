import { slugify } from '../article/segment';
import type { ArticleBase, Entity, Mention } from '../types';
import { findRuns, knownPlace, textStats, tokenizeSentences, type SentenceTokens } from './candidates';
import { HOLIDAY_SOURCE, MOVABLE_FEASTS } from '../holidays';
import { asOwner } from '../as-owner';
import {
  EVENT_FIRSTS,
  isPersonRoleNoun,
  KIN_NOUNS,
  LAND_TITLE,
  ORG_FIRSTS,
  ORG_HEADS,
  PLACE_FIRSTS,
  PLACE_HEADS,
  STYLE_WORDS,
} from './lexicon';
import { classifyLists, classifyPiece, listsOf, nearestSure, twoSides } from './classify';
import { namedEvents } from './events';
import { gazetteerKey, lookupDemonym, lookupPlace } from './gazetteer';
import { initials, linkPieces, nameWords, type Cluster } from './link';
import { givenNameGender, lexKind, roleGender } from './name-lexicon';
import { related, salience } from './rank';
import { refineClusters } from './refine';
import { makePiece, splitRun, type Piece } from './split';

const MAX_FORM_WORDS = 5;

/** Title Case and ALL CAPS sentences: only names known from the rest of the text, and places. */
function matchCased(text: string, s: SentenceTokens, forms: Map<string, Cluster>, clusters: Cluster[]): void {
  const { tokens } = s;
  let i = 0;
  while (i < tokens.length) {
    let taken = 0;
    for (let w = Math.min(MAX_FORM_WORDS, tokens.length - i); w >= 1 && !taken; w--) {
      const a = tokens[i];
      const b = tokens[i + w - 1];
      if (!a || !b || !a.word || !b.word) continue;
      const span = text.slice(a.start, b.end);
      const key = gazetteerKey(span);
      const known = forms.get(key);
      let piece: Piece | null = null;
      if (known) {
        piece = makePiece(text, tokens, s.sentence, i, i + w - 1, known.type, known.strength);
        known.pieces.push(piece);
      } else if (w <= 3 && key.length >= 4) {
        const title = span.replace(/\p{L}+/gu, (x) => x.charAt(0) + x.slice(1).toLowerCase());
        const place = lookupPlace(title);
        const group = place ? null : w === 1 ? lookupDemonym(title) : null;
        if (place || group) {
          piece = makePiece(text, tokens, s.sentence, i, i + w - 1, place ? 'place' : 'group', 3);
          piece.country = place ? place.country : (group?.country ?? null);
          const c: Cluster = {
            key,
            pieces: [piece],
            type: piece.type ?? 'place',
            strength: 3,
            name: title,
            country: piece.country,
          };
          clusters.push(c);
          forms.set(key, c);
        }
      }
      if (piece) taken = w;
    }
    i += taken || 1;
  }
}

/**
 * "… against Amazon, Apple and Meta": a list's member that another sentence typed surely (Apple, a body
 * elsewhere) lends its type to members named only there with no cue of their own, which would otherwise
 * not be kept. The per-sentence pass (`classifyLists`) cannot see another sentence's cues.
 */
function lendListTypes(text: string, pieces: readonly Piece[], clusters: readonly Cluster[]): void {
  const clusterOf = new Map<Piece, Cluster>();
  for (const c of clusters) for (const p of c.pieces) clusterOf.set(p, c);
  // Pieces come sentence by sentence, in order within each (the events stage keeps the order).
  for (const members of listsOf(text, pieces)) {
    if (twoSides(text, members)) continue;
    const list = members.map((p) => clusterOf.get(p));
    const sure = list.map((c) => !!c && (c.type === 'organization' || c.type === 'place') && c.strength >= 1.2);
    if (!sure.includes(true)) continue;
    list.forEach((c, k) => {
      const lender = list[nearestSure(sure, k)];
      if (!c || c.strength > 0 || !lender) return;
      c.type = lender.type;
      c.strength = 1.2;
    });
  }
}

/**
 * "the National Electoral Institute (INE)", "Doctors Without Borders (MSF)", "Tokyo Electric Power Company
 * (TEPCO)": an acronym in parentheses right after a body's name is that body, whatever its letters (the name
 * in the body's own language, a syllable for a word). Initials in order are linked already ("World Health
 * Organization (WHO)"), and so is one after the name's first word ("Africa Centres for Disease Control (Africa
 * CDC)"). An acronym the article ties to something else as well stays apart.
 */
function mergeParentheticAcronyms(text: string, clusters: Cluster[]): void {
  const byEnd = new Map<number, Cluster>();
  for (const c of clusters) for (const p of c.pieces) byEnd.set(p.end, c);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const a = clusters[i]!;
    const q = a.pieces.find(
      (p) =>
        // ("Alternative for Germany (AfD)": one lower-case letter inside, for a word in lower case.)
        /^(?:\p{Lu}\p{L}+ )?(?:\p{Lu}{2,8}|\p{Lu}{1,3}\p{Ll}\p{Lu}{1,3})$/u.test(p.text) &&
        text.slice(p.start - 2, p.start) === ' (' &&
        text[p.end] === ')',
    );
    const b = q ? byEnd.get(q.start - 2) : undefined;
    if (!q || !b || b === a) continue;
    // "Marine Le Pen's far-right National Rally (RN)": a name read as a person's by its shape, whose initials the
    // letters spell in another order (the name in the body's own language), is that body.
    // ("Hayat Tahrir al-Sham (HTS)": or in order, a particle's name counted by its capital.)
    const sorted = (x: string): string => [...x].sort().join('');
    const letters = initials(b.name.replace(/(^|\s)(?:al|el|ad|as|ash|an|ar|at|az)-(?=\p{Lu})/gu, '$1'));
    const anagram =
      b.type === 'person' &&
      b.strength < 2 &&
      q.text.length > 1 &&
      (sorted(initials(b.name)) === sorted(q.text) || (letters === q.text && q.text.length >= 3)) &&
      (lexKind(b.name.split(' ')[0]!) !== 'first-name' || (letters === q.text && q.text.length >= 3));
    // "the European Union (EU)", "the Democratic Republic of Congo (DRC)": a place and the acronym of its name.
    const placeAcronym = b.type === 'place' && a.type === 'place' && initials(b.name) === q.text;
    if (placeAcronym) {
      b.pieces.push(...a.pieces);
      clusters.splice(i, 1);
      continue;
    }
    // ("the Korea Composite Stock Price Index (KOSPI)": so is a thing's, an index's or a craft's, which stays a thing.)
    if (b.type !== 'organization' && b.type !== 'thing' && !anagram) continue;
    // "the Africa Centres for Disease Control (Africa CDC)": a word before the acronym opens the body's name too.
    const word = /^(\S+) /.exec(q.text)?.[1];
    if (word && !b.pieces.some((p) => p.text.startsWith(`${word} `))) continue;
    if (a.pieces.some((p) => p.text !== q.text) || ((a.type === 'person' || a.type === 'place') && a.strength >= 2))
      continue;
    if (b.type !== 'thing') b.type = 'organization';
    b.pieces.push(...a.pieces);
    clusters.splice(i, 1);
  }
}

/** A day's name of up to five capitalised words ending in "Day", its first word captured ("Earth Day"). */
const OBSERVANCE = /^(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+Day$/u;

/** What sets off another name for the one before it: ", better known as", ", alias", ", nicknamed" (a quote after). */
const ALIAS_BEFORE = /^, (?:(?:better |also |more commonly |widely )?known as|alias|nicknamed|dubbed) ["“]?$/;

/** What sets off the name another one stands for, after it: '", another name for', ", the Arabic acronym for". */
const ALIAS_AFTER =
  /^["”]?, (?:another|an|the|its) (?:other )?(?:Arabic |Russian |French |English |Persian )?(?:name|acronym) for (?:the )?/;

/**
 * "Mohamed Hamdan Daglo, better known as Hemeti, … Hemeti said": a name the article gives as another's alias
 * is that one's, a person's or a body's; its cluster (only that name's mentions) joins the first.
 */
function mergeAliases(text: string, clusters: Cluster[]): void {
  const byEnd = new Map<number, Cluster>();
  const byStart = new Map<number, Cluster>();
  for (const c of clusters)
    for (const p of c.pieces) {
      byEnd.set(p.end, c);
      byStart.set(p.start, c);
    }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const a = clusters[i]!;
    for (const q of a.pieces) {
      const m = /, [^,]{0,40}$/.exec(text.slice(Math.max(0, q.start - 42), q.start));
      // ('"Daesh", another name for IS', "Daesh, the Arabic acronym for IS": the other name after it.)
      const after = ALIAS_AFTER.exec(text.slice(q.end, q.end + 40));
      if ((!m || !ALIAS_BEFORE.test(m[0])) && !after) continue;
      const b = after ? byStart.get(q.end + after[0].length) : byEnd.get(q.start - m![0].length);
      if (!b || b === a || (b.type !== 'person' && b.type !== 'organization')) continue;
      // (A quoted alias is typed a title, a thing, until it is seen to be another's name: 'known as "Barbecue"'.)
      if (a.pieces.some((p) => p.text !== q.text) || (a.type !== b.type && a.strength >= 2 && a.type !== 'thing'))
        continue;
      b.pieces.push(...a.pieces);
      clusters.splice(i, 1);
      break;
    }
  }
}

/**
 * "the Conservative party conference" … "the Conservatives": a body named by one word, in the singular and in
 * the plural, is one body; the plural's mentions join the singular's. So is a party named by its members ("the
 * Liberal Party" and "the Liberals", "the Democratic Party" and "the Democrats").
 */
function mergePluralBodies(clusters: Cluster[]): void {
  const single = new Map<string, Cluster>();
  const parties = new Map<string, Cluster>();
  for (const c of clusters) {
    // ("the Madhesi community … angered the Madhesis": or a people named by its members.)
    if (c.type === 'group' && !c.country && /^\p{Lu}\p{Ll}+$/u.test(c.name)) single.set(c.name, c);
    if (c.type !== 'organization') continue;
    if (/^\p{Lu}\p{Ll}+$/u.test(c.name)) single.set(c.name, c);
    const party = /^(\p{Lu}\p{Ll}+) Party$/u.exec(c.name);
    if (party) parties.set(party[1]!, c);
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    const plural = c.type === 'organization' ? /^(\p{Lu}\p{Ll}+[^s'])s$/u.exec(c.name) : null;
    const members = c.type === 'organization' || c.type === 'group' ? /^(\p{Lu}\p{Ll}+)s$/u.exec(c.name) : null;
    const into =
      (plural ? single.get(plural[1]!) : undefined) ??
      (members ? (parties.get(members[1]!) ?? parties.get(`${members[1]!}ic`)) : undefined);
    if (!into || into === c) continue;
    into.pieces.push(...c.pieces);
    clusters.splice(i, 1);
  }
}

/**
 * 'drug lord Joaquin "El Chapo" Guzman', 'Barry "Butch" Wilmore': a given name, a nickname in quotation marks
 * right against it and a name right after are one person's, whose mention spans all three (the surname then
 * finds it alone: "Guzman, 56, was arrested …").
 */
function joinNicknamed(text: string, s: SentenceTokens, found: Piece[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [given, nick] = [found[i]!, found[i + 1]!];
    const close = s.tokens[nick.to + 1];
    const surname = s.tokens[nick.to + 2];
    if (
      nick.type !== 'person' ||
      lexKind(given.text) !== 'first-name' ||
      !/^ ["“]$/.test(text.slice(given.end, nick.start)) ||
      !close ||
      !/^["”]$/.test(close.text) ||
      close.start !== nick.end ||
      !surname?.cap ||
      !surname.word ||
      surname.start !== close.end + 1 ||
      !/^\p{Lu}[\p{L}'’-]+$/u.test(surname.text)
    )
      continue;
    const last = found[i + 2];
    const joinsLast = last !== undefined && last.from === nick.to + 2;
    const whole: Piece = {
      ...given,
      to: joinsLast ? last.to : nick.to + 2,
      end: joinsLast ? last.end : surname.end,
      text: text.slice(given.start, joinsLast ? last.end : surname.end),
      type: 'person',
      strength: Math.max(3, given.strength),
      role: given.role ?? (joinsLast ? last.role : null),
    };
    found.splice(i, joinsLast ? 3 : 2, whole);
  }
}

/**
 * "at Christie's in New York" and "Christie's global president", "Sotheby's and Phillips": a body named for its
 * founder, kept whole with its "'s" where nothing it owns follows, is the same body as the name read as a
 * possessive elsewhere; the possessive's cluster (a person or untyped, no role) joins it.
 */
function mergeOwnedNames(clusters: Cluster[]): void {
  const owned = new Map<string, Cluster>();
  for (const c of clusters)
    if (c.type === 'organization' && /^\p{Lu}[\p{L}-]*['’]s$/u.test(c.name)) owned.set(c.name.slice(0, -2), c);
  if (owned.size === 0) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    const into = owned.get(c.name);
    if (!into || into === c || !(c.type === 'person' || c.type === null || c.type === 'organization')) continue;
    if (c.pieces.some((p) => p.role)) continue;
    into.pieces.push(...c.pieces);
    clusters.splice(i, 1);
  }
}

/**
 * "Covid" in the headline, "Covid-19" in the story: a one-word thing or event named with a number after a
 * hyphen is named again by its word alone, when only one such name has that word; the word's mentions join it.
 */
function mergeNumbered(clusters: Cluster[]): void {
  const numbered = new Map<string, Cluster | null>();
  for (const c of clusters) {
    const m = c.type === 'thing' || c.type === 'event' ? /^(\p{L}{3,})-\d+$/u.exec(c.name) : null;
    if (m) numbered.set(m[1]!, numbered.has(m[1]!) ? null : c);
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    const into = numbered.get(c.name);
    if (!into || into === c || (c.type !== into.type && c.strength >= 2)) continue;
    into.pieces.push(...c.pieces);
    clusters.splice(i, 1);
  }
}

/** Words that open a storm's name ("Hurricane Sandy", "Superstorm Sandy"). */
const STORM_WORDS = new Set([...EVENT_FIRSTS].filter((w) => /storm|hurricane|cyclone|typhoon|tornado/.test(w)));

/** "Hurricane Sandy" and "Superstorm Sandy": one storm named with two storm words is one event, the first named. */
function mergeStorms(clusters: Cluster[]): void {
  const byName = new Map<string, Cluster>();
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    const words = c.type === 'event' ? nameWords(c.name) : [];
    if (words.length !== 2 || !STORM_WORDS.has(words[0]!.toLowerCase())) continue;
    const first = byName.get(words[1]!);
    if (!first) {
      byName.set(words[1]!, c);
      continue;
    }
    first.pieces.push(...c.pieces);
    clusters.splice(i--, 1);
  }
}

/**
 * "Rohingya Muslims" and "the Rohingya": a people of no country named with "Muslims" after it is that people, one
 * group under its own name. (Not a country's people: "Iraqi Muslims" are some of the Iraqis.)
 */
function mergeMuslimPeoples(clusters: Cluster[]): void {
  const peoples = new Map<string, Cluster>();
  for (const c of clusters) if (c.type === 'group' && !/\s/.test(c.name)) peoples.set(c.name, c);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    const people = c.type === 'group' ? /^(\S+) Muslims$/.exec(c.name)?.[1] : undefined;
    const into = people === undefined ? undefined : peoples.get(people);
    if (!into || into === c || lookupDemonym(people!)?.country) continue;
    into.pieces.push(...c.pieces);
    clusters.splice(i, 1);
  }
}

/** Whether `longer` is `shorter` with only capitalised words before it ("Texas student" for "student"). */
function namesBefore(longer: string, shorter: string): boolean {
  return (
    longer.toLowerCase().endsWith(shorter.toLowerCase()) &&
    longer
      .slice(0, longer.length - shorter.length)
      .trim()
      .split(/\s+/)
      .every((w) => /^\p{Lu}/u.test(w))
  );
}

/** Words that make a role another office than the one it contains ("former deputy governor", "vice president"). */
const OTHER_OFFICE = /\b(?:former|ex|deputy|vice|assistant|acting|interim|late|then|outgoing|incoming|future)\b/;

/**
 * What only a person's name is followed by: a relative clause with "who", or an age ("Montenegro, 52,", "Montenegro,
 * a 52-year-old lawyer,"); "Britain said he …" may be a country.
 */
const PERSON_AFTER = /^,\s+(?:who\b|whose\b|\d{1,3},|an?\s+\d{1,3}-year-old\b)/;
/** Words before a mention that make it read as a place: "in Hamilton", "from Victoria". */
const READS_AS_PLACE = /\b(?:in|at|near|from|to|into|outside|across|of|via)\s+$/i;

/**
 * "Lewis Hamilton … Hamilton joined Mercedes": a one-word place that is the surname of a person the article
 * names in full is that person, when no mention of it reads as a place (after "in", "from" …) and the
 * article does not name the country whose town it is ("Hamilton" is Bermuda's capital). A country keeps its
 * name ("Jordan"), unless the person is named by that word alone ("Mr Montenegro … Montenegro said") or a
 * mention of it is followed by what only a person is ("Luis Montenegro … Montenegro, who took office …").
 */
function mergeSurnamePlaces(text: string, clusters: Cluster[]): void {
  const bySurname = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    const words = nameWords(c.name);
    const last = words[words.length - 1];
    if (!last) continue;
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== c ? null : c);
  }
  // The countries the article names as such ("Bermuda"), not through a town of theirs.
  const countries = new Set(
    clusters.map((c) => (c.type === 'place' && lookupPlace(c.name)?.kind === 'country' ? c.country?.code : null)),
  );
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    const words = nameWords(c.name);
    const person = words.length === 1 && c.type === 'place' ? bySurname.get(words[0]!) : undefined;
    if (!person || c.pieces.some((p) => nameWords(p.text).length !== 1)) continue;
    const place = lookupPlace(c.name);
    // A person named by the word alone ("Mr Montenegro"), or a mention only a person fits ("Montenegro, who …").
    const personal =
      nameWords(person.name).length === 1 || c.pieces.some((p) => PERSON_AFTER.test(text.slice(p.end, p.end + 24)));
    if (!personal && (place?.kind === 'country' || (place?.country && countries.has(place.country.code)))) continue;
    if (c.pieces.some((p) => READS_AS_PLACE.test(text.slice(Math.max(0, p.start - 12), p.start)))) continue;
    person.pieces.push(...c.pieces);
    clusters.splice(i, 1);
  }
}

/**
 * "Philip, the Duke of Edinburgh, married …", "The Archbishop of Canterbury, Justin Welby, said …": a person
 * named beside a title "of" a land or see, the two set off by commas, is that titled person; the title's
 * mentions join the person's and the title is the role it gives them.
 */
function mergeTitledAppositives(text: string, clusters: Cluster[]): void {
  const personEnding = new Map<number, [Piece, Cluster]>();
  for (const c of clusters) if (c.type === 'person') for (const p of c.pieces) personEnding.set(p.end, [p, c]);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const b = clusters[i]!;
    if (b.type !== 'person') continue;
    for (const q of b.pieces) {
      const [title, of] = q.text.split(' ');
      if (!LAND_TITLE.test(title!.toLowerCase()) || of !== 'of') continue;
      let named: [Piece, Cluster] | undefined;
      if (/^[,.;]/.test(text.slice(q.end, q.end + 1))) {
        // ("Augustus the Strong, Elector of Saxony,", "Prince William, Duke of Cambridge,": a title in capitals
        // needs no "the".)
        const lead = /, (?:the )?$/.exec(text.slice(Math.max(0, q.start - 6), q.start));
        named = lead ? personEnding.get(q.start - lead[0].length) : undefined;
      }
      // The title first: "the Archbishop of Canterbury, Justin Welby," (not a list's ", and").
      if (!named && /\bthe $/i.test(text.slice(Math.max(0, q.start - 4), q.start)) && text.startsWith(', ', q.end)) {
        const comma = text.indexOf(',', q.end + 2);
        named =
          comma > 0 && !/^, (?:and|or)\b/.test(text.slice(comma, comma + 5)) ? personEnding.get(comma) : undefined;
        if (named && named[0].start < q.end + 2) named = undefined;
      }
      if (!named || named[1] === b || named[0].sentence !== q.sentence) continue;
      named[0].role ??= q.text;
      named[1].pieces.push(...b.pieces);
      clusters.splice(i, 1);
      break;
    }
  }
}

/**
 * "Born Anna Mae Bullock in Nutbush, Tennessee, in 1939, Turner rose to fame …": the name a sentence opens
 * with after "Born" is the birth name of the person the sentence goes on to name after a comma; its mentions
 * join that person's.
 */
function mergeBirthNames(text: string, clusters: Cluster[]): void {
  const people = clusters.filter((c) => c.type === 'person');
  for (let i = clusters.length - 1; i >= 0; i--) {
    const b = clusters[i]!;
    if (b.type !== 'person' || b.pieces.length !== 1) continue;
    const born = b.pieces[0]!;
    if (!/(?:^|\n|[.!?]["”’]?\s+)Born\s+$/.test(text.slice(Math.max(0, born.start - 8), born.start))) continue;
    // The first person named after a comma in the same sentence, before a verb in lower case.
    let named: Cluster | undefined;
    let at = Infinity;
    for (const c of people) {
      if (c === b) continue;
      for (const p of c.pieces) {
        if (p.sentence !== born.sentence || p.start <= born.end || p.start >= at) continue;
        if (/,\s+$/.test(text.slice(p.start - 2, p.start)) && /^\s+\p{Ll}/u.test(text.slice(p.end, p.end + 3))) {
          named = c;
          at = p.start;
        }
      }
    }
    // "Born Chloe Ardelia Wofford …, she worked …": after "he" or "she", the one person the sentence before names
    // (or the nearest of the three before that names anyone: "Pele had been in hospital …. He had a colon tumour
    // removed …. Born Edson Arantes do Nascimento in 1940, he won …").
    if (!named && /^[^.;:!?]{0,80}?,\s+(?:he|she)\s+\p{Ll}/u.test(text.slice(born.end, born.end + 100))) {
      for (let back = 1; back <= 3 && !named; back++) {
        const before = people.filter(
          (c) => c !== b && c.pieces.some((p) => p.sentence === born.sentence - back && p.start < born.start),
        );
        if (before.length === 1) named = before[0];
        if (before.length > 0) break;
      }
    }
    if (!named) continue;
    named.pieces.push(born);
    clusters.splice(i, 1);
  }
}

/** Words that may come before a kin noun in a kin role ("his 19-year-old son", "her former husband"). */
const KIN_MODIFIER = /^(?:former|late|estranged|eldest|elder|younger|youngest|only|then|\d{1,3}-year-old)$/;

/** A currency's noun right after a word ("Swedish kronor", "Swiss francs", "Japanese yen"). */
const CURRENCY_AFTER =
  /^\s+(?:kronor|krona|kroner|krone|francs?|yen|yuan|renminbi|dollars?|pounds?|euros?|rupees?|roubles?|rubles?|pesos?|lira|lire|reais|real|rand|dinars?|dirhams?|riyals?|shekels?|zloty|forints?|won|baht|ringgit|rupiah|hryvnias?)\b/;

/** A disease's noun after a people's or a place's name: "the Spanish flu", "the Hong Kong flu", "the Zika virus". */
const DISEASE_AFTER = /^\s+(?:flu|influenza|virus|fever)\b/i;

/**
 * A people's word used as its language: after a verb of speaking ("spoke English and Spanish"), or after "in" or
 * "into" closing its phrase ("issued in French.", "translated into Arabic,", "only in English in a matter of weeks");
 * a second one joined to it by "and" or "or" too.
 */
const SPOKEN_BEFORE =
  /\b(?:speak|speaks|spoke|spoken|speaking)\s+(?:(?:fluent|broken|perfect|accented)\s+)?(?:\p{Lu}\p{Ll}+\s*(?:,|and|or)\s+){0,2}$/u;
const IN_LANGUAGE_BEFORE = /\b(?:in|into)\s+(?:\p{Lu}\p{Ll}+\s*(?:,|and|or)\s+){0,2}$/u;
const IN_LANGUAGE_AFTER = /^(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}+)?(?:\s*[.,;:!?)"”]|\s+(?:in|within|with|by|for|at)\s)/u;

/** Whether a people's word of one word is used as its language there ("spoke English", "completed in French."). */
function usedAsLanguage(text: string, p: { start: number; end: number }): boolean {
  if (/\s/.test(text.slice(p.start, p.end))) return false;
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  return (
    SPOKEN_BEFORE.test(before) ||
    (IN_LANGUAGE_BEFORE.test(before) && IN_LANGUAGE_AFTER.test(text.slice(p.end, p.end + 30)))
  );
}

/** Roles that are someone's as kin are ("his deputy X", "her lawyer Y"), owned the same way. */
const RELATION_NOUNS = new Set(['deputy', 'aide', 'lawyer', 'spokesman', 'spokeswoman', 'counterpart']);

/**
 * A kin noun (or one of RELATION_NOUNS), alone or after words that only say which or how old ("former girlfriend",
 * "19-year-old son"); a counterpart after a people's or a country's name too ("his Russian counterpart").
 */
function isKinRole(role: string): boolean {
  const words = role.split(' ');
  const noun = words.at(-1)!;
  return (
    (KIN_NOUNS.has(noun) || RELATION_NOUNS.has(noun)) &&
    words
      .slice(0, -1)
      .every(
        (w) =>
          KIN_MODIFIER.test(w) || (noun === 'counterpart' && (lookupDemonym(w) !== null || lookupPlace(w) !== null)),
      )
  );
}

/**
 * "Carter and his wife Rosalynn", "… died, his daughter Keiko said": a kin role after "his" or "her" is the
 * kin of the person named last before it in the sentence ("Carter's wife"); with no one named before it there,
 * it stays as said ("wife").
 */
function ownKinRoles(text: string, clusters: readonly Cluster[]): void {
  let people: Piece[] | null = null;
  let genders: Map<Piece, 'male' | 'female' | null> | null = null;
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const p of c.pieces) {
      if (p.role === null || !isKinRole(p.role)) continue;
      const role = p.role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const possessive = new RegExp(`\\b(his|her|His|Her) ${role}\\s+$`).exec(
        text.slice(Math.max(0, p.start - 20 - p.role.length), p.start),
      )?.[1];
      // "Begona Gomez, his wife, has not been charged": the kin noun set off after the name.
      const after = possessive
        ? undefined
        : new RegExp(`^,\\s+(his|her) ${role}\\b`).exec(text.slice(p.end, p.end + 24 + p.role.length))?.[1];
      if (!possessive && !after) continue;
      people ??= clusters
        .filter((k) => k.type === 'person')
        .flatMap((k) => k.pieces)
        .sort((a, b) => a.start - b.start);
      // Each person's gender, as far as the name or a title tells it, by piece.
      genders ??= new Map(
        clusters.filter((k) => k.type === 'person').flatMap((k) => k.pieces.map((q) => [q, personGender(k)] as const)),
      );
      // "…, which he founded with his wife Rosalynn" (Rosalynn Carter): a person of the same surname is the
      // owner first; else the person named last before, unless "he" or "she" stands between ("He lost to Ronald
      // Reagan, but … he founded … with his wife": not Reagan's).
      const surname = c.name.split(/\s+/).at(-1);
      const family = clusters.find(
        (k) => k !== c && k.type === 'person' && k.name.includes(' ') && k.name.split(/\s+/).at(-1) === surname,
      );
      // ("She tore up a photograph of Pope John Paul II …. Her son Shane died …": not a man for "her", nor a woman
      // for "his", by a given name or a title.)
      const gender = /^his$/i.test(possessive ?? after ?? '') ? 'male' : 'female';
      const owners = people.filter((q) => {
        const known = genders!.get(q) ?? null;
        return known === null || known === gender;
      });
      const last = owners.filter((q) => q.sentence === p.sentence && q.end < p.start && !c.pieces.includes(q)).at(-1);
      const pronoun = gender === 'male' ? /\b[Hh]e\b/ : /\b[Ss]he\b/;
      // Whether a sentence's first word stands for the owner: "He" or "His" (or "She", "Her").
      const opensOnOwner = (first: string): boolean =>
        pronoun.test(first) || first === (gender === 'male' ? 'His' : 'Her');
      // '"… our father passed away," his son Alvaro wrote': after a quotation, with no one named before it in the
      // sentence, the person named last in the sentence before.
      const namedLastIn = (back: number): Piece | undefined =>
        owners
          .filter((q) => q.sentence < p.sentence && q.sentence >= p.sentence - back && !c.pieces.includes(q))
          .at(-1);
      const quoted =
        !last && /["”],?\s+$/.test(text.slice(Math.max(0, p.start - 24), p.start).replace(/(?:his|her)\s+\S+\s+$/i, ''))
          ? namedLastIn(1)
          : undefined;
      // (Set off after the name, with no one named before it in the sentence: the person named last in the three
      // sentences before.)
      const earlier = after && !last ? namedLastIn(3) : undefined;
      // ("… sentenced Imran Khan to 14 years. His wife Bushra Bibi was sentenced …": opening the sentence, the
      // person named last in the sentence before.)
      // ("His family had ruled the country …, since his father seized power": so in a sentence that opens on "His" or
      // "He", whose owner it is.)
      const stop = Math.max(text.lastIndexOf('. ', p.start), text.lastIndexOf('\n', p.start));
      const opener =
        text
          .slice(stop + 1, p.start)
          .trim()
          .split(/\s+/)[0] ?? '';
      const chain = pronoun.test(opener) || /^(?:His|Her)$/.test(opener);
      // (The one the sentence before is about, named first there, for a chain of "he"; the one named last for an
      // opening "His wife", as before.)
      const namedFirstIn1 = (): Piece | undefined =>
        owners.find((q) => q.sentence === p.sentence - 1 && !c.pieces.includes(q));
      // ("Williams … fell one short of the record held by Margaret Court. Her sister Venus …": the person the sentence
      // before opens with, its subject, before the one named last.)
      const subjectBefore = (): Piece | undefined => {
        const first = namedFirstIn1();
        if (!first || stop < 1) return undefined;
        const before = Math.max(text.lastIndexOf('. ', stop - 1), text.lastIndexOf('\n', stop - 1));
        return /^\s*$/.test(text.slice(before + 1, first.start)) ? first : undefined;
      };
      const opening = last
        ? undefined
        : /^(?:His|Her)$/.test(possessive ?? '')
          ? (subjectBefore() ??
            namedLastIn(1) ??
            // ("She caused outrage … Pope John Paul II …. Her son Shane …": a sentence before that opens on "She" goes on
            // about the one named in the three before it.)
            // ("… faces up to 110 years. His sentencing is scheduled …. His former girlfriend …": or on "His".)
            (opensOnOwner(sentenceBefore(text, stop).split(/\s+/)[0] ?? '') ? namedLastIn(3) : undefined))
          : chain
            ? namedFirstIn1()
            : undefined;
      // ("placed Mugabe under house arrest after he sacked his vice president, Emmerson Mnangagwa, in a power struggle
      // with his wife Grace": a name set off after "his" and a role is the object of the one "he" stands for, and the
      // second "his" is that one's too: the person named last before "he".)
      const from = last ? Math.max(0, last.start - 120) : 0;
      const aside = last
        ? new RegExp(
            `\\b${gender === 'male' ? '[Hh]e' : '[Ss]he'}\\s+[^,.;]*\\b${gender === 'male' ? 'his' : 'her'}\\s+[^,.;]+,\\s+$`,
          ).exec(text.slice(from, last.start))
        : null;
      const subject = aside
        ? owners.filter((q) => q.sentence === p.sentence && q.end <= from + aside.index && !c.pieces.includes(q)).at(-1)
        : undefined;
      const owner = family
        ? { text: family.name }
        : subject
          ? subject
          : last && !pronoun.test(text.slice(last.end, p.start))
            ? last
            : (quoted ?? earlier ?? opening);
      if (owner) p.role = `${asOwner(owner.text)} ${p.role}`;
    }
  }
}

/**
 * "two brothers, Cherif and Said Kouachi": a given name alone right before "and" and a person's given name and
 * surname shares that surname; named once with no cue of its own, it is that person ("Cherif Kouachi").
 */
function sharedSurnames(text: string, clusters: Cluster[]): void {
  const people = new Map(clusters.filter((c) => c.type === 'person').map((c) => [c.name, c] as const));
  for (const c of clusters) {
    if ((c.type !== 'person' && c.strength > 0) || c.pieces.length !== 1 || /\s/.test(c.name)) continue;
    const p = c.pieces[0]!;
    const m = /^\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)\b/u.exec(text.slice(p.end, p.end + 60));
    // (A given name the lexicon knows, or one after kin of one family: "two brothers, Tamerlan and Dzhokhar …".)
    const kind = lexKind(c.name);
    const kin = /\b(?:brothers|sisters|sons|daughters|twins|siblings|cousins|couple|parents)\b[^.;:]{0,40}$/.test(
      text.slice(Math.max(0, p.start - 60), p.start),
    );
    if (!m || !people.has(`${m[1]} ${m[2]}`) || !(kind === 'first-name' || (kind === null && kin))) continue;
    c.type = 'person';
    c.strength = Math.max(c.strength, 1);
    c.name = `${c.name} ${m[2]}`;
  }
}

/**
 * "Prime Minister Sheikh Hasina": a person named by one word after "Sheikh" is known by the two ("Sheikh
 * Hasina", "Sheikh Tamim"), the way the honorific is part of the name in Bengali and in the Gulf; a longer name
 * after it is the name alone ("Sheikh Mohammed bin Rashid Al Maktoum"). The mentions after "Sheikh" take it in;
 * later ones without it stay as they are.
 */
function sheikhNames(text: string, clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.type !== 'person' || /\s/.test(c.name)) continue;
    const titled = c.pieces.filter((p) =>
      /(?:^|[^\p{L}])Sheikh $/u.test(text.slice(Math.max(0, p.start - 8), p.start)),
    );
    if (titled.length === 0) continue;
    for (const p of titled) {
      p.start -= 'Sheikh '.length;
      p.from -= 1;
      p.text = text.slice(p.start, p.end);
    }
    c.name = `Sheikh ${c.name}`;
  }
}

/** The sentence that ends right before `stop` (a full stop's or a line break's index), trimmed. */
function sentenceBefore(text: string, stop: number): string {
  let end = stop;
  while (end > 0 && /[\s.]/.test(text[end - 1] ?? '')) end--;
  const start = Math.max(text.lastIndexOf('. ', end - 1), text.lastIndexOf('\n', end - 1)) + 1;
  return text.slice(start, end).trim();
}

/** A person's gender by a role's word ("Pope", "Queen", "spokeswoman"), or the given name opening the name; null if unknown. */
function personGender(c: Cluster): 'male' | 'female' | null {
  for (const q of c.pieces) {
    const gender = roleGender(q.role);
    if (gender) return gender;
  }
  return givenNameGender(c.name.split(/\s+/)[0] ?? '');
}

/**
 * "Zentra said its chief executive Bobby Kotick …", "… Activision … Its chief executive Bobby Kotick will leave":
 * a role after "its" is the role at the body named last before it in its sentence, or, opening the sentence, at the
 * body named first in the sentence before ("Zentra's chief executive").
 */
function ownBodyRoles(text: string, clusters: readonly Cluster[]): void {
  let bodies: Piece[] | null = null;
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const p of c.pieces) {
      if (p.role === null || /['’]s\s/.test(p.role)) continue;
      const role = p.role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const its = new RegExp(`(?:^|[^\\p{L}])(its|Its) ${role}\\s+$`, 'u').exec(
        text.slice(Math.max(0, p.start - p.role.length - 8), p.start),
      )?.[1];
      if (!its) continue;
      bodies ??= clusters
        .filter((k) => k.type === 'organization')
        .flatMap((k) => k.pieces.map((q) => ({ ...q, text: k.name })))
        .sort((a, b) => a.start - b.start);
      // (Opening the sentence before: "Activision, the maker of …, will become part of Microsoft's Xbox division.")
      const opensBefore = (q: Piece): boolean =>
        q.sentence === p.sentence - 1 &&
        /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The\s+)?$/.test(text.slice(Math.max(0, q.start - 6), q.start));
      // ("Nissan, which was rescued by France's Renault in 1999, has been in crisis since the arrest of its former
      // chairman": not a body inside a relative clause set off by commas and closed before the role.)
      const aside = (q: Piece): boolean => {
        const before = text.slice(Math.max(0, q.start - 120), q.start);
        const opened = /,\s+(?:which|who)\s[^,;.]*$/.test(before);
        return opened && /^[^,;.]*,/.test(text.slice(q.end, p.start));
      };
      const owner =
        its === 'its'
          ? bodies.filter((q) => q.sentence === p.sentence && q.end < p.start && !aside(q)).at(-1)
          : bodies.find(opensBefore);
      if (owner) p.role = `${asOwner(owner.text)} ${p.role}`;
    }
  }
}

/**
 * "The 61-year-old former Mexico City mayor won …": a sentence opening with a person's description, its verb next
 * (past an apposition set off by commas: "The 42-year-old former finance minister, the first Hindu to lead the
 * country, was appointed …").
 */
const DESCRIBED_OPENING =
  /^The\s+(?:\d{1,3}-year-old\s+)?((?:former\s+|ex-)?(?:[\p{L}.-]+\s+){0,3}?(\p{Ll}{3,}))(?:,\s+(?:the|a|an)\s+[^,;:"“”()]{3,90},)?\s+(?:\p{Ll}+ed|won|was|is|has|had|will|said|took|made|led|left|became|beat|lost)\b/u;

/**
 * "Claudia Sheinbaum was elected … on Sunday. … The 61-year-old former Mexico City mayor won …": a sentence that
 * opens with a description of a person (a person's role noun, no name before its verb) describes the person named
 * first in the sentence before (the paragraph's last, for one opening a paragraph), whose pieces give no role of
 * their own.
 */
function describedRoles(base: ArticleBase, clusters: readonly Cluster[]): void {
  const { text, sentences } = base;
  // People's pieces by sentence, read once (a long article has thousands of sentences).
  const named = new Map<number, { c: Cluster; p: Piece }[]>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const p of c.pieces) {
      const list = named.get(p.sentence);
      if (list) list.push({ c, p });
      else named.set(p.sentence, [{ c, p }]);
    }
  }
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    const before = sentences[k - 1]!;
    if (s.paragraph === null || before.paragraph === null) continue;
    const m = DESCRIBED_OPENING.exec(text.slice(s.start, s.end));
    if (!m || !isPersonRoleNoun(m[2]!)) continue;
    // (No one named inside the description: "The former mayor Ann Lee won".)
    if ((named.get(s.id) ?? []).some(({ p }) => p.start < s.start + m[0].length)) continue;
    const first = [...(named.get(before.id) ?? [])].sort((a, b) => a.p.start - b.p.start)[0];
    if (!first || first.c.pieces.some((p) => p.role !== null)) continue;
    // (Nor when the sentence names that person itself: "John Mansour was sworn in. The king congratulated
    // Mansour" — the king is someone else.)
    if ((named.get(s.id) ?? []).some(({ c }) => c === first.c)) continue;
    first.p.role = m[1]!;
  }
}

/** Orders mentions by position. */
function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Surnames the text writes after a given name somewhere ("John Jumper" → "Jumper"). */
function knownSurnames(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens, cased } of sentences) {
    if (cased) continue;
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (
        t.word &&
        t.cap &&
        next?.word &&
        next.cap &&
        next.start === t.end + 1 &&
        !tokens[i + 2]?.cap &&
        lexKind(t.text) === 'first-name' &&
        /^\p{Lu}\p{Ll}+$/u.test(next.text)
      )
        out.add(next.text);
    });
  }
  return out;
}

/**
 * "Hassabis and Jumper of Google DeepMind": a surname the text gives with a given name elsewhere, then "of", is
 * the person and the body they belong to, not one body's name.
 */
function splitSurnameOf(text: string, s: SentenceTokens, p: Piece, surnames: ReadonlySet<string>): Piece[] {
  const { tokens } = s;
  const first = tokens[p.from]!.text;
  if (p.to - p.from < 2 || tokens[p.from + 1]?.text !== 'of' || !surnames.has(first)) return [p];
  // (Not a body's, a place's or a title's head that is a surname too: "the Bank of England", "Duke of York".)
  const head = first.toLowerCase();
  if (
    ORG_HEADS.has(head) ||
    ORG_FIRSTS.has(head) ||
    PLACE_FIRSTS.has(head) ||
    PLACE_HEADS.has(head) ||
    LAND_TITLE.test(head)
  )
    return [p];
  const body = p.from + (tokens[p.from + 2]?.text === 'the' ? 3 : 2);
  if (body > p.to) return [p];
  return [
    makePiece(text, tokens, s.sentence, p.from, p.from, null, 0),
    makePiece(text, tokens, s.sentence, body, p.to, null, 0),
  ];
}

/**
 * Finds the named entities of an article (people, places, organisations, groups, events, things made).
 * @example recognizeEntities(segment('Smith in Paris\n\nJane Smith met officials.'))[0]?.name // 'Jane Smith'
 */
export function recognizeEntities(base: ArticleBase): Entity[] {
  const { text } = base;
  const sentences = tokenizeSentences(base);
  const stats = textStats(sentences);
  const surnames = knownSurnames(sentences);
  const pieces: Piece[] = [];
  // Bodies whose names open with a place ("the group Iran Human Rights"), named so again further on.
  const placeOpened = new Set<string>();
  for (const s of sentences) {
    if (s.cased) continue;
    const found: Piece[] = [];
    for (const run of findRuns(text, s, stats)) {
      // (The run's words are read only once such a body is known.)
      const again =
        placeOpened.size > 0 && placeOpened.has(text.slice(s.tokens[run.from]!.start, s.tokens[run.to]!.end));
      const split = again
        ? [makePiece(text, s.tokens, s.sentence, run.from, run.to, 'organization', 2)]
        : splitRun(text, s, run);
      for (const p of split.flatMap((q) => splitSurnameOf(text, s, q, surnames))) {
        classifyPiece(text, s, p);
        if (p.placeOpened) placeOpened.add(p.text);
        found.push(p);
      }
    }
    joinNicknamed(text, s, found);
    classifyLists(text, found);
    pieces.push(...namedEvents(text, s, found));
  }
  const headlines = new Set(base.sentences.filter((s) => s.paragraph == null).map((s) => s.id));
  const clusters = linkPieces(pieces, headlines);
  lendListTypes(text, pieces, clusters);
  mergeParentheticAcronyms(text, clusters);
  mergeAliases(text, clusters);
  mergePluralBodies(clusters);
  mergeOwnedNames(clusters);
  mergeNumbered(clusters);
  mergeStorms(clusters);
  mergeMuslimPeoples(clusters);
  mergeTitledAppositives(text, clusters);
  mergeSurnamePlaces(text, clusters);
  mergeBirthNames(text, clusters);
  const forms = new Map<string, Cluster>();
  for (const c of clusters) {
    for (const p of c.pieces) forms.set(gazetteerKey(p.text), c);
    // Surnames of people stand for them in headlines.
    if (c.type === 'person') {
      const words = nameWords(c.name);
      const last = words[words.length - 1];
      if (last && words.length > 1 && !forms.has(last)) forms.set(last, c);
    }
  }
  for (const s of sentences) if (s.cased) matchCased(text, s, forms, clusters);
  refineClusters(text, clusters);
  ownKinRoles(text, clusters);
  ownBodyRoles(text, clusters);
  describedRoles(base, clusters);

  const used = new Set<string>();
  const holiday = new RegExp(`^(?:${HOLIDAY_SOURCE})$`);
  const holidayAt = new RegExp(`^(?:${HOLIDAY_SOURCE})(?![\\p{L}])`, 'u');
  // (With its year: "New Year's Day 2012".)
  const holidayEnd = new RegExp(`(?<![\\p{L}])(?:${HOLIDAY_SOURCE})(?:,?\\s+(?:in\\s+)?\\d{4})?$`, 'u');
  // (The whole piece inside the holiday: not "Johnnie Christmas".)
  const endsHoliday = (p: Piece): boolean => {
    const from = Math.max(0, p.start - 24);
    const found = holidayEnd.exec(text.slice(from, p.end));
    return found !== null && from + found.index <= p.start;
  };
  // "Earth Day", "Independence Day", "International Women's Day": a day's name, a holiday whose date the country
  // or the calendar sets, is a time too (not "Doris Day", a given name and a surname).
  const observance = (p: Piece): boolean => {
    const m = OBSERVANCE.exec(text.slice(p.start, p.end));
    return m !== null && lexKind(m[1]!) !== 'first-name';
  };
  // A holiday is a date ("Christmas Day 2021"), as month and weekday names are; so is a mention that opens one
  // ("New Year" of "New Year's Day"), or ends one ("Day" of it).
  // A movable feast is a time too ("Easter Sunday", "during Ramadan"), named alone.
  for (const c of clusters)
    c.pieces = c.pieces.filter((p) => {
      // "11 million Swedish kronor": a people's adjective before a currency names money, no people.
      if (c.type === 'group' && CURRENCY_AFTER.test(text.slice(p.end, p.end + 12))) return false;
      // Nor does one that names a disease, nor a place's name in one.
      if ((c.type === 'group' || c.type === 'place') && DISEASE_AFTER.test(text.slice(p.end, p.end + 12))) return false;
      // Nor does one used as its language.
      if (c.type === 'group' && usedAsLanguage(text, p)) return false;
      const alone = text.slice(p.start, p.end).toLowerCase();
      // Nor is a style alone ("the Gothic masterpiece").
      return (
        !holidayAt.test(text.slice(p.start, p.start + 24)) &&
        !endsHoliday(p) &&
        !(c.type !== 'event' && observance(p)) &&
        !MOVABLE_FEASTS.has(alone.replace('’', "'")) &&
        !STYLE_WORDS.has(alone) &&
        // ("a maximum-strength Category Five storm": a storm's category is no name.)
        !/^category (?:one|two|three|four|five|[1-5])$/.test(alone) &&
        // ("Queen's Day will be renamed King's Day": the "Day" of a day named for someone is no name alone.)
        !(alone === 'day' && /\p{L}['’]s?\s$/u.test(text.slice(Math.max(0, p.start - 4), p.start)))
      );
    });
  sharedSurnames(text, clusters);
  sheikhNames(text, clusters);
  // "Al-Qaeda claimed the attack": a name of one word that the Arabic article opens in capitals, named once with no
  // cue, is a body's (a surname so written, "Al-Hakim", has joined its person's full name by now).
  for (const c of clusters)
    if (c.strength === 0 && c.pieces.length === 1 && /^Al-\p{Lu}\p{Ll}{2,}$/u.test(c.name) && !knownPlace(c.name)) {
      c.type = 'organization';
      c.strength = 1;
    }
  const drafts = clusters
    .filter((c) => !holiday.test(c.name) && c.pieces.length > 0)
    // "Gen Z protests": a letter alone after a title is no one's name (a generation's).
    .filter((c) => !(c.type === 'person' && /^\p{Lu}\.?$/u.test(c.name)))
    // A word named once with no cue at all ("of Zarvian descent") is not kept; a repeated one is.
    .filter((c) => c.pieces.length > (c.strength === 0 ? 1 : 0))
    .map((c) => {
      const base = `${c.type}-${slugify(c.name) || 'entity'}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      const seen = new Set<string>();
      const mentions: Mention[] = [];
      for (const p of c.pieces) {
        const key = `${p.start}:${p.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mentions.push({ start: p.start, end: p.end, sentence: p.sentence });
      }
      mentions.sort(byStart);
      // The body before the headline, which shortens roles ("Ex-policeman X" over "former police officer X").
      const inHeadline = (p: Piece): number => (headlines.has(p.sentence) ? 1 : 0);
      // A kin noun no one owns ("our father and brother X" in a family's statement) says least of all.
      const bareKin = (p: Piece): number => (p.role !== null && KIN_NOUNS.has(p.role.toLowerCase()) ? 1 : 0);
      const ordered = [...c.pieces].sort(
        (a, b) => bareKin(a) - bareKin(b) || inHeadline(a) - inHeadline(b) || a.start - b.start,
      );
      // The role the article introduces the name with, in its fullest form ("French President" over
      // "President"); a different role said later ("a member of the Socialist Party") does not replace it.
      // A headline's role extends the body's only by names ("Texas student" over "student"): it is cut to fit
      // and may take the verb in ("OpenAI fires chief executive X" does not extend "chief executive").
      let role: string | null = null;
      for (const p of ordered) {
        if (p.role === null || (p.roleAs && c.type !== 'person')) continue;
        // ("his nearest rival, South Chungcheong governor …": a person's role said of what is a place is none.)
        if (c.type === 'place' && isPersonRoleNoun(p.role.split(' ').at(-1)!.toLowerCase())) continue;
        const known = role;
        const longer =
          known === null ||
          (p.role.length > known.length &&
            p.role.toLowerCase().includes(known.toLowerCase()) &&
            // ("Governor" is not extended by "a former deputy governor": another office.)
            !OTHER_OFFICE.test(p.role.toLowerCase().replace(known.toLowerCase(), '')) &&
            (!inHeadline(p) || namesBefore(p.role, known)));
        if (longer) role = p.role;
      }
      return { id, cluster: c, mentions, role };
    });
  const sal = salience(drafts, base.sentences.length);
  const rel = related(drafts);
  return drafts
    .map((d): Entity => ({
      id: d.id,
      name: d.cluster.name,
      type: d.cluster.type,
      mentions: d.mentions,
      role: d.role,
      // The headline names; the body introduces: prefer the first mention in a paragraph.
      description:
        (d.mentions.find((m) => base.sentences[m.sentence]?.paragraph != null) ?? d.mentions[0])?.sentence ?? null,
      salience: sal.get(d.id) ?? 0,
      related: rel.get(d.id) ?? [],
      country: d.cluster.type === 'place' || d.cluster.type === 'group' ? d.cluster.country : null,
    }))
    .sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : 1));
}
