import type { ArticleBase, Span, Timex } from '../types';
import { anchorRanges, offsetClauseDate } from './anchors';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  formatYm,
  formatYmd,
  intervalOf,
  MONTHS,
  parseYmd,
  precisionOf,
  weekdayIndex,
  weekValue,
  ZONED_VALUE,
  type Ymd,
} from './calendar';
import {
  OPEN_DAY,
  settleOverlaps,
  sentenceAt,
  type Candidate,
  type Recognizer,
  type RecognizerContext,
} from './candidates';
import { OPEN_YEAR, recognizeCalendarDates } from './chrono-setup';
import { recognizeDurations } from './durations';
import { NUMBER_SOURCE, readNumber } from './numbers';
import { ordinalInMonthIn, recognizeRelativeDates, SEASONS } from './relative';
import {
  MISHAP_AFTER,
  PAST_SAYING,
  SINCE_RIGHT_BEFORE,
  pastSentenceBefore,
  tenseAround,
  tenseJustBefore,
} from './resolve';
import { isIrregularPast } from './verbs';

/** The recognisers, in order; overlaps between them are settled afterwards (longest span wins). */
const RECOGNIZERS: readonly Recognizer[] = [recognizeCalendarDates, recognizeRelativeDates, recognizeDurations];

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const DAY_OR_PART = /^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$/;

/** Keeps candidates that lie inside one sentence. */
function insideSentences(candidates: readonly Candidate[], sentences: readonly Span[]): Candidate[] {
  return candidates.filter((c) => {
    const s = sentences[sentenceAt(sentences, c.start)];
    return s !== undefined && c.end <= s.end;
  });
}

/** 'her 2014 album "1989"': a date alone in quotation marks is a title, no date. */
function notQuotedTitles(candidates: readonly Candidate[], text: string): Candidate[] {
  // (A quoted fragment of speech in lower case is no title: 'would decide "later this year"'.)
  return candidates.filter(
    (c) =>
      !(
        /["“]/.test(text[c.start - 1] ?? '') &&
        /["”]/.test(text[c.end] ?? '') &&
        !/^\p{Ll}/u.test(text[c.start] ?? '')
      ),
  );
}

/** A verb or word that times a race before a bare clock-like figure ("ran 2:01:09", "under 2:01"). */
const RACE_TIMED =
  /\b(?:under|ran|run|runs|running|clocked|clocking|clocks|time of|record of|best of|finished in|won in|win in|wins in)\s+(?:an?\s+(?:unofficial\s+|official\s+)?)?$/i;

/**
 * "won in 2:13:44", "the first man to run under 2:01", "ran an unofficial 1:59:40": a race's time is a length, no
 * clock time. A bare figure with seconds, or after a word that times a race, is a duration (PT2H13M44S).
 */
function raceTimes(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text.slice(c.start, c.end));
    if (!m || c.type !== 'time') return c;
    if (!m[3] && !RACE_TIMED.test(text.slice(Math.max(0, c.start - 30), c.start))) return c;
    const value = `PT${Number(m[1])}H${Number(m[2])}M${m[3] ? `${Number(m[3])}S` : ''}`;
    return { ...c, type: 'duration', value, stated: ['duration'], inferred: [], relative: false };
  });
}

/** Whether a day is named in the sentence holding offset `at`. */
function dayInSentence(context: RecognizerContext, kept: readonly Candidate[], at: number): boolean {
  const sentence = context.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  return kept.some(
    (k) => k.type === 'date' && DAY_VALUE.test(k.value) && k.start >= sentence.start && k.start < sentence.end,
  );
}

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * What may follow an anaphoric "that evening": punctuation, or a closed-class word or a name ("that
 * evening that …", "that night the guards …", "that morning in Paris"), not a noun it qualifies ("said
 * that night raids would stop").
 */
const AFTER_PART_OF_DAY =
  /^(?:\s*(?:[^\p{L}\s]|$)|\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|our|this|that|these|those|he|she|they|it|we|I|you|there|and|but|or|as|when|while|after|before|until|with|without|by|for|from|in|on|at|to|into|near|again|too|alone|only|also|already)\b))/u;

/**
 * Whether a day is a zoned clock time's, written right after it ("midnight (2100 GMT Friday)"): the day in GMT, which
 * the story's own day may not be; no antecedent of "the previous day" or "that day".
 */
function zonedDay(text: string, day: Candidate): boolean {
  return /\b(?:GMT|UTC)\s+$/.test(text.slice(Math.max(0, day.start - 5), day.start));
}

/** The parts of a day in their order (TIMEX3's). */
const PART_ORDER = ['MO', 'AF', 'EV', 'NI'];

/**
 * "the same day", "that day", "the day", and "that evening", "that night": the last day named before,
 * or the publication day when none was. With no publication date, only a day named before.
 */
function anaphoricDays(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text, reference } = context;
  const pattern =
    /\b(?:(?:the same day|that (?:same )?day|the day|that time)\b(?!\s+(?:of|after|before|when|that|which|in which|on which|he|she|they|it|we|I|and night|off)\b)(?!-)|(?:that|the same) (morning|afternoon|evening|night)\b(?![-'’])|(?<=\b(?:in|during) )the (morning|afternoon|evening|night)\b(?![-'’]))/gi;
  const out: Candidate[] = [];
  let cursor = 0;
  let lastDay: string | null = null;
  let lastPlainDay: string | null = null;
  let lastDate: string | null = null;
  // The part of the day the last day named was named with ("Sunday morning": MO), or null.
  let lastPart: string | null = null;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (kept.some((k) => start < k.end && k.start < end)) continue;
    const partWord = m[1] ?? m[2];
    const part = partWord ? PART_OF_DAY[partWord.toLowerCase()] : undefined;
    if (part && !AFTER_PART_OF_DAY.test(text.slice(end, end + 24))) continue;
    // "was suspended in the evening": told in the past, the evening of the day in hand; "works in the
    // evening" is a habit, and "will resume in the morning" the next one.
    if (m[2] && tenseJustBefore(text, start) !== 'past') continue;
    // Matches come in text order, so the antecedents are read once, moving forward.
    while (cursor < kept.length && kept[cursor]!.start < start) {
      const k = kept[cursor++]!;
      // ("the result was announced at around 4:15 pm … later that evening": a clock time's day is the story's day
      // then, as a day named is.)
      // (Of an earlier sentence: "at 1500 GMT the same day" counts from the day named before.)
      if (
        k.type === 'time' &&
        /^\d{4}-\d{2}-\d{2}T\d/.test(k.value) &&
        sentenceAt(context.sentences, k.start) < sentenceAt(context.sentences, start)
      ) {
        lastDay = k.value.slice(0, 10);
        lastPart = null;
        continue;
      }
      if (k.type !== 'date' || zonedDay(text, k)) continue;
      if (DAY_VALUE.test(k.value)) lastDay = k.value.slice(0, 10);
      lastPart = /T(MO|AF|EV|NI)$/.exec(k.value)?.[1] ?? null;
      if (/^\d{4}-\d{2}-\d{2}$/.test(k.value)) lastPlainDay = k.value;
      if (/^\d{4}/.test(k.value)) lastDate = k.value;
    }
    // "earlier in the day" with no day named in its own sentence is the story's own day, as wire copy
    // writes it, not the last day named ("parliament convenes on Tuesday. … earlier in the day"); but after a day
    // gone by, told in the past, that day ("Morales resigned on Sunday. Earlier in the day, Morales had offered …").
    const published =
      reference &&
      `${String(reference.year).padStart(4, '0')}-${String(reference.month).padStart(2, '0')}-${String(reference.day).padStart(2, '0')}`;
    const ownDay =
      /\b(?:earlier|later) in $/i.test(text.slice(Math.max(0, start - 12), start)) &&
      !dayInSentence(context, kept, start) &&
      !(lastDay && published && lastDay < published && tenseAround(text, start, end) === 'past');
    // "in the evening" after "last night" is not that night's day: only a day named as a whole holds it, or one
    // named with an earlier part of it ("on Sunday morning … in the afternoon").
    const earlierPart =
      part !== undefined && lastPart !== null && PART_ORDER.indexOf(lastPart) < PART_ORDER.indexOf(part);
    const antecedent = ownDay
      ? null
      : /time$/i.test(m[0])
        ? lastDate
        : m[2]
          ? earlierPart
            ? lastDay
            : lastPlainDay
          : lastDay;
    const day = antecedent ?? published;
    if (!day) continue;
    const value = part ? `${day.slice(0, 10)}T${part}` : day;
    out.push({
      start,
      end,
      type: 'date',
      value,
      stated: [],
      inferred: ['year', 'month', 'day'],
      relative: true,
      priority: 0,
    });
  }
  return out;
}

/** Times of day named by the light: the morning's and the evening's (TIMEX3 has no finer part). */
const LIGHT_PART: Record<string, string> = {
  dawn: 'MO',
  daybreak: 'MO',
  sunrise: 'MO',
  'first light': 'MO',
  dusk: 'EV',
  nightfall: 'EV',
  sunset: 'EV',
};

/**
 * "seized the town at dawn on Sunday": the part of that day, one expression with it. "At dawn,
 * helicopters began lifting residents": told in the past, the part of the day named nearest in its
 * sentence, else of the last day named before (not one that only dates the telling), else of the
 * publication day. Ahead or in a habit ("patrols leave at dawn") it names no day.
 */
function partsOfDayByLight(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text, reference } = context;
  const out: Candidate[] = [];
  const pattern =
    /\b(?:at|before|by|after|around|until|from|since) (dawn|daybreak|sunrise|first light|dusk|nightfall|sunset)\b(?![-'’])/gi;
  let cursor = 0;
  let lastDay: string | null = null;
  for (const m of text.matchAll(pattern)) {
    const word = m[1]!;
    const start = m.index + m[0].length - word.length;
    const end = m.index + m[0].length;
    const part = LIGHT_PART[word.toLowerCase()]!;
    // "after dawn raids": a noun after it makes the light qualify a thing.
    if (!AFTER_PART_OF_DAY.test(text.slice(end, end + 24))) continue;
    while (cursor < kept.length && kept[cursor]!.start < start) {
      const k = kept[cursor++]!;
      if (k.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(k.value) && !reportingDay(text, k)) lastDay = k.value;
    }
    const next = kept[cursor];
    if (
      next &&
      next.type === 'date' &&
      /^\d{4}-\d{2}-\d{2}$/.test(next.value) &&
      /^\s+on\s+$/i.test(text.slice(end, next.start))
    ) {
      out.push({ ...next, start, value: `${next.value}T${part}`, priority: 1 });
      continue;
    }
    if (tenseAround(text, m.index, end) !== 'past') continue;
    const sentence = context.sentences[sentenceAt(context.sentences, start)];
    let day: string | null = null;
    let distance = Infinity;
    // "at dawn on a Tuesday in September 2021": a coarser date of its own sentence holds an unknown day.
    let coarse = false;
    for (const k of kept) {
      if (
        !sentence ||
        k.start < sentence.start ||
        k.start >= sentence.end ||
        k.type !== 'date' ||
        !/^\d{4}/.test(k.value)
      )
        continue;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(k.value)) coarse = true;
      else if (Math.abs(k.start - start) < distance) [day, distance] = [k.value, Math.abs(k.start - start)];
    }
    if (!day && coarse) continue;
    day ??= lastDay ?? (reference && formatYmd(reference));
    if (!day) continue;
    out.push({
      start,
      end,
      type: 'date',
      value: `${day}T${part}`,
      stated: [],
      inferred: ['year', 'month', 'day'],
      relative: true,
      priority: 0,
    });
  }
  return out;
}

