import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { queryRows } from '../../database/query-rows';
import { ActiveStrategyService } from '../../strategy/active-strategy/active-strategy.service';
import { PHASE_DEFINITIONS } from '../planner/phase-definitions';
import { CalendarEntryRow } from './calendar-entry.entity';
import { CalendarGeneration, GenerationStep } from './calendar-generation.entity';
import { hashRequestBody, toCalendarRequest } from './calendar-request';
import type { CreateCalendarGenerationDto } from './dto/create-calendar-generation.dto';
import type { EntryQueryDto } from './dto/entry-query.dto';

const UNIQUE_VIOLATION = '23505';

export interface CreatedGeneration {
  generation: CalendarGeneration;
  /** False when an earlier request with the same Idempotency-Key created it. */
  created: boolean;
}

/** Calendar generation runs of one user: creation with idempotency, reads, cancellation and entries. */
@Injectable()
export class CalendarGenerationService {
  private readonly logger = new Logger(CalendarGenerationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activeStrategy: ActiveStrategyService,
  ) {}

  /**
   * Create a queued run that pins the user's active strategy as it is now. With an Idempotency-Key,
   * a repeated request returns the first run, and the same key with another body is rejected (422).
   */
  async create(userId: string, body: CreateCalendarGenerationDto, idempotencyKey?: string): Promise<CreatedGeneration> {
    const requestHash = hashRequestBody(body);

    if (idempotencyKey) {
      const existing = await this.findByIdempotencyKey(userId, idempotencyKey, requestHash);
      if (existing) {
        return { generation: existing, created: false };
      }
    }

    const { strategy } = await this.activeStrategy.resolve(userId);
    const warnings: string[] = [];
    let timezone = body.timezone ?? strategy.optimalTiming?.timezone;
    if (!timezone) {
      timezone = 'UTC';
      warnings.push('No timezone in the request or in the strategy\'s optimalTiming: the calendar uses UTC');
    }
    const request = toCalendarRequest(body, timezone);

    const repository = this.dataSource.getRepository(CalendarGeneration);
    try {
      const generation = await repository.save(
        repository.create({
          userId,
          status: 'queued',
          progress: 0,
          currentStep: null,
          strategyId: strategy.id,
          strategyVersion: strategy.version,
          request,
          requestHash,
          idempotencyKey: idempotencyKey ?? null,
          steps: initialSteps(),
          quality: null,
          warnings,
          error: null,
          entryCount: 0,
          startedAt: null,
          finishedAt: null,
        }),
      );

      this.logger.log(
        `Queued calendar generation ${generation.id} for user ${userId} on strategy ${strategy.id} v${strategy.version}`,
      );
      return { generation, created: true };
    } catch (error) {
      // Two requests with one Idempotency-Key raced; the loser returns the winner's run.
      if (idempotencyKey && error instanceof QueryFailedError && (error as { code?: string }).code === UNIQUE_VIOLATION) {
        this.logger.warn(`Idempotency-Key race for user ${userId}; returning the run that won`);
        const existing = await this.findByIdempotencyKey(userId, idempotencyKey, requestHash);
        if (existing) {
          return { generation: existing, created: false };
        }
      }
      throw error;
    }
  }

  async get(userId: string, id: string): Promise<CalendarGeneration> {
    const generation = await this.dataSource.getRepository(CalendarGeneration).findOne({ where: { id, userId } });
    if (!generation) {
      throw new NotFoundException(`Calendar generation ${id} not found: check the id, and that it belongs to this API key's user`);
    }
    return generation;
  }

  /**
   * Wait until a run is no longer queued or running, polling every 200 ms for at most `timeoutMs`
   * milliseconds, and return it as it is then.
   */
  async waitForEnd(userId: string, id: string, timeoutMs: number): Promise<CalendarGeneration> {
    const deadline = Date.now() + timeoutMs;
    let generation = await this.get(userId, id);
    while ((generation.status === 'queued' || generation.status === 'running') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      generation = await this.get(userId, id);
    }
    return generation;
  }

