import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { flattenValidationErrors } from '../../../src/common/validation/flatten-validation-errors';
import { CreateStrategyDto, UpdateStrategyDto } from '../../../src/strategy/dto/strategy-content.dto';
import { validateStrategyContent } from '../../../src/strategy/dto/validate-strategy-content';
import type { StrategyContent } from '../../../src/strategy/strategy-content';

/** A strategy with every field set, in the stored camelCase form. */
const FULL_STRATEGY: StrategyContent = {
  name: 'Northwind Analytics — FY27 demand generation',
  industry: 'B2B SaaS (data analytics)',
  businessObjectives: ['Generate 300 sales-qualified leads per quarter'],
  targetMetrics: { primaryMetric: 'Sales-qualified leads', targetValue: 1200, secondaryMetrics: ['Conversion rate'] },
  contentBudget: 18000,
  teamSize: 3,
  implementationTimeline: '12 months',
  marketShare: '4%',
  competitivePosition: 'challenger',
  performanceMetrics: { traffic: 42000, conversionRate: 1.8, bounceRate: 54, avgSessionDuration: 132 },
  contentPreferences: {
    preferredFormats: ['Blog Posts'],
    contentTopics: ['How-to guides'],
    contentStyle: ['Professional'],
    contentLength: 'Medium (1000-2000 words)',
    visualPreferences: ['Charts'],
  },
  consumptionPatterns: {
    primaryChannels: ['Blog'],
    preferredTimes: ['Lunch (12-2 PM)'],
    devicePreference: ['Desktop'],
    contentLengthPreference: 'Medium (5-10 min read)',
    engagementPattern: 'Reads long-form guides on weekdays',
  },
  audiencePainPoints: ['Month-end close takes too long'],
  buyingJourney: { awareness: 'Searches', consideration: 'Compares', decision: 'Pilots', retention: 'Adopts' },
  seasonalTrends: ['Budget planning in October'],
  engagementMetrics: { likes: 85, shares: 22, comments: 9, clickThroughRate: 2.4, timeOnPage: 186, engagementRate: 3.1 },
  topCompetitors: [{ name: 'Ledgerly', website: 'https://ledgerly.example', strength: 'Templates', weakness: 'Governance' }],
  competitorContentStrategies: {
    contentTypes: ['Webinars'],
    publishingFrequency: 'Weekly',
    contentThemes: ['Customer success'],
    distributionChannels: ['LinkedIn'],
    engagementApproach: 'Gated templates',
  },
  marketGaps: [{ gapDescription: 'No close playbooks', opportunity: 'Own the topic', targetAudience: 'Controllers', priority: 'High' }],
  industryTrends: [{ trendName: 'AI variance analysis', description: 'LLMs explain variances', impact: 'High', relevance: 'Core' }],
  emergingTrends: [{ trendName: 'Continuous close', description: 'Daily close', growthPotential: 'High', earlyAdoptionBenefit: 'Vocabulary' }],
  preferredFormats: ['Blog Posts', 'Webinars'],
  contentMix: { blogPosts: 40, videos: 10, infographics: 5, socialMedia: 35, email: 10, otherFormats: 0, distributionStrategy: 'Blog first' },
  contentFrequency: 'Multiple times per week',
  optimalTiming: {
    blogPosts: ['Tuesday Morning'],
    socialMedia: ['Lunch (12-2 PM)'],
    email: ['Wednesday Morning'],
    videos: ['Thursday'],
    timezone: 'Europe/Berlin',
    notes: 'Avoid Friday afternoons',
  },
  qualityMetrics: { readability_score: 55, quality_checklist: ['Fact verification'] },
  editorialGuidelines: {
    tone: ['Professional'],
    languagePreferences: ['UK English'],
    prohibitedContent: 'No competitor bashing',
    styleGuide: 'Style guide v3',
    formattingRules: 'Short paragraphs',
    citationRequirements: 'Link primary sources',
    imageGuidelines: 'No stock photos',
    rules: ['Use clear, concise language'],
  },
  brandVoice: {
    personalityTraits: ['Trustworthy'],
    communicationStyle: 'Plain language',
    keyMessages: 'Close faster',
    doS: 'Show before and after',
    dontS: 'Promise AI magic',
    examples: 'Your controller should not need SQL.',
  },
  trafficSources: { organic_search: 48, social: 22 },
  conversionRates: { email_signup: 3.2 },
  contentRoiTargets: { lead_roi: 45, measurement_period: 'Quarterly' },
  abTestingCapabilities: true,
  targetAudience: {
    primary: 'Financial controllers',
    secondary: 'CFOs',
    demographics: { location: 'Germany' },
    interests: ['Excel automation'],
  },
  contentPillars: [{ name: 'Close faster', weight: 40, keywords: ['month-end close'] }, 'Customer stories'],
  gapAnalysis: {
    contentGaps: [{ gapType: 'Topic Coverage', description: 'Missing close content', priority: 'High', impactScore: 0.77 }],
    keywordOpportunities: [{ keyword: 'close checklist', searchVolume: 3600, competition: 'Medium', relevanceScore: 0.84 }],
  },
  kpiMapping: { awareness: ['Website traffic'], engagement: ['Comments'], conversion: ['Demo requests'], retention: ['Return visitors'] },
  comprehensiveAiAnalysis: { summary: 'Strong fit' },
  strategicScores: { overall: 0.8 },
  marketPositioning: 'Leading finance analytics provider',
  competitiveAdvantages: ['Excel integration'],
  strategicRisks: [{ risk: 'Small team' }],
  opportunityAnalysis: null,
};

