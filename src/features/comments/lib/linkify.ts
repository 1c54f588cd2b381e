/** Splits plain comment text into text and link segments. Only http(s) URLs become links. */

export type BodySegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?'"’”)\]]+$/;

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
    // Keep a closing bracket that belongs to the URL, e.g. a Wikipedia link "…_(film)".
    const trailing = TRAILING.exec(raw)?.[0] ?? '';
    if (trailing) {
      let cut = trailing.length;
      if (trailing.startsWith(')') && (raw.match(/\(/g)?.length ?? 0) >= (raw.match(/\)/g)?.length ?? 0)) cut = 0;
      raw = raw.slice(0, raw.length - cut);
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