/** Before a day, a verb of saying: "officials said on Monday", "told reporters late Sunday". */
export const REPORTED_BEFORE =
  /\b(?:said|says|told\s+(?:reporters|journalists|\p{Lu}\S*))\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;

/**
 * Whether a day only dates the telling, an attribution closing its sentence ("killed three people on
 * Saturday, officials said on Monday."): no antecedent for a clock time or a "next morning" told after
 * it. Not "said on Sunday that the talks had failed", where the saying is told.
 */
function reportingDay(text: string, day: Candidate): boolean {
  return (
    DAY_OR_PART.test(day.value) &&
    /^\s*(?:[.!?;]|$)/.test(text.slice(day.end, day.end + 4)) &&
    REPORTED_BEFORE.test(text.slice(Math.max(0, day.start - 40), day.start))
  );
}

const STEP_PRECISION: Record<string, RegExp> = {
  day: DAY_OR_PART,
  week: DAY_OR_PART,
  weekend: DAY_OR_PART,
  month: /^\d{4}-\d{2}(?:-\d{2})?$/,
  quarter: /^\d{4}-(?:\d{2}(?:-\d{2})?|Q[1-4])$/,
  // Any value that starts with its year: a season, a quarter or a week names the year it lies in.
  year: /^\d{4}(?:-|$)/,
};

/** "handed over", "took over", "won over": "over" closes a verb of giving or taking, and opens no stretch of time. */
const OVER_PARTICLE =
  /\b(?:hand|turn|sign|switch|chang|cross|spill|knock|pull|tak|took|won|win|held|hold|carr)\w*\s+over\s+$/i;

/**
 * "was arrested the following month", "returned the next day", "had warned the previous day", "a day
 * earlier … the day before.": one unit after (or before) the last date named before, at the unit's
 * precision. "over the next month" and "in the next year" are stretches of time, and with no date named
 * before there is nothing to count from: neither is a date. A step back with nothing precise enough to
 * count from counts from the publication date ("fell from the previous year").
 */
/**
 * "Moon, who met Kim at Panmunjom on April 27, said he had barely slept the previous night": a date inside a
 * relative clause set off by commas, closed before `at` in its sentence, dates that aside, from which nothing later
 * in the sentence counts.
 */
function asideBefore(context: RecognizerContext, date: Candidate, at: number): boolean {
  const sentence = context.sentences[sentenceAt(context.sentences, date.start)];
  if (!sentence || at > sentence.end) return false;
  return (
    /,\s*(?:who|which)\b[^,;:()]*$/.test(context.text.slice(sentence.start, date.start)) &&
    /,/.test(context.text.slice(date.end, at))
  );
}

function anaphoricSteps(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text, reference } = context;
  const out: Candidate[] = [];
  // "the day before" and "the year after" only end a clause (or a verb phrase before "and", or before a phrase of
  // why, where or how: "had been dismissed the day before after threatening …"): "the day before the vote"
  // counts from the vote.
  const pattern =
    /\bthe (?:(following|next|previous|preceding) (day|week|weekend|month|quarter|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![-'’])|(day|week|month|quarter|year) (before|earlier|previous|after)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|after|following|amid|for|over|because|when|while|in|at|from)\s))/gi;
  // Matches come in text order, so the dates before each are read once, moving forward.
  let cursor = 0;
  let antecedent: Candidate | undefined;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    while (cursor < kept.length && kept[cursor]!.start < start) {
      const k = kept[cursor++]!;
      if (
        k.type === 'date' &&
        /^\d{4}/.test(k.value) &&
        !reportingDay(text, k) &&
        !asideBefore(context, k, start) &&
        !zonedDay(text, k)
      )
        antecedent = k;
    }
    // A date found here already ("the following day" read by another recogniser, or inside a longer one); the
    // weekday read alone inside "the previous Thursday" gives way to the whole.
    const [previous, here] = [kept[cursor - 1], kept[cursor]];
    const weekday = weekdayIndex(m[2] ?? '');
    if ((here && here.start < end && !(weekday >= 0 && here.end <= end)) || (previous && previous.end > start))
      continue;
    // "the year after," closing its clause is the following year ("the year after the war" counts from the war).
    const word = (m[1] ?? (m[4]?.toLowerCase() === 'after' ? 'following' : 'previous')).toLowerCase();
    const back = word === 'previous' || word === 'preceding';
    const before = text.slice(Math.max(0, start - 12), start);
    const named = (m[2] ?? m[3] ?? '').toLowerCase();
    // "over the following summer" is that summer: a season is no stretch counted from a date.
    const season = SEASONS[named];
    const stretch =
      word === 'next'
        ? /\b(?:over|in|within|during|throughout|for|through|into|of)\s+$/i
        : /\b(?:over|within|during|throughout|for|through|into|of)\s+$/i;
    if (
      !season &&
      named !== 'weekend' &&
      stretch.test(before) &&
      !OVER_PARTICLE.test(text.slice(Math.max(0, start - 24), start))
    )
      continue;
    // "the next morning", "the previous evening": that part of the day after (or before) the day named.
    const part = PART_OF_DAY[named];
    const unit = part || weekday >= 0 ? 'day' : season ? 'year' : named;
    // "slumped on Tuesday after prices rose in January, before recovering the next day": a date too coarse
    // to count from gives way to one precise enough earlier in the same sentence.
    let base = antecedent;
    if (base && !STEP_PRECISION[unit]!.test(base.value)) {
      const sentence = context.sentences[sentenceAt(context.sentences, start)];
      base = undefined;
      for (let k = cursor - 1; k >= 0 && sentence && kept[k]!.start >= sentence.start && !base; k--) {
        const d = kept[k]!;
        if (d.type === 'date' && STEP_PRECISION[unit]!.test(d.value) && !reportingDay(text, d)) base = d;
      }
    }
    // "Han was detained in March. He resigned the following day": a day after (or before) a month named, with
    // no day to count from, lies in that month as far as the text says (the day it is, unknown). Only a month
    // named in its sentence or the one before: paragraphs on, "won the women's title the day before" counts from
    // the story's day, not from "the Open in September" told three sentences up.
    if (
      !base &&
      antecedent &&
      unit === 'day' &&
      !part &&
      weekday < 0 &&
      /^\d{4}-\d{2}$/.test(antecedent.value) &&
      sentenceAt(context.sentences, antecedent.start) >= sentenceAt(context.sentences, start) - 1
    ) {
      out.push({
        start,
        end,
        type: 'date',
        value: antecedent.value,
        stated: ['offset'],
        inferred: ['year', 'month'],
        relative: true,
        priority: 0,
      });
      continue;
    }
    // "the following weekend" with no day named before is the coming one.
    let from = base ? base.value : (back || unit === 'weekend') && reference ? formatYmd(reference) : null;
    // "the previous Thursday" with no day named before is left to the weekday alone.
    if (!from || (weekday >= 0 && !base)) continue;
    if (weekday >= 0) {
      // "arrested on May 20 … The previous Thursday": the last such weekday before the day named (or the first after).
      const day = parseYmd(from)!;
      const gap = (back ? dayOfWeek(day) - weekday + 7 : weekday - dayOfWeek(day) + 7) % 7 || 7;
      const value = formatYmd(addDays(day, back ? -gap : gap));
      out.push({
        start,
        end,
        type: 'date',
        value,
        stated: ['weekday'],
        inferred: ['year', 'month', 'day'],
        relative: true,
        priority: 0,
      });
      continue;
    }
    let value = season
      ? seasonAfter(from, season, back ? -1 : 1)
      : unit === 'weekend'
        ? weekendAfter(parseYmd(from)!, back ? -1 : 1)
        : stepBy(from, unit, back ? -1 : 1) + (part ? `T${part}` : '');
    // "Unions, who have called a strike for next Tuesday, said management had rejected their demands the
    // previous day": told in the past, a step back does not start after the publication day; from a date
    // resolved ahead it counts back from the publication day instead.
    if (back && base && base.inferred.length && reference && tenseAround(text, start, end) === 'past') {
      const landed = intervalOf(value.replace(/T(?:MO|AF|EV|NI)$/, ''));
      const published = formatYmd(reference);
      if (landed && landed.start.slice(0, 10) > published) {
        from = published;
        value = stepBy(from, unit, -1) + (part ? `T${part}` : '');
      }
    }
    out.push({
      start,
      end,
      type: 'date',
      value,
      stated: ['offset'],
      inferred: ['year', 'month', 'day'],
      relative: true,
      priority: 0,
    });
  }
  return out;
}

/**
 * The last date named before each offset asked for, in text order (not the day a telling is dated: see
 * reportingDay), read once, moving forward.
 */
function datesBefore(text: string, kept: readonly Candidate[]): (at: number) => Candidate | undefined {
  let cursor = 0;
  let last: Candidate | undefined;
  return (at) => {
    while (cursor < kept.length && kept[cursor]!.start < at) {
      const k = kept[cursor++]!;
      if (k.type === 'date' && /^\d{4}/.test(k.value) && !reportingDay(text, k)) last = k;
    }
    return last;
  };
}

/**
 * "returned to power in January 2023 after defeating him in an election the previous October": the last such
 * month before the last date named (or the first after it, "the following March"); with no date named
 * before, the publication date's.
 */
function anaphoricMonths(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text, reference } = context;
  const out: Candidate[] = [];
  const pattern = new RegExp(`\\bthe (previous|preceding|following|next) (${MONTHS.join('|')})\\b(?![-'’])`, 'gi');
  const before = datesBefore(text, kept);
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const antecedent = before(start);
    // (A longer date found here already is kept. Not a noun the month qualifies: "the previous June record".)
    if (kept.some((k) => k.start < end && start < k.end && (k.start < start || k.end > end))) continue;
    if (!AFTER_PART_OF_DAY.test(text.slice(end, end + 24))) continue;
    const from =
      antecedent && /^\d{4}-\d{2}/.test(antecedent.value)
        ? { year: Number(antecedent.value.slice(0, 4)), month: Number(antecedent.value.slice(5, 7)) }
        : antecedent
          ? { year: Number(antecedent.value.slice(0, 4)), month: 0 }
          : reference
            ? { year: reference.year, month: reference.month }
            : null;
    if (!from) continue;
    const month = MONTHS.indexOf(m[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const back = /^(?:previous|preceding)$/i.test(m[1]!);
    // (From a year alone, the month of the year before or after it.)
    const year =
      from.month === 0
        ? from.year + (back ? -1 : 1)
        : back
          ? from.year - (month < from.month ? 0 : 1)
          : from.year + (month > from.month ? 0 : 1);
    out.push({
      start,
      end,
      type: 'date',
      value: formatYm(year, month),
      stated: ['month'],
      inferred: ['year'],
      relative: true,
      priority: 0,
    });
  }
  return out;
}

const SAME_PRECISION: Record<string, RegExp> = {
  week: /^\d{4}-\d{2}-\d{2}/,
  month: /^\d{4}-\d{2}/,
  quarter: /^\d{4}-(?:\d{2}|Q[1-4])/,
  year: /^\d{4}/,
  // A period shorter than a year and longer than a day: "the same period" is no year, nor a day.
  period: /^\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2})$/,
};

/**
 * "left politics in 2012, the same year she …", "in January, compared to the same month a year ago": the
 * week, month, quarter or year of the last date named before (so many years before it, when a count of
 * years "ago" or "earlier" follows). Nothing to count from, no date.
 */
