import { DateTime, IANAZone } from 'luxon';
import { escapeText, formatLocalDateTime, formatUtcOffset } from './ics-text';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The zone is sampled once a day and bisected between samples that differ.
 * NOTE: an offset change and its reversal within one day would be missed. This assumes none are that close.
 */
const SAMPLE_STEP_MS = MS_PER_DAY;

interface Transition {
  /** UTC instant of the change, ms. */
  at: number;
  /** Offsets before and after the change, in minutes east of UTC. */
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * UTC offsets of one IANA zone over a range of instants, read from luxon (and so from the ICU tz data of
 * the running Node, the same data that computed the entries' `startsAt`).
 */
export class ZoneOffsetTable {
  private readonly zoneInfo: IANAZone;
  private readonly initialOffset: number;
  private readonly transitions: Transition[] = [];
  /** Every offset the zone uses in the range, to list the candidate instants of a wall-clock time. */
  private readonly offsets: number[];

  constructor(
    readonly zone: string,
    readonly fromMs: number,
    readonly toMs: number,
  ) {
    this.zoneInfo = IANAZone.create(zone);
    if (!this.zoneInfo.isValid) {
      throw new Error(`Invalid time zone "${zone}": not an IANA zone name luxon knows`);
    }

    this.initialOffset = this.zoneInfo.offset(fromMs);
    let previousTime = fromMs;
    let previousOffset = this.initialOffset;
    while (previousTime < toMs) {
      const time = Math.min(toMs, previousTime + SAMPLE_STEP_MS);
      const offset = this.zoneInfo.offset(time);
      if (offset !== previousOffset) {
        const at = this.findChange(previousTime, time, previousOffset);
        this.transitions.push({ at, offsetBefore: previousOffset, offsetAfter: offset });
      }
      previousTime = time;
      previousOffset = offset;
    }

    this.offsets = [...new Set([this.initialOffset, ...this.transitions.map((transition) => transition.offsetAfter)])];
  }

  /** Returns the offset in minutes at an instant; instants outside the range are looked up in luxon. */
  offsetAt(utcMs: number): number {
    if (utcMs < this.fromMs || utcMs > this.toMs) {
      return this.zoneInfo.offset(utcMs);
    }

    let offset = this.initialOffset;
    for (const transition of this.transitions) {
      if (transition.at > utcMs) {
        break;
      }
      offset = transition.offsetAfter;
    }
    return offset;
  }

  /**
   * Counts the instants whose wall-clock time in the zone is `localMs` (the wall-clock time counted as if
   * it were UTC): 0 inside a spring-forward gap, 2 in a repeated fall-back hour, otherwise 1.
   */
  countInstantsAt(localMs: number): number {
    let count = 0;
    for (const offset of this.offsets) {
      if (this.offsetAt(localMs - offset * MS_PER_MINUTE) === offset) {
        count += 1;
      }
    }
    return count;
  }

  /**
   * Renders the VTIMEZONE component as content lines (RFC 5545 3.6.5). Each period of the range gets one
   * STANDARD or DAYLIGHT sub-component without RRULE, whose DTSTART is the onset as a wall-clock time in the
   * offset before the change. The first sub-component starts at the beginning of the range, with the same
   * offset before and after, so a zone without changes in the range gets exactly one.
   */
  renderVtimezone(): string[] {
    const lines = ['BEGIN:VTIMEZONE', `TZID:${this.zone}`];
    lines.push(...this.renderObservance(this.fromMs, this.initialOffset, this.initialOffset));
    for (const transition of this.transitions) {
      lines.push(...this.renderObservance(transition.at, transition.offsetBefore, transition.offsetAfter));
    }
    lines.push('END:VTIMEZONE');
    return lines;
  }

  private renderObservance(onsetMs: number, offsetBefore: number, offsetAfter: number): string[] {
    const onset = DateTime.fromMillis(onsetMs, { zone: this.zoneInfo });
    const kind = onset.isInDST ? 'DAYLIGHT' : 'STANDARD';
    const name = onset.offsetNameShort ?? formatUtcOffset(offsetAfter);
    return [
      `BEGIN:${kind}`,
      `DTSTART:${formatLocalDateTime(onsetMs + offsetBefore * MS_PER_MINUTE)}`,
      `TZOFFSETFROM:${formatUtcOffset(offsetBefore)}`,
      `TZOFFSETTO:${formatUtcOffset(offsetAfter)}`,
      `TZNAME:${escapeText(name)}`,
      `END:${kind}`,
    ];
  }

  /** Bisects to the first millisecond after `low` whose offset differs from `offsetBefore`. */
  private findChange(low: number, high: number, offsetBefore: number): number {
    while (high - low > 1) {
      const middle = low + Math.floor((high - low) / 2);
      if (this.zoneInfo.offset(middle) === offsetBefore) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }
}
