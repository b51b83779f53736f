import { spawnSync } from 'node:child_process';
import { writeResultsBlock } from './support/results-block';
import { availableParallelism, cpus, loadavg, release, type } from 'node:os';
import type { ThroughputComparison, ServerMeasurement } from './http/throughput';
import type { TierMeasurement } from './resolution';

export interface Machine {
  cpus: number;
  cpuModel: string;
  operatingSystem: string;
  node: string;
  postgres: string;
  /** One-minute load average when the run started, a sign of other processes that skew the numbers. */
  loadAverage: number;
  commit: string;
}

export interface BenchReport {
  date: Date;
  machine: Machine;
  tiers: TierMeasurement[];
  http: ThroughputComparison;
}

export const HTTP_RATIO_TARGET = 0.5;

// A server below this share of one core was held back by the load generator or by other processes.
const SATURATED_CPU = 0.9;

export const SECTION_HEADING = '## Strategy resolution';
const RESULTS_BEGIN = '<!-- strategy-resolution results: written by `npm run bench` -->';
const RESULTS_END = '<!-- end of strategy-resolution results -->';

export function describeMachine(postgresVersion: string): Machine {
  const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']).stdout.trim() !== '';

  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    operatingSystem: `${type()} ${release()}`,
    node: process.version,
    postgres: postgresVersion,
    loadAverage: loadavg()[0],
    commit: head.status === 0 ? `${head.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}` : 'unknown (git failed)',
  };
}

const microseconds = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const met = (ok: boolean) => (ok ? 'yes' : '**no**');

const TIER_CALLS: Record<string, string> = {
  memory: '`resolve(userId)`',
  database: '`resolve(userId, { refresh: true })`',
};

/** Render the results as Markdown: targets, in-process latency and HTTP throughput tables. */
export function renderResults(report: BenchReport): string {
  const { machine, tiers, http } = report;
  const lines: string[] = [];

  lines.push(
    `Measured on ${report.date.toISOString().slice(0, 10)} with \`npm run bench\` at commit ${machine.commit}.`,
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.operatingSystem}, Node ${machine.node}, ` +
      `PostgreSQL ${machine.postgres}. One-minute load average at the start: ${machine.loadAverage.toFixed(2)}.`,
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
  );
  for (const tier of tiers) {
    lines.push(
      `| Tier ${tier.tier === 'memory' ? 1 : 2} (${tier.tier}) ${TIER_CALLS[tier.tier]} p99 < ${whole(tier.targetP99Us)} µs ` +
        `| ${microseconds(tier.latency.p99Us)} µs | ${met(tier.latency.p99Us < tier.targetP99Us)} |`,
    );
  }
  lines.push(
    `| \`GET ${http.path}\` req/s ≥ ${HTTP_RATIO_TARGET} × bare node:http | ${http.ratio.toFixed(2)} | ` +
      `${met(http.ratio >= HTTP_RATIO_TARGET)} |`,
    '',
    'In-process `ActiveStrategyService.resolve` latency, sequential calls after a warm-up:',
    '',
    '| Tier | Call | Warm-up calls | Measured calls | p50 (µs) | p99 (µs) | max (µs) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const tier of tiers) {
    lines.push(
      `| ${tier.tier} | ${TIER_CALLS[tier.tier]} | ${whole(tier.warmupCalls)} | ${whole(tier.latency.samples)} | ` +
        `${microseconds(tier.latency.p50Us)} | ${microseconds(tier.latency.p99Us)} | ${microseconds(tier.latency.maxUs)} |`,
    );
  }

  lines.push(
    '',
    `HTTP \`GET ${http.path}\` with autocannon: ${http.settings.connections} connections, ` +
      `${http.settings.durationSeconds} s after a ${http.settings.warmupSeconds} s warm-up, ${http.placement.description}, ` +
      `response body of ${whole(http.responseBytes)} bytes.`,
    '',
    '| Server | req/s (mean) | Latency p50 (ms) | Latency p99 (ms) | Requests | Server CPU (% of one core) | Event loop busy (%) | Server CPU per request (µs) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    httpRow('Cadence app (NestJS 11, Express)', http.app),
    httpRow('Bare node:http, same response', http.bare),
    '',
    `Ratio app/bare: ${http.ratio.toFixed(2)} in req/s, ` +
      `${(http.bare.cpuMicrosPerRequest / http.app.cpuMicrosPerRequest).toFixed(2)} in server CPU per request.`,
  );
  for (const [label, measurement] of [['app', http.app], ['bare server', http.bare]] as const) {
    if (measurement.cpuUtilization < SATURATED_CPU) {
      // A busy event loop with little CPU time means the process was runnable but not running.
      const cause =
        measurement.usage.eventLoopUtilization >= SATURATED_CPU
          ? 'other processes took CPU time from it'
          : 'the load generator did not keep it busy';
      lines.push(
        '',
        `NOTE: the ${label} used ${(measurement.cpuUtilization * 100).toFixed(0)} % of one core because ${cause}, ` +
          'so its req/s is below what it can serve and the req/s ratio of this run is skewed.',
      );
    }
  }

  return lines.join('\n');
}

function httpRow(label: string, measurement: ServerMeasurement): string {
  const { load } = measurement;
  return (
    `| ${label} | ${whole(load.requestsPerSecondMean)} | ${load.latencyP50Ms} | ${load.latencyP99Ms} | ` +
    `${whole(load.completedRequests)} | ${(measurement.cpuUtilization * 100).toFixed(0)} | ` +
    `${(measurement.usage.eventLoopUtilization * 100).toFixed(0)} | ` +
    `${microseconds(measurement.cpuMicrosPerRequest)} |`
  );
}

/** Replace the results block of the "Strategy resolution" section of BENCHMARKS.md. */
export function writeResults(path: string, results: string): void {
  writeResultsBlock(path, { heading: SECTION_HEADING, begin: RESULTS_BEGIN, end: RESULTS_END }, results);
}
