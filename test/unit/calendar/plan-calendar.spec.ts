import { planCalendar, type CalendarPlan } from '../../../src/calendar/planner/plan-calendar';
import { buildQualityReport } from '../../../src/calendar/planner/quality-report';
import { makeRequest, makeStrategy } from './fixtures';

/** Drops the measured run times, the only non-deterministic fields of a plan. */
function withoutDurations(plan: CalendarPlan) {
  return { ...plan, phases: plan.phases.map(({ durationMs, ...phase }) => phase) };
}

describe('planCalendar', () => {
  it('returns the same plan for the same input', () => {
    const request = makeRequest({ holidayCountry: 'DE', blackoutDates: ['2027-03-09'], timezone: 'America/New_York' });

    expect(withoutDurations(planCalendar(makeStrategy(), request))).toEqual(
      withoutDurations(planCalendar(makeStrategy(), request)),
    );
  });

  it('runs the six phases in step order', () => {
    const plan = planCalendar(makeStrategy(), makeRequest());

    expect(plan.phases.map((phase) => [phase.step, phase.name])).toEqual([
      [1, 'Content strategy analysis'],
      [2, 'Gap analysis'],
      [3, 'Audience and platform strategy'],
      [4, 'Calendar framework'],
      [5, 'Content pillar distribution'],
      [6, 'Platform-specific strategy'],
    ]);
  });

  it('scores every phase from 0 to 1 and times it', () => {
    const plan = planCalendar(makeStrategy(), makeRequest());

    for (const phase of plan.phases) {
      expect(phase.qualityScore).toBeGreaterThanOrEqual(0);
      expect(phase.qualityScore).toBeLessThanOrEqual(1);
      expect(phase.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('scores sparse strategies lower', () => {
    const complete = planCalendar(makeStrategy(), makeRequest());
    const sparse = planCalendar({ name: 'Sparse', contentPillars: ['Only pillar'] }, makeRequest());

    expect(sparse.phases[0].qualityScore).toBeLessThan(complete.phases[0].qualityScore);
    expect(sparse.phases[1].qualityScore).toBeLessThan(complete.phases[1].qualityScore);
    expect(sparse.phases[2].qualityScore).toBeLessThan(complete.phases[2].qualityScore);
  });

  it('returns the entries of the last phase', () => {
    const plan = planCalendar(makeStrategy(), makeRequest());

    expect(plan.entries).toBe(plan.phases[5].output.entries);
    expect(plan.entries.length).toBeGreaterThan(0);
  });
});

describe('buildQualityReport', () => {
  const plan = planCalendar(makeStrategy(), makeRequest({ platforms: ['blog', 'linkedin'], postsPerWeek: { linkedin: 3 } }));

  it('keeps every score between 0 and 1', () => {
    const { quality } = plan;
    const scores = [
      quality.pillarShareError.max,
      quality.pillarShareError.mean,
      quality.purposeShareError.max,
      quality.purposeShareError.mean,
      quality.inWindowShare,
      quality.titleUniqueness,
      quality.highPriorityGapCoverage,
      quality.overall,
    ];

    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('measures share errors against the targets', () => {
    const close = plan.quality.pillars.find((share) => share.key === 'Close faster');
    const count = plan.entries.filter((entry) => entry.pillar === 'Close faster').length;

    expect(close?.target).toBe(0.5);
    expect(close?.actual).toBe(count / plan.entries.length);
    expect(close?.absError).toBeCloseTo(Math.abs(0.5 - count / plan.entries.length), 12);
  });

  it('counts the high-priority gap as covered', () => {
    expect(plan.quality.highPriorityGapCoverage).toBe(1);
  });

  it('drops gap coverage when no entry covers the gap', () => {
    const report = buildQualityReport({
      entries: plan.entries.map((entry) => ({ ...entry, gapId: undefined })),
      pillarTargets: plan.quality.pillars.map(({ key, target }) => ({ key, share: target })),
      purposeTargets: plan.quality.purposes.map(({ key, target }) => ({ key, share: target })),
      gaps: plan.phases[1].output.gaps,
    });

    expect(report.highPriorityGapCoverage).toBe(0);
    expect(report.overall).toBeLessThan(plan.quality.overall);
  });

  it('counts duplicate titles', () => {
    const entries = plan.entries.slice(0, 4).map((entry) => ({ ...entry, title: 'Same title' }));
    const report = buildQualityReport({ entries, pillarTargets: [], purposeTargets: [], gaps: [] });

    expect(report.titleUniqueness).toBe(0.25);
  });

  it('scores an empty calendar 0', () => {
    const report = buildQualityReport({ entries: [], pillarTargets: [{ key: 'A', share: 1 }], purposeTargets: [], gaps: [] });

    expect(report.overall).toBe(0);
    expect(report.inWindowShare).toBe(0);
  });

  it('equals the mean of its five measures', () => {
    const { quality } = plan;
    const mean =
      (1 - quality.pillarShareError.max +
        (1 - quality.purposeShareError.max) +
        quality.inWindowShare +
        quality.titleUniqueness +
        quality.highPriorityGapCoverage) /
      5;

    expect(quality.overall).toBeCloseTo(mean, 12);
  });
});
