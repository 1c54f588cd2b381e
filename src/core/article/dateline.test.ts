import { describe, expect, it } from 'vitest';
import { findDate, readAgencyLine, readByline, readCommentLine, readCopyright, readDateline } from './dateline';

describe('readDateline: the common dateline forms', () => {
  it.each([
    ['7th May 2013, Comments 0 comments', '2013-05-07', 0],
    ['7th May 2013', '2013-05-07', null],
    ['May 7, 2013', '2013-05-07', null],
    ['7 May 2013', '2013-05-07', null],
    ['2013-05-07', '2013-05-07', null],
    ['Tuesday, May 7, 2013', '2013-05-07', null],
    ['Tuesday, May 7, 2013 — 3 comments', '2013-05-07', 3],
    ['Published 21st Sept. 2019 10:45 GMT', '2019-09-21', null],
    ['Friday, July 21, 2017', '2017-07-21', null],
    ['1 January 2020 | MOSCOW', '2020-01-01', null],
  ])('%s → %s', (line, published, comments) => {
    expect(readDateline(line)).toEqual({ published, commentCount: comments });
  });

  it.each([
    ['a sentence that mentions May 7, 2013 is not a dateline.', 'a long sentence with a date'],
    ['Kerry in Moscow mission to sway Putin on Syria', 'a headline without a date'],
    ['February 30, 2013', 'an impossible date'],
    ['The talks took place on 7 May 2013 in the Russian capital.', 'a sentence with a date'],
    ['March 2011', 'a month without a day'],
  ])('rejects %s (%s)', (line) => {
    expect(readDateline(line)).toBeNull();
  });

  it('takes the first date on a line', () => {
    expect(findDate('Updated 8 May 2013, first published 7 May 2013')?.iso).toBe('2013-05-08');
  });
});

describe('readCommentLine: comment counters', () => {
  it.each([
    ['0 Comments To This Article', 0],
    ['Comments 12 comments', 12],
    ['Comments (3)', 3],
    ['1,204 comments', 1204],
    ['No comments yet', 0],
    ['Comments 3', 3],
  ])('%s → %i', (line, count) => {
    expect(readCommentLine(line)).toBe(count);
  });

  it('reads a counter with its number after the word at the end of a dateline', () => {
    expect(readDateline('12 Mar 2024 | Comments 3')).toEqual({ published: '2024-03-12', commentCount: 3 });
  });

  it.each([
    'Readers left many comments on the story about 3 comments made by the minister',
    'Comment is free',
    'Comments 3 people made were deleted',
  ])('rejects %s', (line) => {
    expect(readCommentLine(line)).toBeNull();
  });
});

describe('readCopyright: any agency', () => {
  it.each([
    ['© 2013 AFP', '© 2013 AFP', 'AFP'],
    ['(c) 2020 Reuters. All rights reserved.', '(c) 2020 Reuters', 'Reuters'],
    ['Copyright 2019 The Associated Press', 'Copyright 2019 The Associated Press', 'The Associated Press'],
    ['© Guardian News & Media Limited 2024', '© Guardian News & Media Limited 2024', 'Guardian News & Media Limited'],
    ['Copyright AFP 2023', 'Copyright AFP 2023', 'AFP'],
    ['© Reuters, 2019-2020', '© Reuters, 2019-2020', 'Reuters'],
  ])('%s', (line, copyright, source) => {
    expect(readCopyright(line)).toEqual({ copyright, source });
  });

  it.each(['Copyright law was changed in 2013, critics said, and many publishers feared the worst outcome.', '©'])(
    'rejects %s',
    (line) => {
      expect(readCopyright(line)).toBeNull();
    },
  );
});

describe('readByline', () => {
  it.each([
    ['By Jane Smith', 'Jane Smith'],
    ['By Jane Smith, AFP', 'Jane Smith'],
    ['by Anne-Marie O’Neill', 'Anne-Marie O’Neill'],
  ])('%s → %s', (line, name) => {
    expect(readByline(line)).toBe(name);
  });
  it.each([
    ['By Jane Smith, staff reporter', 'Jane Smith'],
    ['By April Jones', 'April Jones'],
  ])('a credit or a name that is no date: %s → %s', (line, name) => {
    expect(readByline(line)).toBe(name);
  });
  it.each([
    'By the time the talks began, the mood had soured.',
    'Bystanders fled',
    'By October, the reservoirs were half empty.',
    'By Thursday, Oxfam had flown in tents.',
    'By Halloween, sales had recovered.',
  ])('rejects %s', (line) => {
    expect(readByline(line)).toBeNull();
  });
});

describe('readAgencyLine: an agency named alone', () => {
  it.each([
    ['Reuters', 'Reuters'],
    ['(AFP)', 'AFP'],
    ['Associated Press.', 'Associated Press'],
  ])('%s', (line, source) => {
    expect(readAgencyLine(line)).toBe(source);
  });
  it.each(['Reuters reported the deal on Monday.', 'According to AFP', ''])('rejects "%s"', (line) => {
    expect(readAgencyLine(line)).toBeNull();
  });
});
