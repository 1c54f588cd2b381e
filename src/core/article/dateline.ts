/**
 * Recognises the furniture lines around a story by their shape: datelines, comment counters,
 * copyright lines and bylines. Nothing here knows any particular publisher.
 */

import { MONTHS } from '../timeline/calendar';

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_RE = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';

const DATE_PATTERNS: readonly { re: RegExp; order: 'dmy' | 'mdy' | 'iso' }[] = [
  { re: new RegExp(`${WEEKDAY_RE}${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})`, 'i'), order: 'dmy' },
  { re: new RegExp(`${WEEKDAY_RE}${MONTH_RE}\\s+${DAY_RE},?\\s+(\\d{4})`, 'i'), order: 'mdy' },
  { re: /(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/, order: 'iso' },
];

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/**
 * Builds an ISO date from parts, or null when the parts are not a real calendar date.
 * @example isoDate(2013, 5, 7) // '2013-05-07'
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the first full calendar date (day, month and year) written in a line.
 * @example findDate('7th May 2013, Comments 0 comments') // { iso: '2013-05-07', index: 0, length: 12 }
 */
export function findDate(line: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { re, order } of DATE_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    let year: number;
    let month: number;
    let day: number;
    if (order === 'iso') {
      year = Number(m[1]);
      month = Number(m[2]);
      day = Number(m[3]);
    } else if (order === 'dmy') {
      day = Number(m[1]);
      month = monthIndex(m[2] ?? '') + 1;
      year = Number(m[3]);
    } else {
      month = monthIndex(m[1] ?? '') + 1;
      day = Number(m[2]);
      year = Number(m[3]);
    }
    const iso = isoDate(year, month, day);
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

const COMMENT_COUNT_RES: readonly RegExp[] = [
  /\bcomments?\s*[:(]?\s*(\d[\d,]*)\s*\)?\s*comments?\b/i, // "Comments 0 comments"
  /\b(\d[\d,]*)\s+comments?(?:\s+(?:to|on)\s+this\s+(?:article|story|post))?\b/i, // "0 Comments To This Article"
  /\bcomments?\s*[:(]\s*(\d[\d,]*)\s*\)?/i, // "Comments: 3", "Comments (3)"
  /\bcomments?\s+(\d[\d,]*)(?=\s*(?:[|·•,;]|$))/i, // "12 Mar 2024 | Comments 3"
  /\bno\s+comments?(?:\s+yet)?\b/i, // "No comments yet"
];

/**
 * Reads a declared comment count from a line such as "0 Comments To This Article", or null.
 * @example findCommentCount('Comments 12 comments') // { count: 12, index: 0, length: 20 }
 */
export function findCommentCount(line: string): { count: number; index: number; length: number } | null {
  for (const re of COMMENT_COUNT_RES) {
    const m = re.exec(line);
    if (!m) continue;
    const count = m[1] === undefined ? 0 : Number(m[1].replace(/,/g, ''));
    return { count, index: m.index, length: m[0].length };
  }
  return null;
}

/** Words left on a line once the given ranges are cut out, ignoring punctuation. */
function residueWords(line: string, cuts: readonly { index: number; length: number }[]): string[] {
  let rest = line;
  for (const cut of [...cuts].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, cut.index) + ' ' + rest.slice(cut.index + cut.length);
  }
  return rest
    .replace(/[|,;:·•—–\-()[\]/]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export interface DatelineInfo {
  published: string;
  commentCount: number | null;
}

/**
 * A dateline: a short line that is mostly a date, optionally with a comment counter, an updated
 * time or a place. Returns null for a sentence that merely contains a date.
 * @example readDateline('Tuesday, May 7, 2013') // { published: '2013-05-07', commentCount: null }
 */
export function readDateline(line: string, maxResidue = 4): DatelineInfo | null {
  if (line.length > 160) return null;
  const date = findDate(line);
  if (!date) return null;
  const comments = findCommentCount(line);
  const cuts = comments ? [date, comments] : [date];
  const rest = residueWords(line, cuts).filter(
    (w) => !/^(published|updated|posted|last|on|at|am|pm|gmt|utc|bst|est|edt|cet|\d{1,2}[:.]\d{2})$/i.test(w),
  );
  // A sentence with a date in it has many words besides the date; a dateline has few (a place, a byline).
  if (rest.length > maxResidue) return null;
  if (/[.!?]["”']?$/.test(line.trim()) && rest.length > 1) return null;
  return { published: date.iso, commentCount: comments ? comments.count : null };
}

/**
 * A line that is only a comment counter ("0 Comments To This Article", "Comments (3)").
 * @example readCommentLine('0 Comments To This Article') // 0
 */
export function readCommentLine(line: string): number | null {
  const m = findCommentCount(line);
  if (!m) return null;
  return residueWords(line, [m]).length <= 1 ? m.count : null;
}

export interface CopyrightInfo {
  copyright: string;
  source: string;
}

/**
 * A copyright line: "© 2013 AFP", "(c) 2020 Reuters. All rights reserved.", "Copyright 2019 The Guardian".
 * @example readCopyright('© 2013 AFP') // { copyright: '© 2013 AFP', source: 'AFP' }
 */
export function readCopyright(line: string): CopyrightInfo | null {
  const trimmed = line.trim();
  if (trimmed.length > 200) return null;
  const m = /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*((?:\d{4})(?:\s*[-–]\s*\d{4})?)?,?\s*(.*)$/iu.exec(trimmed);
  if (!m) return null;
  const owner = (m[2] ?? '')
    .replace(/\ball rights reserved\.?/i, '')
    .replace(/^by\s+/i, '')
    .replace(/[\s.,;]+$/, '')
    // "© AFP 2023": the year after the owner's name is not part of it.
    .replace(/,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$/, '')
    .trim();
  if (!owner || owner.split(/\s+/).length > 8) return null;
  return { copyright: trimmed.replace(/\s*all rights reserved\.?$/i, '').replace(/[\s.]+$/, ''), source: owner };
}

/** News agencies whose name alone on a footer line credits the story ("Reuters", "(AFP)"). */
const AGENCY =
  /^\(?(Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|dpa|ANSA|EFE|Xinhua|Kyodo|PA Media|Yonhap|Anadolu|UPI|TASS|Interfax)\)?\.?$/;

/**
 * A footer line that is a news agency's name alone, with no copyright sign: the story's source.
 * @example readAgencyLine('Reuters') // 'Reuters'
 */
export function readAgencyLine(line: string): string | null {
  return AGENCY.exec(line.trim())?.[1] ?? null;
}

/** A month's or a weekday's name alone: "By March, …" opens a sentence, not a byline. */
const CALENDAR_NAME = new RegExp(`^(?:${MONTH_RE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`, 'i');

/**
 * A byline: "By Jane Smith", "By Jane Smith, AFP". Not a sentence that opens with "by" and a date ("By
 * March, prices had doubled.", "By Friday, Reuters had confirmed it."): neither a month's or a weekday's
 * name alone nor a credit that reads as a clause (a lowercase word first, a full stop last) is one.
 * @example readByline('By Jane Smith') // 'Jane Smith'
 */
export function readByline(line: string): string | null {
  const m =
    /^[Bb][Yy]\s+([\p{Lu}][\p{L}'’.-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}'’.-]*){0,5})(?:\s*[,|–—-]\s*(.{1,60}))?$/u.exec(
      line.trim(),
    );
  if (!m) return null;
  if (CALENDAR_NAME.test(m[1]!)) return null;
  if (m[2] && /^\p{Ll}+\s/u.test(m[2]) && /[.!?]["”’]?$/u.test(m[2])) return null;
  return m[1]!;
}
