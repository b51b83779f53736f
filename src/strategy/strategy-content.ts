/**
 * The content of a strategy: the camelCase forms of ALwrity's enhanced-strategy fields, grouped as
 * ALwrity's editor groups them. Every field is optional except `name`. This is the shape stored in
 * `content_strategies.content` and the shape the calendar phases read.
 */

export type Priority = 'High' | 'Medium' | 'Low';

export type CompetitivePosition = 'leader' | 'challenger' | 'niche' | 'emerging';

export type ContentFrequency =
  | 'Daily'
  | 'Multiple times per week'
  | 'Weekly'
  | 'Bi-weekly'
  | 'Monthly'
  | 'Quarterly';

export interface TargetMetrics {
  primaryMetric?: string;
  targetValue?: number;
  secondaryMetrics?: string[];
}

export interface PerformanceMetrics {
  traffic?: number;
  conversionRate?: number;
  bounceRate?: number;
  avgSessionDuration?: number;
}

export interface ContentPreferences {
  preferredFormats?: string[];
  contentTopics?: string[];
  contentStyle?: string[];
  contentLength?: string;
  visualPreferences?: string[];
}

export interface ConsumptionPatterns {
  primaryChannels?: string[];
  preferredTimes?: string[];
  devicePreference?: string[];
  contentLengthPreference?: string;
  engagementPattern?: string;
}

export interface BuyingJourney {
  awareness?: string;
  consideration?: string;
  decision?: string;
  retention?: string;
}

export interface EngagementMetrics {
  likes?: number;
  shares?: number;
  comments?: number;
  clickThroughRate?: number;
  timeOnPage?: number;
  engagementRate?: number;
}

export interface Competitor {
  name: string;
  website?: string;
  strength?: string;
  weakness?: string;
}

export interface CompetitorContentStrategies {
  contentTypes?: string[];
  publishingFrequency?: string;
  contentThemes?: string[];
  distributionChannels?: string[];
  engagementApproach?: string;
}

export interface MarketGap {
  gapDescription: string;
  opportunity?: string;
  targetAudience?: string;
  priority?: Priority;
}

export interface IndustryTrend {
  trendName: string;
  description?: string;
  impact?: string;
  relevance?: string;
}

export interface EmergingTrend {
  trendName: string;
  description?: string;
  growthPotential?: string;
  earlyAdoptionBenefit?: string;
}

/** Percent of output by format; the numbers need not add up to 100 (the planner normalises them). */
export interface ContentMix {
  blogPosts?: number;
  videos?: number;
  infographics?: number;
  socialMedia?: number;
  email?: number;
  otherFormats?: number;
  distributionStrategy?: string;
}

/**
 * Posting windows by format, in the words marketers use ("Tuesday Morning", "Lunch (12-2 PM)",
 * "Weekend"), and the audience's IANA time zone.
 */
export interface OptimalTiming {
  blogPosts?: string[];
  socialMedia?: string[];
  email?: string[];
  videos?: string[];
  timezone?: string;
  notes?: string;
}

export interface EditorialGuidelines {
  tone?: string[];
  languagePreferences?: string[];
  prohibitedContent?: string;
  styleGuide?: string;
  formattingRules?: string;
  citationRequirements?: string;
  imageGuidelines?: string;
  /** Guidelines as a list of rules, the form of ALwrity's calendar documents ("Use clear, concise language"). */
  rules?: string[];
}

export interface BrandVoice {
  personalityTraits?: string[];
  communicationStyle?: string;
  keyMessages?: string;
  doS?: string;
  dontS?: string;
  examples?: string;
}

export interface TargetAudience {
  primary?: string;
  secondary?: string;
  demographics?: Record<string, unknown>;
  interests?: string[];
}

/** A content pillar; a plain string in ALwrity becomes `{ name }` with no weight. */
export interface ContentPillar {
  name: string;
  /** Relative weight, any non-negative number; the planner normalises weights to shares. */
  weight?: number;
  keywords?: string[];
}

/** A content gap from ALwrity's gap-analysis documents. */
export interface ContentGap {
  gapType?: string;
  description: string;
  priority?: Priority;
  /** 0..1 */
  impactScore?: number;
}

