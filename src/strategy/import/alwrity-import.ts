import { describeType, isPlainObject } from '../../common/validation/describe-value';
import {
  COMPETITION_LEVELS,
  COMPETITIVE_POSITIONS,
  CONTENT_FREQUENCIES,
  PRIORITIES,
} from '../dto/strategy-content.dto';
import {
  AlwrityImportError,
  copyDocumentPaths,
  createImportContext,
  FieldReader,
  ImportContext,
  isAbsent,
  joinPath,
  readBoolean,
  readEnum,
  readFields,
  readJsonObject,
  readJsonValue,
  readList,
  readNumber,
  readNumberRecord,
  readObject,
  readObjectList,
  readStringOrObject,
  readText,
  readTextList,
  recordDocumentPath,
  reportIgnored,
  toDocumentPath,
} from './alwrity-readers';

export { AlwrityImportError };

export type AlwrityFormat = 'enhanced-strategy' | 'calendar-document';

export interface AlwrityImport {
  /**
   * Strategy content with the field names and nesting of `StrategyContent`. It is not validated
   * yet: pass it to `validateStrategyContent` before storing it.
   */
  content: Record<string, unknown> & { name: string };
  format: AlwrityFormat;
  /**
   * Paths of document fields that were not imported, such as `user_id` or
   * `gap_analysis.competitor_insights[].opportunity`.
   */
  ignoredFields: string[];
  /**
   * Rewrites the paths of `content` in messages, such as those of `validateStrategyContent`, to
   * the document's own paths: with `content_pillars: [null, "a", {"name": null}]`,
   * "contentPillars[1].name is required" becomes "content_pillars[2].name is required".
   */
  toDocumentPaths(messages: readonly string[]): string[];
}

const readPillarObject = readObject({
  name: readText,
  weight: readNumber,
  keywords: readTextList,
});

/** Reads content pillars: ALwrity's list of names, or Cadence's {name, weight, keywords} objects, or both mixed. */
const readContentPillars: FieldReader = (value, path, context) => {
  if (isAbsent(value)) {
    return undefined;
  }
  const expected = 'a list of strings or {name, weight, keywords} objects';
  if (typeof value !== 'string' && !Array.isArray(value)) {
    throw new AlwrityImportError(`${path} must be ${expected}, got ${describeType(value)}`);
  }
  return readList(value, path, context, (item, itemPath) => {
    if (typeof item === 'string') {
      return item;
    }
    if (typeof item === 'number' && Number.isFinite(item)) {
      return String(item);
    }
    if (isPlainObject(item)) {
      return readPillarObject(item, itemPath, context);
    }
    throw new AlwrityImportError(
      `${itemPath} must be a string or a {name, weight, keywords} object, got ${describeType(item)}`,
    );
  });
};

const EDITORIAL_GUIDELINE_FIELDS: Record<string, FieldReader> = {
  tone: readTextList,
  language_preferences: readTextList,
  prohibited_content: readText,
  style_guide: readText,
  formatting_rules: readText,
  citation_requirements: readText,
  image_guidelines: readText,
  rules: readTextList,
};

/**
 * Reads editorial guidelines: the enhanced strategy's object, or the calendar documents' list of
 * rule sentences, which becomes `{ rules: [...] }`. A single string becomes a one-rule list.
 */
const readEditorialGuidelines: FieldReader = (value, path, context) => {
  if (isAbsent(value)) {
    return undefined;
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    const guidelines = { rules: readTextList(value, path, context) };
    recordDocumentPath(context, guidelines, 'rules', path);
    return guidelines;
  }
  return readObject(EDITORIAL_GUIDELINE_FIELDS)(value, path, context);
};

const readBrandVoice = readStringOrObject(
  {
    personality_traits: readTextList,
    communication_style: readText,
    key_messages: readText,
    do_s: readText,
    dont_s: readText,
    examples: readText,
  },
  'a string or an object with personality_traits, communication_style, key_messages, do_s, dont_s, examples',
);

/** A plain string names the primary audience. */
const readTargetAudience = readStringOrObject(
  {
    primary: readText,
    secondary: readText,
    demographics: readJsonObject,
    interests: readTextList,
  },
  'a string or an object with primary, secondary, demographics, interests',
  'primary',
);

