export const ANALYZE_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'invalid-utf8',
  'bad-published',
  'no-text',
] as const;
export type AnalyzeErrorCode = (typeof ANALYZE_ERROR_CODES)[number];

/**
 * The one error `analyze` and `decodeArticleBytes` throw for bad input, with a message a reader can act on.
 * @example new AnalyzeError('empty', 'The article is empty.')
 */
export class AnalyzeError extends Error {
  readonly code: AnalyzeErrorCode;
  constructor(code: AnalyzeErrorCode, message: string) {
    super(message);
    this.name = 'AnalyzeError';
    this.code = code;
  }
}

/** Largest input accepted, in bytes (10 MB). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, epub…)
  [0x1f, 0x8b], // gzip
];

/**
 * Decodes the bytes of an article file as UTF-8, refusing what is not text.
 * @example decodeArticleBytes(new TextEncoder().encode('Title\n\nBody.')) // 'Title\n\nBody.'
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length === 0) throw new AnalyzeError('empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new AnalyzeError(
      'too-large',
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    );
  }
  const isSignature = BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
  const probe = bytes.subarray(0, 8192);
  if (isSignature || probe.includes(0)) {
    throw new AnalyzeError('binary', 'The file is binary (an image or other non-text file), not plain text.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AnalyzeError('invalid-utf8', 'The file is not valid UTF-8 text.');
  }
}
