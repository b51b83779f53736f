import { computeCompleteness, type StrategyCompleteness } from '../../strategy/completeness';
import type { StrategyContent } from '../../strategy/strategy-content';
import { summarizeBrandVoice, type BrandVoiceSummary } from './brand-voice';
import { clamp01 } from './numbers';
import { mapObjectivesToKpis, type GoalKpiAnalysis } from './objective-kpis';
import { weighPillars, type WeightedPillar } from './pillar-weights';
import type { PhaseResult } from './types';

export interface StrategyAnalysisInput {
  content: StrategyContent;
}

export interface StrategyAnalysis {
  strategyName: string;
  industry?: string;
  completeness: StrategyCompleteness;
  pillars: WeightedPillar[];
  goals: GoalKpiAnalysis;
  brandVoice?: BrandVoiceSummary;
  /** Critical fields the strategy lacks; each also has a warning. */
  missingCriticalFields: string[];
}

/** Fields the later phases fall back to defaults without, with the check that finds each one filled. */
const CRITICAL_FIELDS: ReadonlyArray<[string, (content: StrategyContent) => boolean]> = [
  ['contentPillars', (content) => (content.contentPillars ?? []).length > 0],
  ['optimalTiming.timezone', (content) => (content.optimalTiming?.timezone ?? '').trim().length > 0],
  ['contentFrequency', (content) => content.contentFrequency !== undefined],
  [
    'preferredFormats or consumptionPatterns.primaryChannels',
    (content) =>
      (content.preferredFormats ?? []).length > 0 ||
      (content.contentPreferences?.preferredFormats ?? []).length > 0 ||
      (content.consumptionPatterns?.primaryChannels ?? []).length > 0,
  ],
  ['teamSize', (content) => typeof content.teamSize === 'number' && content.teamSize > 0],
];

/** The consequence of each missing critical field, for its warning. */
const CRITICAL_FIELD_EFFECT: Record<string, string> = {
  contentPillars: 'pillars are derived from other fields',
  'optimalTiming.timezone': "posting windows are read in the request's time zone",
  contentFrequency: "each platform's typical frequency is used",
  'preferredFormats or consumptionPatterns.primaryChannels': 'channels come from contentMix and competitor channels only',
  teamSize: 'posting frequency is not capped by team capacity',
};

/**
 * Phase 1: scores completeness per field group, turns pillars into target shares, maps objectives to KPIs
 * and summarises the brand voice. The quality score is half completeness and half the share of critical
 * fields present, less up to 0.1 when objectives match no goal keyword.
 */
export function analyzeStrategy(input: StrategyAnalysisInput): PhaseResult<StrategyAnalysis> {
  const { content } = input;
  const warnings: string[] = [];

  const completeness = computeCompleteness(content);

  const missingCriticalFields = CRITICAL_FIELDS.filter(([, isPresent]) => !isPresent(content)).map(([field]) => field);
  for (const field of missingCriticalFields) {
    warnings.push(`Critical field ${field} is missing, so ${CRITICAL_FIELD_EFFECT[field]}`);
  }

  const pillars = weighPillars(content, warnings);

  const goals = mapObjectivesToKpis(content, warnings);

  const brandVoice = summarizeBrandVoice(content);
  if (brandVoice === undefined) {
    warnings.push('brandVoice is missing, so entries get no tone guidance');
  }

  const criticalCoverage = 1 - missingCriticalFields.length / CRITICAL_FIELDS.length;
  const unmatchedObjectives = goals.objectives.filter((objective) => objective.matchedBy === 'default').length;
  const objectivePenalty = goals.objectives.length === 0 ? 0.1 : (0.1 * unmatchedObjectives) / goals.objectives.length;
  const qualityScore = clamp01(0.5 * (completeness.overall / 100) + 0.5 * criticalCoverage - objectivePenalty);

  return {
    output: {
      strategyName: content.name,
      industry: content.industry,
      completeness,
      pillars,
      goals,
      brandVoice,
      missingCriticalFields,
    },
    qualityScore,
    warnings,
  };
}
