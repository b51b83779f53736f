import { Inject, Injectable, NotFoundException, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { ContentStrategy } from './content-strategy.entity';
import { queryRows } from '../database/query-rows';
import { computeCompleteness } from './completeness';
import { loadLatestActivations } from './latest-activations';
import type { StrategyContent } from './strategy-content';
import { StrategyRevision } from './strategy-revision.entity';
import { StrategyView, toStrategyView } from './strategy-view';

/**
 * Strategy storage bound to the authenticated user of the current request: every query filters by
 * that user, so another user's strategy id behaves exactly like an id that does not exist.
 */
@Injectable({ scope: Scope.REQUEST })
export class StrategyRepository {
  constructor(
    @Inject(REQUEST) private readonly request: AuthenticatedRequest,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The authenticated user's id. Read on use, not in the constructor: Nest builds request-scoped
   * providers before the guards run, so the user is set only by the time a handler calls in.
   */
  get userId(): string {
    const user = this.request.user;
    if (!user) {
      throw new Error('StrategyRepository used on a request that ApiKeyGuard did not authenticate');
    }
    return user.id;
  }

  async findPage(limit: number, offset: number): Promise<{ items: StrategyView[]; total: number }> {
    const [strategies, total] = await this.dataSource.getRepository(ContentStrategy).findAndCount({
      where: { userId: this.userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items: await this.toViews(this.dataSource.manager, strategies), total };
  }

  async findView(id: string): Promise<StrategyView> {
    const strategy = await this.findOwned(this.dataSource.manager, id);
    const [view] = await this.toViews(this.dataSource.manager, [strategy]);
    return view;
  }

  async insert(content: StrategyContent): Promise<StrategyView> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.getRepository(ContentStrategy).save(
        manager.getRepository(ContentStrategy).create({
          userId: this.userId,
          status: 'inactive',
          version: 1,
          ...derivedColumns(content),
        }),
      );
      await manager.getRepository(StrategyRevision).insert({ strategyId: strategy.id, version: 1, content: content as object });

      return toStrategyView(strategy);
    });
  }

  /**
   * Apply `change` to the stored content under a row lock, so two concurrent PATCHes cannot lose one
   * another's fields, and record the new version's content.
   */
  async updateContent(id: string, change: (current: StrategyContent) => StrategyContent): Promise<StrategyView> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.findOwned(manager, id, { lock: true });
      const content = change(strategy.content);
      const columns = derivedColumns(content);

      const [row] = await queryRows<{ version: number; updated_at: Date }>(
        manager,
        `UPDATE content_strategies
            SET name = $2, content = $3, has_ai_analysis = $4, completeness = $5,
                version = version + 1, updated_at = clock_timestamp()
          WHERE id = $1
          RETURNING version, updated_at`,
        [id, columns.name, JSON.stringify(content), columns.hasAiAnalysis, columns.completeness],
      );
      await manager.getRepository(StrategyRevision).insert({ strategyId: id, version: row.version, content: content as object });

      const updated = Object.assign(strategy, columns, { version: row.version, updatedAt: row.updated_at });
      const [view] = await this.toViews(manager, [updated]);
      return view;
    });
  }

  async remove(id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ContentStrategy)
      .delete({ id, userId: this.userId });
    if (!result.affected) {
      throw strategyNotFound(id);
    }
  }

  private async findOwned(manager: EntityManager, id: string, options: { lock?: boolean } = {}) {
    const strategy = await manager.getRepository(ContentStrategy).findOne({
      where: { id, userId: this.userId },
      lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!strategy) {
      throw strategyNotFound(id);
    }
    return strategy;
  }

  private async toViews(manager: EntityManager, strategies: ContentStrategy[]): Promise<StrategyView[]> {
    const activations = await loadLatestActivations(
      manager,
      strategies.map((strategy) => strategy.id),
    );
    return strategies.map((strategy) => toStrategyView(strategy, activations.get(strategy.id)));
  }
}

export function strategyNotFound(id: string): NotFoundException {
  return new NotFoundException(`Strategy ${id} not found: check the id, and that it belongs to this API key's user`);
}

function derivedColumns(content: StrategyContent) {
  return {
    name: content.name,
    content,
    hasAiAnalysis: content.comprehensiveAiAnalysis !== undefined && content.comprehensiveAiAnalysis !== null,
    completeness: computeCompleteness(content).overall,
  };
}