function sameUnits(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  const pattern = new RegExp(
    `\\b(?:the same|that) (week|month|quarter|year|period)\\b(?![-'’]|\\s+(?:after|by|on|to)\\s+(?:week|month|quarter|year))(?: (${NUMBER_SOURCE}) years? (?:ago|earlier|before)\\b| (last|the previous) year\\b)?`,
    'gi',
  );
  let cursor = 0;
  const seen: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    while (cursor < kept.length && kept[cursor]!.start < start) {
      const k = kept[cursor++]!;
      if (k.type === 'date' && /^\d{4}/.test(k.value) && !reportingDay(text, k)) seen.push(k);
    }
    // A date found here already, unless it lies inside this longer phrase ("a year ago").
    if (kept.some((k) => k.start < end && start < k.end && (k.start < start || k.end > end))) continue;
    const unit = (m[1] ?? '').toLowerCase();
    const last = seen.findLast((d) => SAME_PRECISION[unit]!.test(d.value));
    const years = m[2] ? readNumber(m[2]) : m[3] ? 1 : 0;
    if (!last || years === null || !Number.isInteger(years)) continue;
    const year = Number(last.value.slice(0, 4)) - years;
    let value = String(year);
    // "a loss for the second quarter, against a profit in the same period last year": the period of the date
    // named before (a quarter, a half, a month or a season), so many years back. Not with no years back ("its best
    // week since mid-January. The Nasdaq rose over the same period" is the week), nor the end of a span ("the
    // April-June period").
    if (unit === 'period') {
      const first = seen[seen.indexOf(last) - 1];
      if (
        !years ||
        (first && /^\s*[-–]\s*$|^\s+(?:to|and|through|until|till)\s+$/i.test(text.slice(first.end, last.start)))
      )
        continue;
      value = `${year}${last.value.slice(4)}`;
    }
    if (unit === 'week') value = weekValue({ ...parseYmd(last.value)!, year });
    else if (unit === 'month') value = formatYm(year, Number(last.value.slice(5, 7)));
    else if (unit === 'quarter')
      value = `${year}-Q${/-Q([1-4])/.exec(last.value)?.[1] ?? Math.floor((Number(last.value.slice(5, 7)) - 1) / 3) + 1}`;
    out.push({
      start,
      end,
      type: 'date',
      value,
      stated: years ? ['offset'] : [],
      inferred: ['year'],
      relative: true,
      priority: 1,
    });
  }
  return out;
}

/**
 * Between "the eve of" and the day of what it is the eve of: the words of one noun phrase, then "on" ("the
 * eve of the decisive match on Saturday"), or nothing before a possessive day ("the eve of Tuesday's vote").
 */
