import 'reflect-metadata';
import { createApp } from '../src/app.factory';
import { ActiveStrategyService } from '../src/strategy/active-strategy/active-strategy.service';
import { measureTier, TIER_PLANS, TierMeasurement } from './resolution';
import { exitWithParent, failChild, sendToParent } from './support/messages';

/**
 * Child process: starts the app with createApp() and times ActiveStrategyService.resolve for the user
 * BENCH_USER_ID, then sends the measurements to bench/run.ts. It runs apart from bench/run.ts because
 * that process also has ts-node's TypeScript type checker in memory, which raised the memory tier's p99
 * by about 15 µs in a side-by-side test.
 */
async function main(): Promise<void> {
  exitWithParent();

  const userId = process.env.BENCH_USER_ID;
  if (!userId) {
    throw new Error('BENCH_USER_ID is missing: bench/run.ts sets it to the id of the user it created');
  }

  const app = await createApp();
  await app.init();
  const service = app.get(ActiveStrategyService);

  const tiers: TierMeasurement[] = [];
  for (const plan of TIER_PLANS) {
    tiers.push(await measureTier(service, userId, plan));
  }
  sendToParent({ type: 'tiers', tiers });
}

main().catch(failChild);
