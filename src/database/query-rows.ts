import type { EntityManager } from 'typeorm';

/**
 * Run SQL and return its rows. TypeORM's PostgreSQL driver returns `[rows, affectedCount]` for UPDATE
 * and DELETE statements but plain rows for SELECT and INSERT; this gives the rows in every case, so
 * `UPDATE … RETURNING` can be checked for an empty result.
 */
export async function queryRows<T>(manager: Pick<EntityManager, 'query'>, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await manager.query(sql, parameters);
  const isUpdateResult = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return isUpdateResult ? result[0] : result;
}
