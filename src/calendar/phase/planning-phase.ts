import type { StrategyContent } from '../../strategy/strategy-content';
import type { PhaseKey } from '../planner/phase-definitions';
import type { PhaseResults } from '../planner/plan-calendar';
import type { CalendarRequest, PhaseResult } from '../planner/types';

/** The run state the orchestrator passes to each phase provider. */
export interface PhaseContext {
  userId: string;
  /** The strategy version the run pinned when it started; every phase reads this same snapshot. */
  strategy: { id: string; version: number };
  request: CalendarRequest;
  /** Results of the phases that already ran, by phase key. */
  previous: Partial<PhaseResults>;
}

/**
 * One planning phase as a Nest provider. `run` reads the pinned strategy snapshot and the earlier results
 * from the context, builds the input of the phase's pure function (TInput) and returns its result.
 */
export interface PlanningPhase<TInput = unknown, TOutput = unknown> {
  readonly step: number;
  readonly name: string;
  /** The key the orchestrator stores this phase's result under in PhaseContext.previous. */
  readonly key: PhaseKey;
  /** Builds the pure function's input; throws when an earlier phase's result is missing from the context. */
  buildInput(context: PhaseContext, content: StrategyContent): TInput;
  run(context: PhaseContext): Promise<PhaseResult<TOutput>>;
}
