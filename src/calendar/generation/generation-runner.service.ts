import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../database/query-rows';
import { PLANNING_PHASE_PROVIDERS, PhaseContext, PlanningPhase } from '../phase';
import type { CalendarEntry } from '../planner/phase-6-platform-content';
import { buildQualityReport } from '../planner/quality-report';
import type { EntryDetails } from './calendar-entry.entity';
import { CalendarGeneration, GenerationStep } from './calendar-generation.entity';

// Rows per INSERT statement: 1,000 rows × 15 columns stays well under PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 1_000;

// A run still marked running after this long lost its worker (a crash or a restart) and may be taken over.
export const STALE_RUN_MS = 10 * 60_000;

/** Raised inside a run when the run was cancelled; it ends the run without marking it failed. */
class RunCancelled extends Error {}

/**
 * Executes one calendar generation: claims it, runs the six phase providers in order on the pinned
 * strategy snapshot, stores the entries and the quality report. A failing phase marks the run failed
 * with that phase and the reason; a cancelled run stops before its next phase and stores no entries.
 */
@Injectable()
export class GenerationRunner {
  private readonly logger = new Logger(GenerationRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PLANNING_PHASE_PROVIDERS) private readonly phases: PlanningPhase<unknown>[],
  ) {}

  async execute(generationId: string): Promise<void> {
    const generation = await this.claim(generationId);
    if (!generation) {
      return;
    }

    const steps: GenerationStep[] = generation.steps.map((step) => ({ ...step, status: 'pending', warnings: [] }));
    const context: PhaseContext = {
      userId: generation.userId,
      strategy: { id: generation.strategyId, version: generation.strategyVersion },
      request: generation.request,
      previous: {},
    };
    let current: PlanningPhase<unknown> | undefined;

    try {
      for (const [index, phase] of this.phases.entries()) {
        current = phase;
        steps[index] = { ...steps[index], status: 'running' };
        await this.saveProgress(generation.id, steps, phase.step, Math.round((index / (this.phases.length + 1)) * 100));

        const started = performance.now();
        const result = await phase.run(context);
        (context.previous as Record<string, unknown>)[phase.key] = result;

        steps[index] = {
          ...steps[index],
          status: 'completed',
          qualityScore: round(result.qualityScore),
          warnings: result.warnings,
          durationMs: round(performance.now() - started),
        };
      }
      current = undefined;

      const entries = (context.previous.platformContent?.output.entries ?? []) as CalendarEntry[];
      const quality = this.measure(context);
      await this.complete(generation, steps, entries, quality);
    } catch (error) {
      if (error instanceof RunCancelled) {
        this.logger.log(`Calendar generation ${generation.id} stopped: it was cancelled`);
        return;
      }
      await this.fail(generation.id, steps, current, error as Error);
    }
  }

  /** Mark the run running if it is queued (or its worker died); undefined when someone else has it. */
  private async claim(generationId: string): Promise<CalendarGeneration | undefined> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE calendar_generations
          SET status = 'running', started_at = clock_timestamp(), updated_at = clock_timestamp(), error = NULL
        WHERE id = $1
          AND (status = 'queued' OR (status = 'running' AND updated_at < clock_timestamp() - $2 * interval '1 millisecond'))
        RETURNING id`,
      [generationId, STALE_RUN_MS],
    );
    if (rows.length === 0) {
      this.logger.debug(`Calendar generation ${generationId} is not waiting to run; skipping it`);
      return undefined;
    }

    await this.dataSource.query('DELETE FROM calendar_entries WHERE generation_id = $1', [generationId]);
    return (await this.dataSource.getRepository(CalendarGeneration).findOneBy({ id: generationId }))!;
  }

  /** Record the step states; throws RunCancelled if the run was cancelled meanwhile. */
  private async saveProgress(id: string, steps: GenerationStep[], currentStep: number, progress: number): Promise<void> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE calendar_generations
          SET steps = $2, current_step = $3, progress = $4, updated_at = clock_timestamp()
        WHERE id = $1 AND status = 'running'
        RETURNING id`,
      [id, JSON.stringify(steps), currentStep, progress],
    );
    if (rows.length === 0) {
      throw new RunCancelled();
    }
  }

  private measure(context: PhaseContext) {
    const { pillarDistribution, platformContent, gapAnalysis } = context.previous;
    return buildQualityReport({
      entries: platformContent!.output.entries,
      pillarTargets: pillarDistribution!.output.pillarShares.map(({ key, target }) => ({ key, share: target })),
      purposeTargets: pillarDistribution!.output.purposeShares.map(({ key, target }) => ({ key, share: target })),
      gaps: gapAnalysis!.output.gaps,
    });
  }

  private async complete(
    generation: CalendarGeneration,
    steps: GenerationStep[],
    entries: CalendarEntry[],
    quality: object,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Lock the run so a cancellation either lands before the entries are written or not at all.
      const [row] = await manager.query('SELECT status FROM calendar_generations WHERE id = $1 FOR UPDATE', [generation.id]);
      if (row?.status !== 'running') {
        throw new RunCancelled();
      }

      await insertEntries(manager, generation, entries);
      await manager.query(
        `UPDATE calendar_generations
            SET status = 'completed', progress = 100, current_step = NULL, steps = $2, quality = $3,
                entry_count = $4, finished_at = clock_timestamp(), updated_at = clock_timestamp()
          WHERE id = $1`,
        [generation.id, JSON.stringify(steps), JSON.stringify(quality), entries.length],
      );
    });

    this.logger.log(`Completed calendar generation ${generation.id} with ${entries.length} entries`);
  }

  private async fail(id: string, steps: GenerationStep[], phase: PlanningPhase<unknown> | undefined, error: Error) {
    const failed = steps.map((step) => {
      if (phase && step.step === phase.step) {
        return { ...step, status: 'failed' as const };
      }
      return step.status === 'pending' ? { ...step, status: 'skipped' as const } : step;
    });
    const reason = { step: phase?.step ?? null, phase: phase?.name ?? null, message: error.message };

    this.logger.error(
      `Calendar generation ${id} failed` + (phase ? ` in phase ${phase.step} (${phase.name})` : '') + `: ${error.message}`,
      error.stack,
    );
    await this.dataSource.query(
      `UPDATE calendar_generations
          SET status = 'failed', current_step = NULL, steps = $2, error = $3,
              finished_at = clock_timestamp(), updated_at = clock_timestamp()
        WHERE id = $1 AND status = 'running'`,
      [id, JSON.stringify(failed), JSON.stringify(reason)],
    );
  }
}