const readCompetitors = readObjectList(
  { name: readText, website: readText, strength: readText, weakness: readText },
  'name',
);

const readMarketGaps = readObjectList(
  {
    gap_description: readText,
    opportunity: readText,
    target_audience: readText,
    priority: readEnum(PRIORITIES),
  },
  'gap_description',
);

const readContentGaps = readObjectList(
  {
    gap_type: readText,
    description: readText,
    priority: readEnum(PRIORITIES),
    impact_score: readNumber,
  },
  'description',
);

const readKeywordOpportunities = readObjectList(
  {
    keyword: readText,
    search_volume: readNumber,
    competition: readEnum(COMPETITION_LEVELS),
    relevance_score: readNumber,
  },
  'keyword',
);

const readKpiMapping = readObject({
  awareness: readTextList,
  engagement: readTextList,
  conversion: readTextList,
  retention: readTextList,
});

/** Fields of ALwrity's enhanced strategy, snake_case, except `name`, which `readIdentity` reads. */
const ENHANCED_STRATEGY_FIELDS: Record<string, FieldReader> = {
  industry: readText,

  business_objectives: readTextList,
  target_metrics: readObject({ primary_metric: readText, target_value: readNumber, secondary_metrics: readTextList }),
  content_budget: readNumber,
  team_size: readNumber,
  implementation_timeline: readText,
  market_share: readText,
  competitive_position: readEnum(COMPETITIVE_POSITIONS),
  performance_metrics: readObject({
    traffic: readNumber,
    conversion_rate: readNumber,
    bounce_rate: readNumber,
    avg_session_duration: readNumber,
  }),

  content_preferences: readObject({
    preferred_formats: readTextList,
    content_topics: readTextList,
    content_style: readTextList,
    content_length: readText,
    visual_preferences: readTextList,
  }),
  consumption_patterns: readObject({
    primary_channels: readTextList,
    preferred_times: readTextList,
    device_preference: readTextList,
    content_length_preference: readText,
    engagement_pattern: readText,
  }),
  audience_pain_points: readTextList,
  buying_journey: readObject({ awareness: readText, consideration: readText, decision: readText, retention: readText }),
  seasonal_trends: readTextList,
  engagement_metrics: readObject({
    likes: readNumber,
    shares: readNumber,
    comments: readNumber,
    click_through_rate: readNumber,
    time_on_page: readNumber,
    engagement_rate: readNumber,
  }),

  top_competitors: readCompetitors,
  competitor_content_strategies: readObject({
    content_types: readTextList,
    publishing_frequency: readText,
    content_themes: readTextList,
    distribution_channels: readTextList,
    engagement_approach: readText,
  }),
  market_gaps: readMarketGaps,
  industry_trends: readObjectList(
    { trend_name: readText, description: readText, impact: readText, relevance: readText },
    'trend_name',
  ),
  emerging_trends: readObjectList(
    { trend_name: readText, description: readText, growth_potential: readText, early_adoption_benefit: readText },
    'trend_name',
  ),

  preferred_formats: readTextList,
  content_mix: readObject({
    blog_posts: readNumber,
    videos: readNumber,
    infographics: readNumber,
    social_media: readNumber,
    email: readNumber,
    other_formats: readNumber,
    distribution_strategy: readText,
  }),
  content_frequency: readEnum(CONTENT_FREQUENCIES),
  optimal_timing: readObject({
    blog_posts: readTextList,
    social_media: readTextList,
    email: readTextList,
    videos: readTextList,
    timezone: readText,
    notes: readText,
  }),
  quality_metrics: readJsonObject,
  editorial_guidelines: readEditorialGuidelines,
  brand_voice: readBrandVoice,

  traffic_sources: readNumberRecord,
  conversion_rates: readNumberRecord,
  content_roi_targets: readJsonObject,
  ab_testing_capabilities: readBoolean,

  target_audience: readTargetAudience,
  content_pillars: readContentPillars,

  // Not part of the enhanced strategy, but Cadence stores them, so an exported Cadence strategy
  // converted to snake_case imports completely.
  gap_analysis: readObject({ content_gaps: readContentGaps, keyword_opportunities: readKeywordOpportunities }),
  kpi_mapping: readKpiMapping,

  comprehensive_ai_analysis: readJsonValue,
  strategic_scores: readJsonValue,
  market_positioning: readJsonValue,
  competitive_advantages: readJsonValue,
  strategic_risks: readJsonValue,
  opportunity_analysis: readJsonValue,
};

