import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../src/features/library/import/check-language';

describe('checkLanguage: English news passes', () => {
  it.each([
    'US Secretary of State John Kerry was Tuesday to hold talks in Moscow with Russian President Vladimir Putin, seeking to narrow differences over the conflict in Syria and persuade the Kremlin to put more pressure on President Bashar al-Assad.',
    'Storm hits coast',
    'The mayor of São Paulo, João Doria, said on Monday that the city’s Café Façade project would go ahead after the council’s vote in the spring.',
    'President Xi Jinping (习近平) met the delegation in Beijing on Friday, and the two sides said they had agreed on a number of points about trade and investment.',
  ])('%s', (text) => expect(checkLanguage(text)).toEqual({ ok: true }));
});

describe('checkLanguage: other scripts and languages are refused', () => {
  it.each([
    ['Cyrillic', 'Госсекретарь США Джон Керри прибыл в Москву для переговоров с Владимиром Путиным о Сирии.'],
    ['Chinese', '美国国务卿克里周二抵达莫斯科，与俄罗斯总统普京就叙利亚问题举行会谈。'],
    ['Arabic', 'وصل وزير الخارجية الأمريكي جون كيري إلى موسكو لإجراء محادثات مع الرئيس الروسي فلاديمير بوتين.'],
  ])('%s script', (_name, text) => expect(checkLanguage(text)).toMatchObject({ ok: false, reason: 'script' }));

  it.each([
    [
      'French',
      'Le secrétaire d’État américain John Kerry est arrivé mardi à Moscou pour des entretiens avec le président russe Vladimir Poutine, afin de réduire les divergences sur la Syrie et de convaincre le Kremlin.',
    ],
    [
      'German',
      'US-Außenminister John Kerry ist am Dienstag zu Gesprächen mit dem russischen Präsidenten Wladimir Putin in Moskau eingetroffen, um die Differenzen über den Konflikt in Syrien zu verringern und den Kreml zu überzeugen.',
    ],
    [
      'Spanish',
      'El secretario de Estado estadounidense John Kerry llegó el martes a Moscú para mantener conversaciones con el presidente ruso Vladimir Putin, con el fin de reducir las diferencias sobre el conflicto en Siria.',
    ],
  ])('%s', (_name, text) => expect(checkLanguage(text)).toMatchObject({ ok: false, reason: 'language' }));
});