const ENTRY_COLUMNS = [
  'generation_id', 'position', 'local_date', 'starts_at', 'timezone', 'platform', 'format', 'pillar', 'purpose',
  'title', 'keywords', 'hashtags', 'call_to_action', 'notes', 'details',
];

/**
 * Write the entries with multi-row INSERT statements. Plain SQL rather than Repository.insert, which
 * adds RETURNING clauses and per-row entity bookkeeping that a 2,000-row calendar does not need.
 */
async function insertEntries(manager: EntityManager, generation: CalendarGeneration, entries: CalendarEntry[]) {
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    const chunk = entries.slice(start, start + INSERT_CHUNK);
    const parameters: unknown[] = [];
    const tuples = chunk.map((entry, index) => {
      const first = parameters.length;
      parameters.push(...entryValues(generation.id, entry, start + index));
      return `(${ENTRY_COLUMNS.map((_, column) => `$${first + column + 1}`).join(', ')})`;
    });

    await manager.query(`INSERT INTO calendar_entries (${ENTRY_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, parameters);
  }
}

/** Return the values of one entry in ENTRY_COLUMNS order. */
function entryValues(generationId: string, entry: CalendarEntry, position: number): unknown[] {
  const details: EntryDetails = {
    length: entry.length,
    tone: entry.tone,
    topic: entry.topic,
    gapId: entry.gapId,
    localTime: entry.localTime,
    inWindow: entry.inWindow,
    formatLabel: entry.format.label,
  };
  return [
    generationId,
    position,
    entry.localDate,
    entry.startsAtUtc,
    entry.timezone,
    entry.platform,
    entry.format.id,
    entry.pillar,
    entry.purpose,
    entry.title,
    JSON.stringify(entry.keywords),
    JSON.stringify(entry.hashtags),
    entry.callToAction,
    entry.notes.join('\n'),
    JSON.stringify(details),
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