/**
 * Returns the strategy name and its key, from `name`, else from `strategy_name`; undefined if both
 * are absent or blank.
 */
function readIdentity(document: Record<string, unknown>, context: ImportContext): { name: string; key: string } | undefined {
  for (const key of ['name', 'strategy_name']) {
    const name = readText(document[key], key, context) as string | undefined;
    if (name !== undefined && name.trim() !== '') {
      return { name, key };
    }
  }
  return undefined;
}

function mapEnhancedStrategy(
  document: Record<string, unknown>,
  identity: { name: string; key: string },
  context: ImportContext,
): Record<string, unknown> {
  const { name: _name, strategy_name: _strategyName, ...fields } = document;
  const mapped = readFields(fields, ENHANCED_STRATEGY_FIELDS, '', context);
  const content = { name: identity.name, ...mapped };
  copyDocumentPaths(context, mapped, content);
  recordDocumentPath(context, content, 'name', identity.key);
  return content;
}

/** Returns the object at `path`, or undefined when absent; anything else cannot be read. */
function optionalObject(value: unknown, path: string): Record<string, unknown> | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  if (!isPlainObject(value)) {
    throw new AlwrityImportError(`${path} must be an object, got ${describeType(value)}`);
  }
  return value;
}

/** Reports the keys of `source` outside `usedKeys` as ignored. */
function reportUnusedKeys(
  source: Record<string, unknown> | undefined,
  usedKeys: readonly string[],
  path: string,
  context: ImportContext,
): void {
  for (const key of Object.keys(source ?? {})) {
    if (!usedKeys.includes(key)) {
      reportIgnored(context, joinPath(path, key));
    }
  }
}

/** A value and its path in the document, for messages. */
interface Located {
  value: unknown;
  path: string;
}

/**
 * Returns the value from `strategy_data` or `onboarding_data` when present, else the flattened copy
 * that calendar documents also keep at the top level.
 */
function withFallback(primary: Located, fallback: Located): Located {
  return isAbsent(primary.value) ? fallback : primary;
}

function at(source: Record<string, unknown>, parentPath: string, key: string): Located {
  return { value: source[key], path: joinPath(parentPath, key) };
}

function read(reader: FieldReader, located: Located, context: ImportContext): unknown {
  return reader(located.value, located.path, context);
}

/**
 * Merges competitors from three lists by name, case-insensitively: the landscape's
 * `top_competitors`, the competitor analysis' `top_performers`, and the gap analysis'
 * `competitor_insights`, which contribute each competitor's strength. An insight's `opportunity`
 * has no place in a competitor and is reported as ignored.
 */
function mergeCompetitors(
  topCompetitors: Located,
  topPerformers: Located,
  insights: Located,
  context: ImportContext,
): Array<Record<string, unknown>> | undefined {
  const competitors = (read(readCompetitors, topCompetitors, context) ?? []) as Array<Record<string, unknown>>;
  const findByName = (name: string) =>
    competitors.find((competitor) => String(competitor.name ?? '').toLowerCase() === name.toLowerCase());
  const documentPath = (container: object, key: string | number) =>
    context.documentPaths.get(container)?.get(String(key)) ?? '';
  const addCompetitor = (competitor: Record<string, unknown>, itemPath: string, fieldPaths: Record<string, string>) => {
    for (const [key, path] of Object.entries(fieldPaths)) {
      recordDocumentPath(context, competitor, key, path);
    }
    recordDocumentPath(context, competitors, competitors.length, itemPath);
    competitors.push(competitor);
  };

  const performerNames = (read(readTextList, topPerformers, context) ?? []) as string[];
  performerNames.forEach((name, index) => {
    if (!findByName(name)) {
      const path = documentPath(performerNames, index);
      addCompetitor({ name }, path, { name: path });
    }
  });

  const readInsights = readObjectList({ competitor: readText, strength: readText }, 'competitor');
  const insightItems = (read(readInsights, insights, context) ?? []) as Array<{ competitor?: string; strength?: string }>;
  insightItems.forEach((insight, index) => {
    if (insight.competitor === undefined) {
      return;
    }
    const existing = findByName(insight.competitor);
    if (!existing) {
      addCompetitor({ name: insight.competitor, strength: insight.strength }, documentPath(insightItems, index), {
        name: documentPath(insight, 'competitor'),
        strength: documentPath(insight, 'strength'),
      });
    } else if (existing.strength === undefined && insight.strength !== undefined) {
      existing.strength = insight.strength;
      recordDocumentPath(context, existing, 'strength', documentPath(insight, 'strength'));
    }
  });

  return competitors.length > 0 ? competitors : undefined;
}

