import {
  dateParts,
  daysFromCivil,
  formatLocalDate,
  isoWeekLabel,
  parseLocalDate,
  weekdayOf,
} from '../../../src/calendar/planner/local-date';
import { ZonedClock } from '../../../src/calendar/planner/zoned-clock';
import { DateTime } from 'luxon';

describe('local dates', () => {
  it('matches Date for every day from 1999 to 2101', () => {
    const mismatches: string[] = [];
    for (let day = daysFromCivil(1999, 1, 1); day <= daysFromCivil(2101, 12, 31); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatLocalDate(day) !== expected || parseLocalDate(expected) !== day) {
        mismatches.push(expected);
      }
    }

    expect(mismatches).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(() => parseLocalDate('2027-02-29')).toThrow('no such day');
    expect(() => parseLocalDate('2027-2-1')).toThrow('expected YYYY-MM-DD');
  });

  it('reads leap days', () => {
    expect(dateParts(parseLocalDate('2028-02-29'))).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf(parseLocalDate('2027-03-01'))).toBe(1);
    expect(weekdayOf(parseLocalDate('2027-03-07'))).toBe(7);
  });

  it.each([
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2027-12-31', '2027-W52'],
    ['2026-12-31', '2026-W53'],
  ])('labels %s as ISO week %s', (date, label) => {
    expect(isoWeekLabel(parseLocalDate(date))).toBe(label);
  });
});

describe('ZonedClock', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham'])(
    'agrees with luxon at 09:30 and 02:30 on every day of 2027 in %s',
    (zone) => {
      const first = parseLocalDate('2027-01-01');
      const last = parseLocalDate('2027-12-31');
      const clock = new ZonedClock(zone, first, last);
      const mismatches: string[] = [];

      for (let day = first; day <= last; day += 1) {
        const { year, month, day: dayOfMonth } = dateParts(day);
        for (const minute of [570, 150]) {
          const expected = DateTime.fromObject(
            { year, month, day: dayOfMonth, hour: Math.floor(minute / 60), minute: minute % 60 },
            { zone },
          );
          const actual = clock.resolve(day, minute);
          if (actual.utcIso !== expected.toUTC().toISO()) {
            mismatches.push(`${formatLocalDate(day)} ${minute}: ${actual.utcIso} vs ${expected.toUTC().toISO()}`);
          }
        }
      }

      expect(mismatches).toEqual([]);
    },
  );

  it('rejects an unknown zone', () => {
    expect(() => new ZonedClock('Mars/Olympus', 0, 1)).toThrow('Invalid time zone "Mars/Olympus"');
  });
});
