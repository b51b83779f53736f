import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { compareThroughput, readHttpSettings } from './http/throughput';
import { describeMachine, renderResults, writeResults } from './report';
import { measureTiersInChild, TIER_PLANS } from './resolution';
import { createBenchDatabase, dropBenchDatabase } from './support/bench-database';
import { seedActiveStrategy } from './support/seed';
import { Teardown } from './support/teardown';

const BENCHMARKS_FILE = join(__dirname, '..', 'BENCHMARKS.md');

/**
 * Benchmark the active-strategy read path on a database of its own: in-process latency of the memory and
 * database tiers, then HTTP throughput of GET /v1/strategies/active against a bare node:http server.
 * This process creates the data through the app's API and then only coordinates the child processes
 * that measure. Prints the results as Markdown and writes them into BENCHMARKS.md.
 */
async function main(teardown: Teardown): Promise<void> {
  const httpSettings = readHttpSettings();

  const database = await createBenchDatabase();
  teardown.add(`drop database ${database.name}`, () => dropBenchDatabase(database.name));
  const machine = describeMachine(database.serverVersion);
  console.error(`Created database ${database.name} on PostgreSQL ${database.serverVersion}`);

  const appEnvironment = {
    DATABASE_URL: database.url,
    ADMIN_TOKEN: `bench-admin-${randomBytes(12).toString('hex')}`,
    LOG_LEVEL: 'error',
  };
  Object.assign(process.env, appEnvironment);

  const app = await createAppWithoutExit();
  const closeApp = teardown.add('close the setup app', () => app.close());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const seed = await seedActiveStrategy(`http://127.0.0.1:${port}`, appEnvironment.ADMIN_TOKEN);
  // Every measurement runs in a child process with an app of its own, so this one would only add noise.
  await closeApp();

  for (const plan of TIER_PLANS) {
    console.error(`Timing ${plan.warmupCalls} + ${plan.measuredCalls} calls resolved by the ${plan.tier} tier`);
  }
  const tiers = await measureTiersInChild(teardown, appEnvironment, seed.userId);

  console.error(
    `Measuring HTTP throughput: ${httpSettings.connections} connections, ` +
      `${httpSettings.warmupSeconds} s warm-up and ${httpSettings.durationSeconds} s per server`,
  );
  const http = await compareThroughput(teardown, httpSettings, appEnvironment, seed.apiKey);

  const results = renderResults({ date: new Date(), machine, tiers, http });
  console.log(results);

  // The profiler slows the servers down, so a profiled run is no record.
  if (process.env.BENCH_CPU_PROFILE_DIR) {
    console.error(`Left ${BENCHMARKS_FILE} unchanged because BENCH_CPU_PROFILE_DIR is set`);
    return;
  }
  writeResults(BENCHMARKS_FILE, results);
  console.error(`Wrote the results to ${BENCHMARKS_FILE}`);
}

/**
 * Call createApp(), turning a failed start into an exception. After NestFactory.create logs a startup
 * error it calls process.exit(1), then process.abort() (its abortOnError option), and either would end
 * the process before the database is dropped.
 */
async function createAppWithoutExit(): ReturnType<typeof createApp> {
  const { exit, abort } = process;
  const failed = (): never => {
    throw new Error('createApp() failed to start the app; Nest logged the cause above');
  };
  process.exit = failed;
  process.abort = failed;

  try {
    return await createApp();
  } finally {
    process.exit = exit;
    process.abort = abort;
  }
}

const teardown = new Teardown();
let stopping = false;

function stopAndCleanUp(reason: string): void {
  if (stopping) {
    return;
  }
  stopping = true;
  console.error(`${reason}; cleaning up`);
  void teardown.run().finally(() => process.exit(1));
}

// Nest's shutdown hooks, which createApp enables, close the app on a signal and then send the signal
// again. These listeners stay registered so that the second signal does not kill the process before
// the database is dropped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => stopAndCleanUp(`Received ${signal}`));
}
process.on('uncaughtException', (error) => stopAndCleanUp(`Benchmark failed: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => stopAndCleanUp(`Benchmark failed: unhandled rejection ${String(reason)}`));

main(teardown)
  .catch((error: Error) => {
    // After a signal, the failure is the interrupted step and not worth a stack trace.
    if (!stopping) {
      console.error(`Benchmark failed: ${error.stack ?? error.message}`);
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    await teardown.run();
    // Exit explicitly because timers of the cache stores can outlive the app.
    process.exit();
  });
