import { describe, expect, it } from 'vitest';
import { analyze } from './index';

describe('analyze', () => {
  it("dates nothing by a person's name that is a month's", () => {
    const a = analyze(
      "Johnson quits as May's Brexit plan sparks revolt\n\n9th July 2018, Comments 0 comments\n\n" +
        'Prime Minister Theresa May lost her Brexit secretary on Sunday. May, 61, has struggled to assert her ' +
        'authority. The party had chosen her in July 2016.\n\n© 2018 AFP\n\n0 Comments To This Article\n',
    );
    expect(a.timexes.map((t) => [t.text, t.value])).toEqual([
      ['Sunday', '2018-07-08'],
      ['July 2016', '2016-07'],
    ]);
    expect(a.events.some((e) => e.date.value.startsWith('2018-05'))).toBe(false);
  });
});
