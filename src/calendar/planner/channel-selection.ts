import type { StrategyContent } from '../../strategy/strategy-content';
import {
  DEFAULT_SOCIAL_PLATFORM,
  PLATFORM_CATEGORY,
  SUPPORTED_PLATFORMS,
  isGenericSocialChannel,
  normalizePlatform,
  type PlatformId,
} from '../platform/platform-ids';
import type { CalendarRequest } from './types';

export type ChannelSource = 'request' | 'strategy' | 'default';

export interface ChannelSelection {
  /** In SUPPORTED_PLATFORMS order. */
  platforms: PlatformId[];
  source: ChannelSource;
}

/** Platforms planned when neither the request nor the strategy names a channel. */
const DEFAULT_PLATFORMS: PlatformId[] = ['blog', DEFAULT_SOCIAL_PLATFORM];

/** Industries whose audience is other businesses, so a generic "Social Media" means LinkedIn. */
const B2B_INDUSTRY = /\b(b2b|saas|software|enterprise|consult|finance|financial|analytics|logistics|legal|manufactur|industrial|agency)\w*/i;

/**
 * Chooses the platforms to plan: the request's `platforms` when given, else every channel the strategy
 * names in consumptionPatterns.primaryChannels, preferredFormats, contentPreferences.preferredFormats,
 * contentMix (formats with a positive share) and competitorContentStrategies.distributionChannels, plus
 * platforms named only in request.postsPerWeek. A generic "Social Media" becomes the social platforms the
 * strategy names elsewhere, else one chosen from the strategy text and industry (see chooseSocialPlatform).
 */
export function selectChannels(content: StrategyContent, request: CalendarRequest, warnings: string[]): ChannelSelection {
  const requested = request.platforms ?? [];
  if (requested.length > 0) {
    const { platforms, wantsSocial } = resolveNames(requested, 'request.platforms', warnings);
    addGenericSocial(platforms, wantsSocial, content);
    warnAboutUnlistedOverrides(request, platforms, warnings);
    return { platforms: inSupportedOrder(platforms), source: 'request' };
  }

  const names: Array<[string, string]> = [
    ...tagged(content.consumptionPatterns?.primaryChannels, 'consumptionPatterns.primaryChannels'),
    ...tagged(content.preferredFormats, 'preferredFormats'),
    ...tagged(content.contentPreferences?.preferredFormats, 'contentPreferences.preferredFormats'),
    ...tagged(mixChannels(content), 'contentMix'),
    ...tagged(content.competitorContentStrategies?.distributionChannels, 'competitorContentStrategies.distributionChannels'),
  ];

  const platforms = new Set<PlatformId>();
  let wantsSocial = false;
  const unknown = new Set<string>();
  for (const [name, field] of names) {
    const resolved = resolveNames([name], field, undefined);
    resolved.platforms.forEach((platform) => platforms.add(platform));
    wantsSocial ||= resolved.wantsSocial;
    if (resolved.platforms.size === 0 && !resolved.wantsSocial) {
      unknown.add(`"${name}" (${field})`);
    }
  }

  if (unknown.size > 0) {
    warnings.push(`Ignored channels and formats that name no supported platform: ${[...unknown].join(', ')}`);
  }

  addGenericSocial(platforms, wantsSocial, content);

  for (const name of Object.keys(request.postsPerWeek ?? {})) {
    const platform = normalizePlatform(name);
    if (platform !== undefined) {
      platforms.add(platform);
    }
  }

  if (platforms.size === 0) {
    warnings.push(`The strategy names no channel, so the calendar plans ${DEFAULT_PLATFORMS.join(' and ')}`);
    return { platforms: [...DEFAULT_PLATFORMS], source: 'default' };
  }

  return { platforms: inSupportedOrder(platforms), source: 'strategy' };
}

/**
 * Picks the social platform a generic "Social Media" most likely means: the first platform named in the
 * strategy's free text (competitor strengths, engagement pattern, distribution strategy, timing notes),
 * else LinkedIn for business-to-business industries and Instagram for the rest.
 */
export function chooseSocialPlatform(content: StrategyContent): PlatformId {
  const text = [
    ...(content.topCompetitors ?? []).flatMap((competitor) => [competitor?.strength, competitor?.weakness]),
    content.consumptionPatterns?.engagementPattern,
    content.contentMix?.distributionStrategy,
    content.optimalTiming?.notes,
    content.competitorContentStrategies?.engagementApproach,
  ]
    .filter((value): value is string => typeof value === 'string')
    .join(' ');

  for (const word of text.split(/[^A-Za-z]+/)) {
    const platform = word.length > 2 ? normalizePlatform(word) : undefined;
    if (platform !== undefined && PLATFORM_CATEGORY[platform] === 'social' && /^[A-Z]/.test(word)) {
      return platform;
    }
  }

  return B2B_INDUSTRY.test(content.industry ?? '') ? 'linkedin' : 'instagram';
}

function resolveNames(
  names: string[],
  field: string,
  warnings: string[] | undefined,
): { platforms: Set<PlatformId>; wantsSocial: boolean } {
  const platforms = new Set<PlatformId>();
  let wantsSocial = false;

  for (const name of names) {
    if (typeof name !== 'string') {
      continue;
    }

    if (isGenericSocialChannel(name)) {
      wantsSocial = true;
      continue;
    }

    const platform = normalizePlatform(name);
    if (platform === undefined) {
      warnings?.push(`Ignored "${name}" in ${field}: it names no supported platform`);
      continue;
    }

    platforms.add(platform);
  }

  return { platforms, wantsSocial };
}

function addGenericSocial(platforms: Set<PlatformId>, wantsSocial: boolean, content: StrategyContent): void {
  const hasSocial = [...platforms].some((platform) => PLATFORM_CATEGORY[platform] === 'social');
  if (wantsSocial && !hasSocial) {
    platforms.add(chooseSocialPlatform(content));
  }
}

function warnAboutUnlistedOverrides(request: CalendarRequest, platforms: Set<PlatformId>, warnings: string[]): void {
  for (const name of Object.keys(request.postsPerWeek ?? {})) {
    const platform = normalizePlatform(name);
    if (platform !== undefined && !platforms.has(platform)) {
      warnings.push(`request.postsPerWeek names ${name}, which is not in request.platforms; it was ignored`);
    }
  }
}

/** Formats with a positive share in contentMix, as channel names normalizePlatform reads. */
function mixChannels(content: StrategyContent): string[] {
  const mix = content.contentMix;
  if (mix === undefined) {
    return [];
  }

  const channels: string[] = [];
  if ((mix.blogPosts ?? 0) > 0) channels.push('Blog');
  if ((mix.email ?? 0) > 0) channels.push('Email');
  if ((mix.videos ?? 0) > 0) channels.push('Videos');
  if ((mix.socialMedia ?? 0) > 0) channels.push('Social Media');
  return channels;
}

function tagged(values: string[] | undefined, field: string): Array<[string, string]> {
  return (values ?? []).filter((value) => typeof value === 'string').map((value) => [value, field]);
}

function inSupportedOrder(platforms: Set<PlatformId>): PlatformId[] {
  return SUPPORTED_PLATFORMS.filter((platform) => platforms.has(platform));
}
