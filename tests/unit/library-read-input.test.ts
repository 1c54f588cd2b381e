import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/features/library/import/import-error';
import {
  looksLikeHtmlPage,
  MAX_IMPORT_BYTES,
  readImportFile,
  readPastedText,
} from '../../src/features/library/import/read-input';

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('readImportFile: what opens', () => {
  it('reads a .txt file as text', async () => {
    expect(await readImportFile(file(['Title\n\nBody.'], 'story.txt', 'text/plain'))).toEqual({
      kind: 'text',
      text: 'Title\n\nBody.',
      name: 'story.txt',
    });
  });
  it('reads a .html file as a web page, whatever its type says', async () => {
    expect((await readImportFile(file(['<p>Hi</p>'], 'page.html'))).kind).toBe('html');
  });
  it('treats a .txt file holding a whole web page as a web page', async () => {
    expect((await readImportFile(file(['<!doctype html><html><body>x</body></html>'], 'saved.txt'))).kind).toBe('html');
  });
});

describe('readImportFile: what is refused, with a message', () => {
  it.each([
    ['an empty file', file([], 'empty.txt', 'text/plain'), 'empty', /empty/],
    ['an image by type', file([PNG], 'photo.png', 'image/png'), 'binary', /not text/],
    ['an image named .txt', file([PNG], 'photo.txt', 'text/plain'), 'binary', /binary/],
    ['a file with NUL bytes', file([new Uint8Array([65, 0, 66])], 'data.txt'), 'binary', /binary/],
    ['a PDF', file(['%PDF-1.4'], 'paper.pdf', 'application/pdf'), 'unsupported', /cannot open/],
    ['invalid UTF-8', file([new Uint8Array([0x41, 0xff, 0xfe, 0x42])], 'latin1.txt'), 'unreadable', /UTF-8/],
    ['blank text', file(['  \n\n  '], 'blank.txt'), 'empty', /no text/],
  ])('%s', async (_name, input, code, message) => {
    const error = await readImportFile(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('a file over 5 MB, without reading it', async () => {
    const big = file([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'big.txt', 'text/plain');
    await expect(readImportFile(big)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/5 MB/),
    });
  });
});

describe('readPastedText', () => {
  it('keeps pasted text as it is', () => {
    expect(readPastedText('Title\n\nBody.')).toEqual({ kind: 'text', text: 'Title\n\nBody.', name: null });
  });
  it('refuses blank text', () => {
    expect(() => readPastedText('  \n ')).toThrow(/no text to analyse/);
  });
  it('refuses more than 5 MB', () => {
    expect(() => readPastedText('a'.repeat(MAX_IMPORT_BYTES + 1))).toThrow(/5 MB/);
  });
});

describe('looksLikeHtmlPage', () => {
  it.each(['<!DOCTYPE html><html>', '  <html lang="en">', '<div><body class="x">'])('%s is a page', (text) =>
    expect(looksLikeHtmlPage(text)).toBe(true),
  );
  it.each(['Title\n\nThe <b>bold</b> move.', 'Use <html> tags, the teacher said.'])('%s is not', (text) =>
    expect(looksLikeHtmlPage(text)).toBe(false),
  );
});
