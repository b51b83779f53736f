import type { TierMeasurement } from '../resolution';

/** Messages between bench/run.ts and its child processes, sent over the Node IPC channel. */

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Count bound: autocannon stops sending once this many requests were sent, even before the duration. */
  maxRequests: number;
}

export interface LoadResult {
  requestsPerSecondMean: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  completedRequests: number;
  durationSeconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** True when the watchdog had to stop autocannon because it ran far past its duration. */
  stoppedByWatchdog: boolean;
}

export interface ServerUsage {
  /** User plus system CPU time of the server process during the window, in microseconds. */
  cpuMicros: number;
  wallMicros: number;
  /** Event loop utilization over the window, 0..1 (perf_hooks.performance.eventLoopUtilization). */
  eventLoopUtilization: number;
}

export type ParentMessage =
  | { type: 'serve'; bodyBase64: string; headers: Record<string, string> }
  | { type: 'measure-start' }
  | { type: 'measure-stop' }
  | { type: 'run'; options: LoadOptions };

export type ChildMessage =
  | { type: 'ready'; port?: number }
  | { type: 'measure-started' }
  | ({ type: 'measure-stopped' } & ServerUsage)
  | { type: 'result'; result: LoadResult }
  | { type: 'tiers'; tiers: TierMeasurement[] }
  | { type: 'error'; message: string };

export function sendToParent(message: ChildMessage): void {
  if (!process.send) {
    throw new Error('This script is a child process of bench/run.ts and needs its IPC channel; run `npm run bench`');
  }
  process.send(message);
}

/** Report an error to bench/run.ts and exit with status 1. */
export function failChild(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    sendToParent({ type: 'error', message });
  } finally {
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  }
}

/** Exit when bench/run.ts goes away, so no child outlives a benchmark run. */
export function exitWithParent(): void {
  process.on('disconnect', () => process.exit(0));
}