export const EVE_BEFORE_DAY = /\bthe eve of(?:(?:\s+[^\s,.;:!?()"“”]+){1,8}\s+on)?\s+$/i;

/**
 * "On the eve of the decisive match on Saturday", "on the eve of Tuesday's vote": the eve is the day before
 * the day named for what it is the eve of. With no such day right after, the eve is left alone: "on Sunday,
 * on the eve of a vote" is dated by its Sunday.
 */
function eves(context: RecognizerContext, kept: readonly Candidate[]): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  let cursor = 0;
  for (const m of text.matchAll(/\bthe eve of\b/gi)) {
    const start = m.index;
    while (cursor < kept.length && kept[cursor]!.start < start + m[0].length) cursor++;
    const day = kept[cursor];
    if (!day || day.type !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(day.value) || day.start - start > 120) continue;
    if (!EVE_BEFORE_DAY.test(text.slice(start, day.start))) continue;
    const value = formatYmd(addDays(parseYmd(day.value)!, -1));
    out.push({
      start,
      end: start + 'the eve'.length,
      type: 'date',
      value,
      stated: ['offset'],
      inferred: ['year', 'month', 'day'],
      relative: true,
      priority: 1,
    });
  }
  return out;
}

/**
 * "rescued on the 16th … called off the following weekend": the first weekend after a day (1), or the last before
 * it (-1), leaving out the day's own weekend.
 * @example weekendAfter({ year: 2024, month: 2, day: 16 }, 1) // '2024-W07-WE'
 */
function weekendAfter(day: Ymd, step: 1 | -1): string {
  const weekday = dayOfWeek(day);
  const saturday =
    step > 0
      ? addDays(day, weekday === 0 ? 6 : 6 - weekday || 7)
      : addDays(day, weekday === 0 ? -8 : weekday === 6 ? -7 : -(weekday + 1));
  return `${weekValue(saturday)}-WE`;
}

/**
 * The season named "the following" (1) or "the previous" (-1) after a date: the first such season that starts after
 * the date's month (its first for a season or a quarter), or the last that starts before it; from a year alone, that
 * season of the next or the year before (winter of the same year ahead: it starts in December).
 * @example seasonAfter('2021', { code: 'SP', month: 3 }, 1) // '2022-SP'
 */
function seasonAfter(value: string, season: { code: string; month: number }, step: 1 | -1): string {
  const year = Number(value.slice(0, 4));
  const code = /^\d{4}-(SP|SU|FA|WI)$/.exec(value)?.[1];
  const quarter = /^\d{4}-Q([1-4])$/.exec(value)?.[1];
  const month = code
    ? Object.values(SEASONS).find((s) => s.code === code)!.month
    : quarter
      ? Number(quarter) * 3 - 2
      : /^\d{4}-\d{2}/.test(value)
        ? Number(value.slice(5, 7))
        : null;
  if (month === null) return `${step > 0 && season.month === 12 ? year : year + step}-${season.code}`;
  if (step > 0) return `${season.month > month ? year : year + 1}-${season.code}`;
  return `${season.month < month ? year : year - 1}-${season.code}`;
}

/** A date one day, week, month, quarter or year after (or, with -1, before) a TIMEX3 value at least that precise. */
function stepBy(value: string, unit: string, step: 1 | -1): string {
  const day = parseYmd(value);
  if (unit === 'day' && day) return formatYmd(addDays(day, step));
  if (unit === 'week' && day) return weekValue(addDays(day, 7 * step));
  if (unit === 'month') {
    const ym = addMonths(Number(value.slice(0, 4)), Number(value.slice(5, 7)), step);
    return formatYm(ym.year, ym.month);
  }
  if (unit === 'quarter') {
    const stated = /-Q([1-4])$/.exec(value)?.[1];
    const q =
      Number(value.slice(0, 4)) * 4 +
      (stated ? Number(stated) - 1 : Math.floor((Number(value.slice(5, 7)) - 1) / 3)) +
      step;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  }
  return String(Number(value.slice(0, 4)) + step);
}

/**
 * "retaken in March of the following year", "in May of the previous year", "in June that year": the month's
 * (or month-day's) year is one after, one before or the same as the year of the last date named before, not
 * the publication year ("March of next year" is).
 */
function monthsOfAnaphoricYears(kept: readonly Candidate[], text: string): Candidate[] {
  let year: number | null = null;
  return kept.map((c, i) => {
    const before = year;
    if ((c.type === 'date' || c.type === 'time') && /^\d{4}/.test(c.value)) year = Number(c.value.slice(0, 4));
    if (c.type !== 'date' || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(c.value) || before === null) return c;
    const own = anaphoricYearStep(text, c.end);
    // "between March and June that year": the first month of a pair takes the year said after the second,
    // and leaves the second the same date to count from.
    const next = kept[i + 1];
    const paired =
      own === null &&
      next &&
      next.type === 'date' &&
      /^\d{4}-\d{2}(?:-\d{2})?$/.test(next.value) &&
      /^\s*(?:and|to|until|till|through|-|–)\s*$/i.test(text.slice(c.end, next.start))
        ? anaphoricYearStep(text, next.end)
        : null;
    const step = own ?? paired;
    if (step === null) return c;
    year = own === null ? before : before + step;
    return { ...c, value: String(before + step) + c.value.slice(4) };
  });
}

/** A year named from the publication's: "last year", "this year", "next year". */
const RELATIVE_YEAR = /^(?:last|this|next) year$/i;

/** Words right before a year that make it no point in time for a later date of its clause to lie in. */
const YEAR_NOT_POINT =
  /(?:\b(?:since|by|until|till|before|after|from|between|for|fiscal|FY|the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/i;

/**
 * Whether the year `c` opens or closes a span, or qualifies a noun (YEAR_NOT_POINT), and so is no point a clause lies
 * in; the end of a span that a "when" clause tells of is one ("ruled from 1996 until 2001, when they were toppled").
 */
function yearNotPoint(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 8), c.start);
  return (
    YEAR_NOT_POINT.test(before) &&
    !(/\b(?:until|till)\s+$/i.test(before) && /^,\s+when\s/i.test(text.slice(c.end))) &&
    // ("the 2007 tournament in the Caribbean, when …": a year qualifying a noun a "when" clause then tells of is
    // that clause's.)
    !(/\b(?:the|its|their|his|her)\s+$/i.test(before) && NOUN_WHEN.test(text.slice(c.end, c.end + 80)))
  );
}

/**
 * Right after a year, the rest of the noun it qualifies (one or two words, and a place after "in" or "at") and a
 * "when" clause set off after it ("… tournament in the Caribbean, when").
 */
const NOUN_WHEN =
  /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,1}\p{Ll}[\p{L}-]*(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+when\s/u;

/** Words right before a month's day that date a saying or an announcing, which is told near the publication day. */
const TOLD_BEFORE =
  /\b(?:said|says|told|announced|reported|confirmed|added|stated|wrote|tweeted|posted)\s+(?:\w+\s+){0,2}?(?:on\s+)?$/i;

/**
 * "was struck down in late 2023 after a trial that ran from Dec. 4-15": a month or month's day named without a
 * year, not told as ahead, in the same clause as a year named before it (no comma, colon, semicolon, bracket,
 * dash, "and", "or" or "but" between, nor "before", "until" or "then", after which a later year may come: "died in
 * 2022 before the trial opened in September"; in its sentence), lies in that year, not near the publication date. Not a
 * year that opens or closes a span ("since 2019", "by 2030"), qualifies a noun ("the 2023 budget", "fiscal 2021"),
 * nor a month's year ("took office in July 2021 … in March" may be the March after), nor a day something was said on.
 * "Last year", "this year" and "next year" name a year as "in 2022" does ("Last year the plant closed in March":
 * the March of last year). A "when" clause set off after the year is in it ("in 2020, when … on November 10").
 */
function yearsOfTheClause(kept: readonly Candidate[], text: string, sentences: readonly Span[]): Candidate[] {
  let year: Candidate | null = null;
  return kept.map((c) => {
    const before = year;
    if (
      c.type === 'date' &&
      /^\d{4}$/.test(c.value) &&
      (c.stated.includes('year') || RELATIVE_YEAR.test(text.slice(c.start, c.end)))
    )
      year = yearNotPoint(text, c) ? null : c;
    else if (c.stated.includes('year')) year = null;
    if (!before) return c;
    // "Last year, the plant closed in March": a year that opens its sentence is the whole sentence's, past the
    // comma that closes it.
    const inSentence = sentenceAt(sentences, before.start);
    const sentence = sentences[inSentence];
    const opens = sentence !== undefined && /^\s*(?:in\s+)?$/i.test(text.slice(sentence.start, before.start));
    const gap = text.slice(before.end, c.start);
    // "in 2020, when a 44-day conflict ended … on November 10": a "when" clause set off after the year is its own.
    // (A number's thousands comma is no break: "more than 61,000 people died".)
    // ("the 2007 tournament in the Caribbean, when Ireland knocked Pakistan out on St Patrick's Day": so is one after
    // the noun the year qualifies.)
    const nounWhen = NOUN_WHEN.exec(gap);
    const between = (
      nounWhen
        ? gap.slice(nounWhen[0].length)
        : (opens && gap.startsWith(',')) || /^,\s+when\s/i.test(gap)
          ? gap.slice(1)
          : gap
    ).replace(/(\d),(?=\d{3})/g, '$1');
    // "the final weekend of May": a weekday, weekend or week counted in its month is counted again in that year.
    const ordinal = c.stated.includes('ordinal');
    if (
      c.type !== 'date' ||
      (ordinal ? c.stated.includes('offset') : !/^\d{4}-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)$/.test(c.value)) ||
      !c.inferred.includes('year') ||
      // ("Last year, more than 61,000 people died … during the summer": a season too.)
      !(c.stated.includes('month') || c.stated.includes('season')) ||
      c.value.startsWith(before.value.slice(0, 4)) ||
      c.start - before.end > 120 ||
      /[,;:()\u2014]|\s[-\u2013]\s|\b(?:and|or|but|while|whereas|as of|before|until|till|ahead of|prior to|then|later|since)\b/i.test(
        between,
      ) ||
      inSentence !== sentenceAt(sentences, c.start) ||
      TOLD_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
      // ("Next year's summit will be held in Belem in November": a year named ahead holds what is still to come.)
      (/^(?:future|present)$/.test(tenseAround(text, c.start, c.end)) &&
        !/^next year$/i.test(text.slice(before.start, before.end)))
    )
      return c;
    if (!ordinal) return { ...c, value: before.value.slice(0, 4) + c.value.slice(4) };
    const value = ordinalInMonthIn(text.slice(c.start, c.end), Number(before.value.slice(0, 4)));
    return value === null ? c : { ...c, value };
  });
}

/** How many days after a day named with its year a day named without one may follow it in the story's telling. */
const STORY_DAYS = 31;

/**
 * "Two bombs exploded … on April 15, 2013. … Tamerlan was killed in a shootout … early on April 19", told in 2015:
 * a month's day named without a year, told in the past, a few days after a day named with its year in the
 * sentences just before (up to three), goes on the story that day began: it lies in that year, not in the year
 * before the publication day.
 */
function yearsOfTheStory(
  kept: readonly Candidate[],
  text: string,
  sentences: readonly Span[],
  reference: Ymd | null,
): Candidate[] {
  if (!reference) return [...kept];
  // The last day named with its year so far, as the candidates come in text order.
  let before: Candidate | undefined;
  return kept.map((c) => {
    const last = before;
    const day = c.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(c.value);
    if (day && c.stated.includes('year')) before = c;
    if (!day || !last || !c.inferred.includes('year') || !c.stated.includes('month') || !c.stated.includes('day'))
      return c;
    if (
      sentenceAt(sentences, last.start) < sentenceAt(sentences, c.start) - 3 ||
      last.value.slice(0, 4) === c.value.slice(0, 4)
    )
      return c;
    const value = last.value.slice(0, 4) + c.value.slice(4);
    const from = parseYmd(last.value);
    const to = parseYmd(value);
    if (!from || !to || daysBetween(to, reference) <= 0) return c;
    const after = daysBetween(from, to);
    if (after < 0 || after > STORY_DAYS || tenseAround(text, c.start, c.end) !== 'past') return c;
    return { ...c, value };
  });
}

/** After a comma, a past verb of saying (and its preposition) that a date then follows: ", said on ". */
const SAID_AFTER_BREAK = new RegExp(String.raw`[,;]\s+[^,;.]{0,80}?\b(?:${PAST_SAYING})\b[^,;.]{0,30}$`, 'u');

/**
 * A noun (no auxiliary), a participle after it and its agent, then "on" or "in", before a day ("the motion passed by
 * parliament on ").
 */
const REDUCED_BEFORE_DAY =
  /\b(?!(?:was|were|been|being|had|has|have|are|and|but)\b)\p{Ll}{3,}\s+\p{Ll}{3,}ed(?:\s+by\s+[^,;:()]{1,40}?)?\s+(?:on|in)\s+$/u;

/** Words that open a clause of its own: of contrast ("while", "whereas", "but") or a relative one ("which", "who"). */
const OWN_CLAUSE = /\b(?:while|whereas|but|although|though|which|who)\b/i;

/** Words between two weekdays that put the second before the first ("after", "since", "last"). */
const BACK_BETWEEN = /\b(?:after|since|following|last|previous|earlier|before|ago)\b/i;

/**
 * "The Nobel season continues on Tuesday with the physics prize, followed by chemistry on Wednesday and literature
 * on Thursday", told on a Monday: weekdays named one after another in a sentence, the first of them still ahead,
 * follow it in the same week ("followed by" read alone is a past, which put Wednesday and Thursday in the week gone).
 * Only a first one ahead of the publication day moves a next one before it (not the day of the telling itself).
 * Not when the words between turn back ("after", "since", "last" …).
 */
function weekdaysInTheirOrder(candidates: readonly Candidate[], base: ArticleBase, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  const { text, sentences } = base;
  const published = formatYmd(reference);
  const out = [...candidates];
  const weekday = (c: Candidate): boolean =>
    c.type === 'date' && c.stated.includes('weekday') && /^\d{4}-\d{2}-\d{2}$/.test(c.value);
  for (let i = 1; i < out.length; i++) {
    const b = out[i]!;
    const a = out[i - 1]!;
    if (!weekday(a) || !weekday(b) || a.value <= published || b.value >= published) continue;
    if (sentenceAt(sentences, a.start) !== sentenceAt(sentences, b.start)) continue;
    if (BACK_BETWEEN.test(text.slice(a.end, b.end))) continue;
    // ("Macron, who is hosting a summit from Saturday to Monday, said on Friday": nor when a past verb of saying
    // after a break tells the second.)
    if (SAID_AFTER_BREAK.test(text.slice(a.end, b.start))) continue;
    // ("Amazon is due to report on Thursday, while Microsoft posted disappointing figures on Monday": nor when a
    // clause of contrast, or a relative clause, tells the second in the past: "… for Tuesday, and FC Barcelona, which
    // played its match behind closed doors on Sunday, …".)
    if (OWN_CLAUSE.test(text.slice(a.end, b.start)) && tenseAround(text, b.start, b.end) === 'past') continue;
    const from = parseYmd(a.value);
    const to = parseYmd(b.value);
    if (!from || !to) continue;
    const step = ((daysBetween(from, to) % 7) + 7) % 7;
    if (step === 0) continue;
    out[i] = { ...b, value: formatYmd(addDays(from, step)) };
  }
  return out;
}

/**
 * "Spirit fell silent in 2010, but Opportunity is still operating more than eight years later": a count "later"
 * told in a clause that does not look ahead cannot reach past the publication day (2018, told in 2012); counted
 * from the wrong date, it names no date at all, and is left out.
 */
function countsNotAhead(
  candidates: readonly Candidate[],
  text: string,
  sentences: readonly Span[],
  reference: Ymd | null,
): Candidate[] {
  if (!reference) return [...candidates];
  const year = String(reference.year);
  return candidates.filter(
    (c) =>
      !(
        c.type === 'date' &&
        /^\d{4}/.test(c.value) &&
        c.value.slice(0, 4) > year &&
        /\blater$/i.test(text.slice(c.start, c.end)) &&
        tenseAround(text, c.start, c.end) !== 'future' &&
        !FUTURE_AHEAD_BEFORE.test(text.slice(sentences[sentenceAt(sentences, c.start)]?.start ?? c.start, c.start))
      ),
  );
}

/** A future in the words before a date ("will", "is to", "plans to"), which a count "later" may run ahead with. */
const FUTURE_AHEAD_BEFORE = /\b(?:will|would|shall|is to|are to|plans? to|expects? to|is due|are due|scheduled)\b/i;

/**
 * "More than four decades later, in 2006, Yamanaka discovered …": a count "later" or "earlier" that the date right
 * after it restates ("in 2006") is that date; counted alone it gave 2002, a second date for one happening.
 */
function countsRestated(candidates: readonly Candidate[], text: string): Candidate[] {
  // A date written out, not counted: with its year, month, day or weekday stated.
  const written = (d: Candidate | undefined): d is Candidate =>
    d !== undefined &&
    d.type === 'date' &&
    ['year', 'month', 'day', 'weekday'].some((k) => d.stated.includes(k)) &&
    !/\b(?:later|earlier|afterwards|before|ago)$/i.test(text.slice(d.start, d.end));
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    const prev = candidates[i - 1];
    if (c.type !== 'date' || !/\b(?:later|earlier|afterwards|before)$/i.test(text.slice(c.start, c.end))) return c;
    // ("three weeks earlier, on June 28": a day too.)
    if (written(next) && /^,?\s+(?:in|on)\s+$/i.test(text.slice(c.end, next.start)))
      return { ...c, value: next.value, range: next.range ?? null };
    // "was completed only on Sunday, more than two months later": so a count set off right after the date it
    // restates.
    if (
      written(prev) &&
      /^,\s+(?:(?:more|less)\s+than\s+|some\s+|about\s+|nearly\s+|almost\s+|just\s+|only\s+)?$/i.test(
        text.slice(prev.end, c.start),
      )
    )
      return { ...c, value: prev.value, range: prev.range ?? null };
    return c;
  });
}

/** The most days before the publication day a mishap named by its day alone is placed in the year before. */
const RECENT_MISHAP_DAYS = 92;

/** Right after a date, a mishap's noun and the year written after it ("attacks in 2001"), the year captured. */
const MISHAP_YEAR_AFTER = new RegExp(`${MISHAP_AFTER.source}\\s+(?:in|of)\\s+(\\d{4})\\b`, 'i');

/**
 * "the Al-Qaeda leader behind the September 11 attacks": a mishap named by its day, with no year in the article's
 * words before it, is a name its day has become; whose year is meant can be told only when the day is recent (the
 * nearest such day before the publication, within three months). Older, its year is unknown, and it is dropped
 * rather than dated a year it may not be in. Yet the year of its clause ("toppled in 2001 after the September 11
 * attacks", read by yearsOfTheClause) places it: `placed` holds each candidate as that pass left it; and so does a
 * year right after its noun ("the September 11 attacks in 2001").
 */
function unknownYearsOfMishaps(
  kept: readonly Candidate[],
  placed: readonly Candidate[],
  text: string,
  reference: Ymd | null,
): Candidate[] {
  if (!reference) return [...placed];
  const out: Candidate[] = [];
  placed.forEach((c, i) => {
    const day = parseYmd(c.value);
    const named =
      c === kept[i] &&
      c.type === 'date' &&
      day !== null &&
      c.inferred.includes('year') &&
      c.stated.includes('day') &&
      /\b(?:the|its|their|this|that)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)) &&
      MISHAP_AFTER.test(text.slice(c.end, c.end + 20));
    // ("after the September 11 attacks in 2001": the year written right after the mishap's noun is its own.)
    const year = named ? MISHAP_YEAR_AFTER.exec(text.slice(c.end, c.end + 40)) : null;
    if (year)
      out.push({ ...c, value: `${year[1]}${c.value.slice(4)}`, inferred: c.inferred.filter((k) => k !== 'year') });
    else if (!named || daysBetween(day!, reference) <= RECENT_MISHAP_DAYS) out.push(c);
  });
  return out;
}