/** A keyword opportunity from ALwrity's gap-analysis documents. */
export interface KeywordOpportunity {
  keyword: string;
  searchVolume?: number;
  competition?: 'High' | 'Medium' | 'Low';
  /** 0..1 */
  relevanceScore?: number;
}

export interface GapAnalysis {
  contentGaps?: ContentGap[];
  keywordOpportunities?: KeywordOpportunity[];
}

/** Goal type to KPI names, as in ALwrity's calendar documents. */
export interface KpiMapping {
  awareness?: string[];
  engagement?: string[];
  conversion?: string[];
  retention?: string[];
}

export interface StrategyContent {
  // identity
  name: string;
  industry?: string;

  // business context
  businessObjectives?: string[];
  targetMetrics?: TargetMetrics;
  contentBudget?: number;
  teamSize?: number;
  implementationTimeline?: string;
  marketShare?: string;
  competitivePosition?: CompetitivePosition;
  performanceMetrics?: PerformanceMetrics;

  // audience
  contentPreferences?: ContentPreferences;
  consumptionPatterns?: ConsumptionPatterns;
  audiencePainPoints?: string[];
  buyingJourney?: BuyingJourney;
  seasonalTrends?: string[];
  engagementMetrics?: EngagementMetrics;

  // competition
  topCompetitors?: Competitor[];
  competitorContentStrategies?: CompetitorContentStrategies;
  marketGaps?: MarketGap[];
  industryTrends?: IndustryTrend[];
  emergingTrends?: EmergingTrend[];

  // content strategy
  preferredFormats?: string[];
  contentMix?: ContentMix;
  contentFrequency?: ContentFrequency;
  optimalTiming?: OptimalTiming;
  qualityMetrics?: Record<string, unknown>;
  editorialGuidelines?: EditorialGuidelines;
  /** Structured voice, or a plain string in older ALwrity data. */
  brandVoice?: BrandVoice | string;

  // performance
  trafficSources?: Record<string, number>;
  conversionRates?: Record<string, number>;
  contentRoiTargets?: Record<string, number | string>;
  abTestingCapabilities?: boolean;

  // legacy
  targetAudience?: TargetAudience;
  contentPillars?: Array<ContentPillar | string>;

  // imported from ALwrity's calendar documents
  gapAnalysis?: GapAnalysis;
  kpiMapping?: KpiMapping;

  // AI analysis, kept as is
  comprehensiveAiAnalysis?: unknown;
  strategicScores?: unknown;
  marketPositioning?: unknown;
  competitiveAdvantages?: unknown;
  strategicRisks?: unknown;
  opportunityAnalysis?: unknown;
}

export const STRATEGY_FIELD_GROUPS = {
  identity: ['name', 'industry'],
  businessContext: [
    'businessObjectives',
    'targetMetrics',
    'contentBudget',
    'teamSize',
    'implementationTimeline',
    'marketShare',
    'competitivePosition',
    'performanceMetrics',
  ],
  audience: [
    'contentPreferences',
    'consumptionPatterns',
    'audiencePainPoints',
    'buyingJourney',
    'seasonalTrends',
    'engagementMetrics',
  ],
  competition: [
    'topCompetitors',
    'competitorContentStrategies',
    'marketGaps',
    'industryTrends',
    'emergingTrends',
  ],
  contentStrategy: [
    'preferredFormats',
    'contentMix',
    'contentFrequency',
    'optimalTiming',
    'qualityMetrics',
    'editorialGuidelines',
    'brandVoice',
  ],
  performance: ['trafficSources', 'conversionRates', 'contentRoiTargets', 'abTestingCapabilities'],
  legacy: ['targetAudience', 'contentPillars'],
  aiAnalysis: [
    'comprehensiveAiAnalysis',
    'strategicScores',
    'marketPositioning',
    'competitiveAdvantages',
    'strategicRisks',
    'opportunityAnalysis',
  ],
} as const satisfies Record<string, ReadonlyArray<keyof StrategyContent>>;

export type StrategyFieldGroup = keyof typeof STRATEGY_FIELD_GROUPS;
