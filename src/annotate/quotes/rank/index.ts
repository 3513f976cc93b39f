/**
 * Learned speaker choice over the rules' quotes: for each found quote, the candidates of
 * candidates.ts are scored by the trained model (model.ts) and the best one becomes the speaker,
 * with the heaviest features as its reasons. The rules' own choice stays unless another candidate
 * beats it by the model's margin. Quotes are neither added nor dropped: only their speakers change.
 */
import type { QuoteHit } from '../index.js';
import { speakerCandidates, type RankEnv, type SpeakerCandidate } from './candidates.js';
import { best, withMentions, type SpeakerModel } from './model.js';
import { genderClash, personGender, pronounGender } from '../gender.js';

export function rankSpeakers(hits: QuoteHit[], env: RankEnv, model: SpeakerModel, margin = model.margin): QuoteHit[] {
  const m = env.entities.length ? withMentions(model) : model;
  const out: QuoteHit[] = [];
  hits.forEach((h, k) => {
    const cands = sameGender(env, h, speakerCandidates(hits, k, env));
    if (!cands.length) {
      out.push(h);
      return;
    }
    const { index, why } = best(m, cands.map((c) => c.feats), margin);
    const who = cands[index].who;
    out.push({ ...h, speakerText: who?.text ?? null, speakerStart: who?.start ?? null, speakerEnd: who?.end ?? null, speakerMention: who?.mention ?? null, why });
  });
  return out;
}

/**
 * `she said`: when a candidate is known to be a woman, no candidate known to be a man (and the
 * other way round), whatever else speaks for him. With no candidate of the pronoun's gender, all
 * stay: the lists of names err (`Taylor` is a man's name there).
 */
function sameGender(env: RankEnv, h: QuoteHit, cands: SpeakerCandidate[]): SpeakerCandidate[] {
  const g = h.cuePronoun ? pronounGender(env.ctx, h.cuePronoun) : null;
  if (!g || !cands.some((c) => c.who && personGender(env.ctx, c.who.text) === g)) return cands;
  return cands.filter((c) => !c.who || !genderClash(env.ctx, h.cuePronoun!, c.who.text));
}
