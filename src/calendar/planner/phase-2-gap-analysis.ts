import type { Priority, StrategyContent } from '../../strategy/strategy-content';
import {
  COMPETITOR_THEME_SCORE,
  contentGapScore,
  keywordScore,
  priorityFromScore,
  priorityScore,
  trendScore,
} from './gap-scores';
import { deriveGapTopic } from './gap-topics';
import { clamp01 } from './numbers';
import type { WeightedPillar } from './pillar-weights';
import { countTokenOverlap, isPlaceholderText, tokenize } from './text';
import type { PhaseResult } from './types';

export type GapKind = 'market_gap' | 'content_gap' | 'keyword' | 'trend' | 'competitor_theme';

/** Kinds that are gaps to close; trends and competitor themes only supply topics. */
const GAP_KINDS: ReadonlySet<GapKind> = new Set(['market_gap', 'content_gap', 'keyword']);

/** Order among equal scores. */
const KIND_ORDER: Record<GapKind, number> = { market_gap: 0, content_gap: 1, keyword: 2, trend: 3, competitor_theme: 4 };

export interface RankedGap {
  /** Unique within one analysis, such as "market_gap-2" for the second market gap in the strategy. */
  id: string;
  kind: GapKind;
  text: string;
  /** A phrase a working title can be built on, when one could be derived from the text. */
  topic?: string;
  detail?: string;
  audience?: string;
  priority: Priority;
  /** True for gaps (not trends or themes) of High priority: the gaps the quality report checks coverage of. */
  highPriority: boolean;
  /** Rank score, 0..1; see gap-scores.ts for the formula per kind. */
  score: number;
  pillar: string;
  /** Distinct tokens shared with the pillar's name and keywords; 0 means the pillar was chosen to spread gaps. */
  pillarOverlap: number;
}

export interface GapAnalysisInput {
  content: StrategyContent;
  pillars: WeightedPillar[];
}

export interface GapAnalysis {
  /** Best first. */
  gaps: RankedGap[];
  skippedPlaceholders: string[];
}

interface Candidate {
  kind: GapKind;
  index: number;
  text: string;
  topic?: string;
  detail?: string;
  audience?: string;
  statedPriority?: Priority;
  score: number;
}

/**
 * Phase 2: collects market gaps, content gaps, keyword opportunities, trends and competitor themes and
 * ranks them by score. Each goes to the pillar it shares the most words with, and a tie goes to the pillar
 * with the fewest gaps so far. The quality score is 0.7 × the share of items that share a word with their
 * pillar plus 0.3 × the share of gaps that are High priority.
 */
export function analyzeGaps(input: GapAnalysisInput): PhaseResult<GapAnalysis> {
  const warnings: string[] = [];
  const skippedPlaceholders: string[] = [];

  const candidates = collectCandidates(input.content, skippedPlaceholders);
  if (skippedPlaceholders.length > 0) {
    warnings.push(
      `Ignored ${skippedPlaceholders.length} placeholder values such as "${skippedPlaceholders[0]}"; they name no real topic`,
    );
  }

  candidates.sort(
    (left, right) =>
      right.score - left.score || KIND_ORDER[left.kind] - KIND_ORDER[right.kind] || left.index - right.index,
  );

  const gaps = assignPillars(candidates, input.pillars);

  const gapCount = gaps.filter((gap) => GAP_KINDS.has(gap.kind)).length;
  const highPriorityCount = gaps.filter((gap) => gap.highPriority).length;
  if (gaps.length === 0) {
    warnings.push('The strategy has no market gaps, content gaps, keyword opportunities, trends or competitor themes; titles use pillar names only');
  } else if (highPriorityCount === 0) {
    warnings.push('No gap has High priority, so gap coverage has nothing to measure');
  }

  const overlapShare = gaps.length === 0 ? 0 : gaps.filter((gap) => gap.pillarOverlap > 0).length / gaps.length;
  const highPriorityShare = gapCount === 0 ? 0 : highPriorityCount / gapCount;

  return {
    output: { gaps, skippedPlaceholders },
    qualityScore: clamp01(0.7 * overlapShare + 0.3 * highPriorityShare),
    warnings,
  };
}

