import { ApiExtraModels, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import {
  BooleanField,
  EnumField,
  JsonObjectField,
  JsonValueField,
  NestedField,
  NumberField,
  NumberRecordField,
  ObjectListField,
  StringOrObjectField,
  TextField,
  TextListField,
} from '../../common/validation/field-decorators';
import { IsIanaTimeZone } from '../../common/validation/is-iana-time-zone';
import type {
  BrandVoice,
  BuyingJourney,
  CompetitivePosition,
  Competitor,
  CompetitorContentStrategies,
  ConsumptionPatterns,
  ContentFrequency,
  ContentGap,
  ContentMix,
  ContentPillar,
  ContentPreferences,
  EditorialGuidelines,
  EmergingTrend,
  EngagementMetrics,
  GapAnalysis,
  IndustryTrend,
  KeywordOpportunity,
  KpiMapping,
  MarketGap,
  OptimalTiming,
  PerformanceMetrics,
  Priority,
  StrategyContent,
  TargetAudience,
  TargetMetrics,
} from '../strategy-content';

// Length limits in characters and item limits for lists. ALwrity sets none. NOTE: these values are
// judgment calls, well above what the sample strategies use.
const NAME_MAX_LENGTH = 200;
const LABEL_MAX_LENGTH = 200;
const TEXT_MAX_LENGTH = 2000;
const LIST_ITEM_MAX_LENGTH = 500;
const LIST_MAX_ITEMS = 50;
const KEYWORD_LIST_MAX_ITEMS = 200;
export const CONTENT_PILLARS_MAX_ITEMS = 50;

/** Lists every member of a string union; the Record type makes the compiler reject a missing or extra member. */
function unionMembers<T extends string>(members: Record<T, true>): readonly T[] {
  return Object.keys(members) as T[];
}

export const PRIORITIES = unionMembers<Priority>({ High: true, Medium: true, Low: true });

export const COMPETITION_LEVELS = unionMembers<NonNullable<KeywordOpportunity['competition']>>({
  High: true,
  Medium: true,
  Low: true,
});

export const COMPETITIVE_POSITIONS = unionMembers<CompetitivePosition>({
  leader: true,
  challenger: true,
  niche: true,
  emerging: true,
});

export const CONTENT_FREQUENCIES = unionMembers<ContentFrequency>({
  Daily: true,
  'Multiple times per week': true,
  Weekly: true,
  'Bi-weekly': true,
  Monthly: true,
  Quarterly: true,
});

// business context

export class TargetMetricsDto implements TargetMetrics {
  @TextField({
    description: 'Main metric the strategy is judged by',
    example: 'Sales-qualified leads',
    maxLength: LABEL_MAX_LENGTH,
  })
  primaryMetric?: string;

  @NumberField({ description: 'Target value of the primary metric, in its own unit', example: 1200, min: 0 })
  targetValue?: number;

  @TextListField({
    description: 'Further metrics to watch',
    example: ['Engagement rate', 'Conversion rate'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  secondaryMetrics?: string[];
}

export class PerformanceMetricsDto implements PerformanceMetrics {
  @NumberField({ description: 'Current website traffic (visits)', example: 42000, min: 0 })
  traffic?: number;

  @NumberField({ description: 'Current conversion rate in percent', example: 1.8, min: 0, max: 100 })
  conversionRate?: number;

  @NumberField({ description: 'Current bounce rate in percent', example: 54, min: 0, max: 100 })
  bounceRate?: number;

  @NumberField({ description: 'Average session duration in seconds', example: 132, min: 0 })
  avgSessionDuration?: number;
}

// audience

export class ContentPreferencesDto implements ContentPreferences {
  @TextListField({
    description: 'Formats the audience prefers',
    example: ['Blog Posts', 'Webinars'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  preferredFormats?: string[];

  @TextListField({
    description: 'Topics the audience looks for',
    example: ['How-to guides', 'Case studies'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  contentTopics?: string[];

  @TextListField({
    description: 'Styles that work for the audience',
    example: ['Professional', 'Educational'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  contentStyle?: string[];

  @TextField({
    description: 'Preferred content length',
    example: 'Medium (1000-2000 words)',
    maxLength: LABEL_MAX_LENGTH,
  })
  contentLength?: string;

  @TextListField({
    description: 'Preferred visual elements',
    example: ['Charts', 'Diagrams'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  visualPreferences?: string[];
}

export class ConsumptionPatternsDto implements ConsumptionPatterns {
  @TextListField({
    description: 'Channels where the audience consumes content',
    example: ['Blog', 'Email', 'LinkedIn'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  primaryChannels?: string[];

  @TextListField({
    description: 'Times of day when the audience reads',
    example: ['Mid-morning (9-11 AM)', 'Lunch (12-2 PM)'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  preferredTimes?: string[];

  @TextListField({
    description: 'Devices the audience uses',
    example: ['Desktop', 'Mobile'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  devicePreference?: string[];

  @TextField({
    description: 'Preferred reading or viewing length',
    example: 'Medium (5-10 min read)',
    maxLength: LABEL_MAX_LENGTH,
  })
  contentLengthPreference?: string;

  @TextField({
    description: 'How the audience engages with content',
    example: 'Reads long-form guides on weekdays',
    maxLength: TEXT_MAX_LENGTH,
  })
  engagementPattern?: string;
}

export class BuyingJourneyDto implements BuyingJourney {
  @TextField({ description: 'What the audience does in the awareness stage', maxLength: TEXT_MAX_LENGTH })
  awareness?: string;

  @TextField({ description: 'What the audience does in the consideration stage', maxLength: TEXT_MAX_LENGTH })
  consideration?: string;

  @TextField({ description: 'What the audience does in the decision stage', maxLength: TEXT_MAX_LENGTH })
  decision?: string;

  @TextField({ description: 'What keeps customers after the purchase', maxLength: TEXT_MAX_LENGTH })
  retention?: string;
}

export class EngagementMetricsDto implements EngagementMetrics {
  @NumberField({ description: 'Average likes per post', example: 85, min: 0 })
  likes?: number;

  @NumberField({ description: 'Average shares per post', example: 22, min: 0 })
  shares?: number;

  @NumberField({ description: 'Average comments per post', example: 9, min: 0 })
  comments?: number;

  @NumberField({ description: 'Click-through rate in percent', example: 2.4, min: 0, max: 100 })
  clickThroughRate?: number;

  @NumberField({ description: 'Average time on page in seconds', example: 186, min: 0 })
  timeOnPage?: number;

  @NumberField({ description: 'Engagement rate in percent', example: 3.1, min: 0, max: 100 })
  engagementRate?: number;
}

// competition

export class CompetitorDto implements Competitor {
  @TextField({
    description: 'Competitor name',
    example: 'Ledgerly',
    required: true,
    minLength: 1,
    maxLength: LABEL_MAX_LENGTH,
  })
  name: string;

  @TextField({ description: 'Competitor website URL', example: 'https://ledgerly.example', maxLength: TEXT_MAX_LENGTH })
  website?: string;

  @TextField({
    description: 'What the competitor does well',
    example: 'Large template library',
    maxLength: TEXT_MAX_LENGTH,
  })
  strength?: string;

  @TextField({
    description: 'Where the competitor is weak',
    example: 'Weak governance story',
    maxLength: TEXT_MAX_LENGTH,
  })
  weakness?: string;
}

export class CompetitorContentStrategiesDto implements CompetitorContentStrategies {
  @TextListField({
    description: 'Content types competitors publish',
    example: ['Blog Posts', 'Webinars'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  contentTypes?: string[];

  @TextField({
    description: 'How often competitors publish',
    example: 'Multiple times per week',
    maxLength: LABEL_MAX_LENGTH,
  })
  publishingFrequency?: string;

  @TextListField({
    description: 'Themes competitors cover',
    example: ['Product features', 'Customer success'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  contentThemes?: string[];

  @TextListField({
    description: 'Channels competitors distribute through',
    example: ['LinkedIn', 'Email'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  distributionChannels?: string[];

  @TextField({
    description: 'How competitors engage their audience',
    example: 'Gated templates and monthly webinars',
    maxLength: TEXT_MAX_LENGTH,
  })
  engagementApproach?: string;
}

export class MarketGapDto implements MarketGap {
  @TextField({
    description: 'What the market lacks',
    example: 'No month-end close playbooks for teams without a data engineer',
    required: true,
    minLength: 1,
    maxLength: TEXT_MAX_LENGTH,
  })
  gapDescription: string;

  @TextField({
    description: 'How the strategy fills the gap',
    example: "Own the 'close faster' topic cluster",
    maxLength: TEXT_MAX_LENGTH,
  })
  opportunity?: string;

  @TextField({ description: 'Audience that has the gap', example: 'Controllers', maxLength: LABEL_MAX_LENGTH })
  targetAudience?: string;

  @EnumField(PRIORITIES, { description: 'Priority of the gap', example: 'High' })
  priority?: Priority;
}

export class IndustryTrendDto implements IndustryTrend {
  @TextField({
    description: 'Trend name',
    example: 'AI-assisted variance analysis',
    required: true,
    minLength: 1,
    maxLength: LABEL_MAX_LENGTH,
  })
  trendName: string;

  @TextField({ description: 'What the trend is', maxLength: TEXT_MAX_LENGTH })
  description?: string;

  @TextField({
    description: 'Impact on the business, free text such as High',
    example: 'High',
    maxLength: LABEL_MAX_LENGTH,
  })
  impact?: string;

  @TextField({ description: 'Why the trend matters to this strategy', maxLength: TEXT_MAX_LENGTH })
  relevance?: string;
}

export class EmergingTrendDto implements EmergingTrend {
  @TextField({
    description: 'Trend name',
    example: 'Continuous close',
    required: true,
    minLength: 1,
    maxLength: LABEL_MAX_LENGTH,
  })
  trendName: string;

  @TextField({ description: 'What the trend is', maxLength: TEXT_MAX_LENGTH })
  description?: string;

  @TextField({ description: 'Growth potential, free text such as High', example: 'High', maxLength: LABEL_MAX_LENGTH })
  growthPotential?: string;

  @TextField({ description: 'What adopting the trend early gains', maxLength: TEXT_MAX_LENGTH })
  earlyAdoptionBenefit?: string;
}

// content strategy

export class ContentMixDto implements ContentMix {
  @NumberField({ description: 'Share of blog posts in percent', example: 40, min: 0, max: 100 })
  blogPosts?: number;

  @NumberField({ description: 'Share of videos in percent', example: 10, min: 0, max: 100 })
  videos?: number;

  @NumberField({ description: 'Share of infographics in percent', example: 5, min: 0, max: 100 })
  infographics?: number;

  @NumberField({ description: 'Share of social media posts in percent', example: 35, min: 0, max: 100 })
  socialMedia?: number;

  @NumberField({ description: 'Share of emails in percent', example: 10, min: 0, max: 100 })
  email?: number;

  @NumberField({ description: 'Share of other formats in percent', example: 0, min: 0, max: 100 })
  otherFormats?: number;

  @TextField({
    description: 'How content is distributed across channels',
    example: 'Publish on the blog first, then cut into LinkedIn posts',
    maxLength: TEXT_MAX_LENGTH,
  })
  distributionStrategy?: string;
}

export class OptimalTimingDto implements OptimalTiming {
  @TextListField({
    description: 'Posting windows for blog posts',
    example: ['Tuesday Morning', 'Thursday Morning'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  blogPosts?: string[];

  @TextListField({
    description: 'Posting windows for social media',
    example: ['Lunch (12-2 PM)'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  socialMedia?: string[];

  @TextListField({
    description: 'Sending windows for email',
    example: ['Wednesday Morning'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  email?: string[];

  @TextListField({
    description: 'Posting windows for videos',
    example: ['Thursday'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  videos?: string[];

  @ApiPropertyOptional({
    description: "Audience's IANA time zone; UTC offsets such as '+02:00' are rejected",
    example: 'Europe/Berlin',
    type: String,
  })
  @IsOptional()
  @IsIanaTimeZone()
  timezone?: string;

  @TextField({ description: 'Notes on timing', example: 'Avoid Friday afternoons', maxLength: TEXT_MAX_LENGTH })
  notes?: string;
}

export class EditorialGuidelinesDto implements EditorialGuidelines {
  @TextListField({
    description: 'Tone of voice',
    example: ['Professional', 'Educational'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  tone?: string[];

  @TextListField({
    description: 'Languages and spelling variants',
    example: ['UK English'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  languagePreferences?: string[];

  @TextField({
    description: 'Content that must not be published',
    example: 'No competitor bashing',
    maxLength: TEXT_MAX_LENGTH,
  })
  prohibitedContent?: string;

  @TextField({ description: 'Style guide to follow', example: 'Internal style guide v3', maxLength: TEXT_MAX_LENGTH })
  styleGuide?: string;

  @TextField({
    description: 'Formatting rules',
    example: 'Short paragraphs, one chart per section',
    maxLength: TEXT_MAX_LENGTH,
  })
  formattingRules?: string;

  @TextField({
    description: 'How to cite sources',
    example: 'Link primary sources for every statistic',
    maxLength: TEXT_MAX_LENGTH,
  })
  citationRequirements?: string;

  @TextField({
    description: 'Rules for images',
    example: 'Real product screenshots, no stock photos',
    maxLength: TEXT_MAX_LENGTH,
  })
  imageGuidelines?: string;

  @TextListField({
    description: 'Guidelines as a list of rules',
    example: ['Use clear, concise language', 'Include data and statistics when possible'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  rules?: string[];
}

export class BrandVoiceDto implements BrandVoice {
  @TextListField({
    description: 'Personality traits of the brand',
    example: ['Trustworthy', 'Expert'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  personalityTraits?: string[];

  @TextField({
    description: 'How the brand communicates',
    example: 'Plain language with concrete numbers',
    maxLength: TEXT_MAX_LENGTH,
  })
  communicationStyle?: string;

  @TextField({ description: 'Messages every piece should carry', maxLength: TEXT_MAX_LENGTH })
  keyMessages?: string;

  @TextField({ description: "Things the voice does (ALwrity's do_s)", maxLength: TEXT_MAX_LENGTH })
  doS?: string;

  @TextField({ description: "Things the voice avoids (ALwrity's dont_s)", maxLength: TEXT_MAX_LENGTH })
  dontS?: string;

  @TextField({ description: 'Example sentences in the voice', maxLength: TEXT_MAX_LENGTH })
  examples?: string;
}

// legacy

export class TargetAudienceDto implements TargetAudience {
  @TextField({
    description: 'Primary audience',
    example: 'Financial controllers at mid-market companies',
    maxLength: TEXT_MAX_LENGTH,
  })
  primary?: string;

  @TextField({
    description: 'Secondary audience',
    example: 'CFOs evaluating reporting tools',
    maxLength: TEXT_MAX_LENGTH,
  })
  secondary?: string;

  @JsonObjectField({
    description: 'Demographics, free JSON such as {"location": "Germany", "company_size": "Mid-market"}',
    example: { location: 'Germany', company_size: 'Mid-market' },
  })
  demographics?: Record<string, unknown>;

  @TextListField({
    description: 'Interests of the audience',
    example: ['Month-end close', 'Excel automation'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  interests?: string[];
}

export class ContentPillarDto implements ContentPillar {
  @TextField({
    description: 'Pillar name',
    example: 'Close faster',
    required: true,
    minLength: 1,
    maxLength: LABEL_MAX_LENGTH,
  })
  name: string;

  // The upper bound keeps the sum of fifty weights far from the float limit, where shares would collapse to 0.
  @NumberField({
    description: 'Relative weight from 0 to 1,000,000; the planner normalises the weights of all pillars to shares',
    example: 40,
    min: 0,
    max: 1_000_000,
  })
  weight?: number;

  @TextListField({
    description: 'Keywords of the pillar',
    example: ['month-end close', 'reconciliation'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  keywords?: string[];
}

// gap analysis and KPI mapping

export class ContentGapDto implements ContentGap {
  @TextField({ description: 'Kind of gap', example: 'Topic Coverage', maxLength: LABEL_MAX_LENGTH })
  gapType?: string;

  @TextField({
    description: 'What is missing',
    example: 'Missing content on emerging technologies',
    required: true,
    minLength: 1,
    maxLength: TEXT_MAX_LENGTH,
  })
  description: string;

  @EnumField(PRIORITIES, { description: 'Priority of the gap', example: 'High' })
  priority?: Priority;

  @NumberField({ description: 'Expected impact of closing the gap, from 0 to 1', example: 0.77, min: 0, max: 1 })
  impactScore?: number;
}

export class KeywordOpportunityDto implements KeywordOpportunity {
  @TextField({
    description: 'Keyword',
    example: 'month-end close checklist',
    required: true,
    minLength: 1,
    maxLength: LABEL_MAX_LENGTH,
  })
  keyword: string;

  @NumberField({ description: 'Monthly search volume', example: 3600, min: 0 })
  searchVolume?: number;

  @EnumField(COMPETITION_LEVELS, { description: 'Competition for the keyword', example: 'Medium' })
  competition?: KeywordOpportunity['competition'];

  @NumberField({ description: 'Relevance to the strategy, from 0 to 1', example: 0.84, min: 0, max: 1 })
  relevanceScore?: number;
}

export class GapAnalysisDto implements GapAnalysis {
  @ObjectListField(() => ContentGapDto, { description: 'Content gaps', maxItems: LIST_MAX_ITEMS })
  contentGaps?: ContentGapDto[];

  @ObjectListField(() => KeywordOpportunityDto, { description: 'Keyword opportunities', maxItems: KEYWORD_LIST_MAX_ITEMS })
  keywordOpportunities?: KeywordOpportunityDto[];
}

export class KpiMappingDto implements KpiMapping {
  @TextListField({
    description: 'KPIs for awareness goals',
    example: ['Website traffic', 'Brand mentions'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  awareness?: string[];

  @TextListField({
    description: 'KPIs for engagement goals',
    example: ['Time on page', 'Comments'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  engagement?: string[];

  @TextListField({
    description: 'KPIs for conversion goals',
    example: ['Lead generation', 'Demo requests'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  conversion?: string[];

  @TextListField({
    description: 'KPIs for retention goals',
    example: ['Return visitors'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  retention?: string[];
}

/**
 * Request body for creating a strategy. Only `name` is required. Unknown keys are rejected at every
 * level, except inside the fields documented as free JSON.
 */
@ApiExtraModels(ContentPillarDto, BrandVoiceDto)
export class CreateStrategyDto implements StrategyContent {
  // identity

  @TextField({
    description: 'Strategy name',
    example: 'Northwind Analytics — FY27 demand generation',
    required: true,
    minLength: 1,
    maxLength: NAME_MAX_LENGTH,
    notBlank: true,
  })
  name: string;

  @TextField({ description: 'Industry', example: 'B2B SaaS (data analytics)', maxLength: LABEL_MAX_LENGTH })
  industry?: string;

  // business context

  @TextListField({
    description: 'Business objectives the content serves',
    example: ['Generate 300 sales-qualified leads per quarter from content'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  businessObjectives?: string[];

  @NestedField(() => TargetMetricsDto, { description: 'Target metrics' })
  targetMetrics?: TargetMetricsDto;

  @NumberField({ description: 'Content budget as a bare number; ALwrity stores no currency', example: 18000, min: 0 })
  contentBudget?: number;

  @NumberField({ description: 'People producing content', example: 3, integer: true, min: 1, max: 1000 })
  teamSize?: number;

  @TextField({ description: 'Implementation timeline', example: '12 months', maxLength: LABEL_MAX_LENGTH })
  implementationTimeline?: string;

  @TextField({ description: 'Market share, free text', example: '4%', maxLength: LABEL_MAX_LENGTH })
  marketShare?: string;

  @EnumField(COMPETITIVE_POSITIONS, { description: 'Competitive position', example: 'challenger' })
  competitivePosition?: CompetitivePosition;

  @NestedField(() => PerformanceMetricsDto, { description: 'Current performance' })
  performanceMetrics?: PerformanceMetricsDto;

  // audience

  @NestedField(() => ContentPreferencesDto, { description: 'Content preferences of the audience' })
  contentPreferences?: ContentPreferencesDto;

  @NestedField(() => ConsumptionPatternsDto, { description: 'How and when the audience consumes content' })
  consumptionPatterns?: ConsumptionPatternsDto;

  @TextListField({
    description: 'Problems of the audience that content addresses',
    example: ['Month-end close takes too long'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  audiencePainPoints?: string[];

  @NestedField(() => BuyingJourneyDto, { description: 'Buying journey by stage' })
  buyingJourney?: BuyingJourneyDto;

  @TextListField({
    description: 'Seasonal patterns of the audience',
    example: ['Budget planning season in October and November'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  seasonalTrends?: string[];

  @NestedField(() => EngagementMetricsDto, { description: 'Current engagement' })
  engagementMetrics?: EngagementMetricsDto;

  // competition

  @ObjectListField(() => CompetitorDto, { description: 'Main competitors', maxItems: LIST_MAX_ITEMS })
  topCompetitors?: CompetitorDto[];

  @NestedField(() => CompetitorContentStrategiesDto, { description: 'What competitors publish and how' })
  competitorContentStrategies?: CompetitorContentStrategiesDto;

  @ObjectListField(() => MarketGapDto, { description: 'Gaps in the market', maxItems: LIST_MAX_ITEMS })
  marketGaps?: MarketGapDto[];

  @ObjectListField(() => IndustryTrendDto, { description: 'Established industry trends', maxItems: LIST_MAX_ITEMS })
  industryTrends?: IndustryTrendDto[];

  @ObjectListField(() => EmergingTrendDto, { description: 'Emerging trends', maxItems: LIST_MAX_ITEMS })
  emergingTrends?: EmergingTrendDto[];

  // content strategy

  @TextListField({
    description: 'Formats the strategy produces',
    example: ['Blog Posts', 'Case Studies', 'Webinars'],
    maxItems: LIST_MAX_ITEMS,
    maxLength: LIST_ITEM_MAX_LENGTH,
  })
  preferredFormats?: string[];

  @NestedField(() => ContentMixDto, {
    description: 'Share of output by format in percent; the shares need not add up to 100',
  })
  contentMix?: ContentMixDto;

  @EnumField(CONTENT_FREQUENCIES, { description: 'Publishing frequency', example: 'Multiple times per week' })
  contentFrequency?: ContentFrequency;

  @NestedField(() => OptimalTimingDto, { description: 'Posting windows by format and the audience time zone' })
  optimalTiming?: OptimalTimingDto;

  @JsonObjectField({
    description: 'Quality targets, free JSON such as {"readability_score": 55, "seo_score": 80}',
    example: { readability_score: 55, seo_score: 80 },
  })
  qualityMetrics?: Record<string, unknown>;

  @NestedField(() => EditorialGuidelinesDto, { description: 'Editorial guidelines' })
  editorialGuidelines?: EditorialGuidelinesDto;

  @StringOrObjectField(() => BrandVoiceDto, {
    description: 'Brand voice: structured, or a plain string as in older ALwrity data',
    example: 'Innovative',
    expected: 'a string or a brand voice object',
    maxStringLength: TEXT_MAX_LENGTH,
  })
  brandVoice?: BrandVoiceDto | string;

  // performance

  @NumberRecordField({
    description: 'Traffic share by source in percent, free keys',
    example: { organic_search: 48, social: 22 },
    maxKeys: LIST_MAX_ITEMS,
  })
  trafficSources?: Record<string, number>;

  @NumberRecordField({
    description: 'Conversion rates in percent, free keys',
    example: { email_signup: 3.2, lead_generation: 1.8 },
    maxKeys: LIST_MAX_ITEMS,
  })
  conversionRates?: Record<string, number>;

  @NumberRecordField({
    description: 'ROI targets in percent, free keys; string values such as measurement_period are kept',
    example: { lead_roi: 45, measurement_period: 'Quarterly' },
    maxKeys: LIST_MAX_ITEMS, allowStrings: true,
  })
  contentRoiTargets?: Record<string, number | string>;

  @BooleanField({ description: 'Whether the team can run A/B tests', example: true })
  abTestingCapabilities?: boolean;

  // legacy

  @NestedField(() => TargetAudienceDto, { description: 'Target audience' })
  targetAudience?: TargetAudienceDto;

  @StringOrObjectField(() => ContentPillarDto, {
    description: 'Content pillars: plain names, or objects with a relative weight and keywords; both may be mixed',
    example: [{ name: 'Close faster', weight: 40, keywords: ['month-end close'] }, 'Customer stories'],
    expected: 'a pillar name or a {name, weight, keywords} object',
    maxStringLength: LABEL_MAX_LENGTH,
    maxItems: CONTENT_PILLARS_MAX_ITEMS,
  })
  contentPillars?: Array<ContentPillarDto | string>;

  // imported from ALwrity's calendar documents

  @NestedField(() => GapAnalysisDto, { description: 'Content gaps and keyword opportunities' })
  gapAnalysis?: GapAnalysisDto;

  @NestedField(() => KpiMappingDto, { description: 'KPI names by goal type' })
  kpiMapping?: KpiMappingDto;

  // AI analysis, kept as is

  @JsonValueField({ description: 'Comprehensive AI analysis, free JSON kept as is' })
  comprehensiveAiAnalysis?: unknown;

  @JsonValueField({ description: 'Strategic scores from AI analysis, free JSON kept as is' })
  strategicScores?: unknown;

  @JsonValueField({ description: 'Market positioning from AI analysis, free JSON kept as is' })
  marketPositioning?: unknown;

  @JsonValueField({ description: 'Competitive advantages from AI analysis, free JSON kept as is' })
  competitiveAdvantages?: unknown;

  @JsonValueField({ description: 'Strategic risks from AI analysis, free JSON kept as is' })
  strategicRisks?: unknown;

  @JsonValueField({ description: 'Opportunity analysis from AI analysis, free JSON kept as is' })
  opportunityAnalysis?: unknown;
}

/** Request body for changing a strategy: every field of `CreateStrategyDto`, each optional. */
@ApiExtraModels(ContentPillarDto, BrandVoiceDto)
export class UpdateStrategyDto extends PartialType(CreateStrategyDto) {}

/**
 * Compile-time check that each DTO declares exactly the fields of its contract type. A field added
 * to `strategy-content.ts` but not here, or the reverse, fails the type check of the assignment below.
 */
type KeysMatch<Dto, Contract> = [Exclude<keyof Contract, keyof Dto> | Exclude<keyof Dto, keyof Contract>] extends [never]
  ? true
  : never;

const DTO_FIELDS_MATCH_CONTRACT: [
  KeysMatch<CreateStrategyDto, StrategyContent>,
  KeysMatch<TargetMetricsDto, TargetMetrics>,
  KeysMatch<PerformanceMetricsDto, PerformanceMetrics>,
  KeysMatch<ContentPreferencesDto, ContentPreferences>,
  KeysMatch<ConsumptionPatternsDto, ConsumptionPatterns>,
  KeysMatch<BuyingJourneyDto, BuyingJourney>,
  KeysMatch<EngagementMetricsDto, EngagementMetrics>,
  KeysMatch<CompetitorDto, Competitor>,
  KeysMatch<CompetitorContentStrategiesDto, CompetitorContentStrategies>,
  KeysMatch<MarketGapDto, MarketGap>,
  KeysMatch<IndustryTrendDto, IndustryTrend>,
  KeysMatch<EmergingTrendDto, EmergingTrend>,
  KeysMatch<ContentMixDto, ContentMix>,
  KeysMatch<OptimalTimingDto, OptimalTiming>,
  KeysMatch<EditorialGuidelinesDto, EditorialGuidelines>,
  KeysMatch<BrandVoiceDto, BrandVoice>,
  KeysMatch<TargetAudienceDto, TargetAudience>,
  KeysMatch<ContentPillarDto, ContentPillar>,
  KeysMatch<ContentGapDto, ContentGap>,
  KeysMatch<KeywordOpportunityDto, KeywordOpportunity>,
  KeysMatch<GapAnalysisDto, GapAnalysis>,
  KeysMatch<KpiMappingDto, KpiMapping>,
] = [
  true, true, true, true, true, true, true, true, true, true, true,
  true, true, true, true, true, true, true, true, true, true, true,
];
