/**
 * Just enough English verb morphology to turn a clause into a headline-style label: a past, gerund or
 * bare verb becomes the third-person present ("took over" → "takes over", "to meet" → "meets").
 */

const IRREGULAR_PAST: Record<string, string> = {
  said: 'say', spoke: 'speak', met: 'meet', took: 'take', began: 'begin', was: 'be', were: 'be', held: 'hold',
  made: 'make', went: 'go', came: 'come', gave: 'give', told: 'tell', left: 'leave', won: 'win', lost: 'lose',
  fell: 'fall', rose: 'rise', ran: 'run', bought: 'buy', sold: 'sell', saw: 'see', found: 'find', got: 'get',
  brought: 'bring', wrote: 'write', struck: 'strike', shot: 'shoot', hit: 'hit', led: 'lead', fled: 'flee',
  sent: 'send', spent: 'spend', built: 'build', chose: 'choose', drew: 'draw', drove: 'drive', flew: 'fly',
  forgot: 'forget', grew: 'grow', knew: 'know', paid: 'pay', put: 'put', quit: 'quit', read: 'read', rode: 'ride',
  sang: 'sing', sat: 'sit', set: 'set', shut: 'shut', stood: 'stand', swore: 'swear', taught: 'teach',
  thought: 'think', threw: 'throw', understood: 'understand', woke: 'wake', wore: 'wear', withdrew: 'withdraw',
  overtook: 'overtake', undertook: 'undertake', became: 'become', broke: 'break', caught: 'catch', cut: 'cut',
  did: 'do', ate: 'eat', felt: 'feel', fought: 'fight', heard: 'hear', kept: 'keep', laid: 'lay', let: 'let',
  meant: 'mean', sought: 'seek', seized: 'seize', shook: 'shake', slid: 'slide', split: 'split', spread: 'spread',
  stole: 'steal', stuck: 'stick', swept: 'sweep', tore: 'tear', unveiled: 'unveil', had: 'have',
  underwent: 'undergo', overcame: 'overcome', foresaw: 'foresee', forgave: 'forgive', upheld: 'uphold',
  withheld: 'withhold', overthrew: 'overthrow', outgrew: 'outgrow', rebuilt: 'rebuild', overran: 'overrun',
  misled: 'mislead', hid: 'hide', lent: 'lend', dealt: 'deal', dug: 'dig', froze: 'freeze', sank: 'sink',
  shrank: 'shrink', slept: 'sleep', swam: 'swim', wept: 'weep', forbade: 'forbid',
};

const IRREGULAR_PASTS: ReadonlySet<string> = new Set(Object.keys(IRREGULAR_PAST));

/** Past forms that are irregular (for recognising verbs). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PASTS.has(word) || IRREGULAR_PASTS.has(word.toLowerCase());
}

/**
 * The base form of a verb given as past ("announced"), gerund ("taking") or base ("meet").
 * @example baseForm('taking') // 'take'
 */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PAST[w];
  if (irregular) return irregular;
  // "carried" → "carry", but "died", "tied", "lied" → "die", "tie", "lie".
  if (w.endsWith('ied')) return w.length === 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ed') || w.endsWith('ing')) {
    const stem = w.endsWith('ed') ? w.slice(0, -2) : w.slice(0, -3);
    if (/([bdgklmnprt])\1$/.test(stem) && !/(?:ll|ss|dd)$/.test(stem)) return stem.slice(0, -1);
    // "bidding" → "bid" (but "added" → "add"); "travelled" → "travel" (but "called", "selling" keep theirs).
    if (/dd$/.test(stem) && stem !== 'add') return stem.slice(0, -1);
    if (/[aeiou][^aeiou]+ell$/.test(stem)) return stem.slice(0, -1);
    // "required" → "require", "retired" → "retire" (but "repaired" → "repair").
    if (/(?:[^aeiou]|qu)ir$/.test(stem)) return `${stem}e`;
    if (/(?:[^aeiou][aeiou][cgvszt]|[^o]ur|[aeiou]r?s|[^aeo]ak|[^o]ok)$/.test(stem) && !/(?:visit|edit|limit|exhibit|credit|profit|benefit|target|budget|market|vomit|inherit|audit|deposit|prohibit|focus|bias)$/.test(stem))
      return `${stem}e`;
    if (/(?:[^aeiou][aiou]l|[^aeioul]l|[cguv]|[^aeiou][aeiou]m|[^aeiou][aiou]n|[^aeiou][aiou]r|[^aeiou][aiou]d)$/.test(stem) && !/(?:[aeiou]{2}[mnr])$/.test(stem)) return `${stem}e`;
    return stem;
  }
  return w;
}

/**
 * The third-person singular present of a base verb.
 * @example thirdPerson('meet') // 'meets'
 */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/^(?:un|re|out|over)?do$|^(?:under|fore)?go$/.test(base)) return `${base}es`;
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * The base of a present-tense verb, third person or not ("starts" → "start", "reaches" → "reach",
 * "begin" → "begin").
 * @example presentBase('carries') // 'carry'
 */
export function presentBase(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word) || /[^aeiou]oes$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Nouns of events and the verb phrase a label says instead ("return" → "returns"). */
const NOMINALISATIONS: Record<string, string> = {
  return: 'returns', visit: 'visits', arrival: 'arrives', departure: 'departs', election: 'is elected',
  reelection: 'is re-elected', 're-election': 'is re-elected', death: 'dies', resignation: 'resigns',
  appointment: 'is appointed', launch: 'launches', meeting: 'meets', attack: 'attacks', invasion: 'invades',
  victory: 'wins', defeat: 'is defeated', release: 'is released', arrest: 'is arrested', birth: 'is born',
  trip: 'travels', speech: 'speaks', announcement: 'announces', decision: 'decides', withdrawal: 'withdraws',
  collapse: 'collapses', inauguration: 'is inaugurated', retirement: 'retires',
  acquisition: 'acquires', purchase: 'buys', sale: 'sells', merger: 'merges', takeover: 'takes over',
  rise: 'rises', fall: 'falls', ouster: 'is ousted', overthrow: 'is overthrown', capture: 'is captured',
  escape: 'escapes', marriage: 'marries', wedding: 'marries', funeral: 'is buried', trial: 'is tried',
  conviction: 'is convicted', sentencing: 'is sentenced', execution: 'is executed', assassination: 'is assassinated',
  kidnapping: 'is kidnapped', founding: 'is founded', opening: 'opens', closure: 'closes', crash: 'crashes',
  bankruptcy: 'goes bankrupt', debut: 'debuts', premiere: 'premieres', landing: 'lands', takeoff: 'takes off',
};

/**
 * The verb phrase for an event noun after a possessive ("Smith's return" → "returns"), or null.
 * @example verbOfNoun('return') // 'returns'
 */
export function verbOfNoun(noun: string): string | null {
  return NOMINALISATIONS[noun.toLowerCase()] ?? null;
}
