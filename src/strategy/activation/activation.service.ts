import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { queryRows } from '../../database/query-rows';
import { StrategyCacheService } from '../cache/strategy-cache.service';
import { ContentStrategy } from '../content-strategy.entity';
import { loadLatestActivations } from '../latest-activations';
import { strategyNotFound } from '../strategy.repository';
import { StrategyView, toStrategyView } from '../strategy-view';
import { StrategyActivation } from './strategy-activation.entity';

// PostgreSQL error codes worth a retry: a unique violation from a racing switch, and a deadlock
// with a concurrent DELETE, which PostgreSQL resolves by aborting one of the two transactions.
const RETRYABLE_CODES = new Set(['23505', '40P01']);
const MAX_ATTEMPTS = 3;

/**
 * Switches a user's active strategy. Each switch runs in one transaction that first locks the user's
 * row, so concurrent activations for one user queue up and each one ends with exactly one active
 * strategy. The partial unique indexes enforce the same rule in the database.
 */
@Injectable()
export class ActivationService {
  private readonly logger = new Logger(ActivationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: StrategyCacheService,
  ) {}

  /** Make `strategyId` the user's only active strategy. Activating the active strategy changes nothing. */
  async activate(userId: string, strategyId: string): Promise<StrategyView> {
    const view = await this.withRetry(userId, strategyId, 'activate', (manager) =>
      this.switchActive(manager, userId, strategyId),
    );
    await this.cache.invalidateUser(userId);
    return view;
  }

  /** Leave the user without an active strategy. Deactivating an inactive strategy changes nothing. */
  async deactivate(userId: string, strategyId: string): Promise<StrategyView> {
    const view = await this.withRetry(userId, strategyId, 'deactivate', async (manager) => {
      await lockUser(manager, userId);
      const strategy = await findOwned(manager, userId, strategyId);

      if (strategy.status === 'active') {
        await closeOpenActivation(manager, userId);
        await setStatus(manager, strategy, 'inactive');
        this.logger.log(`Deactivated strategy ${strategyId} of user ${userId}`);
      }
      return this.view(manager, strategy);
    });
    await this.cache.invalidateUser(userId);
    return view;
  }

  /** List the activation periods of one strategy, newest first. */
  async history(userId: string, strategyId: string): Promise<StrategyActivation[]> {
    const exists = await this.dataSource.getRepository(ContentStrategy).exists({ where: { id: strategyId, userId } });
    if (!exists) {
      throw strategyNotFound(strategyId);
    }
    return this.dataSource.getRepository(StrategyActivation).find({
      where: { userId, strategyId },
      order: { activatedAt: 'DESC' },
    });
  }

  private async switchActive(manager: EntityManager, userId: string, strategyId: string): Promise<StrategyView> {
    await lockUser(manager, userId);
    const target = await findOwned(manager, userId, strategyId);
    if (target.status === 'active') {
      return this.view(manager, target);
    }

    const previous = await manager.getRepository(ContentStrategy).findOne({
      where: { userId, status: 'active' },
      lock: { mode: 'pessimistic_write' },
    });
    if (previous) {
      await closeOpenActivation(manager, userId);
      await setStatus(manager, previous, 'inactive');
    }

    await setStatus(manager, target, 'active');
    // clock_timestamp(), not now(): now() is the transaction's start, and a transaction that waited for
    // the lock would record an activation earlier than the one it ends.
    await manager.query(
      `INSERT INTO strategy_activations (user_id, strategy_id, activated_at) VALUES ($1, $2, clock_timestamp())`,
      [userId, strategyId],
    );

    this.logger.log(
      `Activated strategy ${strategyId} of user ${userId}` + (previous ? `, replacing ${previous.id}` : ''),
    );
    return this.view(manager, target);
  }

  /**
   * Run one activation change in a transaction. A unique violation or a deadlock means another
   * transaction got in between despite the locks. The change is then retried, and after MAX_ATTEMPTS
   * it becomes a 409 rather than a 500.
   */
  private async withRetry(
    userId: string,
    strategyId: string,
    action: string,
    change: (manager: EntityManager) => Promise<StrategyView>,
  ): Promise<StrategyView> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(change);
      } catch (error) {
        const isConflict = error instanceof QueryFailedError && RETRYABLE_CODES.has((error as { code?: string }).code ?? '');
        if (!isConflict) {
          throw error;
        }

        this.logger.warn(`Attempt ${attempt} to ${action} strategy ${strategyId} of user ${userId} conflicted`);
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictException(
            `Could not ${action} strategy ${strategyId}: another activation for this user kept conflicting; retry the request`,
          );
        }
      }
    }
  }

  private async view(manager: EntityManager, strategy: ContentStrategy): Promise<StrategyView> {
    const activations = await loadLatestActivations(manager, [strategy.id]);
    return toStrategyView(strategy, activations.get(strategy.id));
  }
}

async function lockUser(manager: EntityManager, userId: string): Promise<void> {
  await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
}

/**
 * Load and row-lock one of the user's strategies. The lock makes a concurrent DELETE or PATCH of the
 * same strategy wait for this transaction (or this one wait for it), so neither overwrites the other.
 */
async function findOwned(manager: EntityManager, userId: string, strategyId: string): Promise<ContentStrategy> {
  const strategy = await manager
    .getRepository(ContentStrategy)
    .findOne({ where: { id: strategyId, userId }, lock: { mode: 'pessimistic_write' } });
  if (!strategy) {
    throw strategyNotFound(strategyId);
  }
  return strategy;
}

async function closeOpenActivation(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `UPDATE strategy_activations SET deactivated_at = clock_timestamp() WHERE user_id = $1 AND deactivated_at IS NULL`,
    [userId],
  );
}

/**
 * Change only the status and the version. Repository.save would write every column from the loaded
 * entity, and re-insert the row if it had been deleted in the meantime.
 */
async function setStatus(manager: EntityManager, strategy: ContentStrategy, status: 'active' | 'inactive') {
  const [row] = await queryRows<{ version: number; updated_at: Date }>(
    manager,
    `UPDATE content_strategies SET status = $2, version = version + 1, updated_at = clock_timestamp()
      WHERE id = $1 RETURNING version, updated_at`,
    [strategy.id, status],
  );
  strategy.status = status;
  strategy.version = row.version;
  strategy.updatedAt = row.updated_at;
}