/**
 * The years a month's year lies after the year of the date named before, when words right after the month say
 * so: "of the following year" 1, "of the previous year" −1, "that year", "of that year", "the same year" 0
 * (not "that year-on-year", nor "that year after year").
 */
function anaphoricYearStep(text: string, at: number): number | null {
  const after = text.slice(at, at + 32);
  const of = /^ of the (following|next|previous|preceding) year\b/i.exec(after);
  if (of) return /^(?:following|next)$/i.test(of[1]!) ? 1 : -1;
  return /^,?\s+(?:(?:of|in)\s+)?(?:that|the same) year\b(?![-'’]|\s+(?:after|by|on|to)\s+year)/i.test(after)
    ? 0
    : null;
}

/**
 * The days a clock time lies before a day named after it in its sentence when a count of hours "later"
 * there joins them ("broke out at 6:50 pm and was out at dawn on Tuesday, 15 hours later": 6:50 pm and
 * 15 hours reach past midnight, so the time is on the Monday), or when the time is an evening's and the day
 * a morning's; 0 otherwise.
 */
function daysBeforeLater(time: Candidate, day: Candidate, hours: readonly Candidate[], text: string): number {
  const clock = clockOf(time.value);
  if (clock === null || day.start < time.end) return 0;
  for (const h of hours) {
    const count = /^PT(\d+(?:\.\d+)?)H$/.exec(h.value);
    if (!count || h.start < time.end || !/^\s+later\b/i.test(text.slice(h.end, h.end + 8))) continue;
    return Math.floor((clock + Number(count[1]) * 60) / 1440);
  }
  // "The quake hit at 11:52 pm and was followed by aftershocks at dawn on Thursday": told in order, an evening
  // time before the morning of a day named after it is on the evening before.
  if (clock >= 18 * 60 && /TMO$/.test(day.value)) return 1;
  // ("made landfall at 3:05 pm …, before weakening to a tropical storm on Thursday morning": so an afternoon time
  // "before" (or "until") that morning.)
  if (clock >= 12 * 60 && /TMO$/.test(day.value) && /\b(?:before|until)\b/.test(text.slice(time.end, day.start)))
    return 1;
  return 0;
}

/**
 * "talks run from Monday to Wednesday": a weekday joined by "to" or "until" to a day before it is the
 * first such day after that one, whatever the tense gave it alone; so is one joined by "and" or "or" ("Schools
 * cancelled outdoor activities on Thursday and Friday", published on the Thursday: the Friday after it).
 */
function weekdayRanges(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (
      !a.stated.includes('weekday') ||
      !b.stated.includes('weekday') ||
      !/^\s*(?:to|until|till|through|-|–|and|or)\s*$/i.test(text.slice(a.end, b.start))
    )
      continue;
    const [from, to] = [parseYmd(a.value), parseYmd(b.value)];
    if (!from || !to || b.value.slice(0, 10) > a.value.slice(0, 10)) continue;
    const gap = (dayOfWeek(to) - dayOfWeek(from) + 7) % 7 || 7;
    out[i] = { ...b, value: formatYmd(addDays(from, gap)) + b.value.slice(10) };
  }
  return out;
}

/**
 * The days a count of days or weeks "after" something lies from it (ahead), or "before" it (back), or null.
 * @example countedDays('two', 'days', 'after') // 2
 * @example countedDays('a', 'week', 'before') // -7
 */
function countedDays(count: string, unit: string, direction: string): number | null {
  const n = /^an?$/i.test(count) ? 1 : readNumber(count);
  if (n === null || !Number.isInteger(n)) return null;
  return n * (/^week/i.test(unit) ? 7 : 1) * (/^after$/i.test(direction) ? 1 : -1);
}

/**
 * "will publish a report on Tuesday afternoon, two days after the vote": a weekday that says how many days it
 * lies after (or before) an event is counted from the last day named before it that falls so many days earlier
 * (or later) and whose sentence names that event (the vote: "Voters … will elect a new parliament on Sunday"),
 * whatever the tense gave it alone.
 */
function weekdaysCountedFromDays(candidates: readonly Candidate[], base: ArticleBase): Candidate[] {
  const { text, sentences } = base;
  const out = [...candidates];
  const count = new RegExp(
    `^,?\\s+(?:some\\s+|just\\s+)?(${NUMBER_SOURCE}|a) (days?|weeks?) (after|before) (?:the |his |her |its |their |a )?(\\p{L}{3,})`,
    'iu',
  );
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    if (!c.stated.includes('weekday') || !DAY_VALUE.test(c.value)) continue;
    const m = count.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const days = countedDays(m[1]!, m[2]!, m[3]!);
    if (days === null) continue;
    const event = new RegExp(`\\b${m[4]!.toLowerCase().slice(0, 4)}`, 'i');
    const own = parseYmd(c.value)!;
    for (let k = i - 1; k >= 0; k--) {
      const d = out[k]!;
      const from = parseYmd(d.value);
      if (d.type !== 'date' || !DAY_VALUE.test(d.value) || !from || dayOfWeek(addDays(from, days)) !== dayOfWeek(own))
        continue;
      const sentence = sentences[sentenceAt(sentences, d.start)];
      if (!sentence || !event.test(text.slice(sentence.start, sentence.end))) continue;
      out[i] = { ...c, value: formatYmd(addDays(from, days)) + c.value.slice(10) };
      break;
    }
  }
  return out;
}

/**
 * "between 11 pm and 2 am", "from 10 pm to 4 am": the second clock of a pair that reads earlier than the first is
 * on the next day, when both were given the same day.
 */
function timeRangesPastMidnight(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  for (let i = 1; i < out.length; i++) {
    // ("from 10 p.m. (2000 GMT) to 4 a.m.": past the zoned twin in brackets, to the local clock before it.)
    const twinBetween = i >= 2 && ZONED_VALUE.test(out[i - 1]!.value) && !ZONED_VALUE.test(out[i]!.value);
    const [a, b] = [out[twinBetween ? i - 2 : i - 1]!, out[i]!];
    if (
      a.type !== 'time' ||
      b.type !== 'time' ||
      !b.inferred.includes('day') ||
      a.value.slice(0, 10) !== b.value.slice(0, 10)
    )
      continue;
    // (An abbreviation's full stop may close the first: "from 10 p.m. to 4 a.m.")
    if (
      !/^\.?\s*(?:\([^()]*\)\s*)?(?:and|to|until|till|-|–)\s*$/i.test(text.slice(a.end, b.start)) ||
      ZONED_VALUE.test(a.value) !== ZONED_VALUE.test(b.value)
    )
      continue;
    const [from, to] = [clockOf(a.value), clockOf(b.value)];
    const day = parseYmd(b.value);
    if (from === null || to === null || !day || to >= from) continue;
    out[i] = { ...b, value: formatYmd(addDays(day, 1)) + b.value.slice(10) };
  }
  return out;
}

/** Words after a day that are no noun it dates ("the May 7 and 8 talks", "the 12th, when …"). */
const NO_NOUN_AFTER_DAY = new Set(
  'a an and the to of in on at by for or as until till through when after before that which with from into was were is are had has'.split(
    ' ',
  ),
);

/** "the previous eruption on", "an earlier attack of": an earlier happening of a kind, dated right after. */
const EARLIER_ONE_BEFORE = /\b(?:previous|earlier|prior|last)\s+(?:[\p{Ll}-]+\s+){0,2}(?:on|of)\s+$/u;

/** Whether a date opens or closes a stretch: "from [August 24] to …", "from … to [September 24]". */
function stretchEnd(text: string, d: Span): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, d.end + 40);
  return (
    (/\b(?:from|between)\s+$/i.test(before) && /^\s+(?:to|until|till|through|and)\s/i.test(after)) ||
    /\b(?:from|between)\s+[^,;.]{1,30}?\s+(?:to|until|till|through|and)\s+$/i.test(before)
  );
}

/** A clock time without a stated day takes the day named in its sentence (with a part of the day or not), if any. */
function timesOnTheirDay(candidates: readonly Candidate[], sentences: readonly Span[], text: string): Candidate[] {
  const daysBySentence = new Map<number, Candidate[]>();
  const hoursBySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const hours = c.type === 'duration' && /^PT[\d.]+H$/.test(c.value);
    // "warned on Thursday afternoon, and the storm hit before 9:00 pm": a day with its part of the day is a day.
    if (!hours && (c.type !== 'date' || !DAY_OR_PART.test(c.value))) continue;
    const s = sentenceAt(sentences, c.start);
    const map = hours ? hoursBySentence : daysBySentence;
    map.set(s, [...(map.get(s) ?? []), c]);
  }
  // "left at 12:41 am on Saturday (1641 GMT Friday) and was due to land at 6:30 am": the day written with a zoned
  // clock time is that time's alone; a local time takes the local day.
  const zoneDays = new Set(
    candidates.filter((d, i) => {
      const before = candidates[i - 1];
      return before?.type === 'time' && ZONED_VALUE.test(before.value) && dayRightAfter(text, before, d);
    }),
  );
  return candidates.map((c) => {
    if (c.type !== 'time' || !c.inferred.includes('day')) return c;
    const s = sentenceAt(sentences, c.start);
    let best: Candidate | null = null;
    const days = daysBySentence.get(s) ?? [];
    const toldPast = days.length > 0 && tenseAround(text, c.start, c.end) === 'past';
    for (const other of days) {
      // ("began at around 6:00 am …, the same area as the previous eruption on January 14": the day of an earlier
      // happening of the same kind is not the time's.)
      if (EARLIER_ONE_BEFORE.test(text.slice(Math.max(0, other.start - 40), other.start))) continue;
      if (zoneDays.has(other) && !ZONED_VALUE.test(c.value)) continue;
      // ("told a news conference, which began at 1:30 pm, that the rate would move …, effective from Wednesday": a
      // day told ahead is not the day of a time told in the past.)
      if (toldPast && tenseAround(text, other.start, other.end) === 'future') continue;
      // ("touched down … at 0531 GMT, after a journey of 567 million kilometres since its launch … on November 26
      // last year": a day after the time, past "after", "since" or "following", is another happening's.)
      if (other.start > c.end && /\b(?:after|since|following)\b/i.test(text.slice(c.end, other.start))) continue;
      // ("deploying troops from August 24 to September 24, and announced the move … at 8:30 pm": a day that opens or
      // closes a stretch is no day of a time told apart from it.)
      if (
        stretchEnd(text, other) &&
        /[,;]/.test(text.slice(Math.min(c.end, other.end), Math.max(c.start, other.start)))
      )
        continue;
      if (!best || Math.abs(other.start - c.start) < Math.abs(best.start - c.start)) best = other;
    }
    if (!best) return c;
    // "died … on Saturday, two days before the news was released in a special broadcast at noon": a time past a count
    // of days "before" or "after", set against the day before it, is that many days on from it, or back.
    const counted =
      best.end <= c.start
        ? /\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(before|after)\b[^,;:()]*$/i.exec(
            text.slice(best.end, c.start),
          )
        : null;
    // (The time is the other end of the count: "two days before" it, the day named is two days back from it.)
    const span = counted ? countedDays(counted[1]!, counted[2]!, counted[3]!) : null;
    if (span !== null) return { ...c, value: formatYmd(addDays(parseYmd(best.value)!, -span)) + c.value.slice(10) };
    const back = daysBeforeLater(c, best, hoursBySentence.get(s) ?? [], text);
    const day = formatYmd(addDays(parseYmd(best.value)!, -back));
    return { ...c, value: day + c.value.slice(10) };
  });
}

