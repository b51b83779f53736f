import { DateTime, IANAZone } from 'luxon';
import { dateParts, formatLocalDate, formatLocalTime, type EpochDay } from './local-date';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/**
 * Offsets of real zones lie within -12:00..+14:00, so a local day lies inside the UTC span from 14 hours
 * before its UTC date to 12 hours after the next UTC midnight.
 */
const MAX_EAST_MS = 14 * MS_PER_HOUR;
const MAX_WEST_MS = 12 * MS_PER_HOUR;

/**
 * Offset changes are found by sampling the zone this often and bisecting between samples that differ.
 * NOTE: a change and its reversal within one step would be missed; this assumes none are that close.
 */
const SAMPLE_STEP_DAYS = 7;

/** A local wall-clock time resolved to an instant. */
export interface ZonedInstant {
  /** ISO 8601 in UTC, such as "2027-03-29T07:00:00.000Z". */
  utcIso: string;
  /** The local date after resolution; it differs from the requested date only when a gap crosses midnight. */
  localDate: string;
  /** HH:mm after resolution; later than requested when the requested time fell in a daylight-saving gap. */
  localTime: string;
  /** Minutes after local midnight after resolution. */
  localMinute: number;
  /** True when the requested local time did not exist and was moved forward. */
  shifted: boolean;
}

interface Transition {
  /** UTC instant of the change, ms */
  at: number;
  /** Offset from this instant on, in minutes */
  offsetAfter: number;
}

/**
 * Converts local dates and times in one IANA zone to instants over a range of days. Local times are
 * resolved as luxon's DateTime.fromObject does (luxon 3): a time inside a spring-forward gap moves forward
 * by the length of the gap (02:30 on a day that jumps from 02:00 to 03:00 becomes 03:30). An ambiguous
 * fall-back time gets the offset luxon picks, which differs by zone (New York 01:30 on 2027-11-07 is
 * -05:00, Sydney 02:30 on 2027-04-04 is +11:00).
 *
 * Days near an offset change go through luxon. Every other day uses the offset found by sampling the zone
 * once a week and bisecting between samples that differ, so a year costs about sixty zone lookups instead
 * of one per slot.
 */
export class ZonedClock {
  private readonly zoneInfo: IANAZone;
  private readonly initialOffset: number;
  private readonly transitions: Transition[] = [];

  constructor(
    readonly zone: string,
    firstDay: EpochDay,
    lastDay: EpochDay,
  ) {
    this.zoneInfo = IANAZone.create(zone);
    if (!this.zoneInfo.isValid) {
      throw new Error(`Invalid time zone "${zone}": not an IANA zone name luxon knows`);
    }

    const start = firstDay * MS_PER_DAY - MAX_EAST_MS - MS_PER_DAY;
    const end = (lastDay + 1) * MS_PER_DAY + MAX_WEST_MS + MS_PER_DAY;
    this.initialOffset = this.offsetAt(start);

    let previousTime = start;
    let previousOffset = this.initialOffset;
    for (let time = start; time < end; ) {
      time = Math.min(end, time + SAMPLE_STEP_DAYS * MS_PER_DAY);
      const offset = this.offsetAt(time);
      if (offset !== previousOffset) {
        this.transitions.push({ at: this.findChange(previousTime, time, previousOffset), offsetAfter: offset });
      }
      previousTime = time;
      previousOffset = offset;
    }
  }

  resolve(day: EpochDay, minuteOfDay: number): ZonedInstant {
    const offset = this.constantOffset(day);

    if (offset !== undefined) {
      const utcMs = day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - offset * MS_PER_MINUTE;
      const localTime = formatLocalTime(minuteOfDay);
      return {
        utcIso: new Date(utcMs).toISOString(),
        localDate: formatLocalDate(day),
        localTime,
        localMinute: minuteOfDay,
        shifted: false,
      };
    }

    const { year, month, day: dayOfMonth } = dateParts(day);
    const resolved = DateTime.fromObject(
      { year, month, day: dayOfMonth, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
      { zone: this.zoneInfo },
    );
    const localMinute = resolved.hour * 60 + resolved.minute;
    const localDate = resolved.toISODate() ?? formatLocalDate(day);

    return {
      utcIso: new Date(resolved.toMillis()).toISOString(),
      localDate,
      localTime: formatLocalTime(localMinute),
      localMinute,
      shifted: localMinute !== minuteOfDay || localDate !== formatLocalDate(day),
    };
  }

  /** Returns the day's offset in minutes, or undefined when an offset change falls anywhere near the day. */
  private constantOffset(day: EpochDay): number | undefined {
    const from = day * MS_PER_DAY - MAX_EAST_MS;
    const to = (day + 1) * MS_PER_DAY + MAX_WEST_MS;

    let offset = this.initialOffset;
    for (const transition of this.transitions) {
      if (transition.at > to) {
        break;
      }
      if (transition.at >= from) {
        return undefined;
      }
      offset = transition.offsetAfter;
    }

    return offset;
  }

  /** Bisects to the first millisecond after `low` with an offset other than `offsetBefore`, to the minute. */
  private findChange(low: number, high: number, offsetBefore: number): number {
    while (high - low > MS_PER_MINUTE) {
      const middle = low + Math.floor((high - low) / 2);
      if (this.offsetAt(middle) === offsetBefore) {
        low = middle;
      } else {
        high = middle;
      }
    }

    return high;
  }

  private offsetAt(utcMs: number): number {
    return this.zoneInfo.offset(utcMs);
  }
}
