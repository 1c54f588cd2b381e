/**
 * Turns what the reader gave (a file, or pasted text) into text the analyser can read, refusing what
 * it cannot: empty input, files over 5 MB, images and other binary files, unknown formats.
 */
// Deep import on purpose: only the byte checks, not the analyser behind the core's public entry,
// which must stay out of the import UI's bundle (it runs in the worker).
import { AnalyzeError, decodeArticleBytes } from '../../../core/errors';
import { ImportError } from './import-error';

/** Largest file accepted for import. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportSource = { kind: 'text' | 'html'; text: string; name: string | null };

const HTML_NAME = /\.(html?|xhtml)$/i;
const TEXT_NAME = /\.(txt|text|md)$/i;

/**
 * Whether pasted text is a whole web page rather than an article's text.
 * @example looksLikeHtmlPage('<!doctype html><html>…') // true
 */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<body[\s>]/i.test(text);
}

/** Pasted text, checked. */
export function readPastedText(text: string): ImportSource {
  if (!text.trim()) throw new ImportError('empty', 'There is no text to analyse. Paste an article or choose a file.');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge(bytes);
  return { kind: looksLikeHtmlPage(text) ? 'html' : 'text', text, name: null };
}

function tooLarge(bytes: number): ImportError {
  return new ImportError(
    'too-large',
    `This is ${(bytes / 1024 / 1024).toFixed(1)} MB; Gloss opens articles up to 5 MB. Is it the article itself?`,
  );
}

/** The bytes of a file. FileReader where `Blob.arrayBuffer` is missing (jsdom, older browsers). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(reader.error));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** A chosen or dropped file, checked and decoded as UTF-8 text. */
export async function readImportFile(file: File): Promise<ImportSource> {
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge(file.size);
  if (file.size === 0) throw new ImportError('empty', `“${file.name}” is empty.`);
  const type = file.type.toLowerCase();
  if (/^(image|audio|video|font)\//.test(type)) {
    throw new ImportError(
      'binary',
      `“${file.name}” is not text (${type}). Choose a .txt file or a saved web page (.html).`,
    );
  }
  const isHtml = HTML_NAME.test(file.name) || type === 'text/html' || type === 'application/xhtml+xml';
  const isText = TEXT_NAME.test(file.name) || type.startsWith('text/') || type === '';
  if (!isHtml && !isText) {
    throw new ImportError(
      'unsupported',
      `Gloss cannot open “${file.name}”${type ? ` (${type})` : ''}. Choose a .txt file or a saved web page (.html).`,
    );
  }
  let text: string;
  try {
    text = decodeArticleBytes(new Uint8Array(await readBytes(file)), MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof AnalyzeError && error.code === 'binary') {
      throw new ImportError('binary', `“${file.name}” is an image or other binary file, not text.`);
    }
    if (error instanceof AnalyzeError) throw new ImportError('unreadable', `“${file.name}”: ${error.message}`);
    throw new ImportError('unreadable', `“${file.name}” could not be read.`);
  }
  if (!text.trim()) throw new ImportError('empty', `“${file.name}” has no text in it.`);
  return { kind: isHtml || looksLikeHtmlPage(text) ? 'html' : 'text', text, name: file.name };
}
