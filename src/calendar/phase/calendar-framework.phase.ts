import { Injectable } from '@nestjs/common';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import type { StrategyContent } from '../../strategy/strategy-content';
import { buildCalendarFramework, type CalendarFrameworkInput } from '../planner/phase-4-calendar-framework';
import type { PhaseContext } from './planning-phase';
import { SnapshotPhase } from './snapshot-phase';

/** Phase 4 as a provider; see buildCalendarFramework for the algorithm. */
@Injectable()
export class CalendarFrameworkPhase extends SnapshotPhase<'calendarFramework', CalendarFrameworkInput> {
  constructor(activeStrategy: ActiveStrategyService) {
    super('calendarFramework', activeStrategy);
  }

  buildInput(context: PhaseContext, content: StrategyContent): CalendarFrameworkInput {
    return { request: context.request, platformStrategy: this.previousOutput(context, 'platformStrategy') };
  }

  protected plan(input: CalendarFrameworkInput) {
    return buildCalendarFramework(input);
  }
}
