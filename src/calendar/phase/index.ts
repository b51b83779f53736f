import type { Type } from '@nestjs/common';
import { CalendarFrameworkPhase } from './calendar-framework.phase';
import { GapAnalysisPhase } from './gap-analysis.phase';
import { PillarDistributionPhase } from './pillar-distribution.phase';
import { PlatformContentPhase } from './platform-content.phase';
import { PlatformStrategyPhase } from './platform-strategy.phase';
import type { PlanningPhase } from './planning-phase';
import { StrategyAnalysisPhase } from './strategy-analysis.phase';

export * from './planning-phase';
export { SnapshotPhase } from './snapshot-phase';
export {
  CalendarFrameworkPhase,
  GapAnalysisPhase,
  PillarDistributionPhase,
  PlatformContentPhase,
  PlatformStrategyPhase,
  StrategyAnalysisPhase,
};

/** The six phase provider classes in step order. */
export const PLANNING_PHASES: Array<Type<PlanningPhase>> = [
  StrategyAnalysisPhase,
  GapAnalysisPhase,
  PlatformStrategyPhase,
  CalendarFrameworkPhase,
  PillarDistributionPhase,
  PlatformContentPhase,
];

/** Injection token for the six phase provider instances, in step order. */
export const PLANNING_PHASE_PROVIDERS = Symbol('PLANNING_PHASE_PROVIDERS');
