import type { LangPack } from './pack.js';
import { id } from './id/index.js';
import { en } from './en/index.js';
import { ms } from './ms/index.js';

export type { LangPack, BoilerplateLexicon } from './pack.js';

const packs: Record<string, LangPack> = { id, en, ms };

/** The pack for a language code; unknown text falls back to Indonesian, the project's first language. */
export function packFor(code: string | null | undefined): LangPack {
  if (code && packs[code]) return packs[code];
  return id;
}

export function allPacks(): LangPack[] {
  return Object.values(packs);
}
