import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { planCalendar } from '../../../src/calendar/planner/plan-calendar';
import { mapAlwrityDocument } from '../../../src/strategy/import/alwrity-import';
import type { StrategyContent } from '../../../src/strategy/strategy-content';

/** The sample ALwrity documents kept beside the repository. */
const DATA_DIR = path.resolve(__dirname, '../../../../shared/data');

function jsonFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) {
        return jsonFiles(full);
      }
      return name.endsWith('.json') ? [full] : [];
    });
}

const files = jsonFiles(DATA_DIR);

describe('planCalendar on the sample strategies', () => {
  it('finds sample documents', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(DATA_DIR, file), file]))('plans four weeks for %s', (_, file) => {
    const content = mapAlwrityDocument(JSON.parse(readFileSync(file, 'utf8'))).content as unknown as StrategyContent;
    const plan = planCalendar(content, {
      startDate: '2027-03-01',
      endDate: '2027-03-28',
      timezone: content.optimalTiming?.timezone ?? 'UTC',
    });
    const { quality } = plan;

    expect(plan.entries.length).toBeGreaterThan(0);
    for (const score of [
      quality.pillarShareError.max,
      quality.pillarShareError.mean,
      quality.purposeShareError.max,
      quality.purposeShareError.mean,
      quality.inWindowShare,
      quality.titleUniqueness,
      quality.highPriorityGapCoverage,
      quality.overall,
      ...quality.pillars.flatMap((share) => [share.target, share.actual, share.absError]),
      ...quality.purposes.flatMap((share) => [share.target, share.actual, share.absError]),
    ]) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
