import type { ArticleBase, ArticleEvent, Entity, EventDate, Span, Timex } from '../types';
import { PRECISIONS } from '../types';
import { closesUntil, levelsCompared, offsetClauseDate, offsetClauseSpan, WITHIN_BEFORE } from './anchors';
import { intervalOf, MONTHS, precisionOf, WEEKDAYS } from './calendar';
import { sentenceAt } from './candidates';
import { COMPARED_WITH, deliveryMonth } from './resolve';
import { givenNameGender, roleGender } from '../entities/name-lexicon';
import { isPersonRoleNoun, isTitle, ORG_HEADS } from '../entities/lexicon';
import {
  familyFirst,
  HELD_SINCE,
  labelEvent,
  PARTICLES,
  shortName,
  whenClauseAfter,
  withSharedSubject,
} from './labels';
import { mergeDrafts, timelineKey, wordsOf, type EventDraft } from './merge';
import { EVE_BEFORE_DAY } from './timexes';
import { baseForm, isIrregularPast, presentBase, thirdPerson, verbOfNoun } from './verbs';

/** A verb of telling (or of figures showing) right before a date: "said on", "told reporters", "data showed last". */
const TOLD_BEFORE =
  /\b(?:said|says|told\s+(?:reporters|journalists|\p{Lu}\S*)|showed|shows|announced|confirmed|reported)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;

/** A date named again: "that year", "the same month", "that day". */
const ANAPHORIC = /^(?:that|the same) (?:day|week|month|quarter|year)$/i;

const LABEL_WINDOW = 300;
const HEDGE_BEFORE = /\b(?:around|about|approximately|roughly|circa|some|nearly|almost|or so)\s+$/i;

/** Words in "-est" that are no superlatives ("interest rates have risen since 2008"). */
const NOT_SUPERLATIVE =
  /^(?:interest|protest|request|forest|harvest|arrest|contest|quest|guest|chest|test|nest|rest|west|suggest|digest|invest|manifest|attest|conquest|priest|honest|modest|earnest)$/;

/**
 * A superlative, "first time" or an ordinal, up to seven words, then "since" ("the seventh in West Africa since ",
 * "the first declaration of martial law in the country since ").
 */
