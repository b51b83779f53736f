import type { Teardown } from '../support/teardown';
import { BenchChild, chooseCpuPlacement, CpuPlacement } from '../support/child-process';
import type { LoadOptions, LoadResult, ServerUsage } from '../support/messages';

export interface HttpSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  maxRequests: number;
}

export interface ServerMeasurement {
  load: LoadResult;
  usage: ServerUsage;
  /** Server CPU time per completed request, in microseconds. */
  cpuMicrosPerRequest: number;
  /** Server CPU time over wall time during the measured run, 0..1 of one core. */
  cpuUtilization: number;
}

export interface ThroughputComparison {
  settings: HttpSettings;
  placement: CpuPlacement;
  path: string;
  responseBytes: number;
  app: ServerMeasurement;
  bare: ServerMeasurement;
  /** Mean req/s of the app over mean req/s of the bare server. */
  ratio: number;
}

export const ACTIVE_STRATEGY_PATH = '/v1/strategies/active';

const START_TIMEOUT_MS = 120_000;
const REPLY_TIMEOUT_MS = 10_000;
const FETCH_TIMEOUT_MS = 10_000;
// Response headers that node:http writes itself. The bare server copies every other header of the app's response.
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

export function readHttpSettings(): HttpSettings {
  const positive = (name: string, fallback: number): number => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') {
      return fallback;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${name} must be a positive integer, got "${raw}"`);
    }
    return value;
  };

  const durationSeconds = positive('BENCH_HTTP_DURATION_S', 10);
  return {
    connections: positive('BENCH_HTTP_CONNECTIONS', 50),
    warmupSeconds: positive('BENCH_HTTP_WARMUP_S', 2),
    durationSeconds,
    // 200,000 req/s is well beyond what node:http serves on one core, so the duration ends every run
    // and this count only bounds a runaway one.
    maxRequests: durationSeconds * 200_000,
  };
}

/**
 * Measure GET /v1/strategies/active on the app (warm memory tier), then the same response bytes from a
 * bare node:http server. Each server runs in its own child process on one CPU, and autocannon runs in
 * another child process on the other CPU.
 */
export async function compareThroughput(
  teardown: Teardown,
  settings: HttpSettings,
  appEnvironment: Record<string, string>,
  apiKey: string,
): Promise<ThroughputComparison> {
  const placement = chooseCpuPlacement();
  const requestHeaders = { authorization: `Bearer ${apiKey}` };

  const appServer = new BenchChild('app server', 'http/app-server.ts', { cpu: placement.serverCpu, env: appEnvironment });
  const stopAppServer = teardown.add('stop the app server', () => appServer.stop());
  const appUrl = `http://127.0.0.1:${(await appServer.waitFor('ready', START_TIMEOUT_MS)).port}${ACTIVE_STRATEGY_PATH}`;

  // The first read fills the memory tier, and the second is the response that both servers send under load.
  await fetchResponse(appUrl, requestHeaders);
  const sample = await fetchResponse(appUrl, requestHeaders);
  if (sample.headers['x-strategy-tier'] !== 'memory') {
    throw new Error(`Expected the second read to come from the memory tier, got "${sample.headers['x-strategy-tier']}"`);
  }

  const app = await measureServer(teardown, appServer, { ...settings, url: appUrl, headers: requestHeaders }, placement);
  await stopAppServer();

  const responseHeaders = Object.fromEntries(
    Object.entries(sample.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)),
  );
  const bareServer = new BenchChild('bare server', 'http/bare-server.ts', { cpu: placement.serverCpu });
  const stopBareServer = teardown.add('stop the bare server', () => bareServer.stop());
  const ready = await bareServer.request(
    { type: 'serve', bodyBase64: sample.body.toString('base64'), headers: responseHeaders },
    'ready',
    START_TIMEOUT_MS,
  );
  const bareUrl = `http://127.0.0.1:${ready.port}${ACTIVE_STRATEGY_PATH}`;

  const bareSample = await fetchResponse(bareUrl, requestHeaders);
  if (!bareSample.body.equals(sample.body)) {
    throw new Error('The bare server sent a different body from the app; the comparison would be unfair');
  }

  const bare = await measureServer(teardown, bareServer, { ...settings, url: bareUrl, headers: requestHeaders }, placement);
  await stopBareServer();

  return {
    settings,
    placement,
    path: ACTIVE_STRATEGY_PATH,
    responseBytes: sample.body.length,
    app,
    bare,
    ratio: app.load.requestsPerSecondMean / bare.load.requestsPerSecondMean,
  };
}

async function measureServer(
  teardown: Teardown,
  server: BenchChild,
  options: HttpSettings & Omit<LoadOptions, 'durationSeconds'>,
  placement: CpuPlacement,
): Promise<ServerMeasurement> {
  const loadGenerator = new BenchChild('load generator', 'http/load-generator.ts', { cpu: placement.loadCpu });
  const stopLoadGenerator = teardown.add('stop the load generator', () => loadGenerator.stop());
  await loadGenerator.waitFor('ready', START_TIMEOUT_MS);

  const run = async (durationSeconds: number): Promise<LoadResult> => {
    const loadOptions: LoadOptions = {
      url: options.url,
      headers: options.headers,
      connections: options.connections,
      durationSeconds,
      maxRequests: options.maxRequests,
    };
    const reply = await loadGenerator.request(
      { type: 'run', options: loadOptions },
      'result',
      (durationSeconds + 60) * 1000,
    );
    assertCleanRun(loadOptions, reply.result);
    return reply.result;
  };

  await run(options.warmupSeconds);

  await server.request({ type: 'measure-start' }, 'measure-started', REPLY_TIMEOUT_MS);
  const load = await run(options.durationSeconds);
  const usage = await server.request({ type: 'measure-stop' }, 'measure-stopped', REPLY_TIMEOUT_MS);

  await stopLoadGenerator();

  return {
    load,
    usage,
    cpuMicrosPerRequest: usage.cpuMicros / load.completedRequests,
    cpuUtilization: usage.cpuMicros / usage.wallMicros,
  };
}

/** Throw unless every request of the run got a 2xx response in time, because a failed request is not throughput. */
function assertCleanRun(options: LoadOptions, result: LoadResult): void {
  const failures = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx };
  if (Object.values(failures).some((count) => count > 0) || result.stoppedByWatchdog || result.completedRequests === 0) {
    throw new Error(
      `Load run on ${options.url} had failed requests: ${JSON.stringify({ ...failures, completed: result.completedRequests, stoppedByWatchdog: result.stoppedByWatchdog })}`,
    );
  }
  if (result.completedRequests >= options.maxRequests) {
    throw new Error(`Load run on ${options.url} reached the limit of ${options.maxRequests} requests before its duration ended`);
  }
}

async function fetchResponse(
  url: string,
  headers: Record<string, string>,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) {
    throw new Error(`GET ${url} failed with status ${response.status}: ${body.toString('utf8')}`);
  }
  return { body, headers: Object.fromEntries(response.headers.entries()) };
}
