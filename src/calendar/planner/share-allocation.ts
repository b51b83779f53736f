export interface ShareTarget<K extends string> {
  key: K;
  /** Target share, 0..1; the shares of all targets add up to 1. */
  share: number;
}

/** Tolerance when comparing deficits, so floating-point noise does not decide ties. */
const EPSILON = 1e-12;

/**
 * Assigns a key to each of `count` positions in order so that every prefix tracks the target shares.
 * Position k (1-based) goes to the key with the largest deficit share × k − assigned, ties to the larger
 * share, then to the earlier key. Every key ends within one position of share × count.
 */
export function allocateByDeficit<K extends string>(count: number, targets: ReadonlyArray<ShareTarget<K>>): K[] {
  return allocate(count, targets, undefined).map((index) => targets[index].key);
}

/**
 * Like allocateByDeficit, but no group (such as a platform) gets the same key at two of its consecutive
 * positions while two or more keys have a positive share: the key just used in the position's group is
 * skipped. Skipping lets counts drift, so a repair pass then moves positions from keys more than one above
 * share × count to keys more than one below, latest positions first, wherever that creates no repeat.
 * The no-repeat rule wins over the shares: a key with more than half of a group's positions ends short.
 */
export function allocateWithoutRepeats<K extends string>(
  count: number,
  targets: ReadonlyArray<ShareTarget<K>>,
  groups: readonly string[],
): K[] {
  const positive = targets.filter((target) => target.share > 0).length;
  if (positive < 2) {
    return allocateByDeficit(count, targets);
  }

  const assignment = allocate(count, targets, groups);
  repairCounts(assignment, targets, groups);
  return assignment.map((index) => targets[index].key);
}

function allocate<K extends string>(
  count: number,
  targets: ReadonlyArray<ShareTarget<K>>,
  groups: readonly string[] | undefined,
): number[] {
  if (targets.length === 0) {
    return [];
  }

  const assigned = targets.map(() => 0);
  const lastInGroup = new Map<string, number>();
  const result: number[] = [];

  for (let position = 0; position < count; position += 1) {
    const group = groups?.[position];
    const excluded = group === undefined ? undefined : lastInGroup.get(group);

    let best = -1;
    let bestDeficit = -Infinity;
    targets.forEach((target, index) => {
      if (index === excluded || (groups !== undefined && target.share <= 0)) {
        return;
      }

      const deficit = target.share * (position + 1) - assigned[index];
      const better =
        best < 0 ||
        deficit > bestDeficit + EPSILON ||
        (Math.abs(deficit - bestDeficit) <= EPSILON && target.share > targets[best].share);
      if (better) {
        best = index;
        bestDeficit = deficit;
      }
    });

    assigned[best] += 1;
    if (group !== undefined) {
      lastInGroup.set(group, best);
    }
    result.push(best);
  }

  return result;
}

function repairCounts<K extends string>(
  assignment: number[],
  targets: ReadonlyArray<ShareTarget<K>>,
  groups: readonly string[],
): void {
  const count = assignment.length;
  const previous = new Array<number>(count).fill(-1);
  const next = new Array<number>(count).fill(-1);
  const lastSeen = new Map<string, number>();
  groups.forEach((group, position) => {
    const before = lastSeen.get(group);
    if (before !== undefined) {
      previous[position] = before;
      next[before] = position;
    }
    lastSeen.set(group, position);
  });

  const fits = (position: number, key: number): boolean =>
    (previous[position] < 0 || assignment[previous[position]] !== key) &&
    (next[position] < 0 || assignment[next[position]] !== key);

  const counts = targets.map(() => 0);
  assignment.forEach((index) => (counts[index] += 1));
  const excess = (index: number): number => counts[index] - targets[index].share * count;

  // Each move lowers the total excess, so at most `count` moves happen.
  for (let move = 0; move < count; move += 1) {
    const over = argBest(targets.length, (index) => excess(index));
    const under = argBest(targets.length, (index) => -excess(index));
    if (excess(over) <= 1 && excess(under) >= -1) {
      return;
    }

    let moved = false;
    for (let position = count - 1; position >= 0 && !moved; position -= 1) {
      if (assignment[position] === over && fits(position, under)) {
        assignment[position] = under;
        counts[over] -= 1;
        counts[under] += 1;
        moved = true;
      }
    }

    if (!moved) {
      return;
    }
  }
}

function argBest(length: number, score: (index: number) => number): number {
  let best = 0;
  for (let index = 1; index < length; index += 1) {
    if (score(index) > score(best)) {
      best = index;
    }
  }

  return best;
}
