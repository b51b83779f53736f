import { clamp01 } from './numbers';
import type { RankedGap } from './phase-2-gap-analysis';
import { compareShares } from './phase-5-pillar-distribution';
import type { CalendarEntry } from './phase-6-platform-content';
import type { ShareComparison } from './types';

export interface ShareError {
  /** Largest |target − actual| over the keys, 0..1. */
  max: number;
  /** Mean |target − actual| over the keys, 0..1. */
  mean: number;
}

/** Measures of a finished calendar; every number is 0..1. */
export interface QualityReport {
  pillarShareError: ShareError;
  purposeShareError: ShareError;
  pillars: ShareComparison[];
  purposes: ShareComparison[];
  /** Share of entries whose day and local time fall inside their posting window. */
  inWindowShare: number;
  /** Distinct titles (ignoring case) per entry. */
  titleUniqueness: number;
  /** Share of High-priority gaps at least one entry covers; 1 when there are none to cover. */
  highPriorityGapCoverage: number;
  /**
   * Mean of 1 − pillarShareError.max, 1 − purposeShareError.max, inWindowShare, titleUniqueness and
   * highPriorityGapCoverage; 0 for a calendar without entries.
   */
  overall: number;
}

export interface QualityReportInput {
  entries: CalendarEntry[];
  pillarTargets: ReadonlyArray<{ key: string; share: number }>;
  purposeTargets: ReadonlyArray<{ key: string; share: number }>;
  gaps: RankedGap[];
}

/** Measures a calendar against its targets. */
export function buildQualityReport(input: QualityReportInput): QualityReport {
  const { entries } = input;

  const pillars = compareShares(input.pillarTargets, entries.map((entry) => entry.pillar));
  const purposes = compareShares(input.purposeTargets, entries.map((entry) => entry.purpose));
  const pillarShareError = summarize(pillars);
  const purposeShareError = summarize(purposes);

  if (entries.length === 0) {
    return {
      pillarShareError,
      purposeShareError,
      pillars,
      purposes,
      inWindowShare: 0,
      titleUniqueness: 0,
      highPriorityGapCoverage: 0,
      overall: 0,
    };
  }

  const inWindowShare = entries.filter((entry) => entry.inWindow).length / entries.length;
  const titleUniqueness = new Set(entries.map((entry) => entry.title.toLowerCase())).size / entries.length;

  const covered = new Set(entries.map((entry) => entry.gapId).filter((id): id is string => id !== undefined));
  const highPriority = input.gaps.filter((gap) => gap.highPriority);
  const highPriorityGapCoverage =
    highPriority.length === 0 ? 1 : highPriority.filter((gap) => covered.has(gap.id)).length / highPriority.length;

  const overall = clamp01(
    (1 - pillarShareError.max + (1 - purposeShareError.max) + inWindowShare + titleUniqueness + highPriorityGapCoverage) / 5,
  );

  return {
    pillarShareError,
    purposeShareError,
    pillars,
    purposes,
    inWindowShare,
    titleUniqueness,
    highPriorityGapCoverage,
    overall,
  };
}

function summarize(comparisons: ShareComparison[]): ShareError {
  if (comparisons.length === 0) {
    return { max: 0, mean: 0 };
  }

  const errors = comparisons.map((comparison) => comparison.absError);
  return {
    max: Math.max(...errors),
    mean: errors.reduce((sum, error) => sum + error, 0) / errors.length,
  };
}
