/**
 * News-convention resolution of underspecified dates against the publication date: a bare weekday is
 * the nearest such day, in the past unless the clause looks ahead; a month without a year is in the
 * publication year unless that would put a past event in the future, and its nearest occurrence when
 * the clause is in the present tense.
 */
import { addDays, dayOfWeek, formatYmd, lastDayOfMonth, weekdayIndex, type Ymd } from './calendar';

/**
 * A clause's tense. `present` makes a month named without a year its nearest occurrence, and a weekday or weekend
 * the coming one: a present verb that is no saying schedules what it names ("She meets the Pope on Friday").
 */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE_CUE =
  /\b(?:will|shall|won't|'ll|is to|are to|was to|were to|is due|are due|due to|(?<!\b(?:was|were) )due (?:on|in|by|at)|going to|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|new)\s)plans? to|(?<!\bhad\s)planned for|(?<!\bhad\s)scheduled|(?<!\b(?:had|than|as)\s)expected (?:(?:the|a|an|its|their|his|her|it|them|him|us)\s+)?(?:[A-Za-z'’-]+\s+){0,6}?to\s+(?!have\b|date\b)[a-z]+|expects?|forecasts? to|(?:is|are) forecast|predicted to|projected to|set to|to be held|(?:until|till)(?!\s+(?:(?!(?:is|are|am|will|has|have|be)\b)[\w'’-]+\s+){1,5}?(?:[a-z]{3,}ed|was|were|had|did)\b)|next|upcoming|(?<!\b(?:was|were) )coming(?!\s+(?:(?:just|only|some|a\s+few|two|three|four|five|six|several|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before))|later this|intends? to|(?:hopes?|hoping|aims?|aiming) to|(?<!\bhad\s)hoped to|would(?!-be)|(?:certain|(?:un)?likely|poised|about) to|(?:is|are|was|were|be|been|am) (?:ready|willing) to|(?:un)?likely (?:before|until|by)|prepar(?:e|es|ed|ing) to)\b/i;
/**
 * "could bring rain from Saturday", "must be signed by Friday": a modal that is not "May" the month, nor "could
 * have"/"could not" (nor "must have", which infers what was).
 */
const MODAL_CUE =
  /\b(?:could|may|might|should)\b(?! have\b| not\b|n't)|\bmust\b(?! have\b)|\b(?:cannot|can['’]t)\b(?! have\b)/;
/** Words in "-ed" that are no past forms: "seed", "need", "hundred", "sacred", "Mohammed". */
const NOT_PAST_ED =
  'seed|need|speed|feed|breed|proceed|succeed|exceed|heed|indeed|creed|greed|bleed|steed|weed|hundred|sacred|naked|wicked|kindred|rugged|ragged|beloved|bed|red|shed|wed|sled|ahmed|mohammed|fred|ted|united|limited';
/**
 * Irregular past forms that are no other word in news copy ("Fans sang", "The team flew home"); not "read", "put",
 * "set", "cut" or "beat", which are present too, nor "found", "left" or "felt", which are often other words.
 */
const IRREGULAR_PAST =
  'sang|rang|sank|drank|swam|fought|flew|drove|wrote|broke|chose|grew|knew|threw|bought|brought|caught|taught|thought|sought|sold|stood|kept|slept|got|paid|spent|shot|ate|woke|stole|froze|rode|shook|fled|became|overcame|withdrew|forgot|blew|heard|dealt|meant|swore|tore|hung|dug|stuck|drew|wore|built|rebuilt';
/**
 * "Russia cut gas supplies in", "He quit in", "his station broadcast the rallies in": a past spelled as its base
 * right after a name, "he", "she" or "it", or a singular noun, with no "-s" a present would have there (a name's
 * plural, "Rebels put", reads so too in news copy); not after a modal, "to", "they" or "that".
 */
const BASE_PAST_VERB =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)\s+(?:cut|put|set|shut|quit|cost|spread|let|hurt|burst|split|cast|broadcast)\b/gu;
/** Words before such a verb that make it no past: a modal, "to", a plural pronoun, a relative "that", an adverb. */
const NOT_BEFORE_BASE_PAST =
  /^(?:will|would|shall|should|can|could|may|might|must|to|not|never|also|and|or|did|does|do|that|they|we|you|i|who|which|still|just)$/i;
/** Nouns that make a compound with such a verb's noun ("tax cut", "power cut", "data set", "price spread"). */
const COMPOUND_BEFORE_BASE_PAST =
  /^(?:tax|rate|job|jobs|power|price|budget|spending|interest|pay|aid|output|production|supply|data|skill|tv|bid|labour|labor|wage|salary|fuel|gas|oil|water|live|film|radio|television|news)$/i;
const basePast = (words: string): boolean =>
  [...words.matchAll(BASE_PAST_VERB)].some(([, before = '']) => {
    if (/^(?:he|she|it)$/i.test(before) || /^\p{Lu}/u.test(before)) return !NOT_BEFORE_BASE_PAST.test(before);
    return (
      before.length >= 3 &&
      !/[sy]$/.test(before) &&
      !/ly$/.test(before) &&
      !NOT_BEFORE_BASE_PAST.test(before) &&
      !COMPOUND_BEFORE_BASE_PAST.test(before)
    );
  });
/** Irregular pasts that may also be other words ("left", "saw", "hit"), common in news copy. */
const COMMON_IRREGULAR_PAST =
  'met|took|began|held|made|went|came|gave|left|won|lost|fell|rose|ran|hit|struck|led|sent|saw';
const PAST_CUE = new RegExp(
  `\\b(?:was|were|had|did|said|told|spoke|${COMMON_IRREGULAR_PAST}|${IRREGULAR_PAST}|ago|last|earlier|previous|yesterday|(?!(?:${NOT_PAST_ED})\\b)\\w+ed)\\b`,
  'i',
);

/**
 * "set sentencing for", "adjourned the trial for", "called a strike for", "cancelled all trains for", "set the trial of
 * former mayor John Smith for" (up to seven words between): a date
 * after "for" that something was fixed (or called off) for is ahead of the fixing, though the verb is
 * past. Not "had … set for", told afterwards.
 */
