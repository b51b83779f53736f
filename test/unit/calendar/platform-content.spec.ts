import { planCalendar } from '../../../src/calendar/planner/plan-calendar';
import { PLATFORM_PROFILES } from '../../../src/calendar/platform/platform-profiles';
import { toHashtag } from '../../../src/calendar/planner/text';
import { makeRequest, makeStrategy } from './fixtures';

const sixPlatformsDaily = makeRequest({
  startDate: '2027-01-04',
  endDate: '2028-01-02',
  platforms: ['blog', 'linkedin', 'twitter', 'instagram', 'facebook', 'youtube'],
  postsPerWeek: { blog: 7, linkedin: 7, twitter: 7, instagram: 7, facebook: 7, youtube: 7 },
});

describe('specifyPlatformContent titles', () => {
  it('keeps titles unique over 52 weeks on six platforms daily', () => {
    const { entries } = planCalendar(makeStrategy(), sixPlatformsDaily);
    const titles = new Set(entries.map((entry) => entry.title.toLowerCase()));

    expect(entries).toHaveLength(52 * 7 * 6);
    expect(titles.size).toBe(entries.length);
  });

  it('builds the first titles on the high-priority gap', () => {
    const { entries } = planCalendar(makeStrategy(), makeRequest());
    const first = entries.find((entry) => entry.gapId === 'market_gap-1');

    expect(first?.title).toMatch(/^Month-end close playbooks for small teams/);
  });

  it('puts no placeholder values into titles', () => {
    const content = makeStrategy({
      gapAnalysis: {
        keywordOpportunities: [{ keyword: 'opportunity_keyword_1' }, { keyword: 'keyword_2' }],
        contentGaps: [{ description: 'Missing content on emerging technologies', priority: 'High' }],
      },
    });
    const { entries } = planCalendar(content, makeRequest());

    expect(entries.filter((entry) => /keyword_\d/.test(entry.title))).toEqual([]);
  });

  it('names the month for pillars that have only a name', () => {
    const content = makeStrategy({ contentPillars: ['Teacher spotlights'], marketGaps: [] });
    const { entries } = planCalendar(content, makeRequest({ endDate: '2027-03-14' }));

    expect(entries.every((entry) => entry.title.startsWith('Teacher spotlights'))).toBe(true);
    expect(entries.some((entry) => entry.title.includes('March'))).toBe(true);
  });
});

describe('specifyPlatformContent details', () => {
  const { entries } = planCalendar(
    makeStrategy(),
    makeRequest({ platforms: ['blog', 'linkedin', 'instagram', 'email'], postsPerWeek: { instagram: 3 } }),
  );

  it('gives no entry more hashtags than its platform recommends', () => {
    for (const entry of entries) {
      expect(entry.hashtags.length).toBeLessThanOrEqual(PLATFORM_PROFILES[entry.platform].hashtags.recommended);
    }
  });

  it('gives LinkedIn entries three hashtags', () => {
    const linkedin = entries.filter((entry) => entry.platform === 'linkedin');

    expect(linkedin.length).toBeGreaterThan(0);
    expect(linkedin.every((entry) => entry.hashtags.length === 3)).toBe(true);
  });

  it('gives blog and email entries no hashtags', () => {
    const untagged = entries.filter((entry) => entry.platform === 'blog' || entry.platform === 'email');

    expect(untagged.every((entry) => entry.hashtags.length === 0)).toBe(true);
  });

  it('writes hashtags in CamelCase without duplicates', () => {
    for (const entry of entries) {
      expect(entry.hashtags.every((tag) => /^#[A-Z0-9][A-Za-z0-9]*$/.test(tag))).toBe(true);
      expect(new Set(entry.hashtags.map((tag) => tag.toLowerCase())).size).toBe(entry.hashtags.length);
    }
  });

  it('picks formats the platform offers for the purpose', () => {
    for (const entry of entries) {
      const format = PLATFORM_PROFILES[entry.platform].formats.find((candidate) => candidate.id === entry.format.id);
      expect(format?.purposes).toContain(entry.purpose);
    }
  });

  it('chooses the call to action by purpose', () => {
    const promotional = entries.find((entry) => entry.purpose === 'promotional');
    const educationalBlog = entries.find((entry) => entry.purpose === 'educational' && entry.platform === 'blog');

    expect(promotional?.callToAction).toBe('Talk to our team');
    expect(educationalBlog?.callToAction).toBe('Subscribe for the next guide');
  });

  it('takes the tone from the brand voice', () => {
    expect(entries[0].tone).toBe('Expert, approachable. Plain language with numbers');
  });

  it('caps character lengths at the platform limit', () => {
    for (const entry of entries.filter((candidate) => candidate.length.unit === 'characters')) {
      const limit = PLATFORM_PROFILES[entry.platform].characterLimit ?? Infinity;
      expect(entry.length.max).toBeLessThanOrEqual(limit);
    }
  });

  it('notes the gap an entry covers', () => {
    const covering = entries.find((entry) => entry.gapId === 'market_gap-1');

    expect(covering?.notes[0]).toBe('Covers gap (High priority): No one publishes month-end close playbooks for small teams');
  });

  it('lists the pillar keywords as entry keywords', () => {
    const close = entries.find((entry) => entry.pillar === 'Close faster');

    expect(close?.keywords).toEqual(expect.arrayContaining(['month-end close', 'reconciliation']));
  });
});

describe('toHashtag', () => {
  it.each([
    ['month-end close', '#MonthEndClose'],
    ['self-service BI', '#SelfServiceBI'],
    ['Excel automation', '#ExcelAutomation'],
    ['  ', undefined],
    ['2027', undefined],
  ])('turns "%s" into %s', (phrase, expected) => {
    expect(toHashtag(phrase)).toBe(expected);
  });
});