const TOP_LEVEL_KEYS_USED = [
  'strategy_id',
  'strategy_data',
  'onboarding_data',
  'gap_analysis',
  'ai_analysis_results',
  'recommendations_data',
  'strategy_analysis',
  'quality_indicators',
  // flattened copies, read when strategy_data or onboarding_data lacks them
  'industry',
  'target_audience',
  'business_goals',
  'website_analysis',
  'competitor_analysis',
] as const;

const STRATEGY_DATA_KEYS_USED = [
  'strategy_id',
  'strategy_name',
  'industry',
  'target_audience',
  'content_pillars',
  'business_goals',
  'kpi_mapping',
  'brand_voice',
  'editorial_guidelines',
  'competitive_landscape',
] as const;

/** Sets `target[key]` unless `value` is undefined, recording the document path it was read from. */
function putField(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
  documentPath: string,
  context: ImportContext,
): void {
  if (value !== undefined) {
    target[key] = value;
    recordDocumentPath(context, target, key, documentPath);
  }
}

/**
 * Returns an object of the fields that are not undefined, each given with its document path, or
 * undefined when all are undefined.
 */
function combineFields(fields: Record<string, [unknown, string]>, context: ImportContext): Record<string, unknown> | undefined {
  const combined: Record<string, unknown> = {};
  for (const [key, [value, documentPath]] of Object.entries(fields)) {
    putField(combined, key, value, documentPath, context);
  }
  return Object.keys(combined).length > 0 ? combined : undefined;
}

/**
 * Maps ALwrity's calendar test document. Besides the renamed strategy fields, these parts are mapped:
 *
 * - `competitive_landscape` → topCompetitors, competitiveAdvantages, marketPositioning
 * - `gap_analysis` → gapAnalysis, and competitor strengths in topCompetitors
 * - the website analysis' `content_gaps` → marketGaps
 * - the competitor analysis' `content_themes` → competitorContentStrategies.contentThemes
 * - `ai_analysis_results` → comprehensiveAiAnalysis
 * - `recommendations_data` (AI content and optimisation recommendations) → opportunityAnalysis
 * - `strategy_analysis` and `quality_indicators` → strategicScores, under those keys
 *
 * `performance_data`, `keyword_analysis` and `user_id` are not imported.
 */
