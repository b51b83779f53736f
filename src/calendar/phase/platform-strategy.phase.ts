import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { planPlatforms, type PlatformStrategyInput } from '../planner/phase-3-platform-strategy';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 3 as a provider; see planPlatforms for the algorithm. */
@Injectable()
export class PlatformStrategyPhase extends SnapshotPhase<'platformStrategy', PlatformStrategyInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('platformStrategy', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): PlatformStrategyInput {
    return { content, request: context.request };
  }

  protected plan(input: PlatformStrategyInput) {
    return planPlatforms(input);
  }
}
