import { describe, expect, it } from 'vitest';
import { baseForm, presentBase, thirdPerson, verbOfNoun } from './verbs';

describe('verbs for headline-style labels', () => {
  it.each([
    ['announced', 'announces'], ['launched', 'launches'], ['claimed', 'claims'], ['stated', 'states'], ['started', 'starts'],
    ['visited', 'visits'], ['taking', 'takes'], ['meeting', 'meets'], ['urged', 'urges'], ['accused', 'accuses'],
    ['planned', 'plans'], ['called', 'calls'], ['added', 'adds'], ['agreed', 'agrees'], ['received', 'receives'],
    ['settled', 'settles'], ['provided', 'provides'], ['continued', 'continues'], ['resumed', 'resumes'], ['opened', 'opens'],
    ['said', 'says'], ['spoke', 'speaks'], ['tried', 'tries'], ['closed', 'closes'], ['go', 'goes'], ['be', 'is'],
    ['underwent', 'undergoes'], ['upheld', 'upholds'], ['died', 'dies'], ['tied', 'ties'], ['carried', 'carries'],
    ['conceded', 'concedes'], ['vetoed', 'vetoes'], ['echoed', 'echoes'], ['do', 'does'], ['go', 'goes'],
    ['spun', 'spins'], ['swung', 'swings'], ['sped', 'speeds'], ['oversaw', 'oversees'], ['withstood', 'withstands'],
  ])('%s → %s', (word, present) => {
    expect(thirdPerson(baseForm(word))).toBe(present);
  });
  it.each([
    ['bidding', 'bid'], ['skidded', 'skid'], ['added', 'add'], ['travelled', 'travel'], ['cancelled', 'cancel'],
    ['called', 'call'], ['selling', 'sell'], ['spelled', 'spell'], ['looked', 'look'], ['leaked', 'leak'], ['smoked', 'smoke'],
    ['baked', 'bake'], ['booked', 'book'], ['honoured', 'honour'], ['cured', 'cure'], ['died', 'die'], ['tied', 'tie'],
    ['carried', 'carry'], ['required', 'require'], ['acquired', 'acquire'], ['retired', 'retire'], ['repaired', 'repair'],
    ['initialled', 'initial'], ['trialled', 'trial'], ['dialling', 'dial'], ['pencilled', 'pencil'], ['installed', 'install'],
    ['filled', 'fill'], ['spilled', 'spill'], ['stalled', 'stall'],
  ])('reads the base of %s as %s (a doubled consonant or a silent e only where the base has one)', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });
  // A silent "e" before "-ed"/"-ing": told by spelling ("-eded" after a consonant, "-uded", "-ided", "-aded",
  // "-iated", "-ibed"), or by a closed list where a stressed last syllable decides ("invite" but "visit").
  it.each([
    ['conceded', 'concede'], ['ceded', 'cede'], ['preceded', 'precede'], ['receded', 'recede'], ['impeded', 'impede'],
    ['decided', 'decide'], ['guided', 'guide'], ['included', 'include'], ['invaded', 'invade'], ['persuaded', 'persuade'],
    ['eroded', 'erode'], ['created', 'create'], ['negotiated', 'negotiate'], ['evaluated', 'evaluate'],
    ['described', 'describe'], ['quoted', 'quote'], ['hoped', 'hope'], ['hiked', 'hike'], ['collapsed', 'collapse'],
    ['analysed', 'analyse'], ['condensed', 'condense'], ['completed', 'complete'], ['invited', 'invite'], ['cited', 'cite'],
    ['convened', 'convene'], ['postponed', 'postpone'], ['ignored', 'ignore'], ['changing', 'change'], ['plunged', 'plunge'],
    ['massacred', 'massacre'], ['breathed', 'breathe'], ['wasted', 'waste'], ['welcomed', 'welcome'], ['becoming', 'become'],
    ['queued', 'queue'], ['dying', 'die'], ['owed', 'owe'], ['premiered', 'premiere'], ['premiering', 'premiere'],
  ])('restores the silent e: %s → %s', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });
  it.each([
    ['succeeded', 'succeed'], ['exceeded', 'exceed'], ['proceeded', 'proceed'], ['needed', 'need'], ['heeded', 'heed'],
    ['need', 'need'], ['proceed', 'proceed'], ['headed', 'head'], ['loaded', 'load'], ['avoided', 'avoid'],
    ['treated', 'treat'], ['floated', 'float'], ['interpreted', 'interpret'], ['targeted', 'target'],
    ['visited', 'visit'], ['exited', 'exit'], ['limited', 'limit'], ['piloted', 'pilot'], ['debuted', 'debut'],
    ['developed', 'develop'],
    ['abandoned', 'abandon'], ['reasoned', 'reason'], ['mentioned', 'mention'], ['sponsored', 'sponsor'],
    ['monitored', 'monitor'], ['murmured', 'murmur'], ['entered', 'enter'], ['belonged', 'belong'], ['bringing', 'bring'],
    ['hanging', 'hang'], ['sprawled', 'sprawl'], ['howled', 'howl'], ['accustomed', 'accustom'], ['signaled', 'signal'],
    ['lasted', 'last'], ['unearthed', 'unearth'], ['focused', 'focus'], ['boycotted', 'boycott'], ['controlled', 'control'],
    ['fuelled', 'fuel'], ['quelled', 'quell'], ['trafficked', 'traffic'], ['echoed', 'echo'],
  ])('adds no e where the base has none: %s → %s', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });
  it.each([
    ['starts', 'start'], ['begin', 'begin'], ['reaches', 'reach'], ['carries', 'carry'], ['goes', 'go'], ['uses', 'use'],
    ['passes', 'pass'],
  ])('the base of the present %s is %s', (word, base) => {
    expect(presentBase(word)).toBe(base);
  });
  it('turns event nouns after a possessive into verbs, and leaves other nouns alone', () => {
    expect(verbOfNoun('return')).toBe('returns');
    expect(verbOfNoun('election')).toBe('is elected');
    expect(verbOfNoun('table')).toBeNull();
  });
});