  async list(userId: string, limit: number, offset: number): Promise<{ items: CalendarGeneration[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(CalendarGeneration).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  /** Cancel a queued or running run; a running run stops before its next phase and writes no entries. */
  async cancel(userId: string, id: string): Promise<CalendarGeneration> {
    // Steps that had not finished are marked skipped, so no step of a cancelled run reads as running.
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE calendar_generations
          SET status = 'cancelled', current_step = NULL, finished_at = clock_timestamp(), updated_at = clock_timestamp(),
              steps = (SELECT coalesce(jsonb_agg(CASE WHEN step->>'status' IN ('pending', 'running')
                                                     THEN jsonb_set(step, '{status}', '"skipped"') ELSE step END
                                                ORDER BY ordinal), '[]'::jsonb)
                         FROM jsonb_array_elements(steps) WITH ORDINALITY AS item(step, ordinal))
        WHERE id = $1 AND user_id = $2 AND status IN ('queued', 'running')
        RETURNING id`,
      [id, userId],
    );

    const generation = await this.get(userId, id);
    if (rows.length === 0) {
      throw new ConflictException(`Calendar generation ${id} is already ${generation.status} and cannot be cancelled`);
    }

    this.logger.log(`Cancelled calendar generation ${id} of user ${userId}`);
    return generation;
  }

  async listEntries(
    userId: string,
    id: string,
    query: EntryQueryDto,
  ): Promise<{ items: CalendarEntryRow[]; total: number }> {
    await this.get(userId, id);
    if (query.from && query.to && query.from > query.to) {
      throw new BadRequestException([`from ${query.from} is after to ${query.to}; give a range whose start comes first`]);
    }

    const builder = this.dataSource
      .getRepository(CalendarEntryRow)
      .createQueryBuilder('entry')
      .where('entry.generationId = :id', { id });
    if (query.from) {
      builder.andWhere('entry.localDate >= :from', { from: query.from });
    }
    if (query.to) {
      builder.andWhere('entry.localDate <= :to', { to: query.to });
    }
    if (query.platform) {
      builder.andWhere('entry.platform = :platform', { platform: query.platform });
    }
    if (query.pillar) {
      builder.andWhere('entry.pillar = :pillar', { pillar: query.pillar });
    }

    const [items, total] = await builder
      .orderBy('entry.position', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  /** Load a completed run and all its entries in calendar order, for the exports. */
  async allEntries(userId: string, id: string): Promise<{ generation: CalendarGeneration; entries: CalendarEntryRow[] }> {
    const generation = await this.get(userId, id);
    if (generation.status !== 'completed') {
      throw new ConflictException(
        `Calendar generation ${id} is ${generation.status}, so it has no calendar to export; export it once its status is completed`,
      );
    }
    const entries = await this.dataSource
      .getRepository(CalendarEntryRow)
      .find({ where: { generationId: id }, order: { position: 'ASC' } });
    return { generation, entries };
  }

  private async findByIdempotencyKey(
    userId: string,
    idempotencyKey: string,
    requestHash: string,
  ): Promise<CalendarGeneration | undefined> {
    const existing = await this.dataSource
      .getRepository(CalendarGeneration)
      .findOne({ where: { userId, idempotencyKey } });
    if (!existing) {
      return undefined;
    }

    if (existing.requestHash !== requestHash) {
      throw new UnprocessableEntityException(
        `Idempotency-Key '${idempotencyKey}' was already used with another request body (run ${existing.id}); use a new key for a new request`,
      );
    }
    return existing;
  }
}

function initialSteps(): GenerationStep[] {
  return Object.values(PHASE_DEFINITIONS).map(({ step, name }) => ({
    step,
    name,
    status: 'pending',
    qualityScore: null,
    warnings: [],
    durationMs: null,
  }));
}
