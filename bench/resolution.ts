import type { ActiveStrategyService, ResolutionTier } from '../src/strategy/active-strategy/active-strategy.service';
import { BenchChild } from './support/child-process';
import { LatencySummary, summarizeNanoseconds } from './support/latency';
import type { Teardown } from './support/teardown';

export interface TierPlan {
  tier: ResolutionTier;
  refresh: boolean;
  warmupCalls: number;
  measuredCalls: number;
  targetP99Us: number;
}

export interface TierMeasurement extends TierPlan {
  latency: LatencySummary;
}

export const TIER_PLANS: TierPlan[] = [
  { tier: 'memory', refresh: false, warmupCalls: 2_000, measuredCalls: 20_000, targetP99Us: 50 },
  { tier: 'database', refresh: true, warmupCalls: 200, measuredCalls: 2_000, targetP99Us: 5_000 },
];

// Upper bound on one tier's loop. 2,200 database-tier calls at the 5 ms target would take 11 seconds.
const LOOP_TIME_LIMIT_MS = 120_000;
// Start of the app plus every loop at its time limit.
const CHILD_TIME_LIMIT_MS = 120_000 + TIER_PLANS.length * LOOP_TIME_LIMIT_MS;

/** Run every plan of TIER_PLANS in bench/resolution-process.ts, a child process with its own app. */
export async function measureTiersInChild(
  teardown: Teardown,
  appEnvironment: Record<string, string>,
  userId: string,
): Promise<TierMeasurement[]> {
  const child = new BenchChild('resolution process', 'resolution-process.ts', {
    env: { ...appEnvironment, BENCH_USER_ID: userId },
  });
  const stopChild = teardown.add('stop the resolution process', () => child.stop());

  try {
    const reply = await child.waitFor('tiers', CHILD_TIME_LIMIT_MS);
    return reply.tiers;
  } finally {
    await stopChild();
  }
}

/**
 * Time sequential `resolve` calls one by one with process.hrtime.bigint(), after a warm-up whose
 * timings are dropped. Every measured call must be resolved by the planned tier, or the numbers would mix tiers.
 */
export async function measureTier(service: ActiveStrategyService, userId: string, plan: TierPlan): Promise<TierMeasurement> {
  const deadline = Date.now() + LOOP_TIME_LIMIT_MS;
  const durations: bigint[] = [];

  for (let call = 0; call < plan.warmupCalls + plan.measuredCalls; call++) {
    const started = process.hrtime.bigint();
    const result = await service.resolve(userId, { refresh: plan.refresh });
    const elapsed = process.hrtime.bigint() - started;

    // The first warm-up call of the memory tier finds the cache empty and fills it.
    if (call >= plan.warmupCalls) {
      if (result.resolution.tier !== plan.tier) {
        throw new Error(
          `Call ${call} of the ${plan.tier} tier loop was resolved by the ${result.resolution.tier} tier. ` +
            'The cache entry may have expired (STRATEGY_CACHE_TTL_MS), or another process changed the strategy.',
        );
      }
      durations.push(elapsed);
    }
    if (Date.now() > deadline) {
      throw new Error(`The ${plan.tier} tier loop did not finish within ${LOOP_TIME_LIMIT_MS / 1000} s (call ${call})`);
    }
  }

  return { ...plan, latency: summarizeNanoseconds(durations) };
}
