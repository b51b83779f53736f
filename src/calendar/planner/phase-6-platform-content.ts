import type { StrategyContent } from '../../strategy/strategy-content';
import { PLATFORM_PROFILES } from '../platform/platform-profiles';
import { callToAction } from './calls-to-action';
import type { LengthAdvice } from './content-formats';
import { buildContentLookups } from './content-lookups';
import { pickHashtags } from './hashtags';
import { clamp01 } from './numbers';
import type { StrategyAnalysis } from './phase-1-strategy-analysis';
import type { RankedGap } from './phase-2-gap-analysis';
import { extendSlot } from './phase-4-calendar-framework';
import type { DistributedSlot } from './phase-5-pillar-distribution';
import type { TitleTopic } from './title-topics';
import type { PhaseResult } from './types';
import { TitleRegistry, monthName, titleTemplates, type TitleContext } from './working-titles';

export interface CalendarEntry extends DistributedSlot {
  title: string;
  /** The topic phrase the title is built on. */
  topic: string;
  /** Search keywords to work into the text: the topic when it is a keyword, then the pillar's keywords. */
  keywords: string[];
  /** The gap from phase 2 this entry covers, if any. */
  gapId: string | undefined;
  format: { id: string; label: string };
  length: LengthAdvice;
  hashtags: string[];
  callToAction: string;
  /** Tone words from the brand voice, such as "Professional, educational, trustworthy". */
  tone: string | undefined;
  notes: string[];
}

export interface PlatformContent {
  entries: CalendarEntry[];
  /** Entries whose title needed a "(part N)" suffix to stay unique. */
  suffixedTitles: number;
}

export interface PlatformContentInput {
  content: StrategyContent;
  analysis: StrategyAnalysis;
  gaps: RankedGap[];
  entries: DistributedSlot[];
}

/**
 * Phase 6: gives every entry a format, length guidance, hashtags, a call to action, a tone and a working
 * title unique within the calendar. The quality score has three parts. Titles without a part suffix
 * give 0.4 × their share, and entries built on a gap, keyword or trend rather than a bare pillar name
 * give 0.3 × theirs. Entries with the platform's recommended number of hashtags give the last 0.3 × share.
 */
export function specifyPlatformContent(input: PlatformContentInput): PhaseResult<PlatformContent> {
  const { content, analysis, gaps } = input;
  const warnings: string[] = [];

  const lookups = buildContentLookups(content, analysis, gaps);
  const { brand, topicsByPillar } = lookups;
  if (brand === undefined) {
    warnings.push(`The strategy name "${analysis.strategyName}" names no brand, so titles and hashtags leave the brand out`);
  }

  const titles = new TitleRegistry();
  const pillarCounters = new Map<string, number>();
  const pillarPurposeCounters = new Map<string, number>();
  const formatCounters = new Map<string, number>();

  const entries: CalendarEntry[] = input.entries.map((entry) => {
    const profile = PLATFORM_PROFILES[entry.platform];

    const pillarCount = increment(pillarCounters, entry.pillar);
    const pillarPurposeCount = increment(pillarPurposeCounters, `${entry.pillar}\u0000${entry.purpose}`);
    const topics = topicsByPillar.get(entry.pillar) ?? [{ pillar: entry.pillar, phrase: entry.pillar, kind: 'pillar' as const }];
    const topic = topics[pillarCount % topics.length];

    const titleContext: TitleContext = {
      topic,
      brand,
      pillar: entry.pillar,
      month: monthName(entry.localDate),
      year: Number(entry.localDate.slice(0, 4)),
    };
    const templateIndex = pillarPurposeCount + Math.floor(pillarCount / topics.length);
    const title = titles.claim(titleTemplates(titleContext, entry.purpose, templateIndex), titleContext);

    const rotation = lookups.rotationFor(entry.platform, entry.purpose);
    const format = rotation[increment(formatCounters, `${entry.platform} ${entry.purpose}`) % rotation.length];

    const hashtags = pickHashtags(
      lookups.topicTagFor(topic),
      lookups.pillarTags.get(entry.pillar) ?? [],
      lookups.generalTags,
      profile.hashtags.recommended,
      pillarCount,
    );

    return extendSlot(entry, {
      pillar: entry.pillar,
      purpose: entry.purpose,
      title,
      topic: topic.phrase,
      keywords: lookups.keywordsFor(topic),
      gapId: topic.gapId,
      format: { id: format.id, label: format.label },
      length: lookups.lengthFor(format),
      hashtags,
      callToAction: callToAction(entry.purpose, entry.platform, format.id, analysis.goals.objectives),
      tone: lookups.tone,
      notes: entryNotes(entry, topic, lookups.gapsById),
    });
  });

  const pillarOnly = entries.filter((entry) => topicsByPillar.get(entry.pillar)?.[0]?.kind === 'pillar').length;
  if (pillarOnly > 0) {
    warnings.push(
      `${pillarOnly} entries belong to pillars with no keywords, gaps or trends, so their titles use the pillar name and month; add keywords to those pillars`,
    );
  }

  const hashtagsMet = entries.filter((entry) => entry.hashtags.length >= PLATFORM_PROFILES[entry.platform].hashtags.recommended).length;
  const qualityScore =
    entries.length === 0
      ? 0
      : clamp01(
          0.4 * (1 - titles.suffixedCount / entries.length) +
            0.3 * (1 - pillarOnly / entries.length) +
            0.3 * (hashtagsMet / entries.length),
        );

  return { output: { entries, suffixedTitles: titles.suffixedCount }, qualityScore, warnings };
}

function entryNotes(entry: DistributedSlot, topic: TitleTopic, gapsById: Map<string, RankedGap>): string[] {
  const notes: string[] = [];

  const gap = topic.gapId === undefined ? undefined : gapsById.get(topic.gapId);
  if (gap !== undefined) {
    const label = gap.kind === 'keyword' ? 'Keyword opportunity' : 'Covers gap';
    notes.push(`${label} (${gap.priority} priority): ${gap.text}`);
    if (gap.detail !== undefined && gap.kind === 'market_gap') {
      notes.push(`Opportunity: ${gap.detail}`);
    }
    if (gap.audience !== undefined) {
      notes.push(`Audience: ${gap.audience}`);
    }
  }

  if (entry.movedFrom !== undefined) {
    notes.push(`Moved from ${entry.movedFrom}, a blackout date or public holiday`);
  }

  if (entry.shiftedFrom !== undefined) {
    notes.push(`Scheduled for ${entry.shiftedFrom}, which does not exist on this day because of the daylight-saving change`);
  }

  if (!entry.inWindow) {
    notes.push(`Outside the posting window "${entry.windowLabel}"`);
  }

  return notes;
}

function increment(counters: Map<string, number>, key: string): number {
  const value = counters.get(key) ?? 0;
  counters.set(key, value + 1);
  return value;
}