function mapCalendarDocument(document: Record<string, unknown>, context: ImportContext): Record<string, unknown> {
  const data = optionalObject(document.strategy_data, 'strategy_data') ?? {};
  const onboarding = optionalObject(document.onboarding_data, 'onboarding_data') ?? {};
  const landscapePath = 'strategy_data.competitive_landscape';
  const landscape = optionalObject(data.competitive_landscape, landscapePath) ?? {};
  const gapAnalysis = optionalObject(document.gap_analysis, 'gap_analysis') ?? {};

  const websiteAnalysisSource = withFallback(
    at(onboarding, 'onboarding_data', 'website_analysis'),
    at(document, '', 'website_analysis'),
  );
  const websiteAnalysis = optionalObject(websiteAnalysisSource.value, websiteAnalysisSource.path) ?? {};
  const competitorAnalysisSource = withFallback(
    at(onboarding, 'onboarding_data', 'competitor_analysis'),
    at(document, '', 'competitor_analysis'),
  );
  const competitorAnalysis = optionalObject(competitorAnalysisSource.value, competitorAnalysisSource.path) ?? {};

  reportUnusedKeys(document, TOP_LEVEL_KEYS_USED, '', context);
  reportUnusedKeys(data, STRATEGY_DATA_KEYS_USED, 'strategy_data', context);
  reportUnusedKeys(landscape, ['top_competitors', 'competitive_advantages', 'market_positioning'], landscapePath, context);
  reportUnusedKeys(onboarding, ['website_analysis', 'competitor_analysis'], 'onboarding_data', context);
  reportUnusedKeys(websiteAnalysis, ['content_gaps'], websiteAnalysisSource.path, context);
  reportUnusedKeys(competitorAnalysis, ['content_themes', 'top_performers'], competitorAnalysisSource.path, context);
  reportUnusedKeys(gapAnalysis, ['content_gaps', 'keyword_opportunities', 'competitor_insights'], 'gap_analysis', context);

  const strategyData = (key: string) => at(data, 'strategy_data', key);
  const strategyDataOrCopy = (key: string) => withFallback(strategyData(key), at(document, '', key));

  const strategyIdSource = strategyDataOrCopy('strategy_id');
  const strategyId = read(readText, strategyIdSource, context) as string | undefined;
  const strategyName = read(readText, strategyData('strategy_name'), context) as string | undefined;
  const hasName = strategyName !== undefined && strategyName.trim() !== '';

  const themesSource = at(competitorAnalysis, competitorAnalysisSource.path, 'content_themes');
  const themes = read(readTextList, themesSource, context);
  const contentGapsSource = at(gapAnalysis, 'gap_analysis', 'content_gaps');
  const contentGaps = read(readContentGaps, contentGapsSource, context);
  const keywordOpportunitiesSource = at(gapAnalysis, 'gap_analysis', 'keyword_opportunities');
  const keywordOpportunities = read(readKeywordOpportunities, keywordOpportunitiesSource, context);
  const scoreKeys = (['strategy_analysis', 'quality_indicators'] as const).filter((key) => !isAbsent(document[key]));

  const content: Record<string, unknown> = {};
  const put = (key: string, value: unknown, documentPath: string) => putField(content, key, value, documentPath, context);
  const readInto = (key: string, reader: FieldReader, located: Located) =>
    put(key, read(reader, located, context), located.path);
  const combine = (fields: Record<string, [unknown, string]>) => combineFields(fields, context);

  put(
    'name',
    hasName ? strategyName : `Imported ALwrity strategy${strategyId === undefined ? '' : ` ${strategyId}`}`,
    hasName || strategyId === undefined ? 'strategy_data.strategy_name' : strategyIdSource.path,
  );
  readInto('industry', readText, strategyDataOrCopy('industry'));
  readInto('businessObjectives', readTextList, strategyDataOrCopy('business_goals'));
  readInto('targetAudience', readTargetAudience, strategyDataOrCopy('target_audience'));
  readInto('contentPillars', readContentPillars, strategyData('content_pillars'));
  readInto('kpiMapping', readKpiMapping, strategyData('kpi_mapping'));
  readInto('brandVoice', readBrandVoice, strategyData('brand_voice'));
  readInto('editorialGuidelines', readEditorialGuidelines, strategyData('editorial_guidelines'));
  put(
    'topCompetitors',
    mergeCompetitors(
      at(landscape, landscapePath, 'top_competitors'),
      at(competitorAnalysis, competitorAnalysisSource.path, 'top_performers'),
      at(gapAnalysis, 'gap_analysis', 'competitor_insights'),
      context,
    ),
    joinPath(landscapePath, 'top_competitors'),
  );
  readInto('competitiveAdvantages', readJsonValue, at(landscape, landscapePath, 'competitive_advantages'));
  readInto('marketPositioning', readJsonValue, at(landscape, landscapePath, 'market_positioning'));
  readInto('marketGaps', readMarketGaps, at(websiteAnalysis, websiteAnalysisSource.path, 'content_gaps'));
  put(
    'competitorContentStrategies',
    combine({ contentThemes: [themes, themesSource.path] }),
    competitorAnalysisSource.path,
  );
  put(
    'gapAnalysis',
    combine({
      contentGaps: [contentGaps, contentGapsSource.path],
      keywordOpportunities: [keywordOpportunities, keywordOpportunitiesSource.path],
    }),
    'gap_analysis',
  );
  readInto('comprehensiveAiAnalysis', readJsonValue, at(document, '', 'ai_analysis_results'));
  readInto('opportunityAnalysis', readJsonValue, at(document, '', 'recommendations_data'));
  put(
    'strategicScores',
    combine(Object.fromEntries(scoreKeys.map((key) => [key, [document[key], key]]))),
    scoreKeys.join(' and '),
  );

  return withoutUndefined(content, context);
}

