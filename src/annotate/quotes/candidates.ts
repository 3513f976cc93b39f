/**
 * Who said a direct quote that carries no cue of its own (`"…"` opening a paragraph, or following
 * a sentence about someone)? Several people may: the last speaker, the speaker named by the cue of
 * the quote that comes right after it (a run of quote paragraphs closed by one cue), and the
 * person the sentence before is about. Rather than a fixed order, each candidate collects points
 * for explicit features, candidates naming the same person add up (agreement is evidence), and the
 * best total of at least `MIN_SCORE` wins; a tie goes to the candidate nearest the quote. Each
 * winner keeps the reasons it scored, so a choice can be explained.
 */

export type CandidateSource = 'last' | 'next' | 'salient';

export interface Candidate<T> {
  /** The person, as the caller resolves names. */
  who: T;
  /** A key that is equal for two candidates naming the same person. */
  key: string;
  source: CandidateSource;
  /** Characters between the candidate's cue or mention and the quote (for the tie-break). */
  distance: number;
  /** Paragraphs between the candidate's cue or mention and the quote (0: the same paragraph). */
  paragraphs: number;
  /** `next`: nothing but white space separates the two quotes. */
  adjacent?: boolean;
  /** `salient`: the person is new to the text, has spoken, or is the agent of a reply verb. */
  fresh?: boolean;
  /** `salient`: the sentence about the person holds a verb of speech. */
  reports?: boolean;
}

export interface Choice<T> {
  who: T;
  score: number;
  why: string[];
}

/** Below this no candidate is trusted: one weak hint (a last speaker two paragraphs back) is not enough. */
const MIN_SCORE = 2;

/** The points one candidate earns, with the reason for each. */
export function features<T>(c: Candidate<T>): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  if (c.source === 'next' && c.adjacent && c.paragraphs <= 1) out.push([3, 'the next quote follows at once and names its speaker']);
  if (c.source === 'last' && c.paragraphs <= 1) out.push([2, 'spoke last, in this paragraph or the one before']);
  else if (c.source === 'last' && c.paragraphs === 2) out.push([1, 'spoke last, two paragraphs back']);
  if (c.source === 'salient' && c.fresh) out.push([2, 'the sentence before is about them and they are new or have spoken']);
  if (c.source === 'salient' && c.reports) out.push([1, 'the sentence before reports them']);
  return out;
}

/** The best-scoring person among the candidates, or null when none reaches `MIN_SCORE`. */
export function chooseSpeaker<T>(cands: Array<Candidate<T>>): Choice<T> | null {
  const byKey = new Map<string, { who: T; score: number; why: string[]; distance: number }>();
  for (const c of cands) {
    const f = features(c);
    const cur = byKey.get(c.key) ?? { who: c.who, score: 0, why: [], distance: Infinity };
    cur.score += f.reduce((s, [p]) => s + p, 0);
    cur.why.push(...f.map(([p, w]) => `${c.source} +${p}: ${w}`));
    if (c.distance < cur.distance) {
      cur.distance = c.distance;
      cur.who = c.who;
    }
    byKey.set(c.key, cur);
  }
  let best: { who: T; score: number; why: string[]; distance: number } | null = null;
  for (const v of byKey.values()) {
    if (v.score < MIN_SCORE) continue;
    if (!best || v.score > best.score || (v.score === best.score && v.distance < best.distance)) best = v;
  }
  return best && { who: best.who, score: best.score, why: best.why };
}
