/** Small cardinal numbers written as words or digits, as they appear in durations ("twelve-year", "two and a half years", "two and a quarter hours"). */

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const FRACTIONS: Record<string, number> = { 'a half': 0.5, 'a quarter': 0.25, 'three quarters': 0.75 };

const PHRASES: Record<string, number> = {
  'a hundred': 100,
  'a dozen': 12,
  'a couple of': 2,
  'half a': 0.5,
  a: 1,
  an: 1,
};

/**
 * A regular-expression source matching one number as words or digits ("26", "1,500", "twenty-six", "two and a
 * half", "[Ten]"), never the tail of a longer one (the "769" of "47,769", the "5" of "2.5").
 */
export const NUMBER_SOURCE =
  '(?:(?<!\\d[,.])(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)|\\[?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|a couple of|half a)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\]?(?: and (?:a half|a quarter|three quarters))?)';

/**
 * Reads a number written as digits or words.
 * @example readNumber('two and a half') // 2.5
 * @example readNumber('two and a quarter') // 2.25
 */
export function readNumber(text: string): number | null {
  let clean = text.toLowerCase().replace(/[[\]]/g, '').trim();
  let extra = 0;
  const fraction = /\s+and (a half|a quarter|three quarters)$/.exec(clean);
  if (fraction) {
    extra = FRACTIONS[fraction[1] ?? ''] ?? 0;
    clean = clean.slice(0, fraction.index);
  }
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean) + extra;
  if (/^\d{1,3}(?:,\d{3})+$/.test(clean)) return Number(clean.replaceAll(',', '')) + extra;
  const phrase = PHRASES[clean];
  if (phrase !== undefined) return phrase + extra;
  let total = 0;
  for (const word of clean.split(/[\s-]+/)) {
    const n = UNITS[word];
    if (n === undefined) return null;
    total += n;
  }
  return total + extra;
}