/** Copies `record` and the plain objects inside it without their undefined properties, keeping recorded document paths. */
function withoutUndefined(record: Record<string, unknown>, context: ImportContext): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) {
      continue;
    }
    result[key] = isPlainObject(value) ? withoutUndefined(value, context) : value;
  }
  copyDocumentPaths(context, record, result);
  return result;
}

/**
 * Returns `toDocumentPaths` of an import: rewrites each path of `content` that starts a message or
 * one of its problems (after "; ") or follows "property ", the forms `flattenValidationErrors` writes.
 */
function documentPathRewriter(content: object, context: ImportContext): (messages: readonly string[]) => string[] {
  const contentPath = /(^|; |property )([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)/g;
  return (messages) =>
    messages.map((message) =>
      message.replace(contentPath, (match, before: string, path: string) => {
        const field = path.split(/[.[]/, 1)[0];
        return Object.hasOwn(content, field) ? `${before}${toDocumentPath(context, content, path)}` : match;
      }),
    );
}

/**
 * Maps an ALwrity document to Cadence strategy content. Two shapes are read:
 *
 * - an enhanced strategy: one object with `name` (or `strategy_name`) and snake_case fields, which
 *   become camelCase at every level Cadence types (`content_preferences.preferred_formats` →
 *   `contentPreferences.preferredFormats`, `brand_voice.do_s` → `brandVoice.doS`). Free-JSON
 *   fields (AI analysis, quality_metrics, content_roi_targets, demographics) keep their keys.
 * - a calendar test document, recognised by a `strategy_data` object (see `mapCalendarDocument`).
 *
 * ALwrity stores untyped JSON, so missing fields are fine, nulls are dropped, numeric strings
 * become numbers, a single string becomes a one-item list and enum values are matched ignoring
 * case ("high" → "High"). Unknown fields are left out and listed in `ignoredFields`. The result may
 * still break Cadence's limits, so validate it with `validateStrategyContent`, and pass the
 * messages through `toDocumentPaths` so that they name the document's fields.
 *
 * @throws AlwrityImportError for a document that is not an object, that has neither a name nor
 *   `strategy_data`, or that has a field that cannot be read. The message names the field.
 */
export function mapAlwrityDocument(document: unknown): AlwrityImport {
  if (!isPlainObject(document)) {
    throw new AlwrityImportError(`An ALwrity document must be a JSON object, got ${describeType(document)}`);
  }
  const context = createImportContext();

  if (!isAbsent(document.strategy_data)) {
    const content = mapCalendarDocument(document, context) as AlwrityImport['content'];
    return {
      content,
      format: 'calendar-document',
      ignoredFields: [...context.ignoredFields],
      toDocumentPaths: documentPathRewriter(content, context),
    };
  }

  const identity = readIdentity(document, context);
  if (identity === undefined) {
    throw new AlwrityImportError(
      'The ALwrity document has neither a name nor strategy_data: expected an enhanced strategy with a non-empty ' +
        "'name', or a calendar document with a 'strategy_data' object",
    );
  }
  const content = withoutUndefined(mapEnhancedStrategy(document, identity, context), context) as AlwrityImport['content'];
  return {
    content,
    format: 'enhanced-strategy',
    ignoredFields: [...context.ignoredFields],
    toDocumentPaths: documentPathRewriter(content, context),
  };
}