/** Words of five letters or more too common to tie two sentences to one happening. */
const COMMON_WORDS = new Set(
  'about above according added after again against almost along among another around asked before being below between could during early earlier every first former further hours later least minutes months never other people since still their there these those three through today under until where which while would should weeks years night morning evening afternoon'.split(
    ' ',
  ),
);

/** The words of five letters or more in a span (and a few shorter of death), with their offsets, less the common ones. */
function contentWords(text: string, span: Span): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  // ("died", "dead", "shot": short words of a death or an attack tie two sentences to one too.)
  for (const m of text.slice(span.start, span.end).matchAll(/\p{L}{5,}|\b(?:died|dead|shot)\b/giu)) {
    const word = m[0].toLowerCase();
    if (!COMMON_WORDS.has(word)) out.push({ word, at: span.start + m.index });
  }
  return out;
}

/** "quake" and "earthquake", "eruption" and "erupted": one holds the other, or they differ only in a short ending. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // (A short word only itself: "shot" is not "shortage", nor "dead" "deadline".)
  if (short.length < 5) return short === long;
  if (long.includes(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= Math.max(5, short.length - 3);
}

/** A past verb of speaking in a clause before a clock time. */
const SPOKE_BEFORE = /\b(?:spoke|said|told|announced|addressed|briefed|tweeted|wrote|added|confirmed|declared)\b/i;

/** Whether words after a verb of telling hold a past of their own ("said the attack began at"). */
const reportsPast = (words: string): boolean =>
  words
    .split(/\s+/)
    .slice(1)
    .some((w) => isIrregularPast(w.toLowerCase()) || /^\p{Ll}{3,}ed$/u.test(w));

/** A past verb of telling, then a few words without a break, then "at" (a clock time follows). */
const TELLING_AT = /\b(?:told|said|announced|tweeted|wrote)\b[^.;:,"“”]{0,40}\s(?:at|around|about)\s+$/;

/**
 * "A volcano erupted late on Monday. … The eruption began at 10:17 pm": a clock time told in the past
 * whose sentence names no day happened on a day named before, not on the publication day. The day is
 * the one named nearest a word the time's sentence shares (a stem of five letters or more) in the lead
 * or the three paragraphs up to the time's own; else the day named last in its own or the previous
 * paragraph. Only a day before the publication day moves the time ("met on Tuesday [the publication
 * day] … at 1100 GMT" stays).
 */
function timesOnEarlierDay(candidates: readonly Candidate[], base: ArticleBase, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  const { text, sentences } = base;
  // ("The bomb exploded at 3:26 pm on Friday. … Police reached the island at 6:25 pm": a clock time said with its day
  // names that day as a day named alone does.)
  const days = candidates.filter(
    (c) =>
      (c.type === 'date' && DAY_OR_PART.test(c.value)) ||
      (c.type === 'time' &&
        /^\d{4}-\d{2}-\d{2}T\d/.test(c.value) &&
        (!c.inferred.includes('day') || c.stated.includes('weekday'))),
  );
  // ("had been stuck across the canal since March 23, when it ran aground. … was pulled free at around 3:00 pm":
  // a day after "since" starts a stretch; no time later in the story is told on it.)
  const told = days.filter(
    (d) => !reportingDay(text, d) && !SINCE_RIGHT_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)),
  );
  // "Police made 300 arrests on New Year's Eve. The ministry said on Wednesday that 41 officers had been injured.
  // Most incidents took place between 11 pm and 2 am": a day that dates a saying before "that" gives way to
  // another day named before; with none, it stays the antecedent ("said on Sunday that … He resigned at 11 pm").
  const saying = new Set(
    told.filter(
      (d) =>
        REPORTED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) &&
        /^,?\s+that\b/.test(text.slice(d.end, d.end + 8)),
    ),
  );
  // Each day's sentence and paragraph, found once (a long article has thousands of times and days).
  const daySentence = new Map(days.map((d) => [d, sentenceAt(sentences, d.start)]));
  const paragraphOf = (d: Candidate): number | null => sentences[daySentence.get(d) ?? -1]?.paragraph ?? null;
  const sentencesWithDays = new Set(daySentence.values());
  // (Not a day inside a relative clause, an aside's: "Naruhito, 59, who ascended the throne on May 1, …" does not
  // date "the ritual, which began at 1 p.m.", told of the story's own day.)
  // ("The justices ruled to uphold the impeachment motion passed by parliament on December 9. … the verdict, broadcast
  // at 11:21 am": nor one a participle after a noun places, once a past verb of the sentence came before it.)
  const asides = new Set(
    told.filter((d) => {
      const before = text.slice(sentences[daySentence.get(d)!]?.start ?? d.start, d.start);
      if (/\b(?:who|which)\b[^,;:()]*$/.test(before)) return true;
      const reduced = REDUCED_BEFORE_DAY.exec(before);
      return reduced !== null && pastSentenceBefore(before.slice(0, reduced.index));
    }),
  );
  // "won Thursday's referendum", "in the November 8 run-off": a day that dates a noun is that thing's day; a time
  // later in the story is on it only when its sentence names the thing again ("the referendum closed at 10 pm").
  const modifiedNoun = new Map<Candidate, string[]>();
  for (const d of told) {
    const after = text.slice(d.end, d.end + 40);
    const words =
      /^['’]s\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after) ??
      (/\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 5), d.start))
        ? /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after)
        : null);
    // (The noun, or an adjective and the noun: "Thursday's presidential election".)
    if (words?.[1] && !NO_NOUN_AFTER_DAY.has(words[1]))
      modifiedNoun.set(
        d,
        words.slice(1).filter((w): w is string => w !== undefined && !NO_NOUN_AFTER_DAY.has(w)),
      );
  }
  const published = formatYmd(reference);
  return candidates.map((c) => {
    // "closed at 8:00 pm on Sunday" is one expression (joinTimeAndDay): its weekday is its day.
    if (
      c.type !== 'time' ||
      !c.inferred.includes('day') ||
      c.stated.includes('weekday') ||
      c.value.startsWith(OPEN_DAY)
    )
      return c;
    const index = sentenceAt(sentences, c.start);
    const sentence = sentences[index];
    if (!sentence || sentence.paragraph === null || sentencesWithDays.has(index)) return c;
    const tense = tenseAround(text, c.start, c.end);
    if (tense !== 'past' && !(tense === 'unknown' && pastSentenceBefore(text.slice(sentence.start, c.start)))) return c;
    // "Brunner told analysts on a conference call at 1300 GMT": the time of a telling is the story's own day.
    // (Not a clause the telling reports, with a past of its own: "Cazeneuve said the attack began at 10:40 pm".)
    const telling = TELLING_AT.exec(text.slice(Math.max(sentence.start, c.start - 60), c.start));
    if (telling && !reportsPast(telling[0])) return c;
    const own = sentence.paragraph;
    const earlier = told.filter((d) => {
      const p = paragraphOf(d);
      return d.end <= c.start && p !== null && (p === 0 || p >= own - 3) && !asides.has(d);
    });
    const words = contentWords(text, sentence);
    const earlierOwn = earlier.filter((d) => {
      const nouns = modifiedNoun.get(d);
      return nouns === undefined || words.some((x) => nouns.some((noun) => sameStem(x.word, noun)));
    });
    const antecedentAmong = (candidatesBefore: readonly Candidate[]): Candidate | null => {
      // The last sentence sharing a word; in it, the day nearest a shared word ("the earthquake that struck on
      // Monday rose above 20,000 on Thursday").
      let found: Candidate | null = null;
      let holderIndex = -1;
      let tie = Infinity;
      for (const d of candidatesBefore) {
        const at = daySentence.get(d) ?? -1;
        const holder = sentences[at];
        if (!holder) continue;
        for (const w of contentWords(text, holder)) {
          if (!words.some((x) => sameStem(x.word, w.word))) continue;
          const distance = Math.abs(w.at - d.start);
          if (at > holderIndex || distance < tie) [found, holderIndex, tie] = [d, at, distance];
        }
      }
      const near = found ?? candidatesBefore.filter((d) => (paragraphOf(d) ?? -1) >= own - 1).pop();
      if (near) return near;
      // (Else the lead's day, when the lead names one only: "The plane that crashed in the French Alps on Tuesday …
      // Flight 4U 9525 took off from Barcelona at 10:01 am". Not for a saying, the story's own day's doing: "The fire
      // broke out on Sunday. … The minister spoke at 4:00 pm".)
      if (SPOKE_BEFORE.test(text.slice(sentence.start, c.start))) return null;
      const lead = candidatesBefore.filter((d) => paragraphOf(d) === 0);
      return lead.length === 1 ? lead[0]! : null;
    };
    const antecedent =
      (saying.size ? antecedentAmong(earlierOwn.filter((d) => !saying.has(d))) : null) ?? antecedentAmong(earlierOwn);
    const day = antecedent && parseYmd(antecedent.value);
    if (!day || formatYmd(day) >= published) return c;
    // ("The band split up on Sunday. … posted shortly after midnight": past the midnight that ends the day named.)
    if (/^midnight$/i.test(text.slice(c.start, c.end)) && c.value.endsWith('T00:00'))
      return { ...c, value: `${formatYmd(day)}T24:00` };
    // "battered the coast overnight … made landfall at 3:45 am": the small hours of a night are on the next day.
    // (So after an evening: "tore through the cathedral on Monday evening … brought under control at about 3:30 am".)
    // (Or after a clock time of the evening: "exploded at 9:40 pm on Friday … arrested at 2:00 am".)
    const late = /T(?:NI|EV)$/.test(antecedent?.value ?? '') || (clockOf(antecedent?.value ?? '') ?? 0) >= 18 * 60;
    const smallHours = late && Number(c.value.slice(11, 13)) < 7 ? 1 : 0;
    const shift = daysBetween(reference, day) + smallHours;
    const stated = parseYmd(c.value);
    return stated ? { ...c, value: formatYmd(addDays(stated, shift)) + c.value.slice(10) } : c;
  });
}

/**
 * "appeared to be largely holding on Tuesday … after it came into effect at midnight" (told on Tuesday): a midnight
 * told in the past on the publication day is the one that opened it (T00:00), not the one ending it, still ahead.
 */
function pastMidnightOfToday(candidates: readonly Candidate[], text: string, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  const today = formatYmd(reference);
  return candidates.map((c) =>
    c.type === 'time' &&
    c.value === `${today}T24:00` &&
    /^midnight$/i.test(text.slice(c.start, c.end)) &&
    !/\b(?:before|until|till|by|towards?|approaching|near)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
    tenseAround(text, c.start, c.end) === 'past'
      ? { ...c, value: `${today}T00:00` }
      : c,
  );
}

/**
 * With no publication date, a clock time whose sentence names no day ("at 11:30 pm the officer
 * ordered …") takes the date named last before it, if that is a day; otherwise it is dropped.
 */
function timesAfterTheirDay(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let last: Candidate | null = null;
  for (const c of candidates) {
    if (c.type === 'time' && c.value.startsWith(OPEN_DAY)) {
      if (last && DAY_VALUE.test(last.value)) {
        // "shortly before midnight on 14 April … arrived at about 4:00 am": told in order, a clock time
        // earlier than the one named before it is on the next day.
        const day = parseYmd(last.value);
        const clock = /T(\d{2}:\d{2})/.exec(last.value)?.[1];
        const next = day && clock && c.value.slice(11, 16) < clock;
        out.push({ ...c, value: (next ? formatYmd(addDays(day, 1)) : last.value.slice(0, 10)) + c.value.slice(10) });
      }
      continue;
    }
    if ((c.type === 'date' || c.type === 'time') && /^\d{4}/.test(c.value)) last = c;
    out.push(c);
  }
  return out;
}