const RECORD_BEFORE_SINCE =
  /\b(most|least|fewest|worst|best|\p{Ll}{3,}est|first time|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))(?!-))\b((?:\s+[\p{L}'’-]+){0,7})\s+since\s+$/u;

/**
 * Whether "since" right before `at` closes a comparison with a superlative, "the first time" or an ordinal in its
 * clause ("the most since 1878", "the highest level since March 2011", "its worst result since 1987", "the first time
 * since 2003", "the seventh in West Africa since 2020").
 */
function recordSince(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  // ("the first time it has shut for two days because of weather since 1888": a first time may say more.)
  const m =
    RECORD_BEFORE_SINCE.exec(before) ?? /\b(first time)\b((?:\s+[\p{L}\d'’-]+){0,12})\s+since\s+$/u.exec(before);
  // "Merkel has led Europe's biggest economy since 2005": after a perfect of leading or holding, "since" dates the
  // start of that, and the superlative only describes what is led.
  const held = m && HELD_SINCE.test(before.slice(0, m.index));
  return Boolean(m && !held && !NOT_SUPERLATIVE.test(m[1]!) && !/[.;,]/.test(m[2] ?? ''));
}

/** A part of a period, dated by the whole period: "early 2022", "mid-March", "the end of 2025", "the start of next year". */
const PART_OF_PERIOD = /^(?:early|late|mid)\b|^(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\b/i;

/** The interval and precision of a date value the text names by a count from another date. */
function dateOfValue(value: string): EventDate | null {
  const interval = intervalOf(value);
  return interval
    ? { value, precision: precisionOf(value), start: interval.start, end: interval.end, approximate: false }
    : null;
}

/** Whether a timex is a span from the publication day up to the date it names ("closed until next Tuesday"). */
const spansUntil = (timex: Timex, text: string, published: string | null): boolean =>
  timex.range !== null &&
  timex.range.start === published &&
  timex.range.end === timex.value &&
  closesUntil(text, timex.start);

/**
 * Whether a timex is a length from the publication day to a deadline ahead ("will report back within a week"; see
 * withinFromNow in anchors.ts).
 */
const spansWithin = (timex: Timex, text: string, published: string | null): boolean =>
  timex.type === 'duration' &&
  timex.range !== null &&
  timex.range.start === published &&
  WITHIN_BEFORE.test(text.slice(Math.max(0, timex.start - 20), timex.start));

/** The interval and precision of a timex, or null when it places nothing on a calendar. */
function dateOf(timex: Timex, text: string, published: string | null): EventDate | null {
  const approximateText =
    HEDGE_BEFORE.test(text.slice(Math.max(0, timex.start - 16), timex.start)) || PART_OF_PERIOD.test(timex.text);
  // "the deadliest since 1960, when an earthquake destroyed Agadir": the event is the one of 1960, not the span.
  const pointed = timex.type === 'date' && whenClauseAfter(text, timex.end);
  // "11 inches of rain in 48 hours, the most since 1878": a record's baseline, no span of what happened.
  if (timex.range && !pointed && recordSince(text, timex.start)) return null;
  // "could be as bad as or worse than on New Year's Eve", "higher than in 2019": what is compared with is a
  // baseline, no happening the sentence tells of.
  if (COMPARED_WITH.test(text.slice(Math.max(0, timex.start - 30), timex.start))) return null;
  // "the first time it has shut for two days … since 1888": a length inside a first time's clause is what is
  // compared, no span of its own.
  if (
    timex.type === 'duration' &&
    /\bfirst time\b[^.;,]*$/.test(text.slice(Math.max(0, timex.start - 60), timex.start)) &&
    /^[^.;,]*\bsince\b/.test(text.slice(timex.end, timex.end + 60))
  )
    return null;
  if (timex.range && !pointed) {
    const from = intervalOf(timex.range.start);
    const to = intervalOf(timex.range.end);
    if (!from || !to) return null;
    // "closed until next Tuesday" runs from the publication day, and is placed by the date it names: dated
    // by its start, it was one happening with whatever else the article dates that day. Its precision is its
    // start's (a day), which is how the timeline writes the span ("Thu 13 February 2025 – 18 February 2025").
    if (spansUntil(timex, text, published))
      return { value: timex.value, precision: 'day', start: from.start, end: to.end, approximate: approximateText };
    // "will report back within a week" runs from the publication day to its deadline, which places it.
    if (spansWithin(timex, text, published))
      return {
        value: timex.range.end,
        precision: precisionOf(timex.range.end),
        start: from.start,
        end: to.end,
        approximate: approximateText,
      };
    // "said earlier this month", "will decide later this year": one happening somewhere in the part of the period
    // before or after the publication day, no span from its first day; it is placed by the period, about.
    // ("the law would be in place by the end of the year": so is a deadline after "by", from the publication day.)
    if (
      /^(?:earlier|later)\s+this\b/i.test(timex.text) ||
      (timex.range.start === published && /\bby\s+$/i.test(text.slice(Math.max(0, timex.start - 4), timex.start)))
    )
      return { value: timex.value, precision: timex.precision, start: from.start, end: to.end, approximate: true };
    return {
      value: timex.range.start,
      precision: precisionOf(timex.range.start),
      start: from.start,
      end: to.end,
      approximate: timex.type === 'duration' || approximateText,
    };
  }
  if (timex.type !== 'date' && timex.type !== 'time') return null;
  const interval = intervalOf(timex.value);
  if (!interval) return null;
  const coarse = timex.precision === 'decade' || timex.precision === 'century';
  return {
    value: timex.value,
    precision: timex.precision,
    start: interval.start,
    end: interval.end,
    approximate: approximateText || coarse,
  };
}

/**
 * The start a span shares with every mention of its happening ("since March 2011", "the 26-month conflict",
 * both ends of "between 2014 and 2017"), or null. Spans that bound a time near the publication day or a
 * period ("later this month", "by the end of the year", "in the three months to March") each tell of their own
 * sentence's happening, though several may share a start.
 */
function anchorOf(timex: Timex, timexes: readonly Timex[], published: string | null): string | null {
  const range = timex.range;
  if (!range) return null;
  const pair = timexes.some(
    (t) => t !== timex && t.sentence === timex.sentence && t.range?.start === range.start && t.range.end === range.end,
  );
  const upToPublication = range.end === published && !/^(?:earlier|later) this\b/i.test(timex.text);
  return pair || upToPublication ? range.start : null;
}

/** An amount: "$2 trillion", "1.8 percent", "42%". */
const AMOUNT = /[$€£]?\d[\d.,]*(?:\s*(?:%|percent|per cent))?(?:\s+(?:trillion|billion|million))?/;

/**
 * What joins a date to the one before it as a second date of the same happening: a comma or "and" alone ("in 1991
 * and 1992"), or "and" and a second amount, captured ("by 1.5 percent in 2015 and 1.8 percent in 2016").
 */
const JOINED_DATE = new RegExp(
  String.raw`^\s*(?:,|and|or|, and)\s*$|^\s*,?\s*(?:and|or)\s+(${AMOUNT.source})\s+(?:in|on|by)\s+$`,
);

/** The items by a key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const same = groups.get(k);
    if (same) same.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A year and the next written as a pair: "2022-23", "1999/2000". */
const YEAR_PAIR = /^\d{4}[-–/]\d{2}(?:\d{2})?$/;

/**
 * Whether `unit` is the year or week that places the month or day `date` right before it ("May last year",
 * "October of next year", "on 4 June next year", "3-5 June last year", "on Wednesday last week").
 */
function unitOfDate(date: Timex, unit: Timex, text: string): boolean {
  const [outer, inner] = [intervalOf(unit.value), intervalOf(date.value)];
  return (
    (unit.precision === 'year'
      ? date.precision === 'month' || date.precision === 'day'
      : unit.precision === 'week' && date.precision === 'day') &&
    outer !== null &&
    inner !== null &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    /^,? (?:of )?$/.test(text.slice(date.end, unit.start))
  );
}

/**
 * A date between a possessive and its noun ("its second-quarter results", "their 2012 budget"), or one
 * owning a noun ("a repeat of last year's final").
 */
function ownedDescriptor(timex: Timex, text: string): boolean {
  const after = text.slice(timex.end, timex.end + 4);
  const before = text.slice(Math.max(0, timex.start - 7), timex.start);
  // "the government's 2023 budget" too, when the noun is no happening ("Britain's 2016 referendum" is one).
  const noun = /^\s+(\p{Ll}+)/u.exec(text.slice(timex.end, timex.end + 30))?.[1] ?? '';
  const ownedByName = /\p{L}['’]s\s+$/u.test(before) && noun !== '' && !verbOfNoun(noun) && !HAPPENING_NOUNS.test(noun);
  // ("last Sunday's theft of crown jewels": a day owning a deed done to something dates that deed.)
  const deed = /^['’]s\s+(\p{Ll}+)\s+of\s/u.exec(text.slice(timex.end, timex.end + 40))?.[1];
  const dated =
    deed !== undefined &&
    (verbOfNoun(deed) !== null ||
      HAPPENING_NOUNS.test(deed) ||
      /^(?:theft|robbery|heist|raid|murder|killing|shooting|kidnapping|assassination|arrest|seizure)$/.test(deed));
  // ("his 2018 corruption conviction was overturned": what is owned is a happening, dated by the year; its noun
  // ends the phrase, up to three words on, before a verb or a break.)
  const phrase =
    /^((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u
      .exec(text.slice(timex.end, timex.end + 40))?.[1]
      ?.trim()
      .split(/\s+/) ?? [];
  const happening = phrase.some((w) => verbOfNoun(w) !== null || HAPPENING_NOUNS.test(w));
  return (
    (/\b(?:its|their|his|her|our)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after) && !happening) ||
    ownedByName ||
    (/^['’]s\s+\p{Ll}/u.test(after) && !dated) ||
    // ("Next year's COP29 summit will be held in Baku in November": so is a named thing the date owns.)
    (/^['’]s\s+\p{Lu}/u.test(text.slice(timex.end, timex.end + 4)) &&
      /^(?:next|this|last)\s+(?:year|month|week)$/i.test(text.slice(timex.start, timex.end)))
  );
}

/**
 * A date joined to a noun as an adjective of what a thing is ("priceless 18th-century jewellery", "1960s-era
 * cars", "a 1920s-style hotel"): it dates the thing's making, not what the sentence tells of it, unless the noun
 * is a happening ("a 17th-century war").
 */
function thingDescriptor(timex: Timex, text: string): boolean {
  const joined = /-centur(?:y|ies)$/i.test(timex.text)
    ? ''
    : /^-(?:era|style|vintage|built|made)\b/i.exec(text.slice(timex.end))?.[0];
  if (joined === undefined) return false;
  const noun = /^\s+(\p{Ll}+)/u.exec(text.slice(timex.end + joined.length, timex.end + joined.length + 30))?.[1] ?? '';
  return noun !== '' && !verbOfNoun(noun) && !HAPPENING_NOUNS.test(noun);
}

/**
 * Words of the calendar or of time a year may follow ("May 2012", "Christmas 2012", "Q3 2019", "In 2010"): the
 * months and weekdays (calendar.ts), their short forms, feasts, parts of a year and prepositions.
 */
const CALENDAR_WORD = new RegExp(
  `^(?:${[...MONTHS, ...WEEKDAYS].join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|easter|ramadan|hanukkah|diwali|thanksgiving|passover|eid|day|eve|night|halloween|spring|summer|autumn|fall|winter|q[1-4]|h[12]|fy|in|since|by|until|from|before|after|during|through|of|the|early|late|mid|around|circa|between)$`,
  'i',
);

/**
 * "London 2012 chairman Sebastian Coe said …", "Rio 2016 organisers have said …": a year right after a name that
 * is no word of the calendar, before a lower-case word or the Games, is the name's edition, a brand's; it dates
 * nothing the sentence tells (the year stays a time expression of the text).
 */
function editionOfName(timex: Timex, text: string): boolean {
  if (!/^\d{4}$/.test(timex.text)) return false;
  const name = /(?:^|[^\p{L}])(\p{Lu}\p{L}+) $/u.exec(text.slice(Math.max(0, timex.start - 24), timex.start))?.[1];
  return (
    name !== undefined &&
    !CALENDAR_WORD.test(name) &&
    /^ (?:(?!and\b|or\b)\p{Ll}{3,}|Games|Olympics|Paralympics)\b/u.test(text.slice(timex.end, timex.end + 24))
  );
}

/**
 * A period named by the day or month it ends on ("the result for the year to June", "in the three months ended
 * March 31"): the frame of a figure the sentence reports, like a season named by its two years.
 */
function periodFrame(timex: Timex, text: string): boolean {
  return (
    timex.range !== null &&
    /\b(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:quarter|half|year|months|weeks)\s+(?:to|ended|ending|through)\s+(?:on\s+)?$/iu.test(
      text.slice(Math.max(0, timex.start - 60), timex.start),
    )
  );
}

/**
 * "Justin Gatlin, the 2004 champion, won bronze", "a return to the 2004 constitution", "The 1922 Committee said": a
 * year after an article and before a person's role noun, a charter's noun or a body's name says who or what that
 * is, no time the clause happened at.
 */
function yearDescribes(timex: Timex, text: string): boolean {
  if (!/^\d{4}$/.test(timex.text)) return false;
  // ("The Conservatives' 1922 Committee": or after a possessive.)
  const left = text.slice(Math.max(0, timex.start - 30), timex.start);
  if (!/\b(?:the|a|an|its|their|his|her)\s+$/i.test(left) && !/\p{L}(?:['’]s|s['’])\s+$/u.test(left)) return false;
  const after = text.slice(timex.end, timex.end + 60);
  const body = /^\s+\p{Lu}\p{Ll}+\b/u.exec(after)?.[0].trim().toLowerCase();
  if (body) return ORG_HEADS.has(body);
  // The noun phrase's head: the last of up to three words in lower case, before a function word or a stop.
  const words = /^((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  const cut = words.findIndex((w) => FUNCTION_WORDS.has(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).at(-1);
  return head !== undefined && (isPersonRoleNoun(head) || /^(?:constitution|charter)$/.test(head));
}

/** Nouns of happenings a date may stand before after a possessive ("Britain's 2016 referendum"). */
const HAPPENING_NOUNS =
  /^(?:elections?|referendum|vote|polls?|war|invasion|crisis|attacks?|summit|visit|final|games|olympics|cup|championships?|tournament|season|campaign|protests?|uprising|revolution|coup|earthquake|quake|floods?|storm|hurricane|disaster|crash|massacre|bombings?|race|match|tour|world)$/;

/**
 * A span of time that is part of a name ("the Six-Day War", "the Hundred Years' War"): an entity's mention
 * holds it, or, written in capitals inside the sentence, a capitalised word follows it. The name's own
 * date is elsewhere; anchored on the publication date (as "the six-day blockage" is), it would take the
 * story's.
 */
function durationInName(timex: Timex, text: string, sentence: Span, entities: readonly Entity[]): boolean {
  if (timex.type !== 'duration') return false;
  const named = entities.some((e) =>
    e.mentions.some((m) => m.start <= timex.start && m.end >= timex.end && m.end - m.start > timex.end - timex.start),
  );
  const capitalised =
    timex.start > sentence.start &&
    /^\p{Lu}/u.test(timex.text) &&
    /^['’]?\s+\p{Lu}/u.test(text.slice(timex.end, timex.end + 4));
  return named || capitalised;
}

/**
 * "an exciting time at today's GM": a day owning a name (a body, a person, a place) and nothing after it
 * says the name as it is now, dating no happening.
 */
function ownsName(timex: Timex, text: string, entities: readonly Entity[]): boolean {
  const owner = /^['’]s\s+/.exec(text.slice(timex.end, timex.end + 4));
  if (!owner || timex.type !== 'date') return false;
  const at = timex.end + owner[0].length;
  return entities.some(
    (e) =>
      e.type !== 'event' &&
      e.mentions.some((m) => m.start === at && /^\s*(?:[.,;:!?"”’)]|$)/.test(text.slice(m.end, m.end + 2))),
  );
}

function entitiesIn(entities: readonly Entity[], span: Span): string[] {
  return entities.filter((e) => e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => e.id);
}

/**
 * People a label must name in full: "Rosalynn Carter died in 2023" in an obituary of Jimmy Carter, whom the
 * article calls "Carter". A person whose short name another person shares, and whom the text never calls by
 * it alone.
 */
function namesakesOf(entities: readonly Entity[], text: string): Set<string> {
  const byShort = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'person' || !e.name.includes(' ')) continue;
    const short = shortName(e, text);
    byShort.set(short, [...(byShort.get(short) ?? []), e]);
  }
  const out = new Set<string>();
  for (const [short, people] of byShort) {
    if (people.length < 2) continue;
    for (const e of people) if (!e.mentions.some((m) => text.slice(m.start, m.end) === short)) out.add(e.id);
  }
  return out;
}

/** Each sentence's entities, with only the mentions in that sentence: read once, so labelling stays linear. */
function entitiesBySentence(
  entities: readonly Entity[],
  sentences: readonly Span[],
  text: string,
): Map<number, Entity[]> {
  const out = new Map<number, Entity[]>();
  const namesakes = namesakesOf(entities, text);
  for (const entity of entities) {
    const local = new Map<number, Entity['mentions']>();
    for (const m of entity.mentions) {
      const s = sentenceAt(sentences, m.start);
      if (s < 0) continue;
      const list = local.get(s) ?? [];
      list.push(m);
      local.set(s, list);
    }
    for (const [s, mentions] of local) {
      const list = out.get(s) ?? [];
      // Labels name a person as the whole article does (`shortName`), so the copy keeps all mentions too.
      const copy: Entity & { allMentions: Entity['mentions']; fullName?: true } = {
        ...entity,
        mentions,
        allMentions: entity.mentions,
        ...(namesakes.has(entity.id) ? { fullName: true as const } : {}),
      };
      list.push(copy);
      out.set(s, list);
    }
  }
  return out;
}

const SPEECH_AFTER = /^\s+(?:said|says|told|tells|added|adds|wrote|explained|insisted)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|added)\s+$/;

/** The thing the sentence before opens with ("The coup is …", "The attack, …"), not the headline's, or null. */
function thingOpening(base: ArticleBase, at: number): string | null {
  const before = base.sentences[at - 1];
  if (!before || at - 1 < 1) return null;
  // ("The Psyche probe lifted off …", "The ruling party withdrew …": a name may qualify the noun, and a past may
  // follow it.)
  const sentence = base.text.slice(before.start, before.end);
  // (After a phrase set off by a comma: "At 5.2 billion dollars, the mission is …".)
  const opening = /^(?:The|This|Its|(?:[^,.;:]|\.(?=\d)){1,40},\s+(?:the|this|its))\s+([^,.;:]*)/u.exec(sentence);
  const words = opening?.[1]?.split(/\s+/) ?? [];
  // (The noun phrase alone before a comma: "The mission, first proposed in 2003, …".)
  const comma = opening !== null && /^[\p{L}\s-]+$/u.test(opening[1]!) && sentence[opening[0].length] === ',';
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const np = words.slice(0, n);
    // (An owner may open it: "The world's largest cryptocurrency hit …".)
    if (!np.every((w, i) => (i < n - 1 ? /^[\p{L}-]+(?:['’]s)?$/u : /^[\p{L}-]+$/u).test(w))) continue;
    if (!/^\p{Ll}/u.test(np.at(-1)!)) continue;
    // ("The island nation of 22 million people has been …": past a count "of" what the noun holds.)
    const countOf =
      /^of\s+(?:(?:some|about|nearly|over|more\s+than)\s+)?\d[\d.,]*(?:\s+(?:million|billion))?\s+\p{Ll}+(?=\s|$)/u.exec(
        words.slice(n).join(' '),
      );
    const counted = countOf ? countOf[0].split(/\s+/).length : 0;
    const verb = words[n + counted];
    if (
      (verb === undefined && comma) ||
      (verb !== undefined &&
        (/^(?:is|was|are|were|has|had|have|will|would|can|could)$/.test(verb) ||
          /^\p{Ll}{2,}ed$/u.test(verb) ||
          isIrregularPast(verb)))
    )
      return np.join(' ');
  }
  // "Inflation in the 20 countries that use the euro eased … It peaked …": a bare noun opening the sentence
  // before a phrase of place, one the text also writes in lower case (a common noun, no name).
  const bare = /^(\p{Lu}\p{Ll}{3,})\s+(?:in|of|at|across|among)\s/u.exec(sentence)?.[1];
  if (bare && new RegExp(`\\b${bare.toLowerCase()}\\b`, 'u').test(base.text)) return bare.toLowerCase();
  return null;
}

/**
 * "The coup is the 12th since 1932. The last, in 2006, ousted …": a sentence whose subject is an ordinal alone ("The
 * last", "The first") means one of the things the sentence before opens with; the label names it ("Last coup ousts
 * …"). Unchanged when the sentence does not open so or the sentence before names no thing.
 */
function ellipticSubject(label: string, word: string, at: number, base: ArticleBase): string {
  const sentence = base.sentences[at]!;
  const opening = base.text.slice(sentence.start, sentence.end);
  if (!new RegExp(`^The ${word.toLowerCase()}(?=\\s*,|\\s+\\p{Ll}+ed\\b)`, 'u').test(opening)) return label;
  const thing = thingOpening(base, at);
  if (!thing) return label;
  return `${word} ${thing.split(/\s+/).at(-1)} ${label.slice(word.length + 1)}`;
}

/**
 * Whom a description of a person opening sentence `at` ("The 37-year-old captain", "The forward") stands for:
 * of the people named in the three sentences before, the most salient (the nearer on a tie), or, when some of
 * them hold a role with the description's noun, the nearest of those ("Prime Minister A spoke …. Transport
 * Minister B resigned …. The minister said …" → B). 'nameless' when the article brought the noun in before with
 * "a" and no name ("… as a stationmaster was arrested. … The 59-year-old stationmaster in Larissa was charged"):
 * the description stands for that one, whoever was named since. Null when no one is found.
 */
function describedPerson(
  at: number,
  describedAs: string,
  base: ArticleBase,
  people: readonly Entity[],
): Entity | 'nameless' | null {
  const sentence = base.sentences[at];
  if (!sentence) return null;
  const noun = /^(?:\S+\s+)*?(\p{Ll}{3,})(?:\s+(?:in|of|from|at|with|for|on)\b.*)?$/u.exec(
    describedAs.toLowerCase(),
  )?.[1];
  if (noun && !noun.endsWith('year-old')) {
    const earlier = base.text.slice(base.sentences[1]?.start ?? 0, sentence.start);
    const brought = new RegExp(String.raw`\ban?\s+(?:[\p{L}-]+\s+){0,2}${noun}\b(?![,\s]+\p{Lu})`, 'u');
    if (brought.test(earlier)) return 'nameless';
  }
  const roled = noun
    ? people.filter((e) =>
        e.role
          ?.toLowerCase()
          .split(/[\s-]+/)
          .includes(noun),
      )
    : [];
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of roled.length ? roled : people) {
    const near = e.mentions.filter((x) => x.sentence < at && x.sentence >= Math.max(1, at - 3)).at(-1);
    if (!near) continue;
    const nearer = near.sentence > bestAt;
    if (
      !best ||
      (roled.length > 0
        ? nearer || (near.sentence === bestAt && e.salience > best.salience)
        : e.salience > best.salience || (e.salience === best.salience && nearer))
    ) {
      best = e;
      bestAt = near.sentence;
    }
  }
  return best;
}

/**
 * A label opening with a pronoun names who it stands for, as a reader would take it: "I" in a quote is
 * the person the paragraph quotes ("…," Smith told reporters); "He"/"She" is the first person named in
 * the sentence before (or the one before that), the usual subject; a description standing for someone ("The
 * 37-year-old captain, who …", `described`) is the most salient person named in the three sentences before;
 * "It" is the organisation the sentence before opens with, or the thing it opens with ("The six-wheeled
 * rover, named after …" → "Six-wheeled rover"); an ordinal alone ("Last ousts …") names that thing too
 * (`ellipticSubject`). Anything less sure keeps the pronoun.
 * @example namePronoun('He defends his title', 5, base, entities) // 'Alcaraz defends his title'
 */
function namePronoun(
  label: string,
  at: number,
  base: ArticleBase,
  entities: readonly Entity[],
  described = false,
  describedAs = '',
  /** Where the date the label is for stands in the text, when known. */
  dateAt = -1,
): string {
  const sentence = base.sentences[at];
  if (!sentence) return label;
  const ordinal = /^(Last|First|Latest|Previous) (?=\p{Ll})/u.exec(label);
  if (ordinal) return ellipticSubject(label, ordinal[1]!, at, base);
  // ("His contract runs until December": an owner's pronoun opening the label stands for the one "he" would.)
  // ("Their defeat by Italy at Wembley", in "England lost the final …, after their defeat …": a plural owner's
  // pronoun opening the label stands for the body, place or people the sentence opens with.)
  if (/^Their\s/.test(label)) {
    const opener = entities.find(
      (e) =>
        e.type !== 'person' &&
        e.mentions.some((x) => x.sentence === at && /^(?:the\s+)?$/i.test(base.text.slice(sentence.start, x.start))),
    );
    return opener ? `${shortName(opener, base.text)}'s${label.slice(5)}` : label;
  }
  const m = /^(I|He|She|It|They|His|Her)\s/.exec(label);
  if (!m) return label;
  const owner = m[1] === 'His' || m[1] === 'Her';
  const pronoun = m[1] === 'His' ? 'He' : m[1] === 'Her' ? 'She' : m[1]!;
  const people = entities.filter((e) => e.type === 'person');
  /** The mentions in sentence `k` of the people given, each with its person. */
  const mentionsIn = (k: number, of: readonly Entity[] = people) =>
    of.flatMap((e) => e.mentions.filter((x) => x.sentence === k).map((x) => ({ e, x })));
  let name: string | null = null;
  const itOwn = pronoun === 'It' ? ownItAfterRelative(base, sentence, entities) : null;
  if (pronoun === 'They') {
    // "Shares of Acme rose 6 percent. They have nearly tripled since March": the plural noun the sentence before
    // in the same paragraph opens with (with a name after "of").
    const before = base.sentences[at - 1];
    if (!before || at - 1 < 1 || before.paragraph !== sentence.paragraph) return label;
    const opening = base.text.slice(before.start, before.end);
    const plural =
      /^(?:The\s+)?((?:[\p{L}-]+\s+){0,2}?\p{L}\p{Ll}+[^su'’]s(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?=\s*,|\s+\p{Ll})/u.exec(
        opening,
      )?.[1];
    // A common noun (or the sentence's capitalised first word), not a name ("Acme Systems").
    const words = plural?.split(/\s+of\s+/)[0]?.split(/\s+/) ?? [];
    if (!plural || words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || entities.some((e) => e.name === words[0]))
      return label;
    name = plural[0]!.toUpperCase() + plural.slice(1);
  } else if (itOwn) {
    name = itOwn;
  } else if (pronoun === 'It') {
    // "… announced today it would cut 13,000 jobs. It could part ways …. It also plans to …": past sentences that
    // open with "It" themselves, to the one that names what it is.
    let from = at;
    while (from - 1 >= 1 && from > at - 3 && /^It\s/.test(base.text.slice(base.sentences[from - 1]!.start))) from--;
    const before = base.sentences[from - 1];
    // "It is the first time …": a copula's "it" is mostly no thing at all (not a passive's: "It is restored", "It
    // was first proposed").
    if (
      !before ||
      from - 1 < 1 ||
      /^It (?:is|was|seems|appears|remains)\b(?! (?:not |never )?(?:(?:first|also|already|once|originally|later|initially|finally|eventually|previously|officially|formally) )?\p{Ll}+(?:ed|en|wn)\b)/u.test(
        label,
      )
    )
      return label;
    // ("International car company DaimlerChrysler announced …": after a role in lower case, too.)
    // ("Launched in 1977, Voyager 1 is …": a thing too, past a phrase set off before it.)
    const opens = (type: Entity['type']) => (e: Entity) =>
      e.type === type &&
      e.mentions.some(
        (x) =>
          x.start >= before.start &&
          x.end <= before.end &&
          /^(?:[^,.;:]{1,40},\s+)?(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(
            base.text.slice(before.start, x.start).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
          ),
      );
    const body = entities.find(opens('organization'));
    const thing = thingOpening(base, from);
    // (A named thing after the noun phrase the sentence opens with: "The Psyche probe" says more than "Psyche".)
    const named = thing ? undefined : entities.find(opens('thing'));
    name = body ? body.name : thing ? thing[0]!.toUpperCase() + thing.slice(1) : (named?.name ?? null);
  } else if (pronoun === 'I') {
    const paragraph = sentence.paragraph;
    let best = Infinity;
    for (const e of people) {
      for (const mention of e.mentions) {
        if (paragraph === null || base.sentences[mention.sentence]?.paragraph !== paragraph) continue;
        const quoted =
          SPEECH_AFTER.test(base.text.slice(mention.end, mention.end + 20)) ||
          SPEECH_BEFORE.test(base.text.slice(Math.max(0, mention.start - 12), mention.start));
        const distance = Math.abs(mention.sentence - at);
        if (quoted && distance < best) {
          best = distance;
          name = shortName(e, base.text);
        }
      }
    }
  } else if (described) {
    // "China Evergrande, once the country's biggest property developer, … The developer defaulted on its debts": a
    // description whose noun ends the role the article gave one body named before is that body.
    const noun = describedAs.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const bodies = entities.filter(
      (e) =>
        e.type !== 'person' &&
        e.role !== null &&
        e.role.toLowerCase().split(/\s+/).at(-1) === noun &&
        e.mentions.some((x) => x.sentence < at),
    );
    // "Alvarez opened the scoring before Messi doubled the lead. The 37-year-old captain, who …": a description
    // stands for the story's own subject more than for whoever the sentence before names first; of the people
    // named in the three sentences before, the most salient (the nearer on a tie).
    const found = bodies.length === 1 ? bodies[0]! : describedPerson(at, describedAs, base, people);
    if (found === 'nameless') return label;
    if (found) name = shortName(found, base.text);
  }
  // ("… was sworn in on Sunday, completing a comeback after his 2018 corruption conviction was overturned": an owner's
  // "his" or "her" in the sentence that names someone before it is theirs, the sentence's first person.)
  if (name === null && owner && !described) {
    const first = mentionsIn(at).sort((a, b) => a.x.start - b.x.start)[0];
    const before = first ? base.text.slice(sentence.start, first.x.start) : '';
    if (first && !/\b(?:his|her)\b/i.test(before)) name = shortName(first.e, base.text);
  }
  if (name === null && (pronoun === 'He' || pronoun === 'She')) {
    // Past the two sentences before, only along a chain of sentences that say "he" (or "she") too: "Born in
    // 1944, he turned professional … His fight against X … He lost the title in 1976" is about the one named
    // before the chain.
    const same = pronoun === 'He' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i;
    // ("Prosecutor Sandra Gutierrez said … He wants to run again": not one whose given name the lexicon knows as the
    // other sex's only; a family name first says nothing: "Kim Jong Un". Nor one whose role says the other sex's:
    // "spokeswoman Jiang Yu".)
    const sameGender = (e: Entity): boolean => {
      const words = e.name.split(/\s+/);
      const gender =
        roleGender(e.role) ?? (words.length > 1 && !familyFirst(words) ? givenNameGender(words[0]!) : null);
      return gender === null || gender === (pronoun === 'He' ? 'male' : 'female');
    };
    // "The talks were overshadowed by the election of Donald Trump, who … when he returns to the White House in
    // January": a "he" (or "she") inside the sentence, after a person it names, is that person (the first one).
    // (Not when the sentence opens with the pronoun and the date comes before the "he" inside: "He will be confirmed
    // … on Tuesday, replacing Fumio Kishida, who announced … that he would not seek re-election" is about the
    // one named before.)
    const own = base.text.slice(sentence.start, sentence.end);
    const found = own.search(pronoun === 'He' ? /(?<=\S\s+)he\b/ : /(?<=\S\s+)she\b/);
    // (Only when it opens with the same pronoun: "He married Elizabeth in 1947, five years before she became queen".)
    const inside =
      /^(?:He|She)\b/.exec(own)?.[0] === pronoun && dateAt >= 0 && dateAt < sentence.start + found ? -1 : found;
    if (inside > 0) {
      const named = mentionsIn(at, people.filter(sameGender))
        // (Not a birth name opening the sentence, the "he" 's own: "Born Jorge Mario Bergoglio in 1936, he …".)
        .filter(
          ({ x }) => x.end <= sentence.start + inside && !/\bborn\s+$/i.test(base.text.slice(sentence.start, x.start)),
        )
        .sort((a, b) => a.x.start - b.x.start)[0];
      if (named) name = shortName(named.e, base.text);
    }
    let chain = true;
    // Set once a sentence between was passed over for its own "his"/"he" before a name: the pronoun is then
    // about the story's subject, not one quoted on it.
    let passed = false;
    for (let k = at - 1; k >= Math.max(1, at - 6) && name === null && (k >= at - 2 || chain); k--) {
      // ("Messi left PSG …. The forward spent 21 years at Barcelona …. He is expected to make his debut …": a
      // sentence whose subject is a description of a person, no one named before its verb, stands for the one
      // that description does.)
      const opening = base.sentences[k] ? base.text.slice(base.sentences[k]!.start, base.sentences[k]!.start + 40) : '';
      const role =
        /^The\s+(?:\d{1,3}-year-old\s+)?(\p{Ll}{4,})\s+(?:\p{Ll}+ed|\p{Ll}+s|was|is|had|has|will|spent|won|made|left|led|took|gave|went|came|said)\b/u.exec(
          opening,
        )?.[1];
      const described = role && isPersonRoleNoun(role) ? describedPerson(k, role, base, people) : null;
      if (described === 'nameless') break;
      if (described) {
        name = shortName(described, base.text);
        break;
      }
      let first = Infinity;
      let candidate: string | null = null;
      // "His spokeswoman said … In December he had been moved": past such a sentence, "US President Joe Biden
      // said he was outraged, and Scholz said Navalny had paid …" names Navalny, not the speakers.
      const speaker = (mention: { start: number; end: number }): boolean =>
        SPEECH_AFTER.test(base.text.slice(mention.end, mention.end + 20)) ||
        // ("…," said Smith; not "Scholz said Navalny had …", where the name after "said" is the reported subject.)
        (SPEECH_BEFORE.test(base.text.slice(Math.max(0, mention.start - 12), mention.start)) &&
          /^\s*(?:[,.;]|$)/.test(base.text.slice(mention.end, mention.end + 3)));
      const inSentence = mentionsIn(k, people.filter(sameGender));
      const topics = passed ? inSentence.filter(({ x }) => !speaker(x)) : [];
      let candidateLength = 0;
      for (const { e, x: mention } of topics.length && topics.length < inSentence.length ? topics : inSentence) {
        if (mention.start < first) {
          first = mention.start;
          candidateLength = mention.end - mention.start;
          candidate = shortName(e, base.text);
        }
      }
      // "The son of immigrants, he won … against X": a sentence whose subject is itself "he" or "she" names
      // no one the next may stand for; the one before it may.
      const before = base.sentences[k];
      chain &&= before !== undefined && same.test(base.text.slice(before.start, before.end));
      // Nor one with "him", "her" or "his" before the name ("Critics accused him of …, which brought X to
      // power", "His fight against X …"); only one of the pronoun's own sex ("X became king on the death of his
      // mother, Queen Y. She was crowned …" is about Y).
      if (candidate && before && same.test(base.text.slice(before.start, first))) {
        passed = true;
        continue;
      }
      // Nor one whose subject is a description, the name only an owner after its verb ("The 36-year-old Serb
      // matched Margaret Court's record …. He will return …"): the description stands for the one named before.
      if (candidate && before) {
        const words = base.text.slice(before.start, first).split(/\s+/);
        const past = words
          .slice(1, 6)
          .some((w) => /^\p{Ll}+$/u.test(w) && !/^(?:said|told)$/.test(w) && (/ed$/.test(w) || isIrregularPast(w)));
        if (words[0] === 'The' && past && /^['’]s?\b/.test(base.text.slice(first + candidateLength))) continue;
      }
      name = candidate;
    }
    // "Born Lhamo Dhondup … in 1935, he was recognised …": with no one named nearby, a "he" (or "she") is the story's
    // own subject, the person of that sex named in far more sentences than any other (two at least, twice as many
    // as the next) before it.
    if (name === null) {
      const counts = people
        .filter(sameGender)
        .map((e) => ({ e, n: new Set(e.mentions.filter((x) => x.sentence < at).map((x) => x.sentence)).size }))
        .sort((a, b) => b.n - a.n);
      const [top, next] = counts;
      if (top && top.n >= 2 && top.n >= 2 * (next?.n ?? 0)) name = shortName(top.e, base.text);
    }
  }
  if (!name) return label;
  const rest = label.slice(m[1]!.length);
  // ("I never imagine" → "Nadal never imagines".)
  const third = (_: string, never: string, verb: string) => ` ${never}${thirdPersonOfPlain(verb)}`;
  return `${name}${owner ? "'s" : ''}${pronoun === 'I' ? rest.replace(/^ ((?:never )?)(\p{Ll}+)/u, third) : rest}`;
}

/**
 * "France has 1,500 troops in the country, which it moved to after …": the sentence's one "it", right after a
 * relative pronoun (which stands for something else), is the place or body the sentence opens with; null when
 * there is none.
 */
function ownItAfterRelative(
  base: ArticleBase,
  sentence: ArticleBase['sentences'][number],
  entities: readonly Entity[],
): string | null {
  const own = base.text.slice(sentence.start, sentence.end);
  if (!/\b(?:which|that)\s+it\b/.test(own) || (own.match(/\bit\b/gi) ?? []).length !== 1) return null;
  const opener = entities.find(
    (e) =>
      (e.type === 'place' || e.type === 'organization') &&
      e.mentions.some(
        (x) => x.start >= sentence.start && /^(?:The\s+)?$/.test(base.text.slice(sentence.start, x.start)),
      ),
  );
  return opener?.name ?? null;
}

/** "I visit" said of someone named: the verb a label gives the first person, in the third ("visits", "is"). */
function thirdPersonOfPlain(verb: string): string {
  if (verb === 'am') return 'is';
  // A modal, a past ("I visited", a quotation's words) or a form that is no plain verb stays.
  if (/^(?:will|would|shall|should|can|could|may|might|must|is|was|were|has|had|does)$/.test(verb)) return verb;
  if (/ed$/.test(verb) || isIrregularPast(verb)) return verb;
  return thirdPerson(verb);
}

/** Words of grammar, and "said": no happening word of a draft (see NOT_HEADS). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for by with from and or but as into onto over after before during since until than
  is are was were be been being has have had will would can could may might must should do does did not no
  it its he she they them his her their our we i you this that these those who which what when where there
  about also more other said`.split(/\s+/),
);

/**
 * Words that say nothing of what happened, and so are no happening word of a draft: the words of grammar, and
 * speaking, counting, vague people and times.
 */
const NOT_HEADS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...`says say told tell tells telling saying reporters comment comments according reported reports
  least most many much some several few just only still even very around nearly
  almost again once later then now first last next new two three four five six seven eight nine ten
  official officials people percent cent one ones
  send sends sent sending give gives gave given get gets got make makes made put puts
  morning afternoon evening night day days week weeks month months year years today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
]);

/** Nouns a story uses by turns for one happening or thing ("the fire" … "the blaze"), and the one they stand for. */
const SAME_AS: Readonly<Record<string, string>> = {
  blaze: 'fire',
  inferno: 'fire',
  wildfire: 'fire',
  bushfire: 'fire',
  hurricane: 'storm',
  typhoon: 'storm',
  cyclone: 'storm',
  earthquake: 'quake',
  tremor: 'quake',
  vessel: 'ship',
  ferry: 'ship',
  boat: 'ship',
  assault: 'attack',
};

/**
 * The stem a happening word is compared by: plural, past or gerund to the base, an event noun to its verb
 * ("meetings", "met" and "meeting" → "meet"), a noun for the same thing to one ("blaze" → "fire").
 */
function stemOf(word: string): string {
  const w = word.toLowerCase();
  const verb = verbOfNoun(w);
  if (verb) return baseForm(presentBase(verb.split(' ').pop()!));
  const stem = baseForm(presentBase(w));
  return SAME_AS[stem] ?? stem;
}

/**
 * The stems of a draft's happening words (see `EventDraft.heads`): the label's, then up to four words of
 * lower case before the date in its clause ("when the two men meet at 1100 GMT"), and the noun after a
 * day's possessive ("Tuesday's meeting"). Names of places, bodies and groups are left out, so that two
 * happenings at one place stay apart.
 */
function happeningWords(
  label: string,
  text: string,
  sentence: Span,
  timex: Span,
  entities: readonly Entity[],
): { heads: Set<string>; objects: Set<string>; bare: boolean; named: Set<string> } {
  const names = new Set<string>();
  const people = new Set<string>();
  for (const e of entities)
    for (const m of e.mentions)
      for (const w of text
        .slice(m.start, m.end)
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u))
        (e.type === 'person' ? people : names).add(w);
  const heads = new Set<string>();
  const named = new Set<string>();
  let bare = true;
  const add = (word: string): void => {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || NOT_HEADS.has(w) || isTitle(w) || (names.has(w) && !people.has(w))) return;
    heads.add(stemOf(w));
    if (!people.has(w)) bare = false;
    else named.add(stemOf(w));
  };
  // A person the label names after its verb ("Von der Leyen congratulates Montenegro") is kept apart (see
  // `EventDraft.objects`).
  const objects = new Set<string>();
  let subject = true;
  // (Not past the "to" of an infinitive after an object or an adverb: "urges the allies to consider using force"
  // says what was urged, no happening of its own to merge by; "votes overwhelmingly to impeach …" too.)
  const infinitive =
    /(?:\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|\b(?:him|her|them|us)|\p{Ll}{3,}ly)(\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)\p{Ll}{2,}\b.*)$/u.exec(
      label,
    );
  const said = infinitive ? label.slice(0, label.length - infinitive[1]!.length) : label;
  for (const m of said.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    if (/^\p{Ll}/u.test(m[0]) && !PARTICLES.has(m[0])) subject = false;
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!subject && people.has(w)) objects.add(stemOf(w));
    else add(m[0]);
  }
  const before = text.slice(Math.max(sentence.start, timex.start - 60), timex.start);
  const clause = before.slice(
    Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf('('),
      before.lastIndexOf('"'),
      before.lastIndexOf('“'),
    ) + 1,
  );
  for (const w of clause.split(/\s+/).filter(Boolean).slice(-4)) if (/^\p{Ll}[\p{L}-]*$/u.test(w)) add(w);
  const owned = /^['’]s\s+((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)/u.exec(text.slice(timex.end, timex.end + 40));
  for (const w of owned?.[1]?.split(/\s+/) ?? []) add(w);
  return { heads, objects, bare, named };
}

/**
 * '"How will I feed my family this week?"', "Will the talks resume on Monday?": a date in a question (its clause
 * opening with a question word or an auxiliary, its sentence closed by "?") asks, and tells of no happening.
 */
function asked(timex: Span, sentence: Span, text: string): boolean {
  // (Its teller may follow the quotation: '… this week?" the driver asked.')
  if (!/^[^.!?]*\?(?:["”’]\s*[^"“”.!?]{0,60}[.!]?)?\s*$/.test(text.slice(timex.end, sentence.end))) return false;
  // (From the quotation's opening mark, when the question is quoted.)
  const before = text.slice(sentence.start, timex.start).replace(/^[\s\S]*["“]\s*/, '');
  return /^(?:how|what|why|who|when|where|will|would|can|could|should|is|are|do|does|did)\b/i.test(before);
}

/** A label's verb: an auxiliary, or a word of lower case in "-s" ("condemns", "summons", "is"). */
const LABEL_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|may|might|can|could|must|should|does|do|\p{Ll}+[^s'’]s)$/u;

/** The people, bodies, places and things of an article by each lower-case form it is written in (see `subjectOf`). */
type SubjectIndex = ReadonlyMap<string, NonNullable<EventDraft['subject']>>;

/** Builds the `SubjectIndex` of an article's entities, once (a long article has thousands of drafts). */
function subjectIndex(text: string, entities: readonly Entity[]): SubjectIndex {
  const index = new Map<string, NonNullable<EventDraft['subject']>>();
  for (const e of entities) {
    if (e.type === 'group' || e.type === 'event') continue;
    const names = [...new Set(e.mentions.map((m) => wordsOf(text.slice(m.start, m.end)).trim()))].filter(Boolean);
    const subject = { id: e.id, names };
    for (const name of names) if (!index.has(name)) index.set(name, subject);
  }
  return index;
}

/**
 * The entity that does what a label says (see `EventDraft.subject`): of the people, bodies, places and things whose
 * written form ends the words before the label's verb, the longest ("Patience Jonathan summons …" is hers, not her
 * husband's "Jonathan"; "Malian army spokesman Kone comments" is Kone's). Not a people's word, which qualifies a
 * noun more often than it acts ("Kenyan troops battle …").
 */
function subjectOf(label: string, index: SubjectIndex): EventDraft['subject'] {
  const words = label.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && LABEL_VERB.test(w));
  if (verb < 0) return undefined;
  const phrase = wordsOf(words.slice(0, verb).join(' ')).trim().split(' ');
  for (let k = 0; k < phrase.length; k++) {
    const found = index.get(phrase.slice(k).join(' '));
    if (found) return found;
  }
  return undefined;
}

/**
 * A label opening with one plural word no entity is and a verb ("Troops attack the town", "Residents flee the
 * town"): that word and the verb (see `EventDraft.doer`).
 */
function doerOf(label: string): EventDraft['doer'] {
  const [head = '', verb = ''] = label.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(head) || !/^\p{Ll}{2,}$/u.test(verb) || /s$/.test(verb)) return undefined;
  return { noun: head.toLowerCase(), verb };
}

/** A period before the publication's or a date's, named relative to it. */
const PRIOR_PERIOD =
  /^(?:a (?:year|month|quarter) (?:earlier|ago|before)|the (?:previous|prior) (?:year|month|quarter)|the year before|last year|the same (?:period|month|quarter|week) (?:a year (?:earlier|ago)|last year))$/i;

/**
 * Whether `timex` is the period a change is measured against: a relative year, month or quarter after "from",
 * "than", "over" or "compared with", not after an amount ("up from $6.7 billion a year earlier" says the level
 * then, which labels read).
 * @example comparisonBase(aYearEarlier, 'revenue rose 10 percent from a year earlier') // true
 */
function comparisonBase(timex: Pick<Timex, 'start' | 'text'>, text: string): boolean {
  // "nearly half the average minimum extent between 1979 and 2000": a period averaged over is a baseline.
  if (
    /\baverage\b(?:\s+[\p{Ll}-]+){0,3}\s+(?:(?:between|from)\s+\S+\s+(?:and|to)|between|from|for|over|in)\s+$/iu.test(
      text.slice(Math.max(0, timex.start - 60), timex.start),
    )
  )
    return true;
  // "cut emissions by 55 percent by 2030 compared with 2021 levels": a year's levels a change is set against.
  if (levelsCompared(text, { start: timex.start, end: timex.start + timex.text.length })) return true;
  // "a 160 percent increase on the same period in 2023": the period a change is set against, named by its date.
  if (
    // ("three times as many as in the same period of 2023": so after "as many as in", "than in".)
    /\b(?:from|than|over|on|compared (?:with|to)|versus|as(?: many| much)? as in|than in)\s+the same (?:period|month|quarter|week|time|day)\s+(?:in|of|last)\s+$/i.test(
      text.slice(Math.max(0, timex.start - 60), timex.start),
    )
  )
    return true;
  // "exceeding last year's total", "above 2022's record": a period's measure a figure is set against.
  const end = timex.start + timex.text.length;
  if (
    /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|beat(?:s|ing)?|match(?:es|ed|ing)?|above|below|than|from|over|compared (?:with|to)|versus)\s+$/i.test(
      text.slice(Math.max(0, timex.start - 20), timex.start),
    ) &&
    /^['’]s\s+(?:total|figure|level|record|tally|count|number|high|low|peak|average|rate|mark)s?\b/i.test(
      text.slice(end, end + 16),
    )
  )
    return true;
  // "30,000 cases this year, compared with 941 in the whole of 2022": a count set against one of another period.
  if (
    /\b(?:compared (?:with|to)|versus|against)\s+(?:about\s+|around\s+|some\s+|just\s+)?[\d$£€][\d.,]*(?:\s+(?:hundred|thousand|million|billion))?(?:\s+\p{Ll}+)?\s+(?:in|during|for)\s+(?:the\s+(?:whole|entire|same\s+period)\s+of\s+|all\s+of\s+)?$/iu.test(
      text.slice(Math.max(0, timex.start - 80), timex.start),
    )
  )
    return true;
  // "more than double the number in 2022", "twice the level of 2019": a multiple of a period's measure.
  if (
    /\b(?:double|triple|twice|thrice|half|(?:two|three|four|five|ten) times)\s+(?:the\s+)?(?:total|figure|level|number|tally|count|rate|amount)s?\s+(?:in|of|for|during)\s+$/i.test(
      text.slice(Math.max(0, timex.start - 60), timex.start),
    )
  )
    return true;
  if (!PRIOR_PERIOD.test(timex.text)) return false;
  return /\b(?:from|than|over|on|compared (?:with|to)|versus)\s+$/i.test(
    text.slice(Math.max(0, timex.start - 20), timex.start),
  );
}

function publicationEvent(base: ArticleBase, entities: readonly Entity[]): ArticleEvent | null {
  if (!base.published) return null;
  const interval = intervalOf(base.published);
  if (!interval) return null;
  const title = base.sentences[0];
  return {
    id: 'publication',
    label: 'Article published',
    date: { value: base.published, precision: 'day', start: interval.start, end: interval.end, approximate: false },
    mention: { start: 0, end: base.text.length },
    sentence: 0,
    entities: title ? entitiesIn(entities, title) : [],
    timexes: [],
    kind: 'publication',
  };
}

/**
 * Builds the labelled, dated events of an article from its time expressions and entities: one per
 * happening (mentions of the same one merged), plus the publication itself.
 * @example buildEvents(base, [], extractTimexes(base)).map((e) => e.label) // ['Smith meets activists', 'Article published']
 */
export function buildEvents(base: ArticleBase, entities: readonly Entity[], timexes: readonly Timex[]): ArticleEvent[] {
  const drafts: EventDraft[] = [];
  const local = entitiesBySentence(entities, base.sentences, base.text);
  const headCache = new Map<string, string>();
  const subjects = subjectIndex(base.text, entities);
  // Sentences that date something other than a thing someone has.
  const datedSentences = new Set(
    timexes
      .filter((t) => t.type === 'date' && /^\d{4}-/.test(t.value) && !ownedDescriptor(t, base.text))
      .map((t) => t.sentence),
  );
  let previous: Timex | null = null;
  const published = base.published ? intervalOf(base.published) : null;
  // Drafts of spans up to a date ("until next March"), by timex.
  const untilDrafts = new Set<string>();
  for (const [index, timex] of timexes.entries()) {
    const before = previous;
    previous = timex;
    const sentence = base.sentences[timex.sentence];
    // (A date the text names again by "that year", "the same day" and the like dates what its own sentence tells;
    // not "won Roland Garros and Wimbledon in the same year", two things in one year, none named.)
    const anaphoric =
      ANAPHORIC.test(base.text.slice(timex.start, timex.end)) &&
      !/\band\s+(?:[\p{L}'’-]+\s+){0,4}(?:in|on|during|within)\s+$/u.test(
        base.text.slice(Math.max(sentence?.start ?? 0, timex.start - 80), timex.start),
      );
    if (!sentence || (timex.stated.length === 0 && !timex.range && !anaphoric)) continue;
    // "in May last year", "on Wednesday last week": the year or week only places the date before it, which is the event's date.
    if (before && unitOfDate(before, timex, base.text)) continue;
    // "will report its second-quarter results on August 28": a date describing a thing someone has is no
    // event when its sentence dates one; nor a season or fiscal year named by its two years ("on the final
    // day of the 2022-23 season"), the frame of what the sentence dates.
    // (Not a length before "history", which counts back to its owner's beginning: "the first time in its 88-year
    // history".)
    const history = timex.range !== null && /^\s+history\b/i.test(base.text.slice(timex.end, timex.end + 10));
    if (
      ((ownedDescriptor(timex, base.text) && !history) || YEAR_PAIR.test(timex.text)) &&
      datedSentences.has(timex.sentence)
    )
      continue;
    // So is a period named by its end when another date of its sentence places a happening ("the result for the
    // year to June compares with a loss a year earlier, when …").
    if (
      periodFrame(timex, base.text) &&
      timexes.some(
        (t) => t !== timex && t.sentence === timex.sentence && t.type === 'date' && !periodFrame(t, base.text),
      )
    )
      continue;
    // "On the eve of the decisive match on Saturday, the captain said …": the day only dates the eve, which
    // the clause is about (a day before it).
    if (
      EVE_BEFORE_DAY.test(base.text.slice(Math.max(sentence.start, timex.start - 120), timex.start)) &&
      timexes.some((t) => t.sentence === timex.sentence && /^the eve$/i.test(t.text))
    )
      continue;
    // "revenue rose 10 percent from a year earlier", "sales dropped 42% last month from the previous year": a
    // period a change is measured against is no happening of its own.
    if (comparisonBase(timex, base.text)) continue;
    // "Brent crude for delivery in January jumped": a contract's month frames a price, no happening of its own.
    if (deliveryMonth(base.text, timex.start, timex.end)) continue;
    // '"a different economic reality than the one we face today"': "today" after a present someone lives in is
    // these days, no day anything happened on.
    if (
      /^today$/i.test(timex.text) &&
      /\b(?:we|you|they|i)\s+(?:face|have|live|see|know|need|want|are|feel)\s+$/i.test(
        base.text.slice(Math.max(0, timex.start - 30), timex.start),
      )
    )
      continue;
    if (thingDescriptor(timex, base.text)) continue;
    if (yearDescribes(timex, base.text)) continue;
    if (editionOfName(timex, base.text)) continue;
    if (asked(timex, sentence, base.text)) continue;
    const sentenceEntities = local.get(timex.sentence) ?? [];
    if (durationInName(timex, base.text, sentence, sentenceEntities)) continue;
    if (ownsName(timex, base.text, sentenceEntities)) continue;
    // "…, two days after investigators raided his home": the count places what follows its "after" or "before".
    const offset = offsetClauseDate(timex, timexes, index, base.text, base.sentences[1]);
    const clause = offset ? offsetClauseSpan(base.text, timex.end, sentence.end) : null;
    const date = offset && clause ? dateOfValue(offset.value) : dateOf(timex, base.text, base.published);
    if (!date) continue;
    // Labels read the words near the date: a run-on "sentence" (a list, a table) must not cost more.
    const window = {
      start: Math.max(sentence.start, timex.start - LABEL_WINDOW),
      end: Math.min(sentence.end, timex.end + LABEL_WINDOW),
    };
    // A span up to a date ("closed until next Tuesday") is labelled as the date alone would be: nothing
    // begins at its start, the publication day.
    // (So is one within a length from it, as its deadline alone: "will report back within a week".)
    const within = spansWithin(timex, base.text, base.published);
    const until = spansUntil(timex, base.text, base.published) || within;
    if (until) untilDrafts.add(timex.id);
    const labelDate = (until && intervalOf(within ? timex.range!.end : timex.value)) || date;
    // "the killings of 25 people in 1991 and 1992", "on Monday and Tuesday": a date joined to the one before it
    // dates the same happening, whose words stand before the first.
    // So does one after an amount said again ("to expand by 1.5 percent in 2015 and 1.8 percent in 2016").
    const between = before && before.sentence === timex.sentence ? base.text.slice(before.end, timex.start) : null;
    // "lost in the semi-finals in Beijing in 2008, London in 2012 and Tokyo in 2021": a place and its date after the
    // first's, in a list, date the same happening there.
    const listedPlace = between ? /^\s*,?\s*(?:and\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})in\s+$/u.exec(between) : null;
    const priorPlace =
      listedPlace && before
        ? /(?:\bin|,|\band)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})in\s+$/u.exec(
            base.text.slice(sentence.start, before.start),
          )
        : null;
    const placeListed =
      listedPlace !== null &&
      priorPlace !== null &&
      sentenceEntities.some(
        (e) =>
          e.type === 'place' &&
          e.mentions.some((m) => m.start > before!.end && m.end < timex.start && m.start - before!.end <= 8),
      );
    const joinedBy = between !== null ? (JOINED_DATE.exec(between) ?? (placeListed ? [between] : null)) : null;
    // A draft before, its happening told again at this date, with `label`.
    const restated = (draft: EventDraft, label: string): EventDraft => ({
      ...draft,
      label,
      timexId: timex.id,
      date,
      mention: { start: timex.start, end: timex.end },
      anchor: anchorOf(timex, timexes, base.published),
    });
    const joined = joinedBy && before ? drafts.findLast((d) => d.timexId === before.id) : undefined;
    // ("joined the firm in 2001 and three years later became its chief": not a count "later" with a past of its own
    // right after it.)
    const ownVerb = /^\s+(\p{Ll}{3,})\b/u.exec(base.text.slice(timex.end, timex.end + 20))?.[1];
    const ownPast =
      (/\b(?:later|afterwards)$/i.test(timex.text) ||
        // ("Meta, which … since it bought Oculus in 2014, last week announced …": nor a date after a comma that
        // a past of its own follows.)
        /^\s*,\s*$/.test(base.text.slice(before?.end ?? 0, timex.start))) &&
      ownVerb !== undefined &&
      (/ed$/.test(ownVerb) || isIrregularPast(ownVerb));
    if (joined && !offset && !until && !ownPast) {
      // ("hit $1 trillion in June 2023 and $2 trillion in February": the second amount is the second date's.)
      const amount = joinedBy?.[1];
      // ("won in Paris in 2015 and Berlin in 2016": the place the first label names is the second's own.)
      const [prior, own] = [priorPlace?.[1]?.trim(), listedPlace?.[1]?.trim()];
      // ("Cameroon in 1990, Senegal in 2002 and Ghana in 2010 had all fallen …": or the subject it opens with.)
      const placed =
        placeListed && prior && own
          ? joined.label.startsWith(`${prior} `)
            ? `${own}${joined.label.slice(prior.length)}`
            : joined.label.replace(` in ${prior}`, ` in ${own}`)
          : joined.label;
      drafts.push(restated(joined, amount && AMOUNT.test(placed) ? placed.replace(AMOUNT, amount) : placed));
      continue;
    }
    // "pleaded guilty in August to eight counts …, and in November to lying to Congress": a second date after "and",
    // then "to" and what it was to, says the first's happening again with its own "to" phrase.
    const elided =
      before &&
      before.sentence === timex.sentence &&
      /^\s+to\s[^;]*?,?\s+and\s+(?:in|on)\s+$/.test(base.text.slice(before.end, timex.start))
        ? drafts.findLast((d) => d.timexId === before.id && / to /.test(d.label))
        : undefined;
    const elidedTo = elided
      ? /^\s+(to(?:\s+[\p{L}\d'’$.,-]+){1,5}?)(?=[,;.]|\s+(?:about|over|in|on|at|for|after|before|and)\b|$)/u.exec(
          base.text.slice(timex.end, sentence.end),
        )
      : null;
    if (elided && elidedTo && !offset && !until) {
      drafts.push(
        restated(
          elided,
          `${elided.label.slice(0, elided.label.lastIndexOf(' to '))} ${elidedTo[1]!.replace(/[,.]$/, '')}`,
        ),
      );
      continue;
    }
    const past = published !== null && labelDate.end <= published.start;
    const future = published !== null && labelDate.start >= published.end;
    // ("from 2012 until 2020, when he resigned": the date of a "when" clause is a point, as dateOf reads it, its
    // happening no part of the span.)
    const pointed = timex.type === 'date' && whenClauseAfter(base.text, timex.end);
    // That happening is labelled from its clause alone, as if its date closed it.
    const label = labelEvent({
      text: base.text,
      sentence: clause ?? window,
      timex: clause ? { start: clause.end, end: clause.end } : timex,
      clause: clause !== null,
      anchored: timex.range !== null && !until && !pointed,
      entities: sentenceEntities,
      headCache,
      past,
      future,
    });
    // "seven years after it was launched", "six months after taking office": a clause whose subject is a pronoun,
    // or that has none, shares the subject of the verb its count is set against ("Hayabusa is launched",
    // "Vestager takes office").
    const shared =
      clause && offset ? withSharedSubject(label.text, base.text, window, offset.at, sentenceEntities, clause) : null;
    // ("two days before the phone launches" → "Phone launches", as a subject is written in every label.)
    const text = clause
      ? (shared ?? label.text).replace(/^[Tt]he\s+(\p{Ll})/u, (_, c: string) => c.toUpperCase())
      : label.text;
    // A description standing for someone named before ("The 68-year-old, who ran …"): that person, when found.
    // (The description is the label's words before what the pronoun's label says: "59-year-old stationmaster".)
    const rest = label.pronoun?.replace(/^\S+/, '') ?? '';
    const describedAs = rest && label.text.endsWith(rest) ? label.text.slice(0, -rest.length) : '';
    const person = label.pronoun
      ? namePronoun(label.pronoun, timex.sentence, base, entities, true, describedAs, timex.start)
      : undefined;
    const named =
      person && person !== label.pronoun
        ? person
        : namePronoun(text, timex.sentence, base, entities, false, '', timex.start);
    const { heads, objects, bare, named: people } = happeningWords(named, base.text, sentence, timex, sentenceEntities);
    // A label of names only ("today's GM" → "GM") says no happening either.
    drafts.push({
      timexId: timex.id,
      label: named,
      quality: label.quality,
      date,
      mention: { start: timex.start, end: timex.end },
      sentence: timex.sentence,
      entities: sentenceEntities.map((e) => e.id),
      anchor: pointed ? null : anchorOf(timex, timexes, base.published),
      heads,
      objects,
      bare: bare || label.quality === 0,
      people,
      subject: subjectOf(named, subjects),
      doer: doerOf(named),
      ...(anaphoric ? { anaphoric: true as const } : {}),
    });
  }
  // "Last month, the IAAF extended its ban until at least next March": the span's end is how long what the
  // sentence dates lasts, not a second happening of the same words.
  // "the 12-day festival" (counted back from the publication day) and "The festival, which began on May 13": a
  // start a length of time gives is the stated one when the two say the same within a day.
  const DAY_MS = 86_400_000;
  // "cut its key rate on Thursday for the fourth time this year": a period that holds another date of the same
  // sentence and label frames it; the finer date is the happening's.
  const rank = (date: EventDate): number => (date.precision ? PRECISIONS.indexOf(date.precision) : -1);
  // (Compared within a sentence only, so a long article's drafts are not compared all with all.)
  const bySentence = groupBy(drafts, (d) => d.sentence);
  const framing = (d: EventDraft): boolean =>
    d.anchor === null &&
    (bySentence.get(d.sentence) ?? []).some(
      (o) =>
        o !== d &&
        o.label === d.label &&
        rank(o.date) > rank(d.date) &&
        rank(d.date) >= 0 &&
        o.date.start >= d.date.start &&
        o.date.end <= d.date.end,
    );
  // "Jones … has died at the age of 91, his family said on Monday. Jones died on Sunday night …": a day that only
  // dates the telling, closing its sentence, is no day of the happening another sentence dates earlier in the
  // same words.
  // (Drafts by label and timexes by id, read once: a long article has thousands.)
  // ("… has died of heart failure, his office said on Friday. … died on Tuesday": or in fewer of them, the other
  // label the start of this one.)
  const opening = (label: string): string => label.split(' ').slice(0, 2).join(' ');
  const byOpening = groupBy(drafts, (d) => opening(d.label));
  const timexById = new Map(timexes.map((t) => [t.id, t]));
  const toldLater = (d: EventDraft): boolean => {
    const t = timexById.get(d.timexId);
    if (!t || !TOLD_BEFORE.test(base.text.slice(Math.max(0, t.start - 40), t.start))) return false;
    // ("… in the final three months of 2023, official data showed last week, losing …": in its own sentence, the
    // telling may close only its clause, and the day the happening is dated may be any while before.)
    const closes = /^\s*[.!?]/.test(base.text.slice(t.end, t.end + 3));
    if (!closes && !/^\s*,/.test(base.text.slice(t.end, t.end + 3))) return false;
    return (byOpening.get(opening(d.label)) ?? []).some(
      (o) =>
        o !== d &&
        (o.label === d.label || d.label.startsWith(`${o.label} `)) &&
        o.date.start < d.date.start &&
        (o.sentence === d.sentence ||
          (closes && Date.parse(d.date.start.slice(0, 10)) - Date.parse(o.date.start.slice(0, 10)) <= 7 * DAY_MS)),
    );
  };
  const kept = drafts.filter(
    (d) =>
      !framing(d) &&
      !toldLater(d) &&
      (!untilDrafts.has(d.timexId) ||
        !(bySentence.get(d.sentence) ?? []).some((o) => o.label === d.label && !untilDrafts.has(o.timexId))) &&
      !(
        d.anchor !== null &&
        timexes.find((t) => t.id === d.timexId)?.type === 'duration' &&
        drafts.some(
          (o) =>
            o !== d &&
            o.anchor === null &&
            o.label === d.label &&
            Math.abs(Date.parse(o.date.start) - Date.parse(d.date.start)) <= DAY_MS,
        )
      ),
  );
  const events: ArticleEvent[] = mergeDrafts(kept).map((m) => ({
    id: '',
    label: m.label,
    date: m.date,
    mention: m.mention,
    sentence: m.sentence,
    entities: m.entities,
    timexes: m.timexIds,
    kind: 'event',
  }));
  events.sort((a, b) => timelineKey(a.date).localeCompare(timelineKey(b.date)) || a.mention.start - b.mention.start);
  events.forEach((e, i) => (e.id = `e${i + 1}`));
  const publication = publicationEvent(base, entities);
  if (!publication) return events;
  const at = events.findIndex((e) => timelineKey(e.date) > publication.date.start);
  return at < 0 ? [...events, publication] : [...events.slice(0, at), publication, ...events.slice(at)];
}
