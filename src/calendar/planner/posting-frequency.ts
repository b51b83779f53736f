import type { ContentFrequency, ContentMix, StrategyContent } from '../../strategy/strategy-content';
import { PLATFORM_CATEGORY, normalizePlatform, type PlatformCategory, type PlatformId } from '../platform/platform-ids';
import { PLATFORM_PROFILES } from '../platform/platform-profiles';
import { roundTo } from './numbers';

/**
 * Posts per week on the platform with the largest contentMix share for each stated frequency. Monthly is
 * 12 a year and Quarterly 4 a year, over 52 weeks.
 */
export const FREQUENCY_POSTS_PER_WEEK: Record<ContentFrequency, number> = {
  Daily: 7,
  'Multiple times per week': 3,
  Weekly: 1,
  'Bi-weekly': 0.5,
  Monthly: 12 / 52,
  Quarterly: 4 / 52,
};

/**
 * Standard pieces one person produces per week besides their other work, where a standard piece is one
 * LinkedIn text post and PlatformProfile.effortPerPost converts other formats (a blog post is 4, a YouTube
 * video 6). An estimate, not a measurement.
 */
export const STANDARD_PIECES_PER_PERSON_PER_WEEK = 10;

export type FrequencySource = 'request' | 'strategy' | 'profile';

export interface PlatformFrequency {
  platform: PlatformId;
  /** Posts per week after the capacity cap, rounded down to 2 decimals. */
  postsPerWeek: number;
  /** Posts per week before the capacity cap. */
  uncappedPostsPerWeek: number;
  source: FrequencySource;
  capped: boolean;
}

export interface TeamCapacity {
  teamSize: number;
  /** teamSize × STANDARD_PIECES_PER_PERSON_PER_WEEK */
  piecesPerWeek: number;
  /** Standard pieces per week the uncapped plan needs. */
  demandPiecesPerWeek: number;
}

const MIX_FIELD: Record<PlatformCategory, keyof Omit<ContentMix, 'distributionStrategy'>> = {
  blog: 'blogPosts',
  email: 'email',
  social: 'socialMedia',
  video: 'videos',
};

/**
 * Computes each platform's posts per week. The platform whose contentMix share is largest posts at the
 * stated contentFrequency, and the others in proportion to their share. A category's share is split
 * evenly among its planned platforms, and no platform exceeds its profile's maxPostsPerWeek.
 * request.postsPerWeek replaces the computed number. When the plan then needs more standard pieces than
 * the team produces, every platform is scaled down by the same factor, with a warning per platform.
 */
export function computeFrequencies(
  content: StrategyContent,
  platforms: PlatformId[],
  postsPerWeekOverride: Record<string, number> | undefined,
  warnings: string[],
): { frequencies: PlatformFrequency[]; capacity?: TeamCapacity } {
  const shares = mixShares(content.contentMix, platforms, warnings);
  const maxShare = Math.max(0, ...platforms.map((platform) => shares.get(platform) ?? 0));
  const overrides = readOverrides(postsPerWeekOverride, warnings);
  const stated = content.contentFrequency === undefined ? undefined : FREQUENCY_POSTS_PER_WEEK[content.contentFrequency];

  const frequencies: PlatformFrequency[] = platforms.map((platform) => {
    const override = overrides.get(platform);
    if (override !== undefined) {
      return { platform, postsPerWeek: override, uncappedPostsPerWeek: override, source: 'request', capped: false };
    }

    const profile = PLATFORM_PROFILES[platform];
    const base = stated ?? profile.typicalPostsPerWeek;
    const relative = maxShare > 0 ? (shares.get(platform) ?? 0) / maxShare : 1;
    const postsPerWeek = roundTo(Math.min(profile.maxPostsPerWeek, base * relative), 2);
    if (postsPerWeek === 0) {
      warnings.push(`contentMix gives ${platform} a share of 0, so it gets no slots; set postsPerWeek.${platform} to plan it`);
    }

    return {
      platform,
      postsPerWeek,
      uncappedPostsPerWeek: postsPerWeek,
      source: stated === undefined ? 'profile' : 'strategy',
      capped: false,
    };
  });

  const capacity = applyCapacity(content.teamSize, frequencies, warnings);
  return { frequencies, capacity };
}

/** Returns each platform's share of output: its category's contentMix percent split among the category's platforms. */
function mixShares(mix: ContentMix | undefined, platforms: PlatformId[], warnings: string[]): Map<PlatformId, number> {
  const shares = new Map<PlatformId, number>();
  const categories = [...new Set(platforms.map((platform) => PLATFORM_CATEGORY[platform]))];

  const percents = new Map<PlatformCategory, number>();
  for (const category of categories) {
    const value = mix?.[MIX_FIELD[category]];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      percents.set(category, value);
    }
  }

  const statedValues = [...percents.values()];
  const statedTotal = statedValues.reduce((sum, value) => sum + value, 0);
  const fallback = statedValues.length > 0 && statedTotal > 0 ? statedTotal / statedValues.length : 1;
  const missing = categories.filter((category) => !percents.has(category));
  if (mix !== undefined && statedValues.length > 0 && missing.length > 0) {
    warnings.push(
      `contentMix has no share for ${missing.map((category) => MIX_FIELD[category]).join(', ')}; each got the mean stated share ${roundTo(fallback, 1)}%`,
    );
  }

  for (const category of categories) {
    const inCategory = platforms.filter((platform) => PLATFORM_CATEGORY[platform] === category);
    const percent = percents.get(category) ?? fallback;
    for (const platform of inCategory) {
      shares.set(platform, percent / inCategory.length);
    }
  }

  return shares;
}

function readOverrides(overrides: Record<string, number> | undefined, warnings: string[]): Map<PlatformId, number> {
  const result = new Map<PlatformId, number>();
  for (const [name, value] of Object.entries(overrides ?? {})) {
    const platform = normalizePlatform(name);
    if (platform === undefined) {
      warnings.push(`Ignored request.postsPerWeek.${name}: it names no supported platform`);
      continue;
    }

    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      warnings.push(`Ignored request.postsPerWeek.${name} = ${String(value)}: expected a number of posts per week, 0 or more`);
      continue;
    }

    result.set(platform, value);
  }

  return result;
}

function applyCapacity(
  teamSize: number | undefined,
  frequencies: PlatformFrequency[],
  warnings: string[],
): TeamCapacity | undefined {
  if (typeof teamSize !== 'number' || !Number.isFinite(teamSize) || teamSize <= 0) {
    return undefined;
  }

  const piecesPerWeek = teamSize * STANDARD_PIECES_PER_PERSON_PER_WEEK;
  const demand = frequencies.reduce(
    (sum, frequency) => sum + frequency.postsPerWeek * PLATFORM_PROFILES[frequency.platform].effortPerPost,
    0,
  );
  const capacity: TeamCapacity = { teamSize, piecesPerWeek, demandPiecesPerWeek: roundTo(demand, 2) };
  if (demand <= piecesPerWeek) {
    return capacity;
  }

  const factor = piecesPerWeek / demand;
  for (const frequency of frequencies) {
    if (frequency.postsPerWeek === 0) {
      continue;
    }

    const capped = Math.floor(frequency.postsPerWeek * factor * 100) / 100;
    warnings.push(
      `Capped ${frequency.platform} from ${frequency.postsPerWeek} to ${capped} posts per week: the plan needs ${roundTo(demand, 1)} standard pieces a week, and a team of ${teamSize} produces about ${piecesPerWeek}`,
    );
    frequency.postsPerWeek = capped;
    frequency.capped = true;
  }

  return capacity;
}
