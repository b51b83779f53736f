export interface LatencySummary {
  samples: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
}

/** Summarize durations in nanoseconds as nearest-rank percentiles in microseconds. */
export function summarizeNanoseconds(durations: bigint[]): LatencySummary {
  if (durations.length === 0) {
    throw new Error('Cannot summarize an empty list of durations');
  }

  const sorted = durations.map(Number).sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] / 1000;

  return {
    samples: sorted.length,
    p50Us: percentile(50),
    p99Us: percentile(99),
    maxUs: sorted[sorted.length - 1] / 1000,
  };
}