/**
 * With no publication date, a date named without a year ("on 14 April", "in May") takes the year of the
 * date named last before it; with none, it is dropped.
 */
function yearsFromTheDateBefore(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let year: string | null = null;
  for (const c of candidates) {
    // (Not a weekday's frequency, "every Saturday" (XXXX-WXX-6), which has no year.)
    if (c.type !== 'set' && c.value.startsWith(OPEN_YEAR) && !c.value.startsWith(OPEN_DAY)) {
      if (year) out.push({ ...c, value: year + c.value.slice(4) });
      continue;
    }
    if ((c.type === 'date' || c.type === 'time') && /^\d{4}/.test(c.value)) year = c.value.slice(0, 4);
    out.push(c);
  }
  return out;
}

/** Whether `day` is a plain day written right after `time`, with only spaces or "on" between ("0055 GMT Thursday"). */
function dayRightAfter(text: string, time: Candidate, day: Candidate | undefined): day is Candidate {
  return !!day && /^\d{4}-\d{2}-\d{2}$/.test(day.value) && /^\s+(?:on\s+)?$/.test(text.slice(time.end, day.start));
}

/** The local clock a zoned time is written in, as `Thh:mm` ("10:00 pm ET" → "T22:00"), or null for a 24-hour GMT. */
function localClock(written: string): string | null {
  const m = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b/i.exec(written);
  if (!m) return null;
  const hour = (Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
  return `T${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** "12:00 UTC Monday": a clock time directly followed by its day is one expression. */
function joinTimeAndDay(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (!c) continue;
    if (c.type === 'time' && c.inferred.includes('day') && dayRightAfter(text, c, next)) {
      // ("10:00 pm ET the previous Friday": the day is the local clock's; written in GMT the time may fall on the next.)
      const local = ZONED_VALUE.test(c.value) ? localClock(text.slice(c.start, c.end)) : null;
      const shift = local ? (twinDayShift(local, c.value) ?? 0) : 0;
      const day = shift ? formatYmd(addDays(parseYmd(next.value)!, shift)) : next.value;
      out.push({
        ...c,
        end: next.end,
        value: day + c.value.slice(10),
        stated: [...next.stated, ...c.stated],
        // ("at 1500 GMT the same day", "at 0800 GMT the next day": the day after it was found already, from the
        // day named before, and is the expression's own; no later rule moves it to another.)
        inferred: next.inferred.filter((k) => k !== 'day'),
      });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * "won the final on Sunday … fans poured into the streets overnight": told in the past, "overnight" is
 * the night of the last day named before it that is before the publication day (nor opens a span with
 * "since") in its paragraph or the one before; with none, or the publication day itself, the night before the
 * publication day (as read by the recogniser). A day that dates the telling after it in its sentence puts it on
 * the night before that day.
 */
function overnightOnDayBefore(candidates: readonly Candidate[], text: string, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  const published = formatYmd(reference);
  const nightBefore = `${formatYmd(addDays(reference, -1))}TNI`;
  let last: { day: string; end: number } | null = null;
  return candidates.map((c, i) => {
    if (c.value === nightBefore && /^overnight$/i.test(text.slice(c.start, c.end))) {
      // "were evacuated overnight, officials said early Friday": the night before the day of the telling.
      const next = candidates[i + 1];
      if (
        next &&
        next.type === 'date' &&
        DAY_VALUE.test(next.value) &&
        !/[.!?]/.test(text.slice(c.end, next.start)) &&
        reportingDay(text, next)
      )
        return { ...c, value: `${formatYmd(addDays(parseYmd(next.value)!, -1))}TNI` };
      // (Only a day of the same paragraph or the one before: three paragraphs on, the story has moved on.)
      const near = last !== null && (text.slice(last.end, c.start).match(/\n\s*\n/g)?.length ?? 0) <= 1;
      // ("took control on Wednesday … after soldiers seized the broadcaster overnight", told on Wednesday: the night
      // of the publication day is still ahead of the telling; the night before it is meant.)
      return last && near && last.day !== published ? { ...c, value: `${last.day}TNI` } : c;
    }
    // "has burned since it broke out on Sunday": a day that opens a span up to now is no night's day.
    if (
      c.type === 'date' &&
      DAY_VALUE.test(c.value) &&
      c.value.slice(0, 10) <= published &&
      !/\bsince\b[^,.;:!?]*$/i.test(text.slice(Math.max(0, c.start - 60), c.start))
    )
      last = { day: c.value.slice(0, 10), end: c.end };
    return c;
  });
}

/**
 * "on Sunday, March 3", "Friday 14 June": a weekday written with its date is that date (the weekday alone was
 * placed near the publication day). When the date's year was inferred and the weekday falls on it in the year
 * before or after instead, that year is meant ("Sunday, March 3" in a story of 2025 is 2024's). A weekday that
 * falls on neither is left as it is.
 */
function weekdaysOfTheirDates(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i]!;
    const next = out[i + 1]!;
    const name =
      /^(?:on\s+)?(\p{L}+)(?:\s+(?:morning|afternoon|evening|night))?$/iu
        .exec(text.slice(c.start, c.end))?.[1]
        ?.toLowerCase() ?? '';
    const weekday = weekdayIndex(name);
    const day = parseYmd(next.value);
    if (
      weekday < 0 ||
      !DAY_OR_PART.test(c.value) ||
      !day ||
      !/^\d{4}-\d{2}-\d{2}$/.test(next.value) ||
      !/^,?\s+(?:the\s+)?$/.test(text.slice(c.end, next.start)) ||
      // "on Friday, Saturday and Sunday": a list of weekdays, not one with its date.
      weekdayIndex(/^\p{L}+/u.exec(text.slice(next.start, next.end))?.[0] ?? '') >= 0
    )
      continue;
    const years = next.inferred.includes('year') ? [0, -1, 1] : [0];
    const shift = years.find((d) => dayOfWeek({ ...day, year: day.year + d }) === weekday);
    if (shift === undefined) continue;
    const value = formatYmd({ ...day, year: day.year + shift });
    out[i] = { ...c, value: value + c.value.slice(10) };
    if (shift !== 0) out[i + 1] = { ...next, value };
  }
  return out;
}

/**
 * "in the fiscal second quarter ended Sept. 30", "the first quarter to March 31, 2024": a quarter named with the
 * month (or day) it ends on is the calendar quarter that month closes, whatever the company's own count of its
 * quarters ("fiscal second" is July to September for a year starting in April). Not a month that closes no
 * quarter, nor one that is not right after "ended", "ending", "to" or "through".
 */
function quartersByTheirEnd(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c, i) => {
    // "in the three months to March 31, the company's fiscal third quarter": so a fiscal quarter set off after
    // the period it names, ended by such a month.
    const before = candidates[i - 1];
    const ended = before && /^\d{4}-(\d{2})-\d{2}$/.exec(before.value)?.[1];
    if (
      before &&
      ended &&
      Number(ended) % 3 === 0 &&
      c.type === 'date' &&
      /^\d{4}-Q[1-4]$/.test(c.value) &&
      /^,\s+(?:(?:the\s+)?[\p{L}.-]+['’]s\s+|its\s+|their\s+|the\s+)?fiscal\s+$/iu.test(text.slice(before.end, c.start))
    )
      return {
        ...c,
        value: `${before.value.slice(0, 4)}-Q${Number(ended) / 3}`,
        inferred: [...new Set([...c.inferred, 'year'])],
      };
    const next = candidates[i + 1];
    const month = next && /^\d{4}-(\d{2})(?:-\d{2})?$/.exec(next.value)?.[1];
    if (
      !next ||
      !month ||
      Number(month) % 3 !== 0 ||
      c.type !== 'date' ||
      !/^\d{4}-Q[1-4]$/.test(c.value) ||
      !/^\s+(?:ended|ending|to|through)\s+(?:on\s+)?$/i.test(text.slice(c.end, next.start))
    )
      return c;
    return {
      ...c,
      value: `${next.value.slice(0, 4)}-Q${Number(month) / 3}`,
      inferred: [...new Set([...c.inferred, 'year'])],
    };
  });
}

/**
 * "for the seventh time since December", written in November: a month after "since" (and a part of it) is
 * before the telling, in the year before when it is still to come in the publication year.
 */
function monthsSinceBefore(candidates: readonly Candidate[], text: string, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  return candidates.map((c) => {
    const month = /^(\d{4})-(\d{2})$/.exec(c.value);
    if (
      !month ||
      c.type !== 'date' ||
      !c.inferred.includes('year') ||
      Number(month[1]) !== reference.year ||
      Number(month[2]) <= reference.month ||
      !SINCE_RIGHT_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))
    )
      return c;
    const value = `${reference.year - 1}-${month[2]}`;
    return { ...c, value, range: c.range ? { ...c.range, start: value } : c.range };
  });
}

/**
 * "since March 31 last year", "on 4 June next year", "in the third quarter last year": a day and month (or a
 * quarter, a half) with its year named right after it is in that year (a day with no year is otherwise placed near
 * the publication date). The two stay two expressions, as the eval gold marks them ("March 11" and "this year").
 */
function daysOfNamedYears(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = candidates.map((c, i) => {
    const next = candidates[i + 1];
    if (
      !next ||
      c.type !== 'date' ||
      !(
        (/^\d{4}-\d{2}-\d{2}$/.test(c.value) && c.stated.includes('day')) ||
        /^\d{4}-(?:Q[1-4]|H[12])$/.test(c.value)
      ) ||
      !c.inferred.includes('year') ||
      !/^\d{4}$/.test(next.value) ||
      !/^,?\s+$/.test(text.slice(c.end, next.start)) ||
      !/^(?:last|next|this) year$/i.test(text.slice(next.start, next.end))
    )
      return c;
    return { ...c, value: next.value + c.value.slice(4), inferred: c.inferred.filter((k) => k !== 'year') };
  });
  // "from 3 to 5 June last year", "June 3-5 last year": the first day of a pair is in the year of the second.
  for (let i = out.length - 1; i > 0; i--) {
    const [first, second] = [pairedBefore(out, i, text), out[i]!];
    if (second !== candidates[i] && first?.type === 'date' && first.inferred.includes('year'))
      out[i - 1] = { ...first, value: second.value.slice(0, 4) + first.value.slice(4), inferred: second.inferred };
  }
  return out;
}

/**
 * "on Wednesday last week", "Tuesday of next week", "on Wednesday and Thursday last week": a weekday with its week
 * named right after it is that week's day (alone, it would be the nearest such day), and so is the first of a pair
 * joined to it. The two stay two expressions, as a day and its year do.
 */
function weekdaysOfNamedWeeks(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  const dayOfWeekIn = (c: Candidate, week: Candidate): Candidate => {
    const monday = parseYmd(intervalOf(week.value)?.start.slice(0, 10) ?? '');
    const day = parseYmd(c.value);
    if (!monday || !day) return c;
    return { ...c, value: formatYmd(addDays(monday, (dayOfWeek(day) + 6) % 7)) + c.value.slice(10) };
  };
  for (let i = out.length - 1; i > 0; i--) {
    const [day, week] = [out[i - 1]!, out[i]!];
    if (
      !/^\d{4}-W\d{2}$/.test(week.value) ||
      !/^(?:last|next|this) week$/i.test(text.slice(week.start, week.end)) ||
      !day.stated.includes('weekday') ||
      !DAY_VALUE.test(day.value) ||
      !/^,?\s+(?:of\s+)?$/i.test(text.slice(day.end, week.start))
    )
      continue;
    out[i - 1] = dayOfWeekIn(day, week);
    const first = pairedBefore(out, i - 1, text);
    if (first?.stated.includes('weekday')) out[i - 2] = dayOfWeekIn(first, week);
  }
  return out;
}

/** What joins the two days of a pair: "3-5 June", "June 3 to 5", "between 10 and 12 March". */
const PAIR_JOINT = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;

/** The day right before `at` that is the first of a pair with it ("3-5 June", "Wednesday and Thursday"), if any. */
function pairedBefore(candidates: readonly Candidate[], at: number, text: string): Candidate | undefined {
  const [first, second] = [candidates[at - 1], candidates[at]];
  return first && second && DAY_VALUE.test(first.value) && PAIR_JOINT.test(text.slice(first.end, second.start))
    ? first
    : undefined;
}

/**
 * "on the evening of April 15, 2019": a day after "the morning/afternoon/evening/night of" is one
 * expression with the part of the day.
 */
function partsOfNamedDays(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) return c;
    const part = /\b(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+$/i.exec(
      text.slice(Math.max(0, c.start - 40), c.start),
    );
    if (!part) return c;
    return { ...c, start: c.start - part[0].length, value: `${c.value}T${PART_OF_DAY[part[1]!.toLowerCase()]!}` };
  });
}

/** Between a local clock time and the same instant in another zone: "9:55 pm local time (", "10 am Chilean time (". */
const TWIN_GAP = /^\s*(?:(?:local|\p{Lu}\p{L}*)(?:\s+time)?\s*)?\(\s*$/u;

/** Minutes since midnight of a value's clock ("2010-10-13T21:55" → 1315), or null. */
function clockOf(value: string): number | null {
  const m = /T(\d\d):(\d\d)/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The days a zoned clock time lies after its local twin ("9:55 pm local time (0055 GMT)" → 1): the
 * zone's offset is taken as the one between −12 and +12 hours that the two clocks imply.
 */
function twinDayShift(local: string, zoned: string): number | null {
  const [l, z] = [clockOf(local), clockOf(zoned)];
  if (l === null || z === null) return null;
  let offset = (l - z) % 1440;
  if (offset > 720) offset -= 1440;
  if (offset <= -720) offset += 1440;
  return Math.floor((l - offset) / 1440);
}

interface Twin {
  local: number;
  zoned: number;
  /** A weekday stated with the zoned time ("0055 GMT Thursday"), or -1. */
  weekday: number;
  shift: number;
}

/**
 * "emerged at 9:55 pm local time (0055 GMT Thursday)": a clock time with no zone and, in parentheses
 * right after it (after the local time's own day, if any), the same instant in a stated zone.
 */
function zoneTwins(candidates: readonly Candidate[], text: string): Twin[] {
  const twins: Twin[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const local = candidates[i]!;
    if (local.type !== 'time' || ZONED_VALUE.test(local.value)) continue;
    let z = i + 1;
    const own = candidates[z];
    if (own && own.type === 'date' && /^\s+(?:on\s+)?$/.test(text.slice(local.end, own.start))) z++;
    const zoned = candidates[z];
    if (!zoned || zoned.type !== 'time' || !ZONED_VALUE.test(zoned.value)) continue;
    if (!TWIN_GAP.test(text.slice(candidates[z - 1]!.end, zoned.start))) continue;
    const shift = twinDayShift(local.value, zoned.value);
    if (shift === null) continue;
    const day = candidates[z + 1];
    const weekday = dayRightAfter(text, zoned, day) && day.stated.includes('weekday') ? z + 1 : -1;
    twins.push({ local: i, zoned: z, weekday, shift });
  }
  return twins;
}

/**
 * "at 9:55 pm local time (0055 GMT Thursday)", published on Wednesday: the weekday stated with the
 * zoned twin is the one nearest the day the local time falls on (its own day, else a day named in its
 * sentence, else the publication day), moved by the twins' day shift, and the local time takes the
 * day that weekday implies: Thursday the 14th and Wednesday the 13th, not the Thursday before.
 */
function weekdaysOfZoneTwins(candidates: readonly Candidate[], base: ArticleBase, reference: Ymd | null): Candidate[] {
  if (!reference) return [...candidates];
  const out = [...candidates];
  for (const twin of zoneTwins(candidates, base.text)) {
    if (twin.weekday < 0) continue;
    const local = out[twin.local]!;
    const stated = out[twin.weekday]!;
    const sentence = base.sentences[sentenceAt(base.sentences, local.start)];
    if (!sentence) continue;
    // The candidates are in text order: those of the sentence lie around the local time's.
    let [first, last] = [twin.local, twin.local];
    while (first > 0 && out[first - 1]!.start >= sentence.start) first--;
    while (last + 1 < out.length && out[last + 1]!.start < sentence.end) last++;
    let near: Candidate | null = null;
    for (const c of out.slice(first, last + 1)) {
      if (c === stated || c.type !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) continue;
      // ("a news conference that began at 8:25 pm (0225 GMT Tuesday), more than three months after … on August 9": a
      // day past "after", "since" or "following" is another happening's, as in timesOnTheirDay.)
      if (c.start > local.end && /\b(?:after|since|following)\b/i.test(base.text.slice(local.end, c.start))) continue;
      if (!near || Math.abs(c.start - local.start) < Math.abs(near.start - local.start)) near = c;
    }
    const localDay = (near && parseYmd(near.value)) ?? reference;
    const guess = addDays(localDay, twin.shift);
    const weekday = dayOfWeek(parseYmd(stated.value)!);
    const back = (dayOfWeek(guess) - weekday + 7) % 7;
    // "touched down at 12:20 am (1520 GMT Friday)", published on Wednesday: a past clause takes the Friday
    // before, not the nearer one ahead (the zoned day may still be a day past the publication's).
    const tense = tenseAround(base.text, local.start, local.end);
    const [before, ahead] = [addDays(guess, -back), addDays(guess, 7 - back)];
    const day =
      tense === 'past' && formatYmd(ahead) > formatYmd(addDays(reference, 1))
        ? before
        : tense === 'future' && formatYmd(before) < formatYmd(addDays(reference, -1))
          ? ahead
          : back <= 3
            ? before
            : ahead;
    out[twin.weekday] = { ...stated, value: formatYmd(day) };
    // "struck on Tuesday at 12:51 pm (2351 GMT Monday)": the local time's own day, written right before or after it,
    // is its day when the zoned one is within a day of it; the clocks alone cannot tell a zone 13 hours ahead of
    // GMT from one 11 hours behind.
    const own =
      near &&
      (/^\s+(?:at\s+)?$/.test(base.text.slice(near.end, local.start)) ||
        /^\s+(?:on\s+)?$/.test(base.text.slice(local.end, near.start)))
        ? parseYmd(near.value)
        : null;
    const ownDay = own && Math.abs(daysBetween(own, day)) <= 1 ? own : addDays(day, -twin.shift);
    if (local.inferred.includes('day'))
      out[twin.local] = {
        ...local,
        value: formatYmd(ownDay) + local.value.slice(10),
        inferred: local.inferred.filter((k) => k !== 'day'),
      };
  }
  return out;
}

/**
 * "fled at 5:10 am (0310 GMT)", "emerged at 9:55 pm local time (0055 GMT)": a zoned clock time in
 * parentheses after a local one is the same instant, so its day is the local time's day, moved across
 * midnight when the clocks say so.
 */
function daysOfZoneTwins(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  for (const twin of zoneTwins(candidates, text)) {
    const [local, zoned] = [out[twin.local]!, out[twin.zoned]!];
    const day = parseYmd(local.value);
    if (twin.weekday >= 0 || !zoned.inferred.includes('day') || !day) continue;
    out[twin.zoned] = { ...zoned, value: formatYmd(addDays(day, twin.shift)) + zoned.value.slice(10) };
  }
  return out;
}

/**
 * Finds the time expressions of an article and resolves them against its publication date, none inside the
 * people's names given ("May's cabinet" after "Theresa May").
 * @example extractTimexes(segment('Title\n\n7 May 2013\n\nHe left on Monday.'))[0].value // '2013-05-06'
 */
export function extractTimexes(base: ArticleBase, names: readonly Span[] = []): Timex[] {
  const reference = base.published ? parseYmd(base.published) : null;
  const context: RecognizerContext = { text: base.text, reference, sentences: base.sentences };
  const found = raceTimes(
    notQuotedTitles(
      insideSentences(
        RECOGNIZERS.flatMap((recognize) => recognize(context)),
        base.sentences,
      ),
      base.text,
    ),
    base.text,
  ).filter((c) => !names.some((n) => n.start <= c.start && c.end <= n.end));
  const dated = yearsFromTheDateBefore(settleOverlaps(found));
  const years = monthsOfAnaphoricYears(
    unknownYearsOfMishaps(
      dated,
      yearsOfTheStory(yearsOfTheClause(dated, base.text, base.sentences), base.text, base.sentences, reference),
      base.text,
      reference,
    ),
    base.text,
  );
  const kept = weekdaysInTheirOrder(
    weekdaysCountedFromDays(
      weekdayRanges(
        weekdaysOfTheirDates(
          quartersByTheirEnd(
            weekdaysOfNamedWeeks(
              daysOfNamedYears(monthsSinceBefore(years, base.text, reference), base.text),
              base.text,
            ),
            base.text,
          ),
          base.text,
        ),
        base.text,
      ),
      base,
    ),
    base,
    reference,
  );
  const anaphora = [
    ...anaphoricDays(context, kept),
    ...anaphoricSteps(context, kept),
    ...anaphoricMonths(context, kept),
    ...sameUnits(context, kept),
    ...partsOfDayByLight(context, kept),
    ...eves(context, kept),
  ];
  const withAnaphora = overnightOnDayBefore(
    settleOverlaps([...kept, ...insideSentences(anaphora, base.sentences)]),
    base.text,
    reference,
  );
  const twinned = weekdaysOfZoneTwins(withAnaphora, base, reference);
  const onDays = joinTimeAndDay(timesOnTheirDay(twinned, base.sentences, base.text), base.text);
  const timed = pastMidnightOfToday(
    daysOfZoneTwins(timesAfterTheirDay(timesOnEarlierDay(onDays, base, reference)), base.text),
    base.text,
    reference,
  );
  const resolved = countsNotAhead(
    countsRestated(
      partsOfNamedDays(
        anchorRanges(timeRangesPastMidnight(timed, base.text), base.text, reference, base.sentences),
        base.text,
      ),
      base.text,
    ),
    base.text,
    base.sentences,
    reference,
  );
  return resolved.map((c, index) => {
    // "a day after workers walked off the job": a count that places a happening is counted from a day of its
    // sentence, which is its reference (the count itself stays a duration).
    const from =
      c.type === 'duration' ? offsetClauseDate(c, resolved, index, base.text, base.sentences[1])?.from : undefined;
    const counted = from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : null;
    return {
      id: `t${index + 1}`,
      start: c.start,
      end: c.end,
      text: base.text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      precision: c.type === 'date' || c.type === 'time' ? precisionOf(c.value) : null,
      stated: c.stated,
      inferred: counted ? ['year', 'month', 'day'] : c.inferred,
      reference: counted ? counted.from : c.relative && base.published ? base.published : null,
      range: c.range ?? null,
      sentence: sentenceAt(base.sentences, c.start),
    };
  });
}
