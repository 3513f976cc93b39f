/**
 * Vitest setup file: runs in each test file's module graph, so it shares `test/support.ts` with the
 * tests and can remove the temporary directories they made once the whole file is done (a test
 * may read a store another test of the file wrote, so not sooner).
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './support.js';

afterAll(removeTempDirs);
