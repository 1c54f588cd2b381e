/**
 * Anchored spans: "since March 2011" runs from March 2011 to the publication date, and a duration
 * describing something still going on ("the 26-month conflict", "has been with the firm for 33
 * years") runs back from the publication date. Both become a `range` on the time expression, as do
 * two dates joined as a span ("between 2014 and 2017"). A count "later" or "earlier" than a date of
 * the same sentence ("two days later") becomes the date it names.
 */
import type { Candidate } from './candidates';
import { addDays, addMonths, formatYm, formatYmd, parseYmd, type Ymd } from './calendar';

const SINCE_BEFORE = /\bsince\s+(?:(?:the\s+)?(?:start|beginning|end|middle|turn)\s+of\s+)?$/i;
const ONGOING_BEFORE =
  /\b(?:(?:has|have)\s+(?:\w+\s+){0,5}for|for\s+the\s+(?:past|last)|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\s+$/i;
const DEFINITE_BEFORE = /\b(?:the|its|their|this)\s+$/i;

/**
 * The start of a duration counted back from a day, at the duration's own precision.
 * @example startBefore({ year: 2013, month: 5, day: 7 }, 'P26M') // '2011-03'
 */
export function startBefore(end: Ymd, duration: string): string | null {
  const m = /^P(\d+)([YMWD])$/.exec(duration);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'Y':
      return String(end.year - n);
    case 'M': {
      const ym = addMonths(end.year, end.month, -n);
      return formatYm(ym.year, ym.month);
    }
    case 'W':
      return formatYmd(addDays(end, -7 * n));
    default:
      return formatYmd(addDays(end, -n));
  }
}

const LATER = /^\s+(?:(later|afterwards|after that)|(earlier|before that))\b/i;

/**
 * "withdrew on Tuesday and had surgery two days later": a count of days, weeks, months or years after (or
 * before) a date earlier in the same sentence, or the one before, is the date it names, at the count's precision (days and
 * weeks need a day). Null for anything else.
 * @example afterAnchor(twoDays, [tuesday, twoDays], 1, text) // { ...twoDays, type: 'date', value: '2024-06-06' }
 */
