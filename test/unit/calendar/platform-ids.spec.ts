import {
  SUPPORTED_PLATFORMS,
  isGenericSocialChannel,
  normalizePlatform,
} from '../../../src/calendar/platform/platform-ids';
import { PLATFORM_PROFILES } from '../../../src/calendar/platform/platform-profiles';

describe('normalizePlatform', () => {
  it.each([
    ['LinkedIn', 'linkedin'],
    ['linkedin', 'linkedin'],
    ['Website/Blog', 'blog'],
    ['Blog Posts', 'blog'],
    ['Blog', 'blog'],
    ['Case Studies', 'blog'],
    ['Newsletter', 'email'],
    ['Email Newsletters', 'email'],
    ['Email', 'email'],
    ['YouTube', 'youtube'],
    ['Videos', 'youtube'],
    ['Webinars', 'youtube'],
    ['X', 'twitter'],
    ['X (Twitter)', 'twitter'],
    ['Twitter', 'twitter'],
    ['Instagram Reels', 'instagram'],
    ['TikTok', 'tiktok'],
    ['Pinterest', 'pinterest'],
    ['Threads', 'threads'],
    ['Facebook', 'facebook'],
    ['Social Media', 'linkedin'],
  ])('maps %s to %s', (name, expected) => {
    expect(normalizePlatform(name)).toBe(expected);
  });

  it.each(['Myspace', 'Infographics', 'Podcasts', '', '   '])('rejects unknown platform "%s"', (name) => {
    expect(normalizePlatform(name)).toBeUndefined();
  });

  it('returns every supported id unchanged', () => {
    for (const platform of SUPPORTED_PLATFORMS) {
      expect(normalizePlatform(platform)).toBe(platform);
    }
  });
});

describe('isGenericSocialChannel', () => {
  it('recognises generic social media names', () => {
    expect(isGenericSocialChannel('Social Media')).toBe(true);
    expect(isGenericSocialChannel('Social Media Posts')).toBe(true);
  });

  it('rejects named networks', () => {
    expect(isGenericSocialChannel('LinkedIn')).toBe(false);
  });
});

describe('PLATFORM_PROFILES', () => {
  it('has a profile for every supported platform', () => {
    expect(Object.keys(PLATFORM_PROFILES).sort()).toEqual([...SUPPORTED_PLATFORMS].sort());
  });

  it('gives every purpose a format on every platform', () => {
    for (const profile of Object.values(PLATFORM_PROFILES)) {
      for (const purpose of ['educational', 'thought_leadership', 'engagement', 'promotional'] as const) {
        const formats = profile.formats.filter((format) => format.purposes.includes(purpose));
        expect(formats.map((format) => format.id)).not.toHaveLength(0);
      }
    }
  });

  it('keeps windows inside the day', () => {
    for (const profile of Object.values(PLATFORM_PROFILES)) {
      for (const window of profile.windows) {
        expect(window.startMinute).toBeGreaterThanOrEqual(0);
        expect(window.endMinute).toBeLessThanOrEqual(1440);
        expect(window.endMinute).toBeGreaterThan(window.startMinute);
      }
    }
  });
});
