import type { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { PHASE_DEFINITIONS, type PhaseKey } from '../planner/phase-definitions';
import type { PhaseOutputs } from '../planner/plan-calendar';
import type { PhaseResult } from '../planner/types';
import type { PhaseContext, PlanningPhase } from './planning-phase';

/**
 * The part every phase provider shares: read the snapshot the run pinned, build the input, run the pure
 * phase function. Subclasses are default-scoped singletons, so they keep no per-run state.
 */
export abstract class SnapshotPhase<K extends PhaseKey, TInput> implements PlanningPhase<TInput, PhaseOutputs[K]> {
  readonly step: number;
  readonly name: string;

  protected constructor(
    readonly key: K,
    private readonly activeStrategy: ActiveStrategyService,
  ) {
    this.step = PHASE_DEFINITIONS[key].step;
    this.name = PHASE_DEFINITIONS[key].name;
  }

  abstract buildInput(context: PhaseContext, content: StrategyContent): TInput;

  protected abstract plan(input: TInput): PhaseResult<PhaseOutputs[K]>;

  async run(context: PhaseContext): Promise<PhaseResult<PhaseOutputs[K]>> {
    const snapshot = await this.activeStrategy.getSnapshot(context.userId, context.strategy.id, context.strategy.version);
    return this.plan(this.buildInput(context, snapshot.content));
  }

  /** Returns an earlier phase's output from the context, or throws naming the missing phase. */
  protected previousOutput<P extends PhaseKey>(context: PhaseContext, key: P): PhaseOutputs[P] {
    const result = context.previous[key] as PhaseResult<PhaseOutputs[P]> | undefined;
    if (result === undefined) {
      const needed = PHASE_DEFINITIONS[key];
      throw new Error(
        `Phase ${this.step} (${this.name}) needs the result of phase ${needed.step} (${needed.name}) in context.previous.${key}; run the phases in step order`,
      );
    }

    return result.output;
  }
}
