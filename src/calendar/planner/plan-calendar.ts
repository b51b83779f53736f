import { performance } from 'node:perf_hooks';
import type { StrategyContent } from '../../strategy/strategy-content';
import { analyzeStrategy, type StrategyAnalysis } from './phase-1-strategy-analysis';
import { analyzeGaps, type GapAnalysis } from './phase-2-gap-analysis';
import { planPlatforms, type PlatformStrategy } from './phase-3-platform-strategy';
import { buildCalendarFramework, type CalendarFramework } from './phase-4-calendar-framework';
import { distributePillars, type PillarDistribution } from './phase-5-pillar-distribution';
import { specifyPlatformContent, type CalendarEntry, type PlatformContent } from './phase-6-platform-content';
import { PHASE_DEFINITIONS, type PhaseKey } from './phase-definitions';
import { buildQualityReport, type QualityReport } from './quality-report';
import type { CalendarRequest, PhaseResult } from './types';

/** A phase's result with its step, name and run time. */
export interface PhaseRun<T> extends PhaseResult<T> {
  step: number;
  name: string;
  /** Wall-clock time of the pure phase function, in milliseconds; the only non-deterministic field. */
  durationMs: number;
}

/** The output type of each phase, by phase key. */
export interface PhaseOutputs {
  strategyAnalysis: StrategyAnalysis;
  gapAnalysis: GapAnalysis;
  platformStrategy: PlatformStrategy;
  calendarFramework: CalendarFramework;
  pillarDistribution: PillarDistribution;
  platformContent: PlatformContent;
}

export type PhaseResults = { [K in PhaseKey]: PhaseResult<PhaseOutputs[K]> };

export interface CalendarPlan {
  /** The six phases in step order. */
  phases: [
    PhaseRun<StrategyAnalysis>,
    PhaseRun<GapAnalysis>,
    PhaseRun<PlatformStrategy>,
    PhaseRun<CalendarFramework>,
    PhaseRun<PillarDistribution>,
    PhaseRun<PlatformContent>,
  ];
  entries: CalendarEntry[];
  quality: QualityReport;
}

/** Runs the six planning phases in order on one strategy and request, and measures the result. */
export function planCalendar(content: StrategyContent, request: CalendarRequest): CalendarPlan {
  const analysis = timed('strategyAnalysis', () => analyzeStrategy({ content }));

  const gaps = timed('gapAnalysis', () => analyzeGaps({ content, pillars: analysis.output.pillars }));

  const platforms = timed('platformStrategy', () => planPlatforms({ content, request }));

  const framework = timed('calendarFramework', () =>
    buildCalendarFramework({ request, platformStrategy: platforms.output }),
  );

  const distribution = timed('pillarDistribution', () =>
    distributePillars({ content, pillars: analysis.output.pillars, slots: framework.output.slots }),
  );

  const platformContent = timed('platformContent', () =>
    specifyPlatformContent({
      content,
      analysis: analysis.output,
      gaps: gaps.output.gaps,
      entries: distribution.output.entries,
    }),
  );

  const entries = platformContent.output.entries;
  const quality = buildQualityReport({
    entries,
    pillarTargets: distribution.output.pillarShares.map(({ key, target }) => ({ key, share: target })),
    purposeTargets: distribution.output.purposeShares.map(({ key, target }) => ({ key, share: target })),
    gaps: gaps.output.gaps,
  });

  return {
    phases: [analysis, gaps, platforms, framework, distribution, platformContent],
    entries,
    quality,
  };
}

function timed<K extends PhaseKey>(key: K, run: () => PhaseResult<PhaseOutputs[K]>): PhaseRun<PhaseOutputs[K]> {
  const started = performance.now();
  const result = run();
  const durationMs = performance.now() - started;
  return { ...PHASE_DEFINITIONS[key], ...result, durationMs };
}
