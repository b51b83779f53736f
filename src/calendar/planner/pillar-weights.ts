import type { ContentPillar, StrategyContent } from '../../strategy/strategy-content';

export type PillarSource = 'strategy' | 'contentTopics' | 'industry' | 'name';

/** A content pillar with its target share of the calendar. */
export interface WeightedPillar {
  name: string;
  /** Target share of all entries, 0..1; the shares of all pillars add up to 1. */
  share: number;
  keywords: string[];
  source: PillarSource;
}

/**
 * Turns the strategy's pillars into shares that add up to 1. When no pillar has a weight, all get equal
 * shares. When some do, a pillar without one gets the mean of the stated weights. With no pillars at all,
 * the pillars come from contentPreferences.contentTopics, else from the industry, else from the strategy
 * name, with a warning.
 */
export function weighPillars(content: StrategyContent, warnings: string[]): WeightedPillar[] {
  const stated = readStatedPillars(content.contentPillars ?? [], warnings);
  if (stated.length > 0) {
    return normalizeWeights(stated, 'strategy', warnings);
  }

  const topics = uniqueNonEmpty(content.contentPreferences?.contentTopics ?? []);
  if (topics.length > 0) {
    warnings.push(
      `contentPillars is missing, so the pillars are the content topics: ${topics.join(', ')}; add contentPillars with weights and keywords`,
    );
    return normalizeWeights(topics.map((name) => ({ name, keywords: [] })), 'contentTopics', warnings);
  }

  const industry = content.industry?.trim();
  if (industry !== undefined && industry.length > 0) {
    warnings.push(`contentPillars and contentPreferences.contentTopics are missing, so the only pillar is the industry "${industry}"`);
    return [{ name: industry, share: 1, keywords: [], source: 'industry' }];
  }

  warnings.push(`contentPillars, contentPreferences.contentTopics and industry are missing, so the only pillar is the strategy name`);
  return [{ name: content.name, share: 1, keywords: [], source: 'name' }];
}

function readStatedPillars(pillars: Array<ContentPillar | string>, warnings: string[]): ContentPillar[] {
  const seen = new Set<string>();
  const result: ContentPillar[] = [];

  for (const pillar of pillars) {
    const candidate: ContentPillar = typeof pillar === 'string' ? { name: pillar } : pillar;
    const name = candidate.name?.trim() ?? '';
    if (name.length === 0) {
      warnings.push('A content pillar without a name was ignored');
      continue;
    }

    const key = name.toLowerCase();
    if (seen.has(key)) {
      warnings.push(`Content pillar "${name}" is listed twice; the second entry was ignored`);
      continue;
    }
    seen.add(key);

    result.push({ name, weight: candidate.weight, keywords: uniqueNonEmpty(candidate.keywords ?? []) });
  }

  return result;
}

function normalizeWeights(pillars: ContentPillar[], source: PillarSource, warnings: string[]): WeightedPillar[] {
  const stated: number[] = [];
  for (const pillar of pillars) {
    if (pillar.weight === undefined) {
      continue;
    }

    if (!Number.isFinite(pillar.weight) || pillar.weight < 0) {
      warnings.push(`Content pillar "${pillar.name}" has an invalid weight ${pillar.weight}; it was treated as missing`);
      continue;
    }

    stated.push(pillar.weight);
  }

  const statedTotal = stated.reduce((sum, weight) => sum + weight, 0);
  const fallbackWeight = stated.length > 0 && statedTotal > 0 ? statedTotal / stated.length : 1;

  if (stated.length > 0 && stated.length < pillars.length) {
    warnings.push(
      `${pillars.length - stated.length} of ${pillars.length} content pillars have no weight; each got the mean stated weight ${round(fallbackWeight)}`,
    );
  }

  const weights = pillars.map((pillar) =>
    pillar.weight !== undefined && Number.isFinite(pillar.weight) && pillar.weight >= 0 ? pillar.weight : fallbackWeight,
  );

  let total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) {
    warnings.push('Every content pillar has weight 0, so the pillars get equal shares');
    weights.fill(1);
    total = weights.length;
  }

  return pillars.map((pillar, index) => ({
    name: pillar.name,
    share: weights[index] / total,
    keywords: pillar.keywords ?? [],
    source,
  }));
}

function uniqueNonEmpty(values: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed.length === 0 || seen.has(trimmed.toLowerCase())) {
      continue;
    }
    seen.add(trimmed.toLowerCase());
    result.push(trimmed);
  }

  return result;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
