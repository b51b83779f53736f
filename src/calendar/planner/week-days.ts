import { weekdayOf, type EpochDay } from './local-date';
import type { Weekday } from './types';

/**
 * Preference tier of a weekday for one platform: its preferred days first, then the other weekdays,
 * then the weekend.
 */
function tierOf(weekday: Weekday, preferred: ReadonlySet<Weekday>): number {
  if (preferred.has(weekday)) {
    return 0;
  }

  return weekday <= 5 ? 1 : 2;
}

/**
 * Picks `count` of `candidates` (the days of one ISO week inside the range, in order), spread over the
 * week. Preferred days come first, spaced evenly among themselves. More days come tier by tier, each time
 * the day farthest from the days already picked, the earliest on a tie. When `count` exceeds the
 * candidates, days repeat in that order, so no day gets more than one slot above any other. Returns days in
 * time order.
 */
export function pickSlotDays(count: number, candidates: EpochDay[], preferredDays: readonly Weekday[]): EpochDay[] {
  if (count <= 0 || candidates.length === 0) {
    return [];
  }

  const preferred = new Set(preferredDays);
  const preferredCandidates = candidates.filter((day) => preferred.has(weekdayOf(day)));
  const distinctCount = Math.min(count, candidates.length);

  const picked =
    distinctCount <= preferredCandidates.length
      ? evenlySpaced(preferredCandidates, distinctCount)
      : extendBySpread(preferredCandidates, candidates, preferred, distinctCount);

  if (count > candidates.length) {
    const order = extendBySpread(preferredCandidates, candidates, preferred, candidates.length);
    for (let index = 0; index < count - candidates.length; index += 1) {
      picked.push(order[index % order.length]);
    }
  }

  return picked.sort((left, right) => left - right);
}

/** Picks `count` of `days` at evenly spaced positions; one day is the middle one, rounded down. */
function evenlySpaced(days: EpochDay[], count: number): EpochDay[] {
  if (count === 1) {
    return [days[Math.floor((days.length - 1) / 2)]];
  }

  return Array.from({ length: count }, (_, index) => days[Math.round((index * (days.length - 1)) / (count - 1))]);
}

/** Starts from every preferred day and adds days until there are `count`, in the order they were added. */
function extendBySpread(
  preferredCandidates: EpochDay[],
  candidates: EpochDay[],
  preferred: ReadonlySet<Weekday>,
  count: number,
): EpochDay[] {
  const order = [...preferredCandidates];
  const remaining = candidates.filter((day) => !preferred.has(weekdayOf(day)));

  while (order.length < count && remaining.length > 0) {
    let bestIndex = 0;
    let bestKey: number[] | undefined;
    remaining.forEach((day, index) => {
      const distance = order.length === 0 ? 0 : Math.min(...order.map((chosen) => Math.abs(chosen - day)));
      const key = [tierOf(weekdayOf(day), preferred), -distance, day];
      if (bestKey === undefined || compareKeys(key, bestKey) < 0) {
        bestKey = key;
        bestIndex = index;
      }
    });

    order.push(remaining[bestIndex]);
    remaining.splice(bestIndex, 1);
  }

  return order;
}

/** Ranks the days a blocked slot can move to: preferred tier first, then the nearest day, then the earlier. */
export function rankReplacementDays(
  blockedDay: EpochDay,
  freeDays: EpochDay[],
  preferredDays: readonly Weekday[],
): EpochDay[] {
  const preferred = new Set(preferredDays);
  return [...freeDays].sort(
    (left, right) =>
      compareKeys(
        [tierOf(weekdayOf(left), preferred), Math.abs(left - blockedDay), left],
        [tierOf(weekdayOf(right), preferred), Math.abs(right - blockedDay), right],
      ),
  );
}

function compareKeys(left: number[], right: number[]): number {
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) {
      return left[index] - right[index];
    }
  }

  return 0;
}
