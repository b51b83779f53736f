import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StrategyModule } from '../strategy/strategy.module';
import { CalendarEntryRow } from './generation/calendar-entry.entity';
import { CalendarGeneration } from './generation/calendar-generation.entity';
import { CalendarGenerationController } from './generation/calendar-generation.controller';
import { CalendarGenerationService } from './generation/calendar-generation.service';
import { GenerationQueue } from './generation/generation-queue.service';
import { GenerationRunner } from './generation/generation-runner.service';
import { PLANNING_PHASE_PROVIDERS, PLANNING_PHASES } from './phase';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarGeneration, CalendarEntryRow]), StrategyModule],
  controllers: [CalendarGenerationController],
  providers: [
    ...PLANNING_PHASES,
    {
      provide: PLANNING_PHASE_PROVIDERS,
      inject: PLANNING_PHASES,
      useFactory: (...phases: unknown[]) => phases,
    },
    CalendarGenerationService,
    GenerationRunner,
    GenerationQueue,
  ],
})
export class CalendarModule {}
