import type { StrategyContent } from '../../strategy/strategy-content';
import { CONTENT_PURPOSES, type ContentPurpose } from './types';
import type { ShareTarget } from './share-allocation';

/** Share of entries per purpose when the strategy states none. */
export const DEFAULT_PURPOSE_MIX: Record<ContentPurpose, number> = {
  educational: 0.45,
  thought_leadership: 0.3,
  engagement: 0.17,
  promotional: 0.08,
};

/** The contentMix keys a strategy can state a purpose mix in, as percents like the format mix. */
const PURPOSE_MIX_KEYS: Record<ContentPurpose, string> = {
  educational: 'educational',
  thought_leadership: 'thoughtLeadership',
  engagement: 'engagement',
  promotional: 'promotional',
};

/**
 * Reads the purpose mix from contentMix.educational, .thoughtLeadership, .engagement and .promotional
 * when any of them is a positive number; a purpose left out then gets 0. StrategyContent does not declare
 * these keys, so they arrive only when the stored content carries them. Otherwise returns DEFAULT_PURPOSE_MIX.
 */
export function readPurposeMix(
  content: StrategyContent,
  warnings: string[],
): { targets: ShareTarget<ContentPurpose>[]; source: 'strategy' | 'default' } {
  const mix = (content.contentMix ?? {}) as Record<string, unknown>;
  const stated = CONTENT_PURPOSES.map((purpose) => {
    const value = mix[PURPOSE_MIX_KEYS[purpose]];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
  });
  const total = stated.reduce((sum, value) => sum + value, 0);

  if (total > 0) {
    const missing = CONTENT_PURPOSES.filter((_, index) => stated[index] === 0);
    if (missing.length > 0) {
      warnings.push(`The strategy's purpose mix gives no share to ${missing.join(', ')}, so those purposes get no entries`);
    }

    return {
      targets: CONTENT_PURPOSES.map((purpose, index) => ({ key: purpose, share: stated[index] / total })),
      source: 'strategy',
    };
  }

  return {
    targets: CONTENT_PURPOSES.map((purpose) => ({ key: purpose, share: DEFAULT_PURPOSE_MIX[purpose] })),
    source: 'default',
  };
}
