import { Client } from 'pg';
import { TEST_SERVER_URL } from './test-database';

/** Fail fast, with the fix, when the e2e tests' PostgreSQL server is not reachable. */
export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: TEST_SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `The e2e tests need PostgreSQL at ${TEST_SERVER_URL} (set TEST_DATABASE_URL to use another server): ` +
        `${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
