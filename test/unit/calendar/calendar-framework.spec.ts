import { buildCalendarFramework } from '../../../src/calendar/planner/phase-4-calendar-framework';
import { planPlatforms } from '../../../src/calendar/planner/phase-3-platform-strategy';
import type { CalendarRequest } from '../../../src/calendar/planner/types';
import type { StrategyContent } from '../../../src/strategy/strategy-content';
import { makeRequest, makeStrategy } from './fixtures';

function frameworkFor(content: StrategyContent, request: CalendarRequest) {
  const platformStrategy = planPlatforms({ content, request }).output;
  return buildCalendarFramework({ request, platformStrategy });
}

/** Plans one platform at a fixed weekly rate, posting inside `windows`. */
function singlePlatform(platform: string, postsPerWeek: number, windows: string[], request: Partial<CalendarRequest>) {
  const content = makeStrategy({ optimalTiming: { blogPosts: windows, socialMedia: windows, email: windows, videos: windows } });
  return frameworkFor(content, makeRequest({ platforms: [platform], postsPerWeek: { [platform]: postsPerWeek }, ...request }));
}

describe('buildCalendarFramework time zones', () => {
  it('keeps 09:00 Berlin across the 2027-03-28 change', () => {
    const { slots } = singlePlatform('linkedin', 1, ['Monday 9 AM'], {
      startDate: '2027-03-22',
      endDate: '2027-04-04',
    }).output;

    expect(slots.map((slot) => [slot.localDate, slot.localTime, slot.startsAtUtc])).toEqual([
      ['2027-03-22', '09:00', '2027-03-22T08:00:00.000Z'],
      ['2027-03-29', '09:00', '2027-03-29T07:00:00.000Z'],
    ]);
  });

  it('moves a time in the New York spring-forward gap forward', () => {
    const { slots } = singlePlatform('linkedin', 1, ['Sunday 2:30 AM'], {
      startDate: '2027-03-08',
      endDate: '2027-03-14',
      timezone: 'America/New_York',
    }).output;

    expect(slots).toHaveLength(1);
    expect(slots[0].localDate).toBe('2027-03-14');
    expect(slots[0].localTime).toBe('03:30');
    expect(slots[0].startsAtUtc).toBe('2027-03-14T07:30:00.000Z');
    expect(slots[0].shiftedFrom).toBe('02:30');
    expect(slots[0].inWindow).toBe(false);
  });

  it('resolves the same wall time on a New York fall-back day', () => {
    const { slots } = singlePlatform('linkedin', 1, ['Sunday 9 AM'], {
      startDate: '2027-11-01',
      endDate: '2027-11-07',
      timezone: 'America/New_York',
    }).output;

    expect(slots.map((slot) => [slot.localTime, slot.startsAtUtc])).toEqual([['09:00', '2027-11-07T14:00:00.000Z']]);
  });

  it('records local date, time, zone and a UTC instant on every slot', () => {
    const { slots } = frameworkFor(makeStrategy(), makeRequest({ timezone: 'Australia/Sydney' })).output;

    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(slot.timezone).toBe('Australia/Sydney');
      expect(slot.localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(slot.localTime).toMatch(/^\d{2}:\d{2}$/);
      expect(slot.startsAtUtc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    }
  });
});

describe('buildCalendarFramework blocked dates', () => {
  it('moves a slot off a blackout date within its week', () => {
    const result = singlePlatform('blog', 1, ['Tuesday Morning'], {
      startDate: '2027-03-01',
      endDate: '2027-03-07',
      blackoutDates: ['2027-03-02'],
    });

    expect(result.output.slots.map((slot) => [slot.localDate, slot.movedFrom])).toEqual([['2027-03-01', '2027-03-02']]);
    expect(result.output.blockedDates).toEqual([{ date: '2027-03-02', reason: 'blackout' }]);
  });

  it('skips the observed US Independence Day 2027-07-05', () => {
    const { slots } = singlePlatform('linkedin', 1, ['Monday 9 AM'], {
      startDate: '2027-07-05',
      endDate: '2027-07-11',
      timezone: 'America/New_York',
      holidayCountry: 'US',
    }).output;

    expect(slots.map((slot) => slot.localDate)).not.toContain('2027-07-05');
    expect(slots.map((slot) => slot.movedFrom)).toEqual(['2027-07-05']);
  });

  it('drops a daily slot on 2027-10-03', () => {
    const result = singlePlatform('linkedin', 7, ['Morning'], {
      startDate: '2027-09-27',
      endDate: '2027-10-03',
      holidayCountry: 'DE',
    });

    expect(result.output.slots.map((slot) => slot.localDate)).not.toContain('2027-10-03');
    expect(result.output.slots).toHaveLength(6);
    expect(result.output.droppedSlots).toEqual([
      { platform: 'linkedin', date: '2027-10-03', reason: 'public holiday National Holiday' },
    ]);
    expect(result.warnings.some((warning) => warning.includes('2027-10-03'))).toBe(true);
  });

  it('skips public holidays only, not observances', () => {
    const result = singlePlatform('linkedin', 7, ['Morning'], {
      startDate: '2027-02-08',
      endDate: '2027-02-14',
      holidayCountry: 'DE',
    });

    expect(result.output.slots).toHaveLength(7);
    expect(result.output.blockedDates).toEqual([]);
  });

  it('warns about an unknown holiday country', () => {
    const result = singlePlatform('linkedin', 1, ['Morning'], { holidayCountry: 'XX' });

    expect(result.warnings.some((warning) => warning.includes('"XX"'))).toBe(true);
  });
});

describe('buildCalendarFramework spacing', () => {
  it('gives a fractional rate a slot every other week', () => {
    const { slots } = singlePlatform('email', 0.5, ['Wednesday Morning'], {}).output;

    expect(slots.map((slot) => slot.isoWeek)).toEqual(['2027-W09', '2027-W11', '2027-W13', '2027-W15']);
  });

  it('spreads two weekly posts over the preferred days', () => {
    const { slots } = singlePlatform('linkedin', 2, ['Mid-Morning (9-11 AM)'], { endDate: '2027-03-07' }).output;

    expect(slots.map((slot) => slot.weekday)).toEqual([2, 4]);
  });

  it('adds a weekday beyond the preferred ones, earliest on a tie', () => {
    const { slots } = singlePlatform('blog', 3, ['Tuesday Morning', 'Thursday Morning'], { endDate: '2027-03-07' }).output;

    expect(slots.map((slot) => [slot.weekday, slot.inWindow])).toEqual([
      [1, false],
      [2, true],
      [4, true],
    ]);
  });

  it('adds the weekday farthest from the preferred days', () => {
    const { slots } = singlePlatform('blog', 2, ['Monday Morning'], { endDate: '2027-03-07' }).output;

    expect(slots.map((slot) => slot.weekday)).toEqual([1, 5]);
  });

  it('places two slots a day at different times', () => {
    const { slots } = singlePlatform('twitter', 14, ['Morning', 'Evening'], { endDate: '2027-03-07' }).output;
    const monday = slots.filter((slot) => slot.localDate === '2027-03-01');

    expect(slots).toHaveLength(14);
    expect(monday.map((slot) => slot.localTime)).toEqual(['08:00', '17:00']);
  });

  it('gives a partial week its share of slots', () => {
    const { slots } = singlePlatform('linkedin', 7, ['Morning'], { startDate: '2027-03-04', endDate: '2027-03-07' }).output;

    expect(slots.map((slot) => slot.localDate)).toEqual(['2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
  });

  it('keeps every slot inside the inclusive range', () => {
    const { slots } = frameworkFor(makeStrategy({ contentFrequency: 'Daily' }), makeRequest()).output;

    expect(slots[0].localDate >= '2027-03-01').toBe(true);
    expect(slots[slots.length - 1].localDate).toBe('2027-04-25');
  });

  it('returns slots in time order', () => {
    const { slots } = frameworkFor(makeStrategy({ contentFrequency: 'Daily' }), makeRequest()).output;
    const instants = slots.map((slot) => slot.startsAtUtc);

    expect(instants).toEqual([...instants].sort());
  });

  it('returns an empty calendar when the range is reversed', () => {
    const result = frameworkFor(makeStrategy(), makeRequest({ startDate: '2027-03-10', endDate: '2027-03-01' }));

    expect(result.output.slots).toEqual([]);
    expect(result.qualityScore).toBe(0);
    expect(result.warnings).toHaveLength(1);
  });
});
