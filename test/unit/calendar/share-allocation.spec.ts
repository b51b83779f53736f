import { allocateByDeficit, allocateWithoutRepeats } from '../../../src/calendar/planner/share-allocation';

/** Returns a deterministic pseudo-random sequence (a linear congruential generator), so the cases are fixed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomTargets(next: () => number) {
  const count = 2 + Math.floor(next() * 6);
  const weights = Array.from({ length: count }, () => 0.05 + next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight, index) => ({ key: `k${index}`, share: weight / total }));
}

/** Largest |assigned − share × count| over the targets. */
function maxCountError(keys: string[], targets: Array<{ key: string; share: number }>): number {
  const counts = new Map<string, number>();
  keys.forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  return Math.max(...targets.map((target) => Math.abs((counts.get(target.key) ?? 0) - target.share * keys.length)));
}

describe('allocateByDeficit', () => {
  it('stays within one on random cases', () => {
    const next = sequence(11);
    for (let trial = 0; trial < 500; trial += 1) {
      const targets = randomTargets(next);
      const count = 1 + Math.floor(next() * 400);
      const keys = allocateByDeficit(count, targets);

      expect(maxCountError(keys, targets)).toBeLessThan(1);
    }
  });

  it('interleaves keys in proportion', () => {
    const keys = allocateByDeficit(6, [
      { key: 'a', share: 0.5 },
      { key: 'b', share: 1 / 3 },
      { key: 'c', share: 1 / 6 },
    ]);

    expect(keys).toEqual(['a', 'b', 'a', 'c', 'b', 'a']);
  });

  it('returns nothing without targets', () => {
    expect(allocateByDeficit(5, [])).toEqual([]);
  });
});

describe('allocateWithoutRepeats', () => {
  it('avoids repeats on random cases', () => {
    const next = sequence(29);
    for (let trial = 0; trial < 500; trial += 1) {
      const targets = randomTargets(next);
      const count = 1 + Math.floor(next() * 400);
      const groupCount = 1 + Math.floor(next() * 6);
      const groups = Array.from({ length: count }, () => String(Math.floor(next() * groupCount)));
      if (Math.max(...targets.map((target) => target.share)) >= 0.45) {
        continue;
      }

      const keys = allocateWithoutRepeats(count, targets, groups);

      const last = new Map<string, string>();
      const repeats = keys.filter((key, position) => {
        const repeated = last.get(groups[position]) === key;
        last.set(groups[position], key);
        return repeated;
      });
      expect(repeats).toEqual([]);
      expect(maxCountError(keys, targets)).toBeLessThanOrEqual(1);
    }
  });

  it('alternates even when one key is due more than half', () => {
    const keys = allocateWithoutRepeats(6, [
      { key: 'a', share: 0.9 },
      { key: 'b', share: 0.1 },
    ], ['g', 'g', 'g', 'g', 'g', 'g']);

    expect(keys).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
  });

  it('repeats the only key with a positive share', () => {
    const keys = allocateWithoutRepeats(3, [
      { key: 'a', share: 1 },
      { key: 'b', share: 0 },
    ], ['g', 'g', 'g']);

    expect(keys).toEqual(['a', 'a', 'a']);
  });
});
