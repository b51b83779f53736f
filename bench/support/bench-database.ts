import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server for the benchmark: BENCH_DATABASE_URL (a database to connect to for CREATE
 * DATABASE), by default the local server with trust authentication.
 */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  serverVersion: string;
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: BENCH_SERVER_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${BENCH_SERVER_URL} (set BENCH_DATABASE_URL to use another server): ` +
        `${(error as Error).message}`,
    );
  }

  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Create an empty database named cadence_bench_<random hex> and return its URL. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `cadence_bench_${randomBytes(6).toString('hex')}`;

  const serverVersion = await withAdminClient(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    const rows = await client.query<{ server_version: string }>('SHOW server_version');
    return rows.rows[0].server_version;
  });

  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), serverVersion };
}

export async function dropBenchDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
