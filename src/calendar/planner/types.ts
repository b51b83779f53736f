/** ISO weekday as luxon numbers it: Monday is 1, Sunday is 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ALL_WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Content purposes, in the order the default purpose mix lists them. */
export const CONTENT_PURPOSES = ['educational', 'thought_leadership', 'engagement', 'promotional'] as const;

export type ContentPurpose = (typeof CONTENT_PURPOSES)[number];

/** A calendar request, already validated by the caller. Dates are local dates in `timezone`. */
export interface CalendarRequest {
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, inclusive */
  endDate: string;
  /** IANA time zone name */
  timezone: string;
  /** Platform names or ids; replaces the channels the strategy names. */
  platforms?: string[];
  /** YYYY-MM-DD local dates that get no slot. */
  blackoutDates?: string[];
  /** ISO 3166 alpha-2 country whose public holidays get no slot. */
  holidayCountry?: string;
  /** Posts per week by platform name or id; replaces the computed frequency, still capped by team capacity. */
  postsPerWeek?: Record<string, number>;
}

/** The result every planning phase returns. */
export interface PhaseResult<T> {
  output: T;
  /** 0..1, computed from `output` */
  qualityScore: number;
  warnings: string[];
}

/** A time range within a local day; `days` absent means every day. */
export interface PostingWindow {
  days?: Weekday[];
  /** Minutes after local midnight, inclusive. */
  startMinute: number;
  /** Minutes after local midnight, exclusive; at most 1440. */
  endMinute: number;
}

/** A posting window with the phrase it was read from, or the profile window it came from. */
export interface LabeledPostingWindow extends PostingWindow {
  label: string;
}

/** A target share and the share a calendar actually has, for one pillar or purpose. */
export interface ShareComparison {
  key: string;
  /** 0..1 */
  target: number;
  /** 0..1 */
  actual: number;
  /** |target − actual|, 0..1 */
  absError: number;
}
