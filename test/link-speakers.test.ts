import { describe, it, expect } from 'vitest';
import { canonicalSpeakers } from '../src/link/entity-step.js';
import type { EntityMention, QuoteSpan } from '../src/model/types.js';

const q = (speaker: string | null): QuoteSpan => ({ start: 0, end: 5, text: 'kutip', speaker, direct: true });
const m = (text: string, entity: string | null): EntityMention => ({ start: 10, end: 10 + text.length, text, type: 'PERSON', entity });

describe('quote speakers become canonical entity ids once mentions are linked', () => {
  it('maps a printed short name through the mention, and a fuller form through the aliases', () => {
    const out = canonicalSpeakers(
      [q('Putin'), q('Vladimir Putin'), q('Seorang Warga'), q(null)],
      [m('Putin', 'e1'), m('Lavrov', 'e2')],
      [{ id: 'e1', name: 'Vladimir Putin', aliases: ['Putin', 'Presiden Putin'] }],
    );
    expect(out.map((x) => x.speaker)).toEqual(['e1', 'e1', 'Seorang Warga', null]);
  });

  it('leaves speakers alone when no mention was linked', () => {
    expect(canonicalSpeakers([q('Choe')], [m('Choe', null)], [])[0].speaker).toBe('Choe');
  });
});
