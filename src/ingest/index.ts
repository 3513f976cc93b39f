/** Ingest: bytes -> RawDoc. Knows formats and encodings, nothing about news. */
export { walkPaths, type WalkEntry, type WalkProblem } from './walk.js';
export { readFileDocs, docsFromText, defaultReadOptions, type IngestItem, type ReadOptions } from './read.js';
export { decodeBytes } from './decode.js';
export { sniffFormat } from './sniff.js';
export { contentHash } from './hash.js';
export { InputError, describeError } from './errors.js';