async function errorsOf(plain: object): Promise<string[]> {
  const result = await validateStrategyContent(plain);
  return 'errors' in result ? result.errors : [];
}

describe('CreateStrategyDto validation', () => {
  it('accepts a full strategy', async () => {
    expect(await errorsOf(FULL_STRATEGY)).toEqual([]);
  });

  it('returns the full strategy unchanged', async () => {
    const { opportunityAnalysis: _null, ...withoutNull } = FULL_STRATEGY;
    const result = await validateStrategyContent(withoutNull);
    expect(result).toEqual({ content: withoutNull });
  });

  it('accepts a name-only strategy', async () => {
    expect(await errorsOf({ name: 'Minimal' })).toEqual([]);
  });

  it('rejects a missing name', async () => {
    expect(await errorsOf({ industry: 'Retail' })).toEqual(['name is required']);
  });

  it('rejects a blank name', async () => {
    expect(await errorsOf({ name: '  ' })).toEqual(['name must contain a non-space character']);
  });

  it('rejects a name over 200 characters', async () => {
    expect(await errorsOf({ name: 'n'.repeat(201) })).toEqual(['name must be 1 to 200 characters long, got 201']);
  });

  it('rejects an unknown top-level field by name', async () => {
    expect(await errorsOf({ name: 'x', favouriteColour: 'blue' })).toEqual(['property favouriteColour should not exist']);
  });

  it('rejects an unknown nested field by path', async () => {
    expect(await errorsOf({ name: 'x', optimalTiming: { timezone: 'UTC', tz: 'UTC' } })).toEqual([
      'property optimalTiming.tz should not exist',
    ]);
  });

  it('rejects an unknown field in a list item by path', async () => {
    expect(await errorsOf({ name: 'x', topCompetitors: [{ name: 'Acme', rank: 1 }] })).toEqual([
      'property topCompetitors[0].rank should not exist',
    ]);
  });

  it('rejects an unknown editorial guideline key', async () => {
    expect(await errorsOf({ name: 'x', editorialGuidelines: { voice: 'calm' } })).toEqual([
      'property editorialGuidelines.voice should not exist',
    ]);
  });

  it('rejects a string where a number is expected', async () => {
    expect(await errorsOf({ name: 'x', contentBudget: '18000' })).toEqual([
      "contentBudget must be a number >= 0, got '18000'",
    ]);
  });

  it('rejects a string where a list is expected', async () => {
    expect(await errorsOf({ name: 'x', businessObjectives: 'Grow' })).toEqual([
      'businessObjectives must be a list of strings, got a string',
    ]);
  });

  it('rejects a non-string list item by index', async () => {
    expect(await errorsOf({ name: 'x', kpiMapping: { awareness: ['Traffic', 3] } })).toEqual([
      'kpiMapping.awareness[1] must be a string, got a number',
    ]);
  });

  it('rejects a list where an object is expected', async () => {
    expect(await errorsOf({ name: 'x', targetMetrics: [] })).toEqual(['targetMetrics must be an object, got a list']);
  });

  it('rejects a string where a list item object is expected', async () => {
    expect(await errorsOf({ name: 'x', marketGaps: ['No playbooks'] })).toEqual([
      'marketGaps[0] must be an object, got a string',
    ]);
  });

  it('rejects a list item without its required field', async () => {
    expect(await errorsOf({ name: 'x', industryTrends: [{ description: 'd' }] })).toEqual([
      'industryTrends[0].trendName is required',
    ]);
  });

  it('rejects an unknown time zone with the value', async () => {
    expect(await errorsOf({ name: 'x', optimalTiming: { timezone: 'Mars/Base' } })).toEqual([
      "optimalTiming.timezone 'Mars/Base' is not an IANA time zone; use a name such as 'Europe/Berlin'",
    ]);
  });

  it.each(['+02:00', 'UTC+2', 'GMT-03:30', '-0500'])('rejects the UTC offset %s as a time zone', async (timezone) => {
    expect(await errorsOf({ name: 'x', optimalTiming: { timezone } })).toEqual([
      `optimalTiming.timezone '${timezone}' is not an IANA time zone; use a name such as 'Europe/Berlin'`,
    ]);
  });

  it.each(['UTC', 'Europe/Berlin', 'Australia/Sydney', 'America/Argentina/Buenos_Aires'])(
    'accepts the time zone %s',
    async (timezone) => {
      expect(await errorsOf({ name: 'x', optimalTiming: { timezone } })).toEqual([]);
    },
  );

  it('rejects a negative pillar weight naming the index', async () => {
    expect(await errorsOf({ name: 'x', contentPillars: ['a', 'b', { name: 'c', weight: -5 }] })).toEqual([
      'contentPillars[2].weight must be a number from 0 to 1000000, got -5',
    ]);
  });

  it('rejects an unknown key in a pillar object', async () => {
    expect(await errorsOf({ name: 'x', contentPillars: [{ name: 'a', colour: 'red' }] })).toEqual([
      'property contentPillars[0].colour should not exist',
    ]);
  });

  it('rejects an empty pillar name', async () => {
    expect(await errorsOf({ name: 'x', contentPillars: [''] })).toEqual(['contentPillars[0] must be a non-empty string']);
  });

  it('rejects a pillar that is a number', async () => {
    expect(await errorsOf({ name: 'x', contentPillars: [7] })).toEqual([
      'contentPillars[0] must be a pillar name or a {name, weight, keywords} object, got a number',
    ]);
  });

  it('rejects more than 50 pillars', async () => {
    const pillars = Array.from({ length: 51 }, (_, index) => `Pillar ${index}`);
    expect(await errorsOf({ name: 'x', contentPillars: pillars })).toEqual([
      'contentPillars must contain at most 50 items, got 51',
    ]);
  });

  it('accepts pillar strings and objects mixed', async () => {
    const contentPillars = ['Plain', { name: 'Weighted', weight: 2 }, { name: 'Keyworded', keywords: ['k'] }];
    expect(await errorsOf({ name: 'x', contentPillars })).toEqual([]);
  });

  it('accepts a brand voice string', async () => {
    expect(await errorsOf({ name: 'x', brandVoice: 'Innovative' })).toEqual([]);
  });

  it('accepts a brand voice object', async () => {
    expect(await errorsOf({ name: 'x', brandVoice: { personalityTraits: ['Calm'], doS: 'Be brief' } })).toEqual([]);
  });

  it('rejects a brand voice number', async () => {
    expect(await errorsOf({ name: 'x', brandVoice: 3 })).toEqual([
      'brandVoice must be a string or a brand voice object, got a number',
    ]);
  });

  it('rejects a content mix percent over 100', async () => {
    expect(await errorsOf({ name: 'x', contentMix: { blogPosts: 150 } })).toEqual([
      'contentMix.blogPosts must be a number from 0 to 100, got 150',
    ]);
  });

  it('rejects a fractional team size', async () => {
    expect(await errorsOf({ name: 'x', teamSize: 2.5 })).toEqual(['teamSize must be an integer from 1 to 1000, got 2.5']);
  });

  it('rejects an unknown enum value', async () => {
    expect(await errorsOf({ name: 'x', contentFrequency: 'Hourly' })).toEqual([
      "contentFrequency must be one of Daily, Multiple times per week, Weekly, Bi-weekly, Monthly, Quarterly; got 'Hourly'",
    ]);
  });

  it('rejects a lower-case priority', async () => {
    expect(await errorsOf({ name: 'x', marketGaps: [{ gapDescription: 'g', priority: 'high' }] })).toEqual([
      "marketGaps[0].priority must be one of High, Medium, Low; got 'high'",
    ]);
  });

  it('rejects an impact score over 1', async () => {
    expect(await errorsOf({ name: 'x', gapAnalysis: { contentGaps: [{ description: 'd', impactScore: 2 }] } })).toEqual([
      'gapAnalysis.contentGaps[0].impactScore must be a number from 0 to 1, got 2',
    ]);
  });

  it('names every bad item of a nested list', async () => {
    const gapAnalysis = { contentGaps: [{ description: 'd', impactScore: 2 }, { description: 'e', impactScore: -1 }] };
    expect(await errorsOf({ name: 'x', gapAnalysis })).toEqual([
      'gapAnalysis.contentGaps[0].impactScore must be a number from 0 to 1, got 2; ' +
        'gapAnalysis.contentGaps[1].impactScore must be a number from 0 to 1, got -1',
    ]);
  });

  it('rejects a non-numeric traffic share by key', async () => {
    expect(await errorsOf({ name: 'x', trafficSources: { social: 'lots' } })).toEqual([
      "trafficSources.social must be a number >= 0, got 'lots'",
    ]);
  });

  it('accepts any keys in free-JSON fields', async () => {
    const plain = { name: 'x', qualityMetrics: { anything: { nested: [1, 'two'] } }, strategicRisks: 'Small team' };
    expect(await errorsOf(plain)).toEqual([]);
  });

  it('rejects a list as quality metrics', async () => {
    expect(await errorsOf({ name: 'x', qualityMetrics: [] })).toEqual(['qualityMetrics must be an object, got a list']);
  });
});

