/**
 * Refinements over linked entities that need the whole article: in a match report, a country that
 * plays ("Sweden defeated South Korea 1 – 0") is the national team, an organisation, and a city that plays
 * is the club whose name it ends or opens ("Dortmund" for "Borussia Dortmund"), or a club of its own.
 */
import { opensWithPlaceLine } from '../article/sentences';
import { nameWords, type Cluster } from './link';
import { lexKind } from './name-lexicon';

const SPORTS_WORDS =
  /\b(?:goals?|scored|scores|striker|midfielder|goalkeeper|defender|penalty|World Cup|matches|match|tournament|league|kick-off|half-time|equali[sz]er|(?:semi|quarter)-finals?|group stage|coach|club|stadium|trophy|champions?|woodwork|fans|thrash(?:ed|ing)|manager|derby)\b/gi;
const MIN_SPORTS_WORDS = 6;

/**
 * True when the text reads as a sports report.
 * @example isSportsReport('Sweden scored a penalty in the World Cup match …') // true with enough cues
 */
export function isSportsReport(text: string): boolean {
  let n = 0;
  SPORTS_WORDS.lastIndex = 0;
  while (SPORTS_WORDS.exec(text)) if (++n >= MIN_SPORTS_WORDS) return true;
  return false;
}

/** Before a country that plays: "beat France", "against Brazil", "v Spain". */
const TEAM_BEFORE =
  /\b(?:beat|beating|beats|defeated|defeating|defeat|edged|thrashed|thrashing|stunned|routed|eliminated|knocked out|lost to|losing to|loses to|drew with|draw with|against|v|vs|face|faces|facing|meet|meets|play|plays|played)\.? $/i;
