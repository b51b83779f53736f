import type { EntityManager } from 'typeorm';
import type { LatestActivation } from './strategy-view';

/** Load the latest activation period of each given strategy, keyed by strategy id. */
export async function loadLatestActivations(
  manager: EntityManager,
  strategyIds: string[],
): Promise<Map<string, LatestActivation>> {
  if (strategyIds.length === 0) {
    return new Map();
  }

  const rows: Array<{ strategy_id: string; activated_at: Date; deactivated_at: Date | null }> = await manager.query(
    `SELECT DISTINCT ON (strategy_id) strategy_id, activated_at, deactivated_at
       FROM strategy_activations
      WHERE strategy_id = ANY($1::uuid[])
      ORDER BY strategy_id, activated_at DESC`,
    [strategyIds],
  );

  return new Map(
    rows.map((row) => [row.strategy_id, { activatedAt: row.activated_at, deactivatedAt: row.deactivated_at }]),
  );
}
