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
  ])('%s → %s', (word, present) => {
    expect(thirdPerson(baseForm(word))).toBe(present);
  });
  it.each([
    ['bidding', 'bid'], ['skidded', 'skid'], ['added', 'add'], ['travelled', 'travel'], ['cancelled', 'cancel'],
    ['called', 'call'], ['selling', 'sell'], ['spelled', 'spell'], ['looked', 'look'], ['leaked', 'leak'], ['smoked', 'smoke'],
    ['baked', 'bake'], ['booked', 'book'], ['honoured', 'honour'], ['cured', 'cure'], ['died', 'die'], ['tied', 'tie'],
    ['carried', 'carry'], ['required', 'require'], ['acquired', 'acquire'], ['retired', 'retire'], ['repaired', 'repair'],
  ])('reads the base of %s as %s (a doubled consonant or a silent e only where the base has one)', (word, base) => {
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
