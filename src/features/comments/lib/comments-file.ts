/**
 * Export to JSON and Markdown, and parsing of an imported JSON file (habit 9: the file is `unknown`
 * until validated; a bad file gets a message that says what is wrong with it).
 */
import * as v from 'valibot';
import {
  COMMENTS_FILE_FORMAT,
  COMMENTS_FILE_VERSION,
  CommentsFileSchema,
  describeIssues,
  parseStoredComment,
} from '../../../lib/storage/comment-schema';
import { buildThread, type Comment, type ThreadNode } from '../model';
import { formatFullDate } from './relative-time';

/** Largest file import accepts. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** What an export holds: deleted comments only as bodiless placeholders, so a deleted text never leaves. */
function exportable(comments: readonly Comment[]): Comment[] {
  return comments.map((c) => (c.deletedAt ? { ...c, body: '', author: null, anchor: null } : c));
}

export function toJsonExport(articleId: string, comments: readonly Comment[], now: Date): string {
  return `${JSON.stringify(
    {
      format: COMMENTS_FILE_FORMAT,
      version: COMMENTS_FILE_VERSION,
      articleId,
      exportedAt: now.toISOString(),
      comments: exportable(comments),
    },
    null,
    2,
  )}\n`;
}

function quoteLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');
}

function nodeToMarkdown(node: ThreadNode, out: string[]): void {
  const c = node.comment;
  const indent = '  '.repeat(node.depth);
  if (c.deletedAt) {
    out.push(`${indent}- *Deleted comment*`);
  } else {
    const who = c.author ? `**${c.author.replace(/[*_`\\]/g, '\\$&')}**` : '**Anonymous**';
    const edited = c.editedAt ? ' (edited)' : '';
    out.push(`${indent}- ${who} · ${formatFullDate(c.createdAt)}${edited}`);
    if (c.anchor?.kind === 'passage') out.push('', quoteLines(`“${c.anchor.quote}”`, `${indent}  `));
    else if (c.anchor) out.push('', `${indent}  On ${c.anchor.kind === 'entity' ? '' : 'the event '}*${c.anchor.label}*`);
    out.push('', ...c.body.split('\n').map((line) => `${indent}  ${line}`.trimEnd()));
  }
  out.push('');
  for (const reply of node.replies) nodeToMarkdown(reply, out);
}

export function toMarkdownExport(title: string, comments: readonly Comment[], now: Date): string {
  const thread = buildThread(comments, 'oldest');
  const live = comments.filter((c) => !c.deletedAt).length;
  const out = [`# Comments on “${title}”`, '', `Exported from Gloss on ${formatFullDate(now.toISOString())}: ${live} comment${live === 1 ? '' : 's'}.`, ''];
  for (const node of thread) nodeToMarkdown(node, out);
  return `${out.join('\n').trimEnd()}\n`;
}

export interface ParsedImport {
  comments: Comment[];
  /** Entries in the file that are not valid comments (skipped). */
  invalid: number;
}

/** Validates the text of an imported file for this article. Throws `ImportFileError` with a reader-facing message. */
export function parseCommentsFile(text: string, articleId: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    throw new ImportFileError('This file is not valid JSON. Choose a file exported from Gloss with “Export JSON”.');
  }
  const file = v.safeParse(CommentsFileSchema, data);
  if (!file.success) {
    throw new ImportFileError(`This is not a Gloss comments export (${describeIssues(file.issues)}).`);
  }
  if (file.output.articleId !== articleId) {
    throw new ImportFileError(`This file holds comments for another article (“${file.output.articleId}”), so nothing was imported.`);
  }
  const comments: Comment[] = [];
  let invalid = 0;
  for (const entry of file.output.comments) {
    const comment = parseStoredComment(entry);
    if (comment && comment.articleId === articleId) comments.push(comment);
    else invalid += 1;
  }
  if (comments.length === 0 && invalid > 0) {
    throw new ImportFileError(`None of the ${invalid} entries in this file is a valid comment, so nothing was imported.`);
  }
  return { comments, invalid };
}

function readBlobText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  // Older engines (and jsdom) lack Blob.text().
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** Reads and validates a chosen file, refusing files over the size limit before reading them. */
export async function readCommentsFile(file: Blob, articleId: string): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; imports are limited to 1 MB.`);
  }
  let text: string;
  try {
    text = await readBlobText(file);
  } catch {
    throw new ImportFileError('This file could not be read.');
  }
  return parseCommentsFile(text, articleId);
}
