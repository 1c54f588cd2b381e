export const IMPORT_ERROR_CODES = ['empty', 'too-large', 'binary', 'unsupported', 'no-article', 'unreadable'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Input the reader gave that Gloss cannot open, with a message they can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
