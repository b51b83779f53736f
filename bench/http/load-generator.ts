import { exitWithParent, failChild, LoadOptions, LoadResult, ParentMessage, sendToParent } from '../support/messages';

/** The parts of autocannon 8's programmatic API and result that this script uses. */
interface AutocannonResult {
  requests: { mean: number; total: number };
  latency: { p50: number; p99: number; max: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (
  options: Record<string, unknown>,
  callback: (error: Error | null, result: AutocannonResult) => void,
) => { stop(): void };

// autocannon ships no type declarations.
const autocannon: Autocannon = require('autocannon');

// A run that lasts this much longer than its duration is stuck, so the watchdog stops it.
const WATCHDOG_GRACE_MS = 30_000;

function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let stoppedByWatchdog = false;

    const instance = autocannon(
      {
        url: options.url,
        headers: options.headers,
        connections: options.connections,
        duration: options.durationSeconds,
        maxOverallRequests: options.maxRequests,
        // Seconds before a request times out and its connection is reset.
        timeout: 10,
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) {
          reject(error);
          return;
        }

        resolve({
          requestsPerSecondMean: result.requests.mean,
          latencyP50Ms: result.latency.p50,
          latencyP99Ms: result.latency.p99,
          latencyMaxMs: result.latency.max,
          completedRequests: result.requests.total,
          durationSeconds: result.duration,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          stoppedByWatchdog,
        });
      },
    );

    const watchdog = setTimeout(() => {
      stoppedByWatchdog = true;
      instance.stop();
    }, options.durationSeconds * 1000 + WATCHDOG_GRACE_MS);
  });
}

/** Child process: runs autocannon on request of bench/run.ts, away from the server's CPU. */
function main(): void {
  exitWithParent();

  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'run') {
      return;
    }
    runLoad(message.options).then((result) => sendToParent({ type: 'result', result }), failChild);
  });

  sendToParent({ type: 'ready' });
}

main();
