export * from './types';
export * from './plan-calendar';
export * from './phase-definitions';
export * from './quality-report';
export { analyzeStrategy, type StrategyAnalysis, type StrategyAnalysisInput } from './phase-1-strategy-analysis';
export { analyzeGaps, type GapAnalysis, type GapAnalysisInput, type GapKind, type RankedGap } from './phase-2-gap-analysis';
export { planPlatforms, type PlatformPlan, type PlatformStrategy, type PlatformStrategyInput } from './phase-3-platform-strategy';
export {
  buildCalendarFramework,
  type BlockedDate,
  type CalendarFramework,
  type CalendarFrameworkInput,
  type CalendarSlot,
  type DroppedSlot,
} from './phase-4-calendar-framework';
export {
  distributePillars,
  type DistributedSlot,
  type PillarDistribution,
  type PillarDistributionInput,
} from './phase-5-pillar-distribution';
export {
  specifyPlatformContent,
  type CalendarEntry,
  type PlatformContent,
  type PlatformContentInput,
} from './phase-6-platform-content';
export { parsePostingWindow } from './posting-window';
export { FREQUENCY_POSTS_PER_WEEK, STANDARD_PIECES_PER_PERSON_PER_WEEK } from './posting-frequency';
export { DEFAULT_PURPOSE_MIX } from './purpose-mix';
export type { WeightedPillar } from './pillar-weights';
