import type { PlatformId } from '../platform/platform-ids';
import { SUPPORTED_PLATFORMS } from '../platform/platform-ids';
import {
  dateParts,
  formatLocalDate,
  formatLocalTime,
  isoWeekLabel,
  isoWeekStart,
  parseLocalDate,
  weekdayOf,
  type EpochDay,
} from './local-date';
import { clamp01 } from './numbers';
import type { PlatformPlan, PlatformStrategy } from './phase-3-platform-strategy';
import { isKnownHolidayCountry, publicHolidays } from './public-holidays';
import { ALL_WEEKDAYS, type CalendarRequest, type LabeledPostingWindow, type PhaseResult, type Weekday } from './types';
import { pickSlotDays, rankReplacementDays } from './week-days';
import { ZonedClock } from './zoned-clock';

export interface CalendarSlot {
  /** Unique within the calendar: platform, local date and local time. */
  id: string;
  platform: PlatformId;
  /** YYYY-MM-DD in `timezone` */
  localDate: string;
  /** HH:mm in `timezone` */
  localTime: string;
  timezone: string;
  /** ISO 8601 instant in UTC */
  startsAtUtc: string;
  weekday: Weekday;
  /** ISO week, such as "2027-W13" */
  isoWeek: string;
  /** True when the slot's day and local time both fall inside the posting window it was placed in. */
  inWindow: boolean;
  windowLabel: string;
  /** The date the slot had before it moved off a blackout date or holiday. */
  movedFrom: string | undefined;
  /** The local time requested before a daylight-saving gap moved it forward. */
  shiftedFrom: string | undefined;
}

/**
 * Returns a new slot with `extra`'s fields added. Phases 5 and 6 extend thousands of slots, and V8 builds
 * an explicit literal plus Object.assign several times faster than `{ ...slot, ...extra }`.
 */
export function extendSlot<S extends CalendarSlot, T extends object>(slot: S, extra: T): CalendarSlot & T {
  const copy: CalendarSlot = {
    id: slot.id,
    platform: slot.platform,
    localDate: slot.localDate,
    localTime: slot.localTime,
    timezone: slot.timezone,
    startsAtUtc: slot.startsAtUtc,
    weekday: slot.weekday,
    isoWeek: slot.isoWeek,
    inWindow: slot.inWindow,
    windowLabel: slot.windowLabel,
    movedFrom: slot.movedFrom,
    shiftedFrom: slot.shiftedFrom,
  };

  return Object.assign(copy, extra);
}

export interface BlockedDate {
  date: string;
  reason: 'blackout' | 'holiday';
  /** The holiday's name, for holidays. */
  name?: string;
}

export interface DroppedSlot {
  platform: PlatformId;
  date: string;
  reason: string;
}

export interface CalendarFramework {
  startDate: string;
  endDate: string;
  timezone: string;
  /** In time order; slots at the same instant in SUPPORTED_PLATFORMS order. */
  slots: CalendarSlot[];
  /** Blackout dates and public holidays inside the range. */
  blockedDates: BlockedDate[];
  droppedSlots: DroppedSlot[];
}

export interface CalendarFrameworkInput {
  request: CalendarRequest;
  platformStrategy: PlatformStrategy;
}

/** Tolerance for floating-point error when rounding cumulative slot targets. */
const EPSILON = 1e-9;

/** Rounding step for slot times, in minutes, when one window gets several slots of a platform on one day. */
const SLOT_TIME_STEP_MINUTES = 5;

/**
 * Phase 4: places dated slots for every platform from startDate to endDate inclusive, in the request's
 * time zone. Each ISO week gets the slots its share of the range is due: a platform at 0.5 posts per week
 * gets one slot every other week. Slots spread over the week's preferred days and rotate through the
 * platform's posting windows. A slot on a blackout date or public holiday moves to a free day of the same
 * ISO week inside the range, or is dropped with a warning. The quality score is 0.6 × the share of slots
 * inside their window plus 0.4 × the share of slots kept rather than dropped.
 */
