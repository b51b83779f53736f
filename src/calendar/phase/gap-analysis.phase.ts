import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { analyzeGaps, type GapAnalysisInput } from '../planner/phase-2-gap-analysis';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 2 as a provider; see analyzeGaps for the algorithm. */
@Injectable()
export class GapAnalysisPhase extends SnapshotPhase<'gapAnalysis', GapAnalysisInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('gapAnalysis', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): GapAnalysisInput {
    return { content, pillars: this.previousOutput(context, 'strategyAnalysis').pillars };
  }

  protected plan(input: GapAnalysisInput) {
    return analyzeGaps(input);
  }
}
