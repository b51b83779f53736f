import type { Weekday } from './types';

/** A calendar date without a time zone, as days since 1970-01-01. */
export type EpochDay = number;

/** Parses YYYY-MM-DD into an epoch day; throws on any other shape or an impossible date. */
export function parseLocalDate(text: string): EpochDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) {
    throw new Error(`Invalid local date "${text}": expected YYYY-MM-DD`);
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = daysFromCivil(year, month, day);
  const check = dateParts(epochDay);
  if (check.year !== year || check.month !== month || check.day !== day) {
    throw new Error(`Invalid local date "${text}": no such day`);
  }

  return epochDay;
}

export function formatLocalDate(epochDay: EpochDay): string {
  const { year, month, day } = dateParts(epochDay);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/*
 * daysFromCivil and dateParts convert between proleptic Gregorian dates and epoch days with integer
 * arithmetic over 400-year eras. A year-long calendar calls them thousands of times, so they avoid
 * allocating a Date for each call.
 */
export function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function dateParts(epochDay: EpochDay): { year: number; month: number; day: number } {
  const shifted = epochDay + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function weekdayOf(epochDay: EpochDay): Weekday {
  // 1970-01-01 was a Thursday, ISO weekday 4.
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** Returns the Monday that starts the ISO week containing `epochDay`. */
export function isoWeekStart(epochDay: EpochDay): EpochDay {
  return epochDay - (weekdayOf(epochDay) - 1);
}

/** Returns the ISO week label, such as "2027-W13". The ISO year is the year of the week's Thursday. */
export function isoWeekLabel(epochDay: EpochDay): string {
  const thursday = isoWeekStart(epochDay) + 3;
  const { year } = dateParts(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

export function formatLocalTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}`;
}
