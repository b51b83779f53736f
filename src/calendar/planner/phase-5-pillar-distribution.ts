import type { StrategyContent } from '../../strategy/strategy-content';
import { clamp01 } from './numbers';
import { extendSlot, type CalendarSlot } from './phase-4-calendar-framework';
import type { WeightedPillar } from './pillar-weights';
import { readPurposeMix } from './purpose-mix';
import { allocateByDeficit, allocateWithoutRepeats, type ShareTarget } from './share-allocation';
import type { ContentPurpose, PhaseResult, ShareComparison } from './types';

export interface DistributedSlot extends CalendarSlot {
  pillar: string;
  purpose: ContentPurpose;
}

export interface PillarDistribution {
  /** The framework's slots in the same order, each with a pillar and a purpose. */
  entries: DistributedSlot[];
  pillarShares: ShareComparison[];
  purposeShares: ShareComparison[];
  purposeMixSource: 'strategy' | 'default';
}

export interface PillarDistributionInput {
  content: StrategyContent;
  pillars: WeightedPillar[];
  slots: CalendarSlot[];
}

/**
 * Phase 5: assigns pillars, then content purposes, to the slots in time order by largest deficit, so each
 * pillar and purpose ends within one slot of its target share. With two or more pillars, no platform gets
 * the same pillar twice in a row. Where that rule keeps a pillar from its share, the phase adds a warning. The
 * quality score is 1 − the largest share error over pillars and purposes.
 */
export function distributePillars(input: PillarDistributionInput): PhaseResult<PillarDistribution> {
  const { content, pillars, slots } = input;
  const warnings: string[] = [];

  const pillarTargets: ShareTarget<string>[] = pillars.map((pillar) => ({ key: pillar.name, share: pillar.share }));
  const pillarKeys = allocateWithoutRepeats(
    slots.length,
    pillarTargets,
    slots.map((slot) => slot.platform),
  );
  for (const target of pillarTargets) {
    const assigned = pillarKeys.filter((key) => key === target.key).length;
    const due = target.share * slots.length;
    if (Math.abs(assigned - due) > 1) {
      warnings.push(
        `Pillar "${target.key}" got ${assigned} of ${slots.length} slots instead of about ${Math.round(due)}: its share is too large to alternate with the other pillars on each platform`,
      );
    }
  }

  const purposeMix = readPurposeMix(content, warnings);
  const purposeKeys = allocateByDeficit(slots.length, purposeMix.targets);

  const entries: DistributedSlot[] = slots.map((slot, index) =>
    extendSlot(slot, { pillar: pillarKeys[index], purpose: purposeKeys[index] }),
  );

  const pillarShares = compareShares(pillarTargets, pillarKeys);
  const purposeShares = compareShares(purposeMix.targets, purposeKeys);
  const maxError = Math.max(0, ...pillarShares.map((share) => share.absError), ...purposeShares.map((share) => share.absError));

  return {
    output: { entries, pillarShares, purposeShares, purposeMixSource: purposeMix.source },
    qualityScore: entries.length === 0 ? 0 : clamp01(1 - maxError),
    warnings,
  };
}

/** Compares target shares with the shares of `assigned`; an empty assignment has actual shares of 0. */
export function compareShares<K extends string>(
  targets: ReadonlyArray<ShareTarget<K>>,
  assigned: readonly K[],
): ShareComparison[] {
  const counts = new Map<K, number>();
  assigned.forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));

  return targets.map((target) => {
    const actual = assigned.length === 0 ? 0 : (counts.get(target.key) ?? 0) / assigned.length;
    return { key: target.key, target: target.share, actual, absError: Math.abs(target.share - actual) };
  });
}