function afterAnchor(c: Candidate, candidates: readonly Candidate[], index: number, text: string): Candidate | null {
  const word = LATER.exec(text.slice(c.end, c.end + 16));
  const count = /^P(\d+)([DWMY])$/.exec(c.value);
  if (!word || !count) return null;
  let anchor: Candidate | undefined;
  for (let k = index - 1; k >= 0 && !anchor; k--) {
    const a = candidates[k]!;
    if (a.type === 'date' && /^\d{4}(?:-\d{2}){0,2}$/.test(a.value)) anchor = a;
  }
  // The date may close the sentence before ("fled to Japan in 2000 …. He was arrested in Chile five years
  // later"), not one further back.
  if (
    !anchor ||
    c.start - anchor.end > 250 ||
    (text.slice(anchor.end, c.start).match(/[.!?]["”’]?\s+\p{Lu}/gu)?.length ?? 0) > 1
  )
    return null;
  const sign = word[1] ? 1 : -1;
  const n = Number(count[1]) * sign;
  const day = parseYmd(anchor.value);
  const month = /^(\d{4})-(\d{2})/.exec(anchor.value);
  let value: string | null = null;
  if (count[2] === 'D' || count[2] === 'W') value = day ? formatYmd(addDays(day, count[2] === 'W' ? 7 * n : n)) : null;
  else if (count[2] === 'M' && month) {
    const ym = addMonths(Number(month[1]), Number(month[2]), n);
    value = formatYm(ym.year, ym.month);
  } else if (count[2] === 'Y') value = String(Number(anchor.value.slice(0, 4)) + n);
  if (!value) return null;
  const end = c.end + word[0].length;
  return {
    ...c,
    end,
    type: 'date',
    value,
    stated: ['offset'],
    inferred: ['year', 'month', 'day'],
    relative: true,
    range: null,
  };
}

interface SpanPair {
  /** The first date of the pair, whose value may take the year the second states. */
  first: Candidate;
  start: string;
  end: string;
}

/**
 * "between 2014 and 2017", "from March to June 2012": two dates of one precision joined so are one span.
 * Each keeps its own value and gets the span as its range, so the timeline shows one event.
 */
function spanPairs(candidates: readonly Candidate[], text: string): Map<Candidate, SpanPair> {
  const out = new Map<Candidate, SpanPair>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.type !== 'date' || b.type !== 'date' || a.value.length !== b.value.length) continue;
    if (!/^\d{4}(?:-\d{2}){0,2}$/.test(a.value) || !/^\d{4}(?:-\d{2}){0,2}$/.test(b.value)) continue;
    // "from March to June 2012": the first takes the year the second states.
    let start = a.value;
    if (!a.stated.includes('year') && b.stated.includes('year')) {
      start = `${b.value.slice(0, 4)}${a.value.slice(4)}`;
      if (start > b.value) start = `${Number(b.value.slice(0, 4)) - 1}${a.value.slice(4)}`;
    }
    if (start >= b.value) continue;
    const before = text.slice(Math.max(0, a.start - 9), a.start);
    const between = text.slice(a.end, b.start);
    // Two days need no "from": "the meeting is scheduled for April 30 to May 1".
    const days = a.value.length === 10 && /^\s+(?:to|until|till|through)\s+$/i.test(between);
    const joined =
      (/\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(between)) ||
      (/\bfrom\s+$/i.test(before) && /^\s+(?:to|until|till)\s+$/i.test(between)) ||
      days;
    if (!joined) continue;
    const pair = { first: a, start, end: b.value };
    out.set(a, pair);
    out.set(b, pair);
  }
  return out;
}

/**
 * Adds ranges to "since X" dates and to durations of ongoing things, ending at the reference date.
 * @example anchorRanges(candidates, 'since March 2011', { year: 2013, month: 5, day: 7 })
 */
export function anchorRanges(candidates: readonly Candidate[], text: string, reference: Ymd | null): Candidate[] {
  // With no publication date nothing runs up to it, but "four days later" still counts from a date named.
  if (!reference)
    return candidates.map((c, index) => (c.type === 'duration' && afterAnchor(c, candidates, index, text)) || c);
  const end = formatYmd(reference);
  const spans = spanPairs(candidates, text);
  return candidates.map((c, index) => {
    const shifted = c.type === 'duration' ? afterAnchor(c, candidates, index, text) : null;
    if (shifted) return shifted;
    const pair = spans.get(c);
    if (pair)
      return { ...c, value: c === pair.first ? pair.start : c.value, range: { start: pair.start, end: pair.end } };
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    if (c.type === 'date' && /^\d{3,4}/.test(c.value) && SINCE_BEFORE.test(before) && c.value < end) {
      return { ...c, range: { start: c.value, end } };
    }
    // "in the past decade" (a decade's value, as TimeML writes it) is the ten years to the reference date.
    const pastSpan = /^the\s+(?:past|last)\s+(decade|century)$/i.exec(text.slice(c.start, c.end));
    if (c.type === 'date' && pastSpan && /\b(?:over|in|for|during|within)\s+$/i.test(before)) {
      const start = startBefore(reference, pastSpan[1]?.toLowerCase() === 'decade' ? 'P10Y' : 'P100Y');
      if (start) return { ...c, range: { start, end } };
    }
    if (c.type === 'duration') {
      const phrase = text.slice(c.start, c.end);
      // "the 26-month conflict" began 26 months ago; "the 21-year-old Spaniard" is an age, no event.
      // Nor "the one-day election", "the 24-hour strike": a thing so short is no span up to today.
      const adjectival =
        /^\S+-\S+$/.test(phrase) &&
        !/-old$/i.test(phrase) &&
        !/^(?:PT|P[12]D$)/.test(c.value) &&
        DEFINITE_BEFORE.test(before) &&
        !/^\s+(?:lows?|highs?|record|plan|deal|contract|sentence|loan|bonds?|notes?|old)\b/i.test(
          text.slice(c.end, c.end + 12),
        );
      // "over the past five years", "in the last two weeks": the phrase holds its own "the past".
      const pastPhrase = /^the\s+(?:past|last)\s/i.test(phrase) && /\b(?:over|in|for|during|within)\s+$/i.test(before);
      if (adjectival || pastPhrase || ONGOING_BEFORE.test(before)) {
        const start = startBefore(reference, c.value);
        if (start) return { ...c, range: { start, end } };
      }
    }
    return c;
  });
}