export function buildCalendarFramework(input: CalendarFrameworkInput): PhaseResult<CalendarFramework> {
  const { request, platformStrategy } = input;
  const warnings: string[] = [];
  const timezone = request.timezone;

  const first = parseLocalDate(request.startDate);
  const last = parseLocalDate(request.endDate);
  const empty: CalendarFramework = {
    startDate: request.startDate,
    endDate: request.endDate,
    timezone,
    slots: [],
    blockedDates: [],
    droppedSlots: [],
  };
  if (last < first) {
    warnings.push(`endDate ${request.endDate} is before startDate ${request.startDate}, so the calendar is empty`);
    return { output: empty, qualityScore: 0, warnings };
  }

  const blocked = collectBlockedDates(request, first, last, warnings);
  const clock = new ZonedClock(timezone, first, last);
  const slots: CalendarSlot[] = [];
  const droppedSlots: DroppedSlot[] = [];

  for (const plan of platformStrategy.platforms) {
    placePlatformSlots(plan, first, last, blocked, clock, slots, droppedSlots, warnings);
  }

  const platformOrder = new Map(SUPPORTED_PLATFORMS.map((platform, index) => [platform, index]));
  slots.sort(
    (left, right) =>
      compareStrings(left.startsAtUtc, right.startsAtUtc) ||
      (platformOrder.get(left.platform) ?? 0) - (platformOrder.get(right.platform) ?? 0),
  );

  if (slots.length === 0) {
    warnings.push('The calendar has no slots: no platform has a positive frequency over this range');
  }

  const inWindowShare = slots.length === 0 ? 0 : slots.filter((slot) => slot.inWindow).length / slots.length;
  const keptShare = slots.length + droppedSlots.length === 0 ? 0 : slots.length / (slots.length + droppedSlots.length);

  return {
    output: {
      ...empty,
      slots,
      blockedDates: [...blocked.values()].sort((left, right) => compareStrings(left.date, right.date)),
      droppedSlots,
    },
    qualityScore: slots.length === 0 ? 0 : clamp01(0.6 * inWindowShare + 0.4 * keptShare),
    warnings,
  };
}

type BlockedDays = Map<EpochDay, BlockedDate>;

function collectBlockedDates(request: CalendarRequest, first: EpochDay, last: EpochDay, warnings: string[]): BlockedDays {
  const blocked: BlockedDays = new Map();
  const firstDate = formatLocalDate(first);
  const lastDate = formatLocalDate(last);

  const country = request.holidayCountry;
  if (country !== undefined && country.length > 0) {
    if (!isKnownHolidayCountry(country)) {
      warnings.push(`Holiday country "${country}" is not known to date-holidays, so no public holidays are skipped`);
    } else {
      for (let year = dateParts(first).year; year <= dateParts(last).year; year += 1) {
        for (const [date, name] of publicHolidays(country, year)) {
          if (date >= firstDate && date <= lastDate) {
            blocked.set(parseLocalDate(date), { date, reason: 'holiday', name });
          }
        }
      }
    }
  }

  for (const date of request.blackoutDates ?? []) {
    if (date >= firstDate && date <= lastDate) {
      blocked.set(parseLocalDate(date), { date, reason: 'blackout' });
    }
  }

  return blocked;
}

function placePlatformSlots(
  plan: PlatformPlan,
  first: EpochDay,
  last: EpochDay,
  blocked: BlockedDays,
  clock: ZonedClock,
  slots: CalendarSlot[],
  droppedSlots: DroppedSlot[],
  warnings: string[],
): void {
  if (!(plan.postsPerWeek > 0)) {
    return;
  }

  // The windows a slot on each weekday (index 0 is Monday) rotates through: those naming the day, else all.
  const windowsByWeekday = ALL_WEEKDAYS.map((weekday) => {
    const applicable = plan.windows.filter((window) => window.days === undefined || window.days.includes(weekday));
    return applicable.length > 0 ? applicable : plan.windows;
  });

  let daysSoFar = 0;
  let slotsDue = 0;
  let windowCounter = 0;
  const ids = new Set<string>();

  for (let monday = isoWeekStart(first); monday <= last; monday += 7) {
    const weekDays: EpochDay[] = [];
    for (let day = Math.max(monday, first); day <= Math.min(monday + 6, last); day += 1) {
      weekDays.push(day);
    }

    // Slots due so far follow the cumulative share of the range, rounded half up, so fractional rates
    // alternate between weeks and dropped slots are not made up later.
    daysSoFar += weekDays.length;
    const dueByNow = Math.floor((plan.postsPerWeek * daysSoFar) / 7 + 0.5 + EPSILON);
    const count = dueByNow - slotsDue;
    slotsDue = dueByNow;
    if (count <= 0) {
      continue;
    }

    const isoWeek = isoWeekLabel(monday);
    const days = moveOffBlockedDays(
      pickSlotDays(count, weekDays, plan.preferredDays),
      weekDays,
      blocked,
      plan,
      droppedSlots,
      warnings,
    );

    const slotsPerDay = new Map<EpochDay, number>();
    days.forEach(({ day }) => slotsPerDay.set(day, (slotsPerDay.get(day) ?? 0) + 1));
    const placedPerDay = new Map<EpochDay, number>();

    for (const { day, movedFrom } of days) {
      const indexOnDay = placedPerDay.get(day) ?? 0;
      placedPerDay.set(day, indexOnDay + 1);

      const pool = windowsByWeekday[weekdayOf(day) - 1];
      const window = pool[windowCounter % pool.length];
      windowCounter += 1;

      // Several slots in one window on one day are spaced evenly across it.
      const usesOfWindow = Math.ceil((slotsPerDay.get(day) ?? 1) / pool.length);
      const useIndex = Math.floor(indexOnDay / pool.length);
      const span = window.endMinute - window.startMinute;
      const offset = Math.floor((useIndex * span) / usesOfWindow / SLOT_TIME_STEP_MINUTES) * SLOT_TIME_STEP_MINUTES;

      const slot = placeSlot(plan.platform, window, day, window.startMinute + offset, isoWeek, clock, ids);
      if (movedFrom !== undefined) {
        slot.movedFrom = movedFrom;
      }
      slots.push(slot);
    }
  }
}

