import { Test } from '@nestjs/testing';
import { PLANNING_PHASES, type PhaseContext, type PlanningPhase } from '../../../src/calendar/phase';
import { GapAnalysisPhase } from '../../../src/calendar/phase/gap-analysis.phase';
import { StrategyAnalysisPhase } from '../../../src/calendar/phase/strategy-analysis.phase';
import { planCalendar } from '../../../src/calendar/planner/plan-calendar';
import {
  ActiveStrategyService,
  type StrategySnapshot,
} from '../../../src/strategy/active-strategy/active-strategy.service';
import { makeRequest, makeStrategy } from './fixtures';

const snapshot: StrategySnapshot = { id: 'strategy-1', version: 3, userId: 'user-1', content: makeStrategy() };

function fakeActiveStrategy() {
  const calls: Array<[string, string, number]> = [];
  const service = {
    getSnapshot: async (userId: string, strategyId: string, version: number) => {
      calls.push([userId, strategyId, version]);
      return snapshot;
    },
  };
  return { service: service as unknown as ActiveStrategyService, calls };
}

function context(): PhaseContext {
  return { userId: 'user-1', strategy: { id: 'strategy-1', version: 3 }, request: makeRequest(), previous: {} };
}

describe('phase providers', () => {
  it('resolves all six through Nest with the active strategy service', async () => {
    const { service } = fakeActiveStrategy();
    const module = await Test.createTestingModule({
      providers: [...PLANNING_PHASES, { provide: ActiveStrategyService, useValue: service }],
    }).compile();

    const phases = PLANNING_PHASES.map((type) => module.get<PlanningPhase>(type));

    expect(phases.map((phase) => [phase.step, phase.key])).toEqual([
      [1, 'strategyAnalysis'],
      [2, 'gapAnalysis'],
      [3, 'platformStrategy'],
      [4, 'calendarFramework'],
      [5, 'pillarDistribution'],
      [6, 'platformContent'],
    ]);
  });

  it('reads the pinned snapshot for every phase', async () => {
    const { service, calls } = fakeActiveStrategy();
    const phases = PLANNING_PHASES.map((type) => new type(service));
    const run = context();

    for (const phase of phases) {
      (run.previous as Record<string, unknown>)[phase.key] = await phase.run(run);
    }

    expect(calls).toEqual(Array.from({ length: 6 }, () => ['user-1', 'strategy-1', 3]));
  });

  it('returns the same results as planCalendar', async () => {
    const { service } = fakeActiveStrategy();
    const run = context();
    for (const type of PLANNING_PHASES) {
      const phase = new type(service);
      (run.previous as Record<string, unknown>)[phase.key] = await phase.run(run);
    }

    const plan = planCalendar(snapshot.content, run.request);

    expect(run.previous.platformContent?.output).toEqual(plan.phases[5].output);
    expect(run.previous.strategyAnalysis?.qualityScore).toBe(plan.phases[0].qualityScore);
  });

  it('rejects a run without the earlier result it needs', async () => {
    const { service } = fakeActiveStrategy();

    await expect(new GapAnalysisPhase(service).run(context())).rejects.toThrow(
      'Phase 2 (Gap analysis) needs the result of phase 1 (Content strategy analysis) in context.previous.strategyAnalysis',
    );
  });

  it('builds the first phase input from the snapshot alone', () => {
    const { service } = fakeActiveStrategy();

    expect(new StrategyAnalysisPhase(service).buildInput(context(), snapshot.content)).toEqual({ content: snapshot.content });
  });
});
