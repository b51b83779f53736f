import type { PostingWindow, Weekday } from './types';

/*
 * Parts of the day in local time, in minutes after midnight. The hours are the usual reading of these
 * words in marketing schedules (a judgement, not a standard): "Morning" is 8-11 AM, "Evening" 5-8 PM.
 */
const PARTS_OF_DAY: Record<string, [number, number]> = {
  'early morning': [6 * 60, 9 * 60],
  'mid morning': [9 * 60, 11 * 60],
  'late morning': [10 * 60, 12 * 60],
  morning: [8 * 60, 11 * 60],
  lunch: [12 * 60, 14 * 60],
  midday: [12 * 60, 14 * 60],
  noon: [12 * 60, 14 * 60],
  'early afternoon': [13 * 60, 15 * 60],
  'late afternoon': [15 * 60, 17 * 60],
  afternoon: [13 * 60, 17 * 60],
  'early evening': [17 * 60, 19 * 60],
  'late evening': [20 * 60, 22 * 60],
  evening: [17 * 60, 20 * 60],
  'late night': [20 * 60, 23 * 60],
  night: [20 * 60, 23 * 60],
  'all day': [0, 24 * 60],
  'any time': [0, 24 * 60],
  anytime: [0, 24 * 60],
};

/** At each position the longer phrase is tried first, so "early morning" wins over "morning". */
const PART_OF_DAY_PATTERN =
  /\b(early morning|mid ?morning|late morning|early afternoon|late afternoon|early evening|late evening|late night|all day|any ?time|morning|lunch(?:time)?|midday|noon|afternoon|evening|night)s?\b/;

const DAY_NAMES: ReadonlyArray<[RegExp, Weekday]> = [
  [/^mon(day)?s?$/, 1],
  [/^tue(s|sday)?s?$/, 2],
  [/^wed(nesday)?s?$/, 3],
  [/^thu(r|rs|rsday)?s?$/, 4],
  [/^fri(day)?s?$/, 5],
  [/^sat(urday)?s?$/, 6],
  [/^sun(day)?s?$/, 7],
];

const DAY_WORD = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?s?';
const DAY_RANGE_PATTERN = new RegExp(`\\b(${DAY_WORD})\\s*(?:-|to|through|thru|until)\\s*(${DAY_WORD})\\b`);
const DAY_PATTERN = new RegExp(`\\b(${DAY_WORD})\\b`, 'g');

const MERIDIEM = '(am|pm|a\\.m\\.|p\\.m\\.)';
const TIME_RANGE_PATTERN = new RegExp(
  `\\b(\\d{1,2})(?::(\\d{2}))?\\s*${MERIDIEM}?\\s*(?:-|to|until)\\s*(\\d{1,2})(?::(\\d{2}))?\\s*${MERIDIEM}?`,
);
const TIME_WITH_MERIDIEM_PATTERN = new RegExp(`\\b(\\d{1,2})(?::(\\d{2}))?\\s*${MERIDIEM}`);
const TIME_24H_PATTERN = /\b(\d{1,2}):(\d{2})\b/;

/** Length of the window a single time of day ("9 AM") opens, in minutes. */
const SINGLE_TIME_WINDOW_MINUTES = 60;

/**
 * Parses a posting-time phrase as strategies write it ("Tuesday Morning", "Lunch (12-2 PM)",
 * "Weekend Mornings", "Thursday", "9 AM", "14:00-16:00", "Mon-Fri evening") into local weekdays and a
 * time range. A phrase with days but no time gets the whole day (0..1440); a phrase with a time but no day
 * applies to every day. An explicit clock time wins over a part-of-day word. Returns undefined when the
 * phrase names neither a day nor a time, or when its time range ends before it starts (overnight ranges
 * are not supported).
 */
