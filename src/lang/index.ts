import type { LangPack } from './pack.js';
import { id } from './id/index.js';
import { en } from './en/index.js';

export type { LangPack } from './pack.js';

const packs: Record<string, LangPack> = { id, en };

/** The pack for a language code; Malay and unknown text fall back to Indonesian, the closest pack. */
export function packFor(code: string | null | undefined): LangPack {
  if (code && packs[code]) return packs[code];
  return id;
}

export function allPacks(): LangPack[] {
  return Object.values(packs);
}