function collectCandidates(content: StrategyContent, skipped: string[]): Candidate[] {
  const candidates: Candidate[] = [];
  const keep = (text: string | undefined): text is string => {
    if (typeof text !== 'string' || text.trim().length === 0) {
      return false;
    }
    if (isPlaceholderText(text)) {
      skipped.push(text.trim());
      return false;
    }
    return true;
  };

  (content.marketGaps ?? []).forEach((gap, index) => {
    if (!keep(gap?.gapDescription)) {
      return;
    }
    candidates.push({
      kind: 'market_gap',
      index,
      text: gap.gapDescription.trim(),
      topic: deriveGapTopic(gap.gapDescription, gap.opportunity),
      detail: gap.opportunity,
      audience: gap.targetAudience,
      statedPriority: gap.priority,
      score: priorityScore(gap.priority),
    });
  });

  (content.gapAnalysis?.contentGaps ?? []).forEach((gap, index) => {
    if (!keep(gap?.description)) {
      return;
    }
    candidates.push({
      kind: 'content_gap',
      index,
      text: gap.description.trim(),
      topic: deriveGapTopic(gap.description),
      detail: gap.gapType,
      statedPriority: gap.priority,
      score: contentGapScore(gap.priority, gap.impactScore),
    });
  });

  (content.gapAnalysis?.keywordOpportunities ?? []).forEach((keyword, index) => {
    if (!keep(keyword?.keyword)) {
      return;
    }
    candidates.push({
      kind: 'keyword',
      index,
      text: keyword.keyword.trim(),
      topic: keyword.keyword.trim(),
      score: keywordScore(keyword.relevanceScore, keyword.competition, keyword.searchVolume),
    });
  });

  const trends = [
    ...(content.industryTrends ?? []).map((trend) => ({ name: trend?.trendName, detail: trend?.description, level: trend?.impact })),
    ...(content.emergingTrends ?? []).map((trend) => ({ name: trend?.trendName, detail: trend?.description, level: trend?.growthPotential })),
  ];
  trends.forEach((trend, index) => {
    if (!keep(trend.name)) {
      return;
    }
    candidates.push({
      kind: 'trend',
      index,
      text: trend.name.trim(),
      topic: trend.name.trim(),
      detail: trend.detail,
      score: trendScore(trend.level),
    });
  });

  (content.competitorContentStrategies?.contentThemes ?? []).forEach((theme, index) => {
    if (!keep(theme)) {
      return;
    }
    candidates.push({ kind: 'competitor_theme', index, text: theme.trim(), topic: theme.trim(), score: COMPETITOR_THEME_SCORE });
  });

  return candidates;
}

function assignPillars(candidates: Candidate[], pillars: WeightedPillar[]): RankedGap[] {
  const pillarTokens = pillars.map((pillar) => tokenize([pillar.name, ...pillar.keywords].join(' ')));
  const gapsPerPillar = pillars.map(() => 0);

  return candidates.map((candidate) => {
    const tokens = tokenize([candidate.text, candidate.detail ?? ''].join(' '));

    let bestIndex = 0;
    let bestOverlap = -1;
    pillars.forEach((_, index) => {
      const overlap = countTokenOverlap(tokens, pillarTokens[index]);
      const better =
        overlap > bestOverlap || (overlap === bestOverlap && gapsPerPillar[index] < gapsPerPillar[bestIndex]);
      if (better) {
        bestIndex = index;
        bestOverlap = overlap;
      }
    });
    gapsPerPillar[bestIndex] += 1;

    const priority = candidate.statedPriority ?? priorityFromScore(candidate.score);

    return {
      id: `${candidate.kind}-${candidate.index + 1}`,
      kind: candidate.kind,
      text: candidate.text,
      topic: candidate.topic,
      detail: candidate.detail,
      audience: candidate.audience,
      priority,
      highPriority: GAP_KINDS.has(candidate.kind) && priority === 'High',
      score: candidate.score,
      pillar: pillars[bestIndex]?.name ?? '',
      pillarOverlap: Math.max(0, bestOverlap),
    };
  });
}
