/**
 * Gloss's analyser reads English news. Text in another script or language would come out as noise, so
 * it is refused with a message instead. A cheap, explainable test: the share of Latin letters, then the
 * share of common English function words.
 */

export type LanguageCheck = { ok: true } | { ok: false; reason: 'script' | 'language'; message: string };

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is was that for on with as by at from it he she they his her their its be been has have had said will would are were an this not but or who which after than also into over about'.split(
    ' ',
  ),
);

/** Below this share of Latin letters, the text is mostly in another script. */
const MIN_LATIN_SHARE = 0.6;
/** English prose has roughly 40 % function words; other Latin-script languages have few of these. */
const MIN_FUNCTION_WORD_SHARE = 0.1;
/** Shorter texts are let through: too few words to judge. */
const MIN_WORDS_TO_JUDGE = 20;

/**
 * Whether a text reads as English.
 * @example checkLanguage('The minister said on Tuesday that the talks would go on.').ok // true
 */
export function checkLanguage(text: string): LanguageCheck {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin / letters < MIN_LATIN_SHARE) {
    return {
      ok: false,
      reason: 'script',
      message:
        'This text is mostly in another script than the Latin alphabet. Gloss can only analyse news written in English.',
    };
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length >= MIN_WORDS_TO_JUDGE) {
    const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    if (common / words.length < MIN_FUNCTION_WORD_SHARE) {
      return {
        ok: false,
        reason: 'language',
        message: 'This text does not look like English. Gloss can only analyse news written in English.',
      };
    }
  }
  return { ok: true };
}
