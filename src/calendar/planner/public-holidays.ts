import Holidays from 'date-holidays';
import { formatLocalDate, parseLocalDate } from './local-date';

const MS_PER_DAY = 86_400_000;

/** Holiday names by local date, per country and year, filled on first use because the data never changes. */
const cache = new Map<string, Map<number, Map<string, string>>>();
const calendars = new Map<string, Holidays | null>();

/** Returns whether date-holidays has data for the country (ISO 3166 alpha-2, any case). */
export function isKnownHolidayCountry(country: string): boolean {
  return calendarFor(country) !== null;
}

/**
 * Returns the public holidays (date-holidays type "public" only, so no bank holidays or observances) of
 * `country` in `year`, by local date. Returns an empty map for a country date-holidays has no data for.
 */
export function publicHolidays(country: string, year: number): Map<string, string> {
  const code = country.toUpperCase();
  let years = cache.get(code);
  if (years === undefined) {
    years = new Map();
    cache.set(code, years);
  }

  const cached = years.get(year);
  if (cached !== undefined) {
    return cached;
  }

  const result = new Map<string, string>();
  const calendar = calendarFor(code);
  for (const holiday of calendar?.getHolidays(year) ?? []) {
    if (holiday.type !== 'public') {
      continue;
    }

    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's zone; a holiday longer than a day covers each date.
    const firstDay = parseLocalDate(holiday.date.slice(0, 10));
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
    for (let offset = 0; offset < days; offset += 1) {
      const date = formatLocalDate(firstDay + offset);
      if (!result.has(date)) {
        result.set(date, holiday.name);
      }
    }
  }

  years.set(year, result);
  return result;
}

function calendarFor(country: string): Holidays | null {
  const code = country.toUpperCase();
  const cached = calendars.get(code);
  if (cached !== undefined) {
    return cached;
  }

  const known = Object.prototype.hasOwnProperty.call(new Holidays().getCountries(), code);
  const calendar = known ? new Holidays(code, { languages: ['en'] }) : null;
  calendars.set(code, calendar);
  return calendar;
}
