import { describe, expect, it } from 'vitest';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { resolutionNotes } from './resolution';

describe('resolutionNotes', () => {
  it('says, for every event, which phrase gave its date and what a relative one was resolved against', () => {
    const notes = resolutionNotes(article);
    expect([...notes.keys()]).toEqual(article.events.map((e) => e.id));
    expect(notes.get('e-founded')).toBe('“1998”, as stated');
    expect(notes.get('e-talks')).toBe('“last month”, relative to 3 March 2021');
    expect(notes.get('e-meets')).toBe('“Tuesday”, relative to 3 March 2021');
    expect(notes.get('e-published')).toBe('publication date of the article');
  });

  it('joins an event’s phrases once each, and leaves out timexes the article does not have', () => {
    const merged = { ...article.events[0]!, id: 'e-merged', timexes: ['t2', 'missing', 't3', 't2'] };
    const bare = { ...article.events[0]!, id: 'e-bare', timexes: ['missing'] };
    const notes = resolutionNotes({ ...article, events: [merged, bare] });
    expect(notes.get('e-merged')).toBe('“1998”, as stated; “last month”, relative to 3 March 2021');
    expect(notes.get('e-bare')).toBe('');
  });
});