describe('UpdateStrategyDto validation', () => {
  async function updateErrorsOf(plain: object): Promise<string[]> {
    const instance = plainToInstance(UpdateStrategyDto, plain);
    return flattenValidationErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }));
  }

  it('accepts a change without name', async () => {
    expect(await updateErrorsOf({ industry: 'Retail' })).toEqual([]);
  });

  it('keeps the rules of each field', async () => {
    expect(await updateErrorsOf({ contentPillars: [{ name: 'a', weight: -1 }] })).toEqual([
      'contentPillars[0].weight must be a number from 0 to 1000000, got -1',
    ]);
  });

  it('rejects unknown fields', async () => {
    expect(await updateErrorsOf({ status: 'active' })).toEqual(['property status should not exist']);
  });
});

describe('ValidationPipe with CreateStrategyDto', () => {
  const pipe = new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors)),
  });

  async function transform(body: object): Promise<unknown> {
    return pipe.transform(body, { type: 'body', metatype: CreateStrategyDto });
  }

  async function messagesOf(body: object): Promise<unknown> {
    try {
      await transform(body);
    } catch (error) {
      return (error as BadRequestException).getResponse();
    }
    throw new Error('expected the pipe to reject the body');
  }

  it('accepts a full strategy', async () => {
    await expect(transform(FULL_STRATEGY)).resolves.toBeInstanceOf(CreateStrategyDto);
  });

  it('keeps pillar objects as plain objects', async () => {
    const dto = (await transform({ name: 'x', contentPillars: [{ name: 'a', weight: 1 }] })) as CreateStrategyDto;
    expect(dto.contentPillars).toEqual([{ name: 'a', weight: 1 }]);
  });

  it('responds with flattened paths', async () => {
    expect(await messagesOf({ name: 'x', optimalTiming: { timezone: 'Mars/Base' } })).toMatchObject({
      message: ["optimalTiming.timezone 'Mars/Base' is not an IANA time zone; use a name such as 'Europe/Berlin'"],
    });
  });
});
