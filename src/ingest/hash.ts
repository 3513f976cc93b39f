import { createHash } from 'node:crypto';

/** Content hash of a document: sha256 over its decoded text, so re-encodings of one text agree. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}
