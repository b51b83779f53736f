import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { distributePillars, type PillarDistributionInput } from '../planner/phase-5-pillar-distribution';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 5 as a provider; see distributePillars for the algorithm. */
@Injectable()
export class PillarDistributionPhase extends SnapshotPhase<'pillarDistribution', PillarDistributionInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('pillarDistribution', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): PillarDistributionInput {
    return {
      content,
      pillars: this.previousOutput(context, 'strategyAnalysis').pillars,
      slots: this.previousOutput(context, 'calendarFramework').slots,
    };
  }

  protected plan(input: PillarDistributionInput) {
    return distributePillars(input);
  }
}
