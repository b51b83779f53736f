/** Platform ids the planner can schedule, in the order calendars list them. */
export const SUPPORTED_PLATFORMS = [
  'blog',
  'email',
  'linkedin',
  'twitter',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'pinterest',
  'threads',
] as const;

export type PlatformId = (typeof SUPPORTED_PLATFORMS)[number];

/**
 * The `contentMix` and `optimalTiming` group a platform belongs to. Strategies state shares and posting
 * times per group ("socialMedia", "videos"), not per platform.
 */
export type PlatformCategory = 'blog' | 'email' | 'social' | 'video';

export const PLATFORM_CATEGORY: Record<PlatformId, PlatformCategory> = {
  blog: 'blog',
  email: 'email',
  linkedin: 'social',
  twitter: 'social',
  instagram: 'social',
  facebook: 'social',
  tiktok: 'video',
  youtube: 'video',
  pinterest: 'social',
  threads: 'social',
};

/** The platform a generic "Social Media" channel means when nothing in the strategy narrows it down. */
export const DEFAULT_SOCIAL_PLATFORM: PlatformId = 'linkedin';

/** Whole names, after lowercasing and collapsing punctuation to spaces. */
const EXACT_NAMES: Record<string, PlatformId> = {
  x: 'twitter',
  ig: 'instagram',
  insta: 'instagram',
  fb: 'facebook',
  yt: 'youtube',
  tweets: 'twitter',
  reels: 'instagram',
  shorts: 'youtube',
};

/** Words that name a platform wherever they occur in a channel or format name, checked in this order. */
const PLATFORM_WORDS: ReadonlyArray<[RegExp, PlatformId]> = [
  [/\blinked ?in\b/, 'linkedin'],
  [/\btwitter\b/, 'twitter'],
  [/\binstagram\b/, 'instagram'],
  [/\bfacebook\b/, 'facebook'],
  [/\btik ?tok\b/, 'tiktok'],
  [/\byou ?tube\b/, 'youtube'],
  [/\bpinterest\b/, 'pinterest'],
  [/\bthreads\b/, 'threads'],
  [/\b(e ?mails?|newsletters?)\b/, 'email'],
  [/\b(blogs?|website|articles?|case stud(y|ies)|white ?papers?|guides?|ebooks?)\b/, 'blog'],
  [/\b(videos?|webinars?|vlogs?)\b/, 'youtube'],
];

const GENERIC_SOCIAL = /^(social|social media|social media posts?|social posts?|social networks?)$/;

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Returns whether a channel name means social media in general rather than one network
 * ("Social Media", "Social Media Posts").
 */
export function isGenericSocialChannel(name: string): boolean {
  return GENERIC_SOCIAL.test(normalizeName(name));
}

/**
 * Maps a platform, channel or format name as strategies write it ("LinkedIn", "Website/Blog",
 * "Email Newsletters", "Videos", "X (Twitter)") to a platform id, or returns undefined for a name that
 * matches no supported platform. A generic "Social Media" maps to DEFAULT_SOCIAL_PLATFORM; the platform
 * strategy phase narrows it down from the rest of the strategy.
 */
export function normalizePlatform(name: string): PlatformId | undefined {
  const normalized = normalizeName(name);
  if (normalized === '') {
    return undefined;
  }

  if ((SUPPORTED_PLATFORMS as readonly string[]).includes(normalized)) {
    return normalized as PlatformId;
  }

  const exact = EXACT_NAMES[normalized];
  if (exact !== undefined) {
    return exact;
  }

  if (GENERIC_SOCIAL.test(normalized)) {
    return DEFAULT_SOCIAL_PLATFORM;
  }

  for (const [pattern, platform] of PLATFORM_WORDS) {
    if (pattern.test(normalized)) {
      return platform;
    }
  }

  return undefined;
}