export function parsePostingWindow(phrase: string): PostingWindow | undefined {
  const text = phrase
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/mid-morning/g, 'mid morning')
    .replace(/\s+/g, ' ')
    .trim();

  const days = parseDays(text);
  const time = parseClockTime(text) ?? parsePartOfDay(text);

  if (time === null) {
    return undefined;
  }

  if (days === undefined && time === undefined) {
    return undefined;
  }

  const [startMinute, endMinute] = time ?? [0, 24 * 60];
  return days === undefined ? { startMinute, endMinute } : { days, startMinute, endMinute };
}

function parseDays(text: string): Weekday[] | undefined {
  const days = new Set<Weekday>();

  if (/\b(weekdays?|workdays?|business days?)\b/.test(text)) {
    [1, 2, 3, 4, 5].forEach((day) => days.add(day as Weekday));
  }

  if (/\bweekends?\b/.test(text)) {
    days.add(6);
    days.add(7);
  }

  const range = DAY_RANGE_PATTERN.exec(text);
  if (range !== null) {
    const first = weekdayOf(range[1]);
    const last = weekdayOf(range[2]);
    if (first !== undefined && last !== undefined) {
      for (let offset = 0; offset <= (last - first + 7) % 7; offset += 1) {
        days.add((((first - 1 + offset) % 7) + 1) as Weekday);
      }
    }
  }

  for (const match of text.matchAll(DAY_PATTERN)) {
    const day = weekdayOf(match[1]);
    if (day !== undefined) {
      days.add(day);
    }
  }

  return days.size === 0 ? undefined : [...days].sort((left, right) => left - right);
}

function weekdayOf(word: string): Weekday | undefined {
  return DAY_NAMES.find(([pattern]) => pattern.test(word))?.[1];
}

/** Returns [start, end) in minutes, undefined when the text has no clock time, null when the time is invalid. */
function parseClockTime(text: string): [number, number] | undefined | null {
  const range = TIME_RANGE_PATTERN.exec(text);
  if (range !== null) {
    const [, startHour, startMinutes, startMeridiem, endHour, endMinutes, endMeridiem] = range;
    const end = toMinute(Number(endHour), Number(endMinutes ?? 0), endMeridiem);
    let start = toMinute(Number(startHour), Number(startMinutes ?? 0), startMeridiem ?? endMeridiem);

    // "11-1 PM" means 11 AM to 1 PM: the start inherits the end's meridiem only where that keeps it first.
    if (start !== undefined && end !== undefined && startMeridiem === undefined && start >= end) {
      start = toMinute(Number(startHour), Number(startMinutes ?? 0), undefined);
    }

    if (start === undefined || end === undefined || end <= start) {
      return null;
    }

    return [start, end];
  }

  const single = TIME_WITH_MERIDIEM_PATTERN.exec(text) ?? TIME_24H_PATTERN.exec(text);
  if (single !== null) {
    const start = toMinute(Number(single[1]), Number(single[2] ?? 0), single[3]);
    if (start === undefined || start >= 24 * 60) {
      return null;
    }

    return [start, Math.min(24 * 60, start + SINGLE_TIME_WINDOW_MINUTES)];
  }

  return undefined;
}

function toMinute(hour: number, minute: number, meridiem: string | undefined): number | undefined {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || minute < 0 || minute > 59) {
    return undefined;
  }

  if (meridiem === undefined) {
    if (hour > 24 || (hour === 24 && minute > 0)) {
      return undefined;
    }
    return hour * 60 + minute;
  }

  if (hour < 1 || hour > 12) {
    return undefined;
  }

  const isPm = meridiem.startsWith('p');
  const hour24 = (hour % 12) + (isPm ? 12 : 0);
  return hour24 * 60 + minute;
}

function parsePartOfDay(text: string): [number, number] | undefined {
  const match = PART_OF_DAY_PATTERN.exec(text);
  if (match === null) {
    return undefined;
  }

  const key = match[1]
    .replace(/^mid ?morning$/, 'mid morning')
    .replace(/^lunchtime$/, 'lunch')
    .replace(/^any ?time$/, 'any time');

  return PARTS_OF_DAY[key];
}
