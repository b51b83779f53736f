import type { StrategyContent } from '../../strategy/strategy-content';
import type { PlatformId } from '../platform/platform-ids';
import { PLATFORM_PROFILES, type PlatformFormat } from '../platform/platform-profiles';
import type { BrandVoiceSummary } from './brand-voice';
import { formatRotation, lengthAdvice, preferredFormatsOf, type LengthAdvice } from './content-formats';
import { hashtagPool } from './hashtags';
import type { StrategyAnalysis } from './phase-1-strategy-analysis';
import type { RankedGap } from './phase-2-gap-analysis';
import { brandNameOf, toHashtag } from './text';
import { buildTitleTopics, type TitleTopic, type TopicKind } from './title-topics';
import type { ContentPurpose } from './types';
import { uniqueIgnoringCase } from './text';

/** Topics at most this many words long also become the entry's first hashtag. */
const MAX_TOPIC_HASHTAG_WORDS = 3;

const MAX_KEYWORDS = 3;

/** Topic kinds whose phrase is itself a search keyword, unlike a gap statement or a pillar name. */
const KEYWORD_TOPIC_KINDS: ReadonlySet<TopicKind> = new Set(['keyword', 'pillar-keyword', 'trend', 'theme']);

/**
 * Everything phase 6 looks up per entry, computed once per calendar. A year-long calendar repeats the
 * same few formats and topics thousands of times, so the per-entry lookups are memoized.
 */
export interface ContentLookups {
  /** Undefined when the strategy name is a plan label rather than a brand. */
  brand: string | undefined;
  tone: string | undefined;
  topicsByPillar: Map<string, TitleTopic[]>;
  pillarTags: Map<string, string[]>;
  /** Tags for every entry: audience interests, then the brand. */
  generalTags: string[];
  gapsById: Map<string, RankedGap>;
  lengthFor: (format: PlatformFormat) => LengthAdvice;
  rotationFor: (platform: PlatformId, purpose: ContentPurpose) => PlatformFormat[];
  keywordsFor: (topic: TitleTopic) => string[];
  topicTagFor: (topic: TitleTopic) => string | undefined;
}

export function buildContentLookups(content: StrategyContent, analysis: StrategyAnalysis, gaps: RankedGap[]): ContentLookups {
  const brand = brandNameOf(analysis.strategyName);
  const preferredFormats = preferredFormatsOf(content);

  const keywordsByPillar = new Map(
    analysis.pillars.map((pillar) => [
      pillar.name,
      [...pillar.keywords, ...gaps.filter((gap) => gap.pillar === pillar.name && gap.kind === 'keyword').map((gap) => gap.text)],
    ]),
  );

  const formatProfiles = new Map(
    Object.values(PLATFORM_PROFILES).flatMap((profile) => profile.formats.map((format) => [format, profile] as const)),
  );

  const rotations = new Map<string, PlatformFormat[]>();
  const rotationFor = (platform: PlatformId, purpose: ContentPurpose): PlatformFormat[] => {
    const key = `${platform} ${purpose}`;
    let rotation = rotations.get(key);
    if (rotation === undefined) {
      rotation = formatRotation(PLATFORM_PROFILES[platform], purpose, preferredFormats);
      rotations.set(key, rotation);
    }
    return rotation;
  };

  return {
    brand,
    tone: analysis.brandVoice === undefined ? undefined : describeTone(analysis.brandVoice),
    topicsByPillar: buildTitleTopics(analysis.pillars, gaps),
    pillarTags: new Map(
      analysis.pillars.map((pillar) => [pillar.name, hashtagPool([pillar.name, ...(keywordsByPillar.get(pillar.name) ?? [])])]),
    ),
    generalTags: hashtagPool([...(content.targetAudience?.interests ?? []), brand]),
    gapsById: new Map(gaps.map((gap) => [gap.id, gap])),
    lengthFor: memoize((format: PlatformFormat) => lengthAdvice(format, formatProfiles.get(format)!, content)),
    rotationFor,
    keywordsFor: memoize((topic: TitleTopic) => {
      const own = KEYWORD_TOPIC_KINDS.has(topic.kind) ? [topic.phrase] : [];
      return uniqueIgnoringCase([...own, ...(keywordsByPillar.get(topic.pillar) ?? [])]).slice(0, MAX_KEYWORDS);
    }),
    topicTagFor: memoize((topic: TitleTopic) =>
      topic.kind !== 'pillar' && topic.phrase.split(/\s+/).length <= MAX_TOPIC_HASHTAG_WORDS ? toHashtag(topic.phrase) : undefined,
    ),
  };
}

/** Joins tone words and the communication style: "Expert, approachable. Plain language with numbers". */
function describeTone(voice: BrandVoiceSummary): string | undefined {
  const words = voice.tone.map((word, index) => (index === 0 ? word : word.toLowerCase()));
  const parts = [words.join(', '), voice.communicationStyle].filter(
    (part): part is string => part !== undefined && part.length > 0,
  );
  return parts.length === 0 ? undefined : parts.join('. ');
}

function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) {
      cache.set(key, compute(key));
    }
    return cache.get(key) as V;
  };
}
