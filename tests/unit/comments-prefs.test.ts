import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, draftKey, loadDisplayName, loadDraft, saveDisplayName, saveDraft } from '../../src/lib/storage/local-prefs';

afterEach(() => localStorage.clear());

describe('drafts', () => {
  it('are saved per article and target under a versioned key', () => {
    expect(saveDraft('art', 'new', { body: 'Half a thought', anchor: null })).toEqual({ ok: true });
    saveDraft('art', 'reply:c1', { body: 'A reply', anchor: null });
    expect(draftKey('art', 'new')).toBe('gloss:comment-draft:v1:art:new');
    expect(loadDraft('art', 'new')).toEqual({ body: 'Half a thought', anchor: null });
    expect(loadDraft('art', 'reply:c1')?.body).toBe('A reply');
    expect(loadDraft('other', 'new')).toBeNull();
  });

  it('keep their anchor', () => {
    const anchor = { kind: 'entity', id: 'person-kerry', label: 'John Kerry' } as const;
    saveDraft('art', 'new', { body: '', anchor });
    expect(loadDraft('art', 'new')).toEqual({ body: '', anchor });
  });

  it('are removed when emptied or cleared', () => {
    saveDraft('art', 'new', { body: 'x', anchor: null });
    saveDraft('art', 'new', { body: '', anchor: null });
    expect(localStorage.getItem(draftKey('art', 'new'))).toBeNull();
    saveDraft('art', 'new', { body: 'x', anchor: null });
    clearDraft('art', 'new');
    expect(loadDraft('art', 'new')).toBeNull();
  });

  it.each(['not json', '{"body": 5}', '[]', 'null'])('ignore a corrupted value (%s)', (raw) => {
    localStorage.setItem(draftKey('art', 'new'), raw);
    expect(loadDraft('art', 'new')).toBeNull();
  });

  it('report a failed write (quota) and keep the draft for this page', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = saveDraft('art', 'quota', { body: 'kept', anchor: null });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/full/) });
    expect(loadDraft('art', 'quota')?.body).toBe('kept');
  });
});

describe('display name', () => {
  it('is remembered and validated', () => {
    saveDisplayName('Grace');
    expect(loadDisplayName()).toBe('Grace');
    localStorage.setItem('gloss:display-name:v1', '{"not":"a name"}');
    expect(loadDisplayName()).toBe('');
  });
});

describe('an emptied edit', () => {
  it('is kept as an explicit empty draft, so it does not fall back to the original text', () => {
    saveDraft('art', 'edit:c1', { body: '', anchor: null }, true);
    expect(loadDraft('art', 'edit:c1')).toEqual({ body: '', anchor: null });
  });
});
