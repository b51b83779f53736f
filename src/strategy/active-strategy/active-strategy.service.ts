import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { StrategyCacheService } from '../cache/strategy-cache.service';
import { ContentStrategy } from '../content-strategy.entity';
import { loadLatestActivations } from '../latest-activations';
import type { StrategyContent } from '../strategy-content';
import { StrategyView, toStrategyView } from '../strategy-view';

export type ResolutionTier = 'memory' | 'database' | 'fallback';

export interface ActiveStrategy {
  strategy: StrategyView;
  resolution: { tier: ResolutionTier; resolvedAt: string };
}

/** The content of one strategy version, as pinned by a calendar run. */
export interface StrategySnapshot {
  id: string;
  version: number;
  userId: string;
  content: StrategyContent;
}

export interface TierStatistics {
  hits: number;
  /** Total time spent in lookups resolved by this tier, in milliseconds. */
  totalMs: number;
  /** Mean time of a lookup resolved by this tier, in milliseconds. */
  meanMs: number;
}

export interface ResolutionStatistics {
  tiers: Record<ResolutionTier, TierStatistics>;
  /** Lookups the memory tier could not resolve (refresh=true requests are not counted). */
  misses: number;
  /** Lookups for users that have no strategy at all. */
  notFound: number;
  /** memory hits / (memory hits + misses), 0 before the first lookup. */
  hitRatio: number;
}

const ACTIVE_KEY = 'active';

/**
 * Resolves a user's active strategy through three tiers: the process-wide memory cache, the
 * activation status in PostgreSQL, and a fallback to the most recent strategy. A singleton: it takes
 * the user id as an argument, so background calendar runs without a request can use it too.
 */
@Injectable()
export class ActiveStrategyService {
  private readonly logger = new Logger(ActiveStrategyService.name);
  private readonly counters = {
    memory: { hits: 0, totalMs: 0 },
    database: { hits: 0, totalMs: 0 },
    fallback: { hits: 0, totalMs: 0 },
    misses: 0,
    notFound: 0,
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: StrategyCacheService,
  ) {}

  /**
   * Resolve the user's active strategy. `refresh` skips the memory tier (and refills it).
   * Throws NotFoundException when the user has no strategy at all.
   */
  async resolve(userId: string, options: { refresh?: boolean } = {}): Promise<ActiveStrategy> {
    const started = performance.now();

    if (!options.refresh) {
      const cached = await this.cache.get<StrategyView>(userId, ACTIVE_KEY);
      if (cached) {
        return this.answer('memory', cached, started);
      }
      this.counters.misses += 1;
    }

    const epoch = this.cache.epoch(userId);

    const active = await this.findActive(userId);
    if (active) {
      await this.cache.set(userId, epoch, ACTIVE_KEY, active);
      return this.answer('database', active, started);
    }

    const fallback = await this.findMostRecent(userId);
    if (fallback) {
      this.logger.warn(
        `User ${userId} has no active strategy; falling back to the most recent one, ${fallback.id} (${fallback.name})`,
      );
      await this.cache.set(userId, epoch, ACTIVE_KEY, fallback);
      return this.answer('fallback', fallback, started);
    }

    this.counters.notFound += 1;
    throw new NotFoundException(
      `User ${userId} has no strategy: create one with POST /v1/strategies, then activate it`,
    );
  }

  /**
   * Read the content of strategy `strategyId` as of `version`. Revision rows are only ever inserted, so
   * a calendar run that pinned (id, version) reads the same content whatever happens to the strategy
   * later, until the strategy is deleted.
   */
  async getSnapshot(userId: string, strategyId: string, version: number): Promise<StrategySnapshot> {
    const name = `snapshot:${strategyId}:${version}`;
    const cached = await this.cache.get<StrategySnapshot>(userId, name);
    if (cached) {
      return cached;
    }

    const epoch = this.cache.epoch(userId);
    const rows: Array<{ content: StrategyContent }> = await this.dataSource.query(
      `SELECT r.content
         FROM strategy_revisions r
         JOIN content_strategies s ON s.id = r.strategy_id
        WHERE r.strategy_id = $1 AND s.user_id = $2 AND r.version <= $3
        ORDER BY r.version DESC
        LIMIT 1`,
      [strategyId, userId, version],
    );
    if (rows.length === 0) {
      throw new NotFoundException(`Strategy ${strategyId} version ${version} not found for user ${userId}`);
    }

    const snapshot: StrategySnapshot = { id: strategyId, version, userId, content: rows[0].content };
    await this.cache.set(userId, epoch, name, snapshot);
    return snapshot;
  }

  statistics(): ResolutionStatistics {
    const tier = (counter: { hits: number; totalMs: number }): TierStatistics => ({
      hits: counter.hits,
      totalMs: round(counter.totalMs),
      meanMs: counter.hits === 0 ? 0 : round(counter.totalMs / counter.hits),
    });
    const lookups = this.counters.memory.hits + this.counters.misses;

    return {
      tiers: {
        memory: tier(this.counters.memory),
        database: tier(this.counters.database),
        fallback: tier(this.counters.fallback),
      },
      misses: this.counters.misses,
      notFound: this.counters.notFound,
      hitRatio: lookups === 0 ? 0 : round(this.counters.memory.hits / lookups),
    };
  }

  private answer(tier: ResolutionTier, strategy: StrategyView, started: number): ActiveStrategy {
    const counter = this.counters[tier];
    counter.hits += 1;
    counter.totalMs += performance.now() - started;

    return { strategy, resolution: { tier, resolvedAt: new Date().toISOString() } };
  }

  /** Load the user's active strategy and its open activation in one query. */
  private async findActive(userId: string): Promise<StrategyView | undefined> {
    const rows = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.name, s.content, s.version, s.status, s.has_ai_analysis, s.completeness,
              s.created_at, s.updated_at, a.activated_at, a.deactivated_at
         FROM content_strategies s
         LEFT JOIN strategy_activations a ON a.strategy_id = s.id AND a.deactivated_at IS NULL
        WHERE s.user_id = $1 AND s.status = 'active'`,
      [userId],
    );
    if (rows.length === 0) {
      return undefined;
    }

    const row = rows[0];
    const strategy = Object.assign(new ContentStrategy(), {
      id: row.id,
      userId: row.user_id,
      name: row.name,
      content: row.content,
      version: row.version,
      status: row.status,
      hasAiAnalysis: row.has_ai_analysis,
      completeness: row.completeness,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    const activation = row.activated_at ? { activatedAt: row.activated_at, deactivatedAt: row.deactivated_at } : undefined;
    return toStrategyView(strategy, activation);
  }

  /** Load the most recent strategy that has a comprehensive AI analysis, else the most recent one. */
  private async findMostRecent(userId: string): Promise<StrategyView | undefined> {
    const strategy = await this.dataSource
      .getRepository(ContentStrategy)
      .createQueryBuilder('strategy')
      .where('strategy.userId = :userId', { userId })
      .orderBy('strategy.hasAiAnalysis', 'DESC')
      .addOrderBy('strategy.createdAt', 'DESC')
      .addOrderBy('strategy.id', 'DESC')
      .getOne();
    return strategy ? this.withActivation(strategy) : undefined;
  }

  private async withActivation(strategy: ContentStrategy): Promise<StrategyView> {
    const activations = await loadLatestActivations(this.dataSource.manager, [strategy.id]);
    return toStrategyView(strategy, activations.get(strategy.id));
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