/** Replaces blocked days with free days of the same week, or drops the slot with a warning. */
function moveOffBlockedDays(
  days: EpochDay[],
  weekDays: EpochDay[],
  blocked: BlockedDays,
  plan: PlatformPlan,
  droppedSlots: DroppedSlot[],
  warnings: string[],
): Array<{ day: EpochDay; movedFrom?: string }> {
  if (!days.some((day) => blocked.has(day))) {
    return days.map((day) => ({ day }));
  }

  const used = new Set(days.filter((day) => !blocked.has(day)));
  const result: Array<{ day: EpochDay; movedFrom?: string }> = [];

  for (const day of days) {
    const block = blocked.get(day);
    if (block === undefined) {
      result.push({ day });
      continue;
    }

    const free = weekDays.filter((candidate) => !used.has(candidate) && !blocked.has(candidate));
    const replacement = rankReplacementDays(day, free, plan.preferredDays)[0];
    if (replacement !== undefined) {
      used.add(replacement);
      result.push({ day: replacement, movedFrom: block.date });
      continue;
    }

    const reason = block.reason === 'holiday' ? `public holiday ${block.name ?? ''}`.trim() : 'blackout date';
    droppedSlots.push({ platform: plan.platform, date: block.date, reason });
    warnings.push(`Dropped the ${plan.platform} slot on ${block.date} (${reason}): no free day left in that week`);
  }

  return result.sort((left, right) => left.day - right.day);
}

function placeSlot(
  platform: PlatformId,
  window: LabeledPostingWindow,
  day: EpochDay,
  requestedMinute: number,
  isoWeek: string,
  clock: ZonedClock,
  ids: Set<string>,
): CalendarSlot {
  const weekday = weekdayOf(day);
  const instant = clock.resolve(day, requestedMinute);
  const dayMatches = window.days === undefined || window.days.includes(weekday);
  const timeMatches = instant.localMinute >= window.startMinute && instant.localMinute < window.endMinute;

  const baseId = `${platform}-${instant.localDate}-${instant.localTime.slice(0, 2)}${instant.localTime.slice(3, 5)}`;
  let id = baseId;
  for (let suffix = 2; ids.has(id); suffix += 1) {
    id = `${baseId}-${suffix}`;
  }
  ids.add(id);

  const slot: CalendarSlot = {
    id,
    platform,
    localDate: instant.localDate,
    localTime: instant.localTime,
    timezone: clock.zone,
    startsAtUtc: instant.utcIso,
    weekday,
    isoWeek,
    inWindow: dayMatches && timeMatches && instant.localDate === formatLocalDate(day),
    windowLabel: window.label,
    movedFrom: undefined,
    shiftedFrom: instant.shifted ? formatLocalTime(requestedMinute) : undefined,
  };

  return slot;
}

function compareStrings(left: string, right: string): number {
  if (left === right) {
    return 0;
  }

  return left < right ? -1 : 1;
}