/** After a country that plays: "Sweden defeated …", "Argentina's third world title", "France striker X". */
const TEAM_AFTER =
  /^(?: (?:beat|beats|defeated|drew|lost|won|wins|scored|score|led|lead|leads|trailed|equalised|equalized|qualified|advanced|reached|crashed out|were knocked out|were eliminated)\b|,? who (?:play|face|meet|host)\b|'s (?:[\w-]+ ){0,2}(?:title|titles|goal|goals|coach|manager|team|squad|side|striker|captain|goalkeeper|keeper|defence|defense|victory|win|players?|fans|supporters)\b|,? \d{1,2} ?[-–] ?\d{1,2}\b| (?:striker|midfielder|defender|goalkeeper|forward|winger|captain|coach|manager|international)\b)/;
/** After a club's name, what only a club has: its staff, fans or squad, or a score ("Chelsea manager", "Chelsea 1-0"). */
const CLUB_AFTER =
  /^(?:,? \d{1,2} ?[-–] ?\d{1,2}\b| (?:manager|coach|boss|goalkeeper|keeper|striker|midfielder|defender|captain|fans|supporters|squad)\b|['’]s (?:[\w-]+ ){0,2}(?:manager|coach|boss|fans|supporters|squad|side|players)\b)/;
/** Where a country is the ground: "in Mexico", "to Qatar", "Qatar, the first Arab nation to host …". */
const PLACE_BEFORE = /\b(?:in|at|to|from|across|throughout|near|hosted by|host)(?: the)? $/i;
/** So in a list of names after such a word: "held in the United States, Canada and Mexico". */
const PLACE_LIST_BEFORE =
  /\b(?:in|at|to|from|across|throughout|near|hosted by)(?: the)? (?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*(?:, | and ))+$/u;
const PLACE_AFTER = /^,? (?:the|a|an) (?:[\w-]+ ){0,3}(?:nation|country|state|kingdom|republic|host|hosts)\b/;

/**
 * Retypes country clusters as teams in sports reports, where the article has them play: a country named
 * beating or facing someone, by a score, or with its title or coach is the team; one named only as the
 * ground ("a tournament in Russia", "Qatar, the first Arab nation to host it") stays a place. A country
 * with no cue either way is a team, as the report reads, when some place in it plays.
 * @example refineClusters(text, clusters) // Sweden → organization in a match report
 */
export function refineClusters(text: string, clusters: Cluster[]): void {
  if (!isSportsReport(text)) return;
  // "Borussia Dortmund" … "Dortmund dominated", "Tottenham Hotspur" … "beat Tottenham": a club is named by the
  // city that ends or opens its name (not by one two clubs share: "Manchester United", "Manchester City").
  const clubs = new Map<string, Cluster | null>();
  for (const c of clusters) {
    const words = nameWords(c.name);
    // (Not a body's name of small words: "India" is no short form of "Board of Control for Cricket in India".)
    if (c.type !== 'organization' || words.length < 2 || /\s(?:of|for|in)\s/.test(c.name)) continue;
    clubs.set(words[words.length - 1]!, c);
    const first = words[0]!;
    clubs.set(first, clubs.has(first) && clubs.get(first) !== c ? null : c);
  }
  const isCountry = (c: Cluster): boolean => c.key.startsWith('place:') || lexKind(c.name) === 'country';
  // An article about sport in which no country plays ("Pele, Brazil's three-time World Cup winner, dies") is
  // no match report between nations: its countries stay places.
  const nationsPlay = clusters.some((c) => c.type === 'place' && isCountry(c) && cues(text, c).team > 0);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    // "Leicester City beat Chelsea 1-0 … Chelsea manager Thomas Tuchel": a lone given name (no surname joined
    // it) with a club's staff, fans or a score after it is the club.
    if (c.type === 'person' && nameWords(c.name).length === 1 && lexKind(c.name) === 'first-name') {
      const club = c.pieces.some((p) => CLUB_AFTER.test(text.slice(p.end, p.end + 40)));
      if (club && c.pieces.every((p) => p.role === null)) c.type = 'organization';
      continue;
    }
    if (c.type !== 'place') continue;
    const words = nameWords(c.name);
    const club = words.length === 1 ? clubs.get(words[0]!) : undefined;
    const country = isCountry(c) && nationsPlay;
    // "Liverpool beat Tottenham 5-1": a city that plays, in a report on clubs, is its club.
    const city = !isCountry(c) && cues(text, c).team > 0;
    if ((!country && !club && !city) || !plays(text, c)) continue;
    // ("MANCHESTER, United Kingdom (AFP) -": a town named only by a story's place line is the town, not the club
    // that opens with its name.)
    if (club && c.pieces.every((p) => placeLineTown(text, p.start))) continue;
    if (club) {
      club.pieces.push(...c.pieces);
      clusters.splice(i, 1);
    } else c.type = 'organization';
  }
}

/** Whether the name at `start` opens a paragraph's place line ("MANCHESTER, United Kingdom (AFP) -"). */
function placeLineTown(text: string, start: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && opensWithPlaceLine(text.slice(start, start + 120));
}

/** How often the article has the place play, and how often it names it as the ground. */
function cues(text: string, c: Cluster): { team: number; ground: number } {
  let team = 0;
  let ground = 0;
  for (const p of c.pieces) {
    const before = text.slice(Math.max(0, p.start - 20), p.start);
    const after = text.slice(p.end, p.end + 60);
    // ("had been due to play Colombia's Atletico Nacional": a land that owns the club named after it plays not.)
    if ((TEAM_BEFORE.test(before) && !/^['’]s \p{Lu}/u.test(after)) || TEAM_AFTER.test(after)) team++;
    else if (
      PLACE_BEFORE.test(before) ||
      PLACE_AFTER.test(after) ||
      PLACE_LIST_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start))
    )
      ground++;
  }
  return { team, ground };
}

/** Whether the article has the place play at least as often as it names it as the ground. */
function plays(text: string, c: Cluster): boolean {
  const { team, ground } = cues(text, c);
  return team >= ground;
}
