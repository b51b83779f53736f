import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { specifyPlatformContent, type PlatformContentInput } from '../planner/phase-6-platform-content';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 6 as a provider; see specifyPlatformContent for the algorithm. */
@Injectable()
export class PlatformContentPhase extends SnapshotPhase<'platformContent', PlatformContentInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('platformContent', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): PlatformContentInput {
    return {
      content,
      analysis: this.previousOutput(context, 'strategyAnalysis'),
      gaps: this.previousOutput(context, 'gapAnalysis').gaps,
      entries: this.previousOutput(context, 'pillarDistribution').entries,
    };
  }

  protected plan(input: PlatformContentInput) {
    return specifyPlatformContent(input);
  }
}
