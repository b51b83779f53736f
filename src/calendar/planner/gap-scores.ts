import type { Priority } from '../../strategy/strategy-content';

/*
 * Rank scores, 0..1, by kind of gap:
 *   market gap         P(priority)
 *   content gap        0.5·P(priority) + 0.5·impactScore          (impactScore missing: P(priority))
 *   keyword            0.4·relevance + 0.3·E(competition) + 0.3·V(searchVolume)
 *   trend              0.8·L(impact or growthPotential)
 *   competitor theme   0.4                                          (themes competitors already cover)
 * with P: High 1, Medium 0.6, Low 0.3, missing 0.5; E (ease): Low 1, Medium 0.6, High 0.3, missing 0.5;
 * V = min(1, log10(1 + volume) / 5), so 100,000 monthly searches score 1, missing 0.5; relevance missing 0.5;
 * L: High 1, Medium 0.6, Low 0.3, missing 0.5. The weights are a judgement, not fitted to data.
 */

const PRIORITY_SCORE: Record<Priority, number> = { High: 1, Medium: 0.6, Low: 0.3 };
const COMPETITION_EASE: Record<'High' | 'Medium' | 'Low', number> = { High: 0.3, Medium: 0.6, Low: 1 };
const TREND_LEVEL_SCORE: Record<string, number> = { high: 1, medium: 0.6, low: 0.3 };
const MISSING = 0.5;

/** A derived score at or above this counts as High priority; at or above MEDIUM_THRESHOLD as Medium. */
export const HIGH_THRESHOLD = 0.7;
export const MEDIUM_THRESHOLD = 0.45;

export const COMPETITOR_THEME_SCORE = 0.4;

export function priorityScore(priority: Priority | undefined): number {
  return priority === undefined ? MISSING : (PRIORITY_SCORE[priority] ?? MISSING);
}

export function contentGapScore(priority: Priority | undefined, impactScore: number | undefined): number {
  const stated = priorityScore(priority);
  const impact = isFraction(impactScore) ? impactScore : stated;
  return 0.5 * stated + 0.5 * impact;
}

export function keywordScore(
  relevanceScore: number | undefined,
  competition: 'High' | 'Medium' | 'Low' | undefined,
  searchVolume: number | undefined,
): number {
  const relevance = isFraction(relevanceScore) ? relevanceScore : MISSING;
  const ease = competition === undefined ? MISSING : (COMPETITION_EASE[competition] ?? MISSING);
  const volume =
    typeof searchVolume === 'number' && Number.isFinite(searchVolume) && searchVolume >= 0
      ? Math.min(1, Math.log10(1 + searchVolume) / 5)
      : MISSING;

  return 0.4 * relevance + 0.3 * ease + 0.3 * volume;
}

/** Scores a trend from its impact or growth potential, read as High, Medium or Low. */
export function trendScore(level: string | undefined): number {
  const value = TREND_LEVEL_SCORE[level?.trim().toLowerCase() ?? ''] ?? MISSING;
  return 0.8 * value;
}

export function priorityFromScore(score: number): Priority {
  if (score >= HIGH_THRESHOLD) {
    return 'High';
  }

  return score >= MEDIUM_THRESHOLD ? 'Medium' : 'Low';
}

function isFraction(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}