const SCHEDULED_FOR =
  /\b(?:set|slated|fixed|scheduled|rescheduled|adjourned|postponed|delayed|deferred|pushed back|put off|brought forward|moved|cancell?ed|called off|called|call|calls|calling)\b(?:\s+[\w'’-]+){0,7}\s+for\s*$/i;
/** An occasion's noun after the date, up to two words on ("the June 26 presidential election"). */
const OCCASION_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:elections?|vote|polls?|referendum|run-?off|ballot|summit|talks|meeting|hearing|trial|deadline|inauguration|deal|match|final|race)\b/u;
/**
 * "called for peaceful protests outside CNE offices across the country on": an occasion called for, with where it
 * is to be, and its day ("called for a strike on Saturday" may be the day of the call).
 */
const CALLED_FOR_OCCASION =
  /\bcall(?:s|ed|ing)?\s+for\s+(?:[\w'’-]+\s+){0,2}?(?:strikes?|walkouts?|rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|boycotts?|sit-ins?|vigils?)\s+(?:outside|in|across|at|near|throughout|around|against|over|nationwide)\b[^,;:.!?]{0,60}?\s+(?:on|at)\s*$/i;

/**
 * "declared a national day of mourning for", "called a general strike for": an occasion fixed for a date is
 * ahead of the fixing, though the verb is past and the occasion's name runs past SCHEDULED_FOR's four words.
 */
/**
 * "lost a confidence vote, opening the way for a snap election on", "paving way for February election": what a
 * happening opens the way for is still to come, whatever the tense of the happening.
 */
const WAY_FOR =
  /\b(?:pav|open|clear)(?:e|es|ed|s|ing)?\s+(?:the\s+)?way\s+for\b(?:\s+[\w'’-]+){0,6}\s*(?:on|in|for)?\s*$/i;

/**
 * "was preparing for the Rotterdam marathon in", "are gearing up for a busy summer in": what someone gets ready for
 * is ahead of the getting ready, whatever its tense.
 */
const PREPARING_FOR =
  /\b(?:preparing|training|gearing up|getting ready|bracing)\s+(?:themselves\s+|himself\s+|herself\s+|itself\s+)?for\s+(?:the|a|an|his|her|its|their|this|next)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in|at)\s*$/i;

/** A present perfect of calling, announcing or planning, and the words of what it is up to the date's preposition. */
const PERFECT_CALL =
  /\b(?:has|have)\s+(?:(?:already|now|also)\s+)?(?:called|announced|planned|scheduled|set|proposed|urged|demanded|threatened)\b(?:\s+[\w'’,-]+){1,10}?\s+(?:on|in|for)\s*$/i;

const OCCASION_FOR =
  /\b(?:days?\s+of\s+(?:national\s+)?[\w-]+|holiday|(?:general\s+)?strike|walkout|rally|protest|march|demonstration|curfew|shutdown|lockdown)\s+for\s*$/i;

/**
 * "announced a state funeral in the capital on", "declared a day of mourning on": an occasion announced or
 * fixed, and the date after it. The date is the occasion's, which is ahead of the announcing (see
 * announcedAhead); the same words before a weekday more often date the announcing itself.
 */
const ANNOUNCED_OCCASION =
  /\b(?:announced|declared|called|set|scheduled|planned|ordered|proclaimed|organi[sz]ed|confirmed)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:funeral|burial|memorial|vigil|election|vote|referendum|runoff|strike|walkout|holiday|ceremony|service|summit|rally|march|protest|parade|celebration|inauguration|day\s+of\s+[\w-]+|hearing|trial)(?:\s+(?!on\b)[\w'’,-]+){0,5}(?:\s+on)?\s*$/i;

/**
 * The day a month-day named without a year is, when the words before it announce an occasion for it and
 * the publication year would put it most of a year back, though the next year puts it within six weeks
 * ahead: "announced a state funeral on January 9" in a story of 30 December is the coming 9 January.
 * @example announcedAhead('declared a day of mourning on ', { year: 2024, month: 12, day: 30 }, { year: 2024, month: 1, day: 2 }) // { year: 2025, month: 1, day: 2 }
 */
export function announcedAhead(left: string, reference: Ymd, day: Ymd): Ymd {
  if (day.year !== reference.year || day.month >= reference.month) return day;
  const next = { ...day, year: day.year + 1 };
  if (formatYmd(next) > formatYmd(addDays(reference, 45)) || !ANNOUNCED_OCCASION.test(left.slice(-160))) return day;
  return next;
}

/**
 * "cut its profit forecast for the year to", "raised its outlook for": what a forecast is for is ahead of it,
 * though the verb that changed the forecast is past.
 */
const FORECAST_FOR =
  /\b(?:forecasts?|outlook|guidance|targets?)\s+for(?:\s+the\s+(?:\w+\s+)?(?:year|months|quarter|half)\s+(?:to|ending))?\s*$/i;

/**
 * "who faces a tough election in", "remains the nominee and faces him in a rematch on": a third-person
 * present verb, known as one by the article, object pronoun or name that follows it (a plural noun before a date is
 * followed by a preposition: "the talks in"). Not after a determiner or preposition ("the rains the"),
 * nor a verb that reports speech or thought, whose date belongs to what is reported, nor a plural that
 * stands as a title before a team's or a rival's name ("to beat league leaders Ipswich", "against holders Spain"),
 * nor a plural after a number ("hit 45 degrees Celsius on"), nor an adverb or a preposition in "-s" ("marched
 * towards the capital on", "perhaps the").
 */
const PRESENT_VERB =
  /(?<!\b(?:the|a|an|his|her|its|their|our|this|that|these|those|of|in|on|at|for|with|by|from|to|recent|past|last|next|few|several|many|some|all)\s)(?<!\d\s)\b(?!(?:says|tells|reports|adds|notes|claims|argues|insists|believes|thinks|writes|warns|estimates|shows|suggests|accuses|denies|recalls|explains|admits|acknowledges|confirms|describes|blames|knows|means|alleges|recounts|remembers|days|weeks|months|years|decades|hours|times|leaders|champions|holders|rivals|visitors|neighbours|neighbors|strugglers|finalists|favourites|favorites|underdogs|newcomers|outsiders|giants|minnows|winners|hopefuls|towards|afterwards|backwards|forwards|upwards|downwards|always|perhaps|besides|whereas|sometimes)\b)\p{Ll}{2,}[^\W\d_su'’]s(?=\s+(?:(?:the|a|an|his|her|its|their|our|another|either|both|neither|them|him|us)\b|\p{Lu}))/u;

const PRESENT_VERB_ALL = new RegExp(PRESENT_VERB.source, 'gu');
const PAST_CUE_ALL = new RegExp(PAST_CUE.source, 'gi');

/** Adverbs of a habit: what is usually so happens at the nearest such time, ahead or just past. */
const HABITUAL = /\b(?:usually|normally|typically|traditionally|generally|always)\b/i;

const PRESENT_CUE = new RegExp(
  `${HABITUAL.source}|\\b(?:ends|begins|starts|opens|closes|expires|runs|falls|takes place|comes into force)\\b`,
  'i',
);

/**
 * "moved to Nice because of the Games, which open on", "Leicester, who play on", "Hull, who face Leeds at home
 * on": a relative clause in the present right before the date, of a start or an end or of meeting or moving,
 * is its own, whatever the tense of the clause it hangs on; it names the next such time.
 */
const RELATIVE_PRESENT =
  /\b(?:which|that|who)\s+(?:(?:open|opens|begin|begins|start|starts|end|ends|close|closes|expire|expires|resume|resumes|take place|takes place)(?:\s+(?:on|in|at))?|(?:play|plays|face|faces|host|hosts|meet|meets|visit|visits|welcome|welcomes)\b(?:\s+(?!(?:was|were|had|did)\b)[^\s,;]+){0,4}?\s+(?:on|at))\s*$/i;

/** "The final is on", "the talks are on": a present copula right before the date puts the occasion at the next such time. */
const COPULA_ON = /\b(?:is|are)\s+on\s*$/i;

/** A verb of intent or hope, an infinitive and its object, then "before" ("expected to have a new leader before"). */
const INTENDED_BEFORE =
  /\b(?:expects?|expected|hopes?|hoped|plans?|planned|aims?|aimed|wants?|wanted|intends?|intended|promised|pledged|vowed|seeks|sought)\s+to\s+\p{Ll}+(?:\s+[\p{L}\d'’-]+){0,8}\s+before\s+$/u;

/**
 * The tense of the words before a date in its clause (up to the previous clause break).
 * @example tenseBefore('Smith is due to meet activists on ') // 'future'
 */
export function tenseBefore(left: string): Tense {
  // "declared three days of mourning starting Thursday": a start announced is ahead, whatever the verb.
  // ("declared three days of mourning, starting on Sunday": with its preposition too; not in an aside right after the
  // subject, of up to four words and no past in "-ed", whose verb comes after the date: "The strike, starting on
  // Monday, paralysed …".)
  if (/\b(?:(?:starting|beginning|effective)(?:\s+(?:on|from))?|from next)\s+$/i.test(left)) {
    const aside = /^\s*((?:[^\s,]+\s+){0,3}[^\s,]+),\s+(?:starting|beginning|effective)(?:\s+(?:on|from))?\s+$/i.exec(
      left.split(/[.!?]["”’]?\s+|\n/).pop()!,
    );
    if (aside === null || aside[1]!.split(/\s+/).some((w) => /ed\b/i.test(w))) return 'future';
  }
  // "OPEC agreed to cut output by 1.2 million barrels per day from January 1": the start of what was agreed or decided
  // to be done lies either side of the deciding, the nearest one (told on 30 November, the January ahead).
  if (DECIDED_TO.test(left)) return 'unknown';
  // A decimal point ("2.3 percent") ends no clause, nor a clock time's colon ("began at 10:17 pm (2217 GMT)").
  // A line break ends a clause too: a headline has no full stop.
  const parts = left.split(/(\.(?!\d)|(?<!\d):|:(?!\d)|[;!?"“”\n]|,\s(?:but|and|while|as|after|before|when)\b)/);
  // "hoped to restore most connections by": a deadline set for an infinitive's deed is ahead of the telling
  // (not "had returned to normal by").
  const last = parts[parts.length - 1] ?? '';
  // ("said it had evacuated plants and expected equipment to be back by": a "had" of another verb is no cue.)
  if (
    // (Its object may hold a name: "to boost defence spending to two percent of GDP by"; "had plucked 237 people to
    // safety by" has no verb after "to", and a word right before "by".)
    // ("the Church expected to have a new leader before Easter": so is a day the deed is hoped or planned to come
    // before; not "went to buy gifts before Christmas".)
    (/\bto\s+\p{Ll}+(?:\s+[\p{L}\d'’-]+){1,8}\s+by\s+$/u.test(last) || INTENDED_BEFORE.test(last)) &&
    !/\bhad\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+to\s/iu.test(last)
  )
    return 'future';
  // "Kim will compete in three more finals, on the vault, the beam and the floor, starting on": a start after a
  // "will" however far back in its clause is as far ahead (not past a saying or a relative clause in between).
  const willAt = last.search(FUTURE_AUXILIARY);
  if (
    /\b(?:starting|beginning)\s+(?:on|in|from)\s+$/i.test(last) &&
    willAt >= 0 &&
    !/\b(?:which|who|whom|said|says|told|had|was|were)\b/i.test(last.slice(willAt))
  )
    return 'future';
  // "joins on a contract until June 2025, weeks after his acrimonious exit from Manchester United in": what a
  // happening comes some time after, named by a noun, came before it; only a clause told ahead puts it ahead
  // ("until" bounds the contract, and says nothing of the exit).
  if (
    /\b(?:days|weeks|months|years|hours|shortly|soon|just|a\s+(?:day|week|month|year))\s+after\s+(?:his|her|its|their|the|a|an)\s+(?:[\p{L}'’-]+\s+){0,6}(?:in|on|at)\s+$/iu.test(
      last,
    ) &&
    !FUTURE_AUXILIARY.test(last) &&
    !MODAL_CUE.test(last)
  )
    return 'past';
  // "Apple, which will unveil its next iPhone later this year, saw its shares fall … on": a relative clause set off
  // by commas says nothing of the main clause's tense.
  const tense = clauseTense((parts[parts.length - 1] ?? '').replace(/,\s+(?:which|who)\s[^,]*,/gi, ','));
  // "tweeted 'the bird is freed' shortly after": words quoted inside the clause are another speaker's, and
  // the clause's tense is that of its words before the quotation.
  const n = parts.length;
  if (
    tense === 'unknown' &&
    n >= 5 &&
    /^["“”]$/.test(parts[n - 2] ?? '') &&
    /^["“”]$/.test(parts[n - 4] ?? '') &&
    /^[^.;!?]{0,40}$/.test(parts[n - 1] ?? '')
  ) {
    const before = clauseTense(parts[n - 5] ?? '');
    if (before !== 'unknown') return before;
  }
  // "Schools will stay shut until Tuesday, and flights resume on": a clause joined by "and" or "but"
  // with no tense of its own shares the future of the one before.
  if (
    tense === 'unknown' &&
    parts.length >= 3 &&
    /^,\s(?:and|but)$/.test(parts[parts.length - 2] ?? '') &&
    clauseTense(parts[parts.length - 3] ?? '') === 'future'
  )
    return 'future';
  return tense;
}

/**
 * A past verb of lasting, or of holding an office, and the "until" that ends it ("continued until", "lasted well
 * into the night until", "led Malaysia from 2009 until"), the verb kept; not "was extended until", "was postponed
 * until", whose end is still to come.
 */
const LASTED_UNTIL =
  /\b((?:continued|lasted|remained|stayed|persisted|raged|waited|led|ruled|governed|reigned|served|presided|headed|(?:went|carried|dragged|held) (?:on|out)|had (?:(?:been|long|always) )?[a-z]{3,})\b(?:\s+(?!(?:will|would|is|are)\b)[^\s,;]+){0,4}?\s+)(?:until|till)\b/gi;

/**
 * "was known as Green Square until the capital fell on": an "until" whose own clause is told in the past looks
 * ahead no more than that clause does.
 */
const UNTIL_PAST_CLAUSE = new RegExp(
  `\\b(?:until|till)(?=\\s+(?:[\\w'’-]+\\s+){1,5}?(?:${IRREGULAR_PAST}|${COMMON_IRREGULAR_PAST})\\b)`,
  'gi',
);

/**
 * A past denied and the "until" that ends the denial ("did not apply until", "had not seen an eruption for eight
 * centuries until"): what happened at last happened then, in the past.
 */
const NOT_UNTIL =
  /\b((?:did|had|was|were)(?:\s+not|n['’]t)\b(?:\s+(?!(?:will|would|is|are)\b)[^\s,;]+){0,6}?\s+)(?:until|till)\b/gi;

/** A plan in the pluperfect and its verb, closing the words before a date ("had been scheduled to begin in"). */
const HAD_PLANNED =
  /\bhad\s+been\s+(?:scheduled|due|expected|set|slated|planned|supposed|meant)\s+to\s+(?:be\s+)?\p{Ll}+(?:\s+(?!(?:will|would|is|are)\b)[^\s,;]+){0,5}?\s*$/iu;

/** A past of deciding, its infinitive and its words, closing the words before a date ("agreed to cut output … from"). */
const DECIDED_TO =
  /\b(?:agreed|decided|voted|pledged|promised|vowed|resolved)\s+to\s+\p{Ll}+(?:\s+(?!(?:had|was|were|after|since)\b)[^\s;]+){0,14}?\s+(?:from|starting|beginning|effective|as\s+of)\s*$/iu;

/**
 * A past of deciding or promising, then an infinitive and its words, closing the words before a date ("voted on
 * Saturday to hold early elections on", "agreed to meet again in"): the date is the deed's, decided before it.
 */
const DECIDED_TO_DO =
  /\b(?:agreed|decided|voted|pledged|promised|vowed|resolved|undertook|offered|opted|chose)\s+(?:[\w'’]+\s+){0,3}?to\s+(?!have\b|be\b|date\b)\p{Ll}{2,}(?:\s+(?!(?:had|was|were|after|since|said|says|told|who|which|that)\b)[^\s;,]+){0,12}?\s+(?:on|in|by|for|at)\s*$/iu;

/** A delay and what it pushes back, then "to" and the date ("granted London a delay to", "postponed the vote to"). */
const DELAYED_TO =
  /\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)|push(?:ed|es|ing)?\s+back|put\s+off|defer(?:s|red|ring|ral)?|extension)\b(?:\s+(?!(?:had|was|were|said|says|told|who|which|that)\b)[^\s;,]+){0,5}?\s+to\s*$/iu;

/** A date named ahead with "next", "coming" or "upcoming", followed by more words of the clause. */
const NEXT_DATE =
  /\b(?:[Nn]ext|[Cc]oming|[Uu]pcoming)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:week|weekend|month|year|quarter|season|summer|winter|spring|autumn|fall)\b)(?=[^.;]*\s\S)/g;

/** A past verb of saying closing the words before a date, with "on" or "in" or (for "told") whom it was told ("told reporters on"). */
const TOLD_ON =
  /(?<!\b(?:will|would|to|be|been|being|is|are|can|could|must|should)\s)\b(?:said|announced|confirmed|stated|told(?:\s+(?!to\b|that\b)[\w'’]+){0,2}?)(?:\s+(?:on|in))?\s*$/i;

/** A noun with an article, then its participle of coming out, closing the words before a date ("a study published on"). */
const PUBLISHED_ON =
  /\b(?:a|an|the|its|their)\s+(?:(?!(?:be|been|being|to|is|are|was|were|will|would|has|have|had)\s)[\p{L}-]+\s+){0,3}(?:published|released|issued|posted|aired|broadcast|filed)(?:\s+(?:on|in|late|early))?\s*$/iu;

/** A present "comes" (so long) "before" or "ahead of" a noun phrase, closing the words before a date. */
const COMES_BEFORE_PRESENT =
  /\bcomes\s+(?:[\w-]+\s+){0,3}?(?:before|ahead\s+of)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,9}?(?:on|in|at)\s+$/iu;

/** A present "follows" or "comes (…) after" and its noun phrase, closing the words before a date. */
const FOLLOWS =
  /\b(?:follows|comes\s+(?:[\w-]+\s+){0,2}?after)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:on|in|at)?\s*$/iu;

/**
 * "Actor Will Smith arrived in Paris on": "Will" before a capitalised word is a given name, no modal; it is
 * masked before the tense cues, which ignore case, are read.
 */
const maskGivenNames = (words: string): string => words.replace(/\bWill(?=\s+[A-Z])/g, 'W');

/** The tense of one clause's words, read before a date. */
function clauseTense(written: string): Tense {
  // ("the only major to have eluded him": a perfect infinitive is no verb of the clause's, nor past.)
  const clause = maskGivenNames(written).replace(/\bto\s+have\s+(?:been\s+)?\p{Ll}+/gu, (w) => ' '.repeat(w.length));
  const all = clause.trim().split(/\s+/);
  const words = all.slice(-12).join(' ');
  // "The fair will be held in August, organisers said on" (or "said in" a month): a date right after a past verb
  // of saying is the day of the telling, which is past, whatever the reported clause before it says.
  if (TOLD_ON.test(words)) return 'past';
  // "will step down on Friday, to be succeeded by his deputy in": a passive infinitive set off by a comma says what
  // is to follow the clause before it, no past of its own; ahead when that clause is, else the nearest such time.
  const toBeDone = /,\s+to\s+be\s+\p{Ll}{3,}\b[^,;]*$/u.exec(clause);
  if (toBeDone) return clauseTense(clause.slice(0, toBeDone.index)) === 'future' ? 'future' : 'unknown';
  // "…, a study published on": so is a paper's or a report's participle of coming out, after its noun.
  if (PUBLISHED_ON.test(words)) return 'past';
  // "The collapse follows the announcement on", "comes a day after a vote in": what the present follows is past.
  if (FOLLOWS.test(words)) return 'past';
  // "His trial had been scheduled to begin in": a plan told in the pluperfect was called off or moved; its time
  // may be past or still ahead ("The Games had been due to open on July 24", told in March), the nearest one.
  if (HAD_PLANNED.test(words)) return 'unknown';
  if (
    (SCHEDULED_FOR.test(words) ||
      OCCASION_FOR.test(words) ||
      FORECAST_FOR.test(words) ||
      WAY_FOR.test(words) ||
      PREPARING_FOR.test(words)) &&
    !/\bhad\b/i.test(words)
  )
    return 'future';
  // "Parliament voted on Saturday to hold early elections on May 25", "EU leaders granted London a delay to October
  // 31": what was decided, or pushed back to a date, may be ahead of the deciding or not; its nearest time.
  if (DECIDED_TO_DO.test(all.slice(-20).join(' ')) || DELAYED_TO.test(words)) return 'present';
  if (RELATIVE_PRESENT.test(words)) return 'future';
  // "Unions have called for another day of nationwide strikes on": a present perfect takes no day of its own, so the
  // date is that of what was called, announced or planned, still to come.
  if (PERFECT_CALL.test(words) && !/\b(?:since|had|was|were)\b/i.test(words)) return 'future';
  if (COPULA_ON.test(words)) return 'present';
  // "a storm expected this weekend": a thing expected at the date is still to come, and so is one expected at a
  // part of that day ("snow is expected during the night on", "expected later on"). "until" after a past verb
  // of lasting ("the rain continued until") ends what was, and looks ahead no more than the verb does.
  // A date of its own named ahead earlier in the clause ("a strike for next Tuesday, said … had rejected … the
  // previous day") is no cue to the tense of the date after it.
  const cues = words
    .replace(LASTED_UNTIL, '$1')
    .replace(NOT_UNTIL, '$1')
    .replace(UNTIL_PAST_CLAUSE, '')
    .replace(NEXT_DATE, '');
  if (
    FUTURE_CUE.test(cues) ||
    MODAL_CUE.test(cues) ||
    /(?<!\b(?:was|were|been|than) )\bexpected(?:\s+(?:later|overnight|(?:during|in|over|through|throughout|for|by) (?:the )?(?:night|morning|afternoon|evening|day|early hours|small hours)))?(?:\s+(?:on|by|in|at|before|around|over|during|through|throughout|from|until|till|within))?$/i.test(
      words,
    )
  )
    return 'future';
  // "a law aimed at big tech takes full effect on", "the festival, launched in 1998, opens on": a present
  // verb of a scheduled start or end, with no past form after it, is the clause's own verb and looks ahead;
  // a participle further back qualifies its subject.
  const scheduled = lastMatch(SCHEDULED_PRESENT, words);
  // ("forced Mubarak to step down on": an infinitive after a past verb and its object tells what was made to be.)
  const pastInfinitive = scheduled >= 0 && /\b\p{Ll}{3,}ed\s+(?:\p{L}+\s+){0,3}to\s+$/u.test(words.slice(0, scheduled));
  // ("which usually ends in": a habit, the nearest such time.)
  if (
    scheduled >= 0 &&
    !pastInfinitive &&
    !PAST_CUE.test(words.slice(scheduled)) &&
    !/\b(?:since|so far|until now)\b/i.test(words)
  )
    return HABITUAL.test(words.slice(0, scheduled).split(/\s+/).slice(-3).join(' ')) ? 'present' : 'future';
  // "City face Eastbury at the weekend", "Ministers meet in Brussels on": a plural present of a verb that fixes
  // a meeting or a move, with no past form or relative clause after it, schedules its date.
  const plural = lastMatch(PLURAL_SCHEDULE, words);
  // A participle inside a hyphenated word qualifies a noun ("second-placed").
  const afterPlural = words.slice(plural).replace(/\S+-\S+/g, '');
  if (plural >= 0 && !PAST_CUE.test(afterPlural) && !/\b(?:who|which|that|since|so far|until now)\b/i.test(afterPlural))
    return 'present';
  // "The central bank meets on", "The firm reports results on": the same verbs in the singular, followed by no
  // past form, schedule their date too.
  const singular = lastMatch(SINGULAR_SCHEDULE, words);
  if (
    singular >= 0 &&
    !PAST_CUE.test(words.slice(singular).replace(/\S+-\S+/g, '')) &&
    !/\b(?:since|so far|until now)\b/i.test(words.slice(singular))
  )
    return 'present';
  // "Smith, who won the title in 2023, faces either the champion or a qualifier on": a present verb after the last
  // past form is the clause's own verb; the past belongs to a clause inside it.
  // (A hyphenated word is neither: "tied with co-hosts India", "second-placed".)
  const unhyphenated = words.replace(/\S+-\S+/g, (w) => ' '.repeat(w.length));
  const present = lastMatch(PRESENT_VERB_ALL, unhyphenated);
  if (
    present >= 0 &&
    present > lastMatch(PAST_CUE_ALL, unhyphenated) &&
    !/\b(?:since|so far|until now|than)\b/i.test(words)
  )
    return 'present';
  // "will be presented to fans at the club's stadium in Fort Lauderdale on": a bare "be" or "have" opening the
  // twelve words is the verb of a "will" the long predicate pushed out of them.
  if (/^(?:be|have)\b/i.test(words) && /\b(?:will|shall)$/i.test(all.at(-13) ?? '')) return 'future';
  if (PAST_CUE.test(words) || basePast(words)) return 'past';
  // "the grass season, which starts in": a present tense right before the date names the next such time;
  // "the spring season, which usually ends in late May", a habit, the nearest one (written in June, the May just
  // past). Not after "since" or "so far", which count from the past.
  const near = clause.split(/\s+/).slice(-5).join(' ');
  if (PRESENT_CUE.test(near) && !/\b(?:since|so far|until now)\b/i.test(near))
    return HABITUAL.test(near) ? 'present' : 'future';
  // "Polls open on", "Talks begin in", "Schools close until": a plural's bare present of a start or an end right
  // before the date, in a clause with no past form ("kept the borders open until" has one).
  if (PLURAL_START_END.test(words) && !PAST_CUE.test(words)) return 'future';
  if (PRESENT_VERB.test(words) && !/\b(?:since|so far|until now|than)\b/i.test(words)) return 'present';
  // "Markets now price in two cuts by December, one of them as early as": "now" in a clause with no past form
  // makes it present (not a comparison: "higher now than in").
  if (
    /(?<!\b(?:until|till|by|from|up to|before|since|than) )\bnow\b/i.test(clause) &&
    !PAST_CUE.test(clause) &&
    !/\bthan\b/i.test(clause)
  )
    return 'present';
  // "She will set out a new strategy at the group's capital markets day on": a long predicate hides its
  // auxiliary from the last twelve words; up to eight more give it, unless a new clause or a saying opens
  // in between ("…, which cut its forecast on", "…, the palace said on").
  // Nor past a comma and an article: "will pay $88 a share, a premium of 47 percent to the closing price on"
  // describes the price, which was.
  const further = clause.trim().split(/\s+/).slice(-20, -12).join(' ');
  const oneClause =
    !/\b(?:which|who|whom|that|when|where|said|says|told)\b/i.test(words) && !/,\s+(?:a|an|the)\s/i.test(words);
  if (FUTURE_AUXILIARY.test(further) && oneClause) return 'future';
  // "tested its most powerful nuclear bomb in September and an intercontinental ballistic missile in": so does a
  // past verb, its objects of a past deed.
  if (PAST_CUE.test(further.split(/\s+/).slice(-4).join(' ')) && oneClause && !MODAL_CUE.test(words)) return 'past';
  return 'unknown';
}

/**
 * A present verb that schedules a start or an end ("opens", "takes effect", "comes into force", "kick off",
 * "go to the polls", "takes charge", "shuts down", "hands over"); lower case, and plural only in a verb's
 * phrase ("the Open", "the end of the day" are nouns).
 */
const SCHEDULED_PRESENT =
  /\b(?:(?:re)?opens|begins|starts|ends|closes|expires|resumes|(?:takes?|comes?|go(?:es)?|enters?|kicks?|gets?|heads?)\s(?:(?:full |partial )?effect|place|(?:in)?to (?:full )?(?:force|effect)|off|under ?way|on sale|office|to the polls)|takes? (?:charge|command|control|power|over)|leaves? (?:office|power)|(?:shuts|closes?|steps?|winds?) down|wraps? up|hands? over)\b/g;

/**
 * A plural subject and a bare present verb of meeting or moving: a pronoun, a plural noun ("Ministers meet"), or
 * a name with no determiner before it ("City face", not "the Labour vote", "his Paris visit").
 */
const PLURAL_SCHEDULE =
  /(?:\b(?:[Tt]hey|[Ww]e)|\b(?!(?:[Tt]his|[Hh]is|[Ii]ts|[Ww]as|[Hh]as|[Dd]oes|[Tt]hus|[Pp]lus|[Ll]ess|[Uu]nless|[Aa]cross|[Aa]lways|[Pp]erhaps)\b)\p{L}{2,}[^\W\ds'’]s|(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|of|in|on|at|for|with|by|from|to|and|or)\s)\b(?!(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Your|An?|Every|Each|Any|Some|No|Next|Last)\b)\p{Lu}\p{L}+)\s+(?:face|host|play|meet|travel|visit|welcome|take on|head|return|resume|continue|vote|gather|march|fly|arrive|go)\b(?![-'’])/gu;

/**
 * A singular present of meeting, moving or deciding (not after "the", a possessive, a preposition or a number: "the
 * group's meets", "rejected the bill by 79 votes"; nor after a word of how many, "won 18 million votes", "took 50
 * percent of the valid votes in"; nor a hyphenated word's part: "tied with co-hosts India").
 */
const SINGULAR_SCHEDULE =
  /(?<!\b(?:the|a|an|his|her|its|their|our|of|in|on|at|for|with|by|from|to|most|valid|more|fewer|million|billion|thousand|hundred)\s)(?<!\d\s)(?<!-)\b(?:meets|convenes|travels|visits|hosts|plays|faces|flies|heads|returns|continues|votes|arrives|welcomes|rules|decides|reports (?:its |their )?(?:earnings|results|figures))\b(?![-'’])/g;

/**
 * A plural noun (and a place it is in) and the bare present of a start or an end right before the date ("Polls
 * open on", "Schools across the region reopen on").
 */
const PLURAL_START_END =
  /\b\p{L}{2,}[^\W\ds'’]s(?:\s+(?:in|across|around|throughout|of)\s+(?:the\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)?\s+(?:(?:re)?open|close|begin|start|end|resume|expire)(?:\s+at\s+\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|local time))?(?:\s*\([^()]*\))?)?(?:\s+(?:on|at|in|from|until|till|by))?\s*$/u;

/** Where the last match of a global pattern starts in `text`, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/**
 * Right before a date, what it is compared with ("worse than on New Year's Eve", "higher than in March"); not a
 * bound ("no later than summer 2021") nor an amount ("less than two weeks ago").
 */
export const COMPARED_WITH =
  /(?<!\b(?:less|more|fewer|later|earlier|sooner|rather|other|no|longer|shorter)\s+)\bthan\s+(?:(?:on|in|at|during)\s+)?$/i;

/** Right after a date, a mishap or an assault no one schedules ("attacks", "bombings", "the crash"). */
export const MISHAP_AFTER =
  /^\s+(?:attacks?|bombings?|massacres?|shootings?|killings?|assassinations?|explosions?|blasts?|crash(?:es)?|disasters?|earthquakes?|quakes?|tsunami|floods?|wildfires?|landslides?|derailment|coup)\b/i;

/**
 * Right before or after a month, its contract for delivery ("crude for delivery in January", "the March contract",
 * "December futures"): a month traded ahead, whatever the clause's tense.
 */
const DELIVERY_BEFORE = /\bfor\s+(?:delivery|settlement)\s+in\s+$/i;
const DELIVERY_AFTER = /^\s+(?:delivery|contracts?|futures)\b/i;

/** Whether the date at `[start, end)` of `text` is a contract's delivery month (see DELIVERY_BEFORE, DELIVERY_AFTER). */
export function deliveryMonth(text: string, start: number, end: number): boolean {
  return (
    DELIVERY_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || DELIVERY_AFTER.test(text.slice(end, end + 20))
  );
}

/** Right after a date, a deadline its own present verb says is still ahead ("the December 31 deadline leaves"). */
const DEADLINE_AHEAD =
  /^\s+deadline\s+(?:is|remains|looms|leaves|expires|approaches|applies|falls|gives|allows|means|gets|draws)\b/i;

/** An auxiliary that puts its clause ahead. */
const FUTURE_AUXILIARY = /\b(?:will|shall|'ll|is to|are to|(?:is|are) (?:due|set|scheduled|expected|going) to)\b/i;

/**
 * How far before a date its tense is read: enough for the clause before one joined by "and" ("will hold its
 * capital markets day on September 14, and publish nine-month figures in").
 */
const TENSE_WINDOW = 160;

/**
 * The tense of a date's clause: read before it, else after it.
 * @example tenseAround('He will fly out on Monday.', 18, 24) // 'future'
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const justBefore = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 60);
  // "since April", "since early March": what began then began in the past, whatever the clause says after it.
  if (SINCE_RIGHT_BEFORE.test(justBefore)) return 'past';
  // "the Al-Qaeda leader behind the September 11 attacks": a date naming a mishap no one schedules names one gone
  // by, whatever the clause's tense.
  if (MISHAP_AFTER.test(after)) return 'past';
  // "Brent crude for delivery in January jumped": a contract's month is traded ahead of it.
  if (deliveryMonth(text, start, end)) return 'future';
  // "Barnier warned that the December 31 deadline leaves very little time": a deadline still to meet is ahead.
  if (DEADLINE_AHEAD.test(after)) return 'future';
  // "conditions could be as bad as or worse than on New Year's Eve": what is compared with is a time known,
  // one gone by, whatever the clause's tense.
  if (COMPARED_WITH.test(text.slice(Math.max(0, start - 30), start))) return 'past';
  // "Forecasters said the weekend should stay dry": a date right after a verb of saying, before a modal, is
  // the subject of what was said, and takes that clause's tense (not the saying's, as "said on Monday" does).
  if (SAID_RIGHT_BEFORE.test(justBefore) && MODAL_RIGHT_AFTER.test(after)) return tenseAfter(after);
  // ("Philippe said a cabinet meeting on Wednesday would be devoted to the cathedral": so a date closing the said
  // clause's subject, a noun phrase and "on" or "in".)
  if (
    SAID_NOUN_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    /^\s+(?:will|would|should|could|may|might)\b/.test(after)
  )
    return tenseAfter(after);
  // "Biden declared January 9 a national day of mourning": a day declared one of mourning or a holiday is ahead.
  if (DECLARED_DAY_AFTER.test(after)) return 'future';
  const left = text.slice(Math.max(0, start - TENSE_WINDOW), start);
  const clause = left.split(/[.!?]["”’]?\s+|\n/).pop() ?? left;
  // "killed 16 guides, the deadliest single accident on the mountain until Saturday": a record that stood until a
  // date was broken then, a time gone by.
  if (RECORD_UNTIL.test(clause)) return 'past';
  // '"The real test is what they do when they get home on Monday"': a plain present after "when" and a pronoun
  // speaks of a time ahead (told in the past, "when they got home", it would be gone by).
  const when = WHEN_PRONOUN_PRESENT.exec(clause);
  if (when && !PAST_CUE.test(when[0]) && !/ed$/.test(when[1]!)) return 'future';
  // "was due to fly to China later on Wednesday to attend the G20 summit in Hangzhou on Sunday": an occasion a
  // trip still to come is made for is ahead, whatever past tells the plan.
  if (ATTEND_OCCASION.test(clause) && PLANNED_TRIP.test(clause)) return 'future';
  // "China announced live-fire military drills around Taiwan from Thursday to Sunday": a stretch of what was announced
  // or ordered, right after its object, is ahead of the announcing.
  if (ANNOUNCED_FROM.test(left) && /^\s+(?:to|until|till|through)\s/i.test(after)) return 'future';
  // "suspended campaigning a week before the November 6 election": a date qualifying what a deed came before
  // may lie either side of the telling, whatever the deed's tense; the nearest occurrence is meant, as in the
  // present.
  // ("ordered Weinstein remanded in custody ahead of sentencing on March 11": so is the date of a happening's
  // noun after "ahead of" or "pending", a few words before it too: "ahead of the US Independence Day holiday on
  // Friday", 'ahead of a "Friends of Syria" conference on Sunday'.)
  if (
    (/\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the|its|their|this)\s+$/i.test(left) &&
      /^\s+\p{Ll}{3,}/u.test(after)) ||
    /\b(?:ahead\s+of|pending)\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:["“]?[\p{L}'’-]+["”]?\s+){0,4}?\p{Ll}{4,}\s+(?:on|in)\s+$/iu.test(
      left,
    ) ||
    // ("were to meet on Monday, before an emergency summit of eurozone leaders in Brussels on Tuesday": so after
    // "before", an article and an occasion's noun, with what and where it is.)
    BEFORE_OCCASION.test(left) ||
    // ("invited Tusk, Hollande and Renzi to Berlin on Monday": the day of a visit one is invited to, ahead.)
    INVITED_TO.test(left) ||
    // ("called for peaceful protests across the country on Tuesday": so the day of an occasion called for.)
    CALLED_FOR_OCCASION.test(left) ||
    // ("invited him to Washington before his inauguration on January 1": so after "before" and an owner's noun, for
    // a month or its day; a weekday after a past deed is mostly the one gone by.)
    (/\bbefore\s+(?:his|her|its|their)\s+\p{Ll}{4,}\s+(?:on|in)\s+$/iu.test(left) &&
      weekdayIndex(text.slice(start, end)) < 0)
  )
    return 'present';
  // ("officials expected up to 10,000 by Sunday": a number expected by a day is ahead of the expecting, which is now.)
  if (EXPECTED_BY.test(clause)) return 'future';
  // ("Judge Kellar ordered him to appear again at the High Court on April 5": the day of what someone is ordered or
  // asked to do is the nearest, whatever past tells the order. Not a weekday, mostly the one after the order: "ordered
  // him on Monday to appear on Wednesday".)
  if (ORDERED_TO.test(clause) && weekdayIndex(text.slice(start, end)) < 0) return 'present';
  // "The change comes days before a by-election in the seat of Canning on Saturday": what a present "comes" before is
  // still ahead.
  if (COMES_BEFORE_PRESENT.test(left)) return 'future';
  const tense = tenseBefore(left);
  // "was designated on April 25 as the candidate for the June 26 presidential election": a date qualifying the
  // occasion something is for is its nearest occurrence, whatever past the clause tells.
  if (tense === 'past' && /\bfor\s+(?:the|its|their)\s+$/i.test(left) && OCCASION_AFTER.test(after)) return 'present';
  // "The Bank of England, which cut rates on August 1, will announce …": a date that closes an aside opened by
  // "which" or "who" takes no tense from the main clause after the aside.
  if (tense === 'unknown' && /^\s*,/.test(after) && /,\s+(?:which|who)\s[^,;:.!?"“”()]*$/i.test(left)) return tense;
  // "Trump, the Republican candidate in the November 5 election, hailed …": so does one qualifying the noun that
  // closes an appositive.
  if (tense === 'unknown' && /^\s+\p{Ll}{3,}\s*,/u.test(after) && /,\s+(?:the|a|an)\s[^,;:.!?"“”()]*$/i.test(left))
    return tense;
  // "The government forecast in April that the economy would grow": a date right before "that" and the clause a
  // verb reports belongs to that verb, before it; the reported clause's tense is not the date's.
  if (tense === 'unknown' && /^\s*,?\s+that\b/i.test(after)) return tense;
  // "Samsung had launched the Note 7, a premium handset with a stylus and an iris scanner, on August 19 with great
  // fanfare, hoping to …": a past verb of the date's own sentence, further back than the last words read, over
  // what follows the date.
  if (tense === 'unknown') {
    // (Not across a participle's clause: "Ford has announced cuts, resulting in closures during the fourth quarter".)
    const opening = /(?:[.!?]["”’]?\s|\n)(?=[^.!?\n]*$)/.exec(left);
    const sentence = opening ? left.slice(opening.index + opening[0].length) : '';
    if (opening && !/,\s+\p{Ll}+ing\b/u.test(sentence) && pastSentenceBefore(sentence)) return 'past';
  }
  return tense === 'unknown' ? tenseAfter(after) : tense;
}

/**
 * Right after a date, "a national day of mourning", "a public holiday": what the date was declared (the day's
 * name captured). labels.ts says it; tenseAround puts the day ahead.
 */
export const DECLARED_DAY_AFTER =
  /^,?\s+(?:as\s+)?an?\s+((?:(?:national|public|bank|federal|special)\s+)?(?:day\s+of\s+(?:national\s+)?(?:mourning|prayer|remembrance)|holiday))\b/i;
/**
 * "invited Tusk, Hollande and Renzi to Berlin on ": who is invited and the place's name (captured), closing the words
 * before the date of the visit (labels.ts says the visit).
 */
export const INVITED_TO =
  /\binvited\s+([^.;:!?]{1,140}?)\s+to\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:on|for)\s+$/u;
/**
 * "before an emergency summit of eurozone leaders in Brussels on ": an occasion after "before" (or "ahead of") and "a"
 * or "an".
 */
const BEFORE_OCCASION =
  /\b(?:before|ahead\s+of)\s+an?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:summit|meeting|conference|talks|vote|election|referendum|deadline|visit|session|hearing|trial|match|final|ceremony|rally)(?:\s+(?:of|in|at|with|between)\s+[^,;.!?]{1,40}?)?\s+(?:on|in)\s+$/iu;
/** A past verb of announcing or ordering, its object, and "from" closing the words before a date. */
const ANNOUNCED_FROM =
  /\b(?:announced|declared|ordered|scheduled|planned|called)\s+(?!(?:that|it|he|she|they|on|in|at)\b)(?:[\w'’-]+\s+){1,8}?from\s*$/i;
/** A superlative's record up to "until" right before a date: ", the deadliest accident on the mountain until ". */
export const RECORD_UNTIL =
  /,\s+(?:the|its|their)\s+((?:\p{Ll}{3,}est|worst|best|(?:most|least)\s+\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,6}?)until\s+$/u;
/** "when they get home on ": "when", a personal pronoun, its plain present and a few words, before a date. */
const WHEN_PRONOUN_PRESENT = /\bwhen\s+(?:they|we|you|I)\s+(\p{Ll}{2,})\s+(?:[\p{L}'’-]+\s+){0,3}(?:on|in|at|by)\s+$/u;
/** "to attend the G20 summit in Hangzhou on ": an occasion one goes to, right before its date. */
const ATTEND_OCCASION =
  /\bto\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+(?:the|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:summit|meeting|conference|talks|ceremony|games|final|forum|session|wedding|funeral|inauguration)(?:\s+(?:in|at|of)\s+[^,;.]{1,40}?)?\s+(?:on|from)\s+$/iu;
/** A trip told as still to come: "was due to fly … later on Wednesday", "will travel", "is to leave". */
const PLANNED_TRIP =
  /\b(?:due\s+to|will|is\s+to|are\s+to|was\s+to|were\s+to|set\s+to|plans?\s+to|planned\s+to|expected\s+to)\s+(?:\p{Ll}+\s+)?(?:fly|travel|leave|head|go|visit|depart|arrive)\b/iu;
/** "since" (and a part of the unit) right before a date: what began then is past. */
export const SINCE_RIGHT_BEFORE = /\bsince\s+(?:(?:early|late|mid)[- ]?)?$/i;
// ("insisted that Blatter was not involved and that Friday's election would go ahead": so after a verb of insisting,
// or after "and that", a second clause a verb reports.)
const SAID_RIGHT_BEFORE =
  /\b(?:(?:said|says|say|told|predicted|forecast|warned|expect|expects|expected|insisted|insists|stressed|added|confirmed)\s+(?:that\s+)?|and\s+that\s+)$/i;
/** "expected up to 10,000 by ": a verb of expecting (not a pluperfect's), what is expected, and "by" before a date. */
const EXPECTED_BY = /(?<!\bhad\s)\b(?:expected|expects|expect)\s+(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){1,40}?\s+by\s+$/;

/** A verb of ordering or asking, whom (up to four words), "to", its verb and up to 60 characters, then "on" or "in". */
const ORDERED_TO =
  /\b(?:ordered|summoned|instructed|urged|invited|(?:was|were)\s+(?:ordered|summoned|told|asked))\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+(?!have\b)\p{Ll}+\b[^.;:!?,]{0,60}\s+(?:on|in)\s+$/u;

/** A verb of saying, an article and up to three words of a noun phrase, and "on" or "in", before a date. */
const SAID_NOUN_BEFORE =
  /\b(?:said|says|warned|insisted|announced|confirmed|added)\s+(?:that\s+)?(?:the|a|an|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:on|in)\s+$/u;
// ("warned that Saturday's conditions could be as bad": or the date's own noun, then the modal.)
const MODAL_RIGHT_AFTER =
  /^(?:['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,2})?\s+(?:will|would|should|could|may|might|is (?:expected|set|due|likely)|are (?:expected|set|due|likely))\b/iu;

/** The tense of the words before a date alone (see tenseAround). */
export function tenseJustBefore(text: string, start: number): Tense {
  return tenseBefore(text.slice(Math.max(0, start - TENSE_WINDOW), start));
}

/**
 * Whether a sentence's words before a date hold a past form and nothing that looks ahead, however far back the
 * verb is: "was driving … when the car veered off the road near Kaptagat, a town in the Rift Valley, at" (the
 * last twelve words, which tenseBefore reads, have no verb).
 */
export function pastSentenceBefore(words: string): boolean {
  const clause = maskGivenNames(words);
  return PAST_CUE.test(clause) && !FUTURE_CUE.test(clause) && !MODAL_CUE.test(clause);
}

/** Past verbs of saying and announcing, whose date is the telling's (see REPORTED_AFTER, and timexes.ts). */
export const PAST_SAYING =
  'said|told|announced|warned|added|insisted|declared|stressed|vowed|pledged|promised|predicted|confirmed|admitted';

/** A past verb of saying before what it reports, not set off by commas nor a passive's participle. */
const REPORTED_AFTER = new RegExp(
  String.raw`(?<!\b(?:was|were|is|are|be|been|being)\s+)\b(?:told(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}\p{L}+))?|${PAST_SAYING})\b(?!\s*,)`,
  'u',
);

/** Tense from the words after a date, when the words before gave none ("Friday's meeting will…"). */
export function tenseAfter(right: string): Tense {
  // "Friday's vote was postponed to next Tuesday": "next" there makes another date, not the clause's tense.
  const clause = (maskGivenNames(right).split(/\.(?!\d)|(?<!\d):|:(?!\d)|[;!?"“”]/)[0] ?? '')
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(
      /\b(?:[Nn]ext|[Cc]oming|[Uu]pcoming)\s+(?:\p{Lu}\p{L}*|week|weekend|month|year|quarter|season|summer|winter|spring|autumn|fall)\b/gu,
      '',
    );
  // "On Monday the council extended the curfew until Friday": an "until" after a past verb ends what that verb
  // did, and says nothing of the tense of the date before it.
  // So does a relative clause after a past verb: "On Sunday voters rejected a constitution that would have been …".
  const until = clause.search(/\b(?:until|till|that|which|who)\b/i);
  // "On Monday, Smith said he would resign", "Speaking on Monday, Smith said …": a past verb of saying after the date
  // (not one set off by commas, "Friday's vote, officials said, will …", nor a passive's) is what the date places;
  // the tense of what was said is not the date's.
  const saying = REPORTED_AFTER.exec(clause);
  // ("On June 20, Isaias responded by announcing he would send a delegation": so a gerund's phrase after a past verb,
  // whose clause reports what was announced.)
  const gerund = clause.search(/\b(?:by|after|before|while)\s+\p{Ll}{3,}ing\b/u);
  const stops = [until, gerund].filter((k) => k > 0);
  const cut = saying ? saying.index + saying[0].length : stops.length ? Math.min(...stops) : -1;
  const cues = cut > 0 && PAST_CUE.test(clause.slice(0, cut)) ? clause.slice(0, cut) : clause;
  if (FUTURE_CUE.test(cues) || MODAL_CUE.test(cues)) return 'future';
  if (PAST_CUE.test(clause)) return 'past';
  return 'unknown';
}

/**
 * The day a bare weekday names (0 = Sunday): the publication day itself if it is that weekday, else
 * the nearest such day before it, or after it when the tense looks ahead or is a present that schedules.
 * @example resolveWeekday({ year: 2013, month: 5, day: 7 }, 1, 'past') // { year: 2013, month: 5, day: 6 }
 */
export function resolveWeekday(reference: Ymd, weekday: number, tense: Tense): Ymd {
  const today = dayOfWeek(reference);
  if (today === weekday) return reference;
  const back = (today - weekday + 7) % 7;
  return tense === 'future' || tense === 'present' ? addDays(reference, 7 - back) : addDays(reference, -back);
}

/** A future told from the past: "would", "was to", "was due to", "were expected to". */
const FUTURE_IN_THE_PAST =
  /\b(?:would|(?:was|were) (?:to|due|set|scheduled|expected|going|planning|poised|preparing|training|gearing up|getting ready|bracing))\b/i;

/**
 * Whether the clause before a date looks ahead from a past telling ("The brewery said in March it would shut
 * the line in"): its date is ahead of the telling, which may be behind the publication.
 */
export function futureFromThePast(text: string, start: number): boolean {
  const left = text.slice(Math.max(0, start - TENSE_WINDOW), start);
  const clause = left.split(/\.(?!\d)|[;!?\n]/).pop() ?? '';
  // "said a panel would examine the response before the next fire season begins in": a clause of its own in the
  // present, after "before" or "when", places its date ahead of the publication, not of the telling.
  if (SUBORDINATE_PRESENT.test(clause)) return false;
  return FUTURE_IN_THE_PAST.test(clause);
}

/** A present of a start or an end in a clause after "before", "when", "until" or "once", right before the date. */
const SUBORDINATE_PRESENT =
  /\b(?:before|when|until|once)\s+(?:[\p{L}\d'’-]+\s+){1,5}(?:begins|starts|opens|ends|closes|resumes|expires|takes place|comes into force)\s+(?:in|on|at)?\s*$/iu;

/**
 * The year of a month named without one: the publication year, or the year before when the month
 * is still to come and the clause speaks of the past, or the year after when a past month is
 * spoken of as ahead ("Elections will be held in March", in June); in a present-tense clause, or one whose
 * tense is unknown, its nearest occurrence, ahead on a tie. A future told from the past (`told`, see futureFromThePast) goes to
 * the year after only for a month six or more back: "said in March it would shut the line in April",
 * written in June, means the April just past.
 * @example resolveMonthYear({ year: 2013, month: 5, day: 7 }, 2, 'past') // 2013
 */
export function resolveMonthYear(reference: Ymd, month: number, tense: Tense, told = false, day?: number): number {
  const diff = month - reference.month;
  // With no tense read (a headline's present, a verb no list knows), the nearest occurrence too; with none at all,
  // six months either way is the past one, as news tells more of what was than of what will be.
  if (tense === 'present' || tense === 'unknown')
    return diff > 6 || (diff === 6 && tense === 'unknown')
      ? reference.year - 1
      : diff < -6
        ? reference.year + 1
        : reference.year;
  if (diff > 0) {
    if (tense === 'future') return reference.year;
    // "Prices rose on September 11", published on 16 August: a past day is no day ahead, but the day or two
    // a time zone may put between the telling and the dateline ("on September 1", published on 31 August).
    if (diff === 1 && lastDayOfMonth(reference.year, reference.month).day - reference.day + (day ?? 1) <= 2)
      return reference.year;
    return reference.year - 1;
  }
  if (diff < 0 && tense === 'future' && (!told || diff <= -6)) return reference.year + 1;
  return reference.year;
}

/**
 * The weekend a phrase like "at the weekend" names: the one just past, or the coming one when the
 * tense looks ahead or schedules; a Saturday or Sunday publication names its own weekend.
 * @example resolveWeekend({ year: 2013, month: 5, day: 7 }, 'past') // Saturday 2013-05-04
 */
export function resolveWeekend(reference: Ymd, tense: Tense): Ymd {
  const today = dayOfWeek(reference);
  if (today === 6 || today === 0) return today === 0 ? addDays(reference, -1) : reference;
  return tense === 'future' || tense === 'present' ? addDays(reference, 6 - today) : addDays(reference, -(today + 1));
}
