import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { analyzeStrategy, type StrategyAnalysisInput } from '../planner/phase-1-strategy-analysis';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 1 as a provider; see analyzeStrategy for the algorithm. */
@Injectable()
export class StrategyAnalysisPhase extends SnapshotPhase<'strategyAnalysis', StrategyAnalysisInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('strategyAnalysis', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): StrategyAnalysisInput {
    return { content };
  }

  protected plan(input: StrategyAnalysisInput) {
    return analyzeStrategy(input);
  }
}
