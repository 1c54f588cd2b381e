/** Splits plain comment text into text and link segments. Only http(s) URLs become links. */

export type BodySegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_CHAR = /[.,;:!?'"’”)\]]/;
const count = (text: string, ch: string) => text.split(ch).length - 1;

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * @example linkify('see https://example.org.') // [text 'see ', link 'https://example.org', text '.']
 */
export function linkify(text: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let raw = match[0];
    // Trailing punctuation belongs to the sentence, except a closing bracket that balances one in the
    // URL, e.g. a Wikipedia link "…_(region)".
    while (raw.length > 0 && TRAILING_CHAR.test(raw.charAt(raw.length - 1))) {
      const last = raw.charAt(raw.length - 1);
      if (last === ')' && count(raw, '(') >= count(raw, ')')) break;
      raw = raw.slice(0, -1);
    }
    const start = match.index;
    const href = safeHref(raw);
    if (!href || raw.length <= 'https://'.length) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
