import { planPlatforms } from '../../../src/calendar/planner/phase-3-platform-strategy';
import { makeRequest, makeStrategy } from './fixtures';

const planFor = (...args: Parameters<typeof makeStrategy>) => (request = makeRequest()) =>
  planPlatforms({ content: makeStrategy(...args), request });

describe('planPlatforms channels', () => {
  it('takes channels from the strategy in supported order', () => {
    const plan = planFor()().output;

    expect(plan.channelSource).toBe('strategy');
    expect(plan.platforms.map((platform) => platform.platform)).toEqual(['blog', 'linkedin']);
  });

  it('replaces the channels with request.platforms', () => {
    const plan = planFor()(makeRequest({ platforms: ['youtube', 'Newsletter'] })).output;

    expect(plan.channelSource).toBe('request');
    expect(plan.platforms.map((platform) => platform.platform)).toEqual(['email', 'youtube']);
  });

  it('reads a generic social channel as the network the strategy names', () => {
    const plan = planFor({
      industry: 'Fitness studio',
      preferredFormats: [],
      consumptionPatterns: { primaryChannels: ['Social Media'] },
      topCompetitors: [{ name: 'Bondi Flow', strength: 'Big Instagram following' }],
    })().output;

    expect(plan.platforms.map((platform) => platform.platform)).toEqual(['instagram']);
  });

  it('reads a generic social channel as LinkedIn for a B2B industry', () => {
    const plan = planFor({ preferredFormats: [], consumptionPatterns: { primaryChannels: ['Social Media'] } })().output;

    expect(plan.platforms.map((platform) => platform.platform)).toEqual(['linkedin']);
  });

  it('warns about channels that name no platform', () => {
    const result = planFor({ preferredFormats: ['Blog Posts', 'Podcasts'] })();

    expect(result.warnings.some((warning) => warning.includes('"Podcasts"'))).toBe(true);
  });
});

describe('planPlatforms frequency', () => {
  it('posts at the stated frequency on the largest mix share and proportionally elsewhere', () => {
    const plan = planFor({
      contentFrequency: 'Multiple times per week',
      contentMix: { blogPosts: 40, socialMedia: 20 },
    })().output;

    expect(plan.platforms.map((platform) => [platform.platform, platform.postsPerWeek])).toEqual([
      ['blog', 3],
      ['linkedin', 1.5],
    ]);
  });

  it.each([
    ['Daily', 7],
    ['Weekly', 1],
    ['Bi-weekly', 0.5],
    ['Monthly', 0.23],
    ['Quarterly', 0.08],
  ] as const)('turns %s into %d posts per week', (frequency, expected) => {
    const plan = planFor({ contentFrequency: frequency })().output;

    expect(plan.platforms.find((platform) => platform.platform === 'linkedin')?.postsPerWeek).toBe(expected);
  });

  it('uses the profile frequency when the strategy states none', () => {
    const plan = planFor({ contentFrequency: undefined })().output;

    expect(plan.platforms.map((platform) => [platform.platform, platform.postsPerWeek, platform.frequencySource])).toEqual([
      ['blog', 1, 'profile'],
      ['linkedin', 3, 'profile'],
    ]);
  });

  it('applies request.postsPerWeek', () => {
    const plan = planFor()(makeRequest({ postsPerWeek: { LinkedIn: 5 } })).output;

    expect(plan.platforms.find((platform) => platform.platform === 'linkedin')).toEqual(
      expect.objectContaining({ postsPerWeek: 5, frequencySource: 'request' }),
    );
  });

  it('caps frequency by team capacity and warns with the numbers', () => {
    const result = planFor({ teamSize: 1, contentFrequency: 'Daily', contentMix: { blogPosts: 50, socialMedia: 50 } })();
    const blog = result.output.platforms.find((platform) => platform.platform === 'blog');

    // Daily on both: blog 5 (its profile maximum) × 4 + linkedin 7 × 1 = 27 standard pieces, against 10.
    expect(result.output.capacity).toEqual({ teamSize: 1, piecesPerWeek: 10, demandPiecesPerWeek: 27 });
    expect(blog?.capped).toBe(true);
    expect(blog?.postsPerWeek).toBe(1.85);
    expect(result.warnings).toContain(
      'Capped blog from 5 to 1.85 posts per week: the plan needs 27 standard pieces a week, and a team of 1 produces about 10',
    );
  });

  it('does not cap within capacity', () => {
    const result = planFor({ teamSize: 3 })();

    expect(result.output.platforms.some((platform) => platform.capped)).toBe(false);
    expect(result.warnings.some((warning) => warning.startsWith('Capped'))).toBe(false);
  });
});

describe('planPlatforms windows', () => {
  it('reads posting windows from optimalTiming by category', () => {
    const plan = planFor()().output;
    const blog = plan.platforms.find((platform) => platform.platform === 'blog');

    expect(blog?.windows).toEqual([{ label: 'Tuesday Morning', days: [2], startMinute: 480, endMinute: 660 }]);
    expect(blog?.preferredDays).toEqual([2]);
    expect(blog?.windowSource).toBe('strategy');
  });

  it('gives a day-only phrase the profile window times', () => {
    const plan = planFor({ optimalTiming: { blogPosts: ['Thursday'] } })().output;
    const blog = plan.platforms.find((platform) => platform.platform === 'blog');

    expect(blog?.windows).toEqual([{ label: 'Thursday, Morning (8-10 AM)', days: [4], startMinute: 480, endMinute: 600 }]);
  });

  it('falls back to the profile with a warning naming an unreadable phrase', () => {
    const result = planFor({ optimalTiming: { blogPosts: ['When inspiration strikes'] } })();
    const blog = result.output.platforms.find((platform) => platform.platform === 'blog');

    expect(blog?.windowSource).toBe('profile');
    expect(result.warnings.some((warning) => warning.includes('"When inspiration strikes"'))).toBe(true);
  });

  it('warns when the strategy time zone differs from the request', () => {
    const result = planFor()(makeRequest({ timezone: 'America/New_York' }));

    expect(result.warnings.some((warning) => warning.includes('Europe/Berlin') && warning.includes('America/New_York'))).toBe(true);
  });
});
