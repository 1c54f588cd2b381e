import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import type { Entity } from '../types';
import { recognizeEntities } from './recognize';

const events = (body: string): string[] =>
  recognizeEntities(segment(`Daily news report\n\n${body}`))
    .filter((e: Entity) => e.type === 'event')
    .map((e) => e.name);

describe('named events', () => {
  it.each([
    ["They discussed last month's Boston Marathon bombings.", ['Boston Marathon bombings']],
    ['It recalled the 2003 invasion of Iraq.', ['2003 invasion of Iraq']],
    ['She won the Google Science Fair.', ['Google Science Fair']],
    ['He visited the Taipei City Lantern Festival.', ['Taipei City Lantern Festival']],
  ])('%s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });

  it.each([
    ['The invasion of Iraq began.', []],
    ['Boston police said the bombings were planned.', []],
  ])('negative: %s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });
});
