import type { RankedGap } from './phase-2-gap-analysis';
import type { WeightedPillar } from './pillar-weights';
import { lowercaseFirst } from './text';

export type TopicKind = 'gap' | 'keyword' | 'trend' | 'theme' | 'pillar-keyword' | 'pillar';

/** Something a working title can be about, with the gap it covers. */
export interface TitleTopic {
  pillar: string;
  /** A phrase to put in a title, lowercase-first unless it starts with an acronym or a name. */
  phrase: string;
  kind: TopicKind;
  gapId?: string;
  audience?: string;
}

const GAP_KINDS = new Set(['market_gap', 'content_gap']);

/**
 * Pillar keywords that name a format or an audience ("case study", "release notes", "finance team") tag
 * entries well but make poor title topics ("Finance team: a practical guide").
 */
const FORMAT_OR_AUDIENCE_KEYWORD =
  /\b(case stud(y|ies)|webinars?|release notes|interviews?|podcasts?|newsletters?|stor(y|ies)|spotlights?|testimonials?)\b|^([\w-]+ )?(team|teams|customers?|users?|audience|people)$/i;

/**
 * Lists each pillar's title topics in the order entries use them. Its gaps come first, best first; a gap
 * whose text gives no usable phrase is still covered, under the pillar's first keyword. Then come keyword
 * opportunities, the pillar's own keywords except format and audience words, trends, and competitor themes
 * that share a word with the pillar. A pillar with none of these has its own name as the only topic.
 */
export function buildTitleTopics(pillars: WeightedPillar[], gaps: RankedGap[]): Map<string, TitleTopic[]> {
  const topics = new Map<string, TitleTopic[]>();

  for (const pillar of pillars) {
    const own = gaps.filter((gap) => gap.pillar === pillar.name);
    const list: TitleTopic[] = [];
    const seen = new Set<string>();
    const add = (topic: Omit<TitleTopic, 'pillar'>): void => {
      const key = topic.phrase.toLowerCase();
      if (topic.gapId === undefined && seen.has(key)) {
        return;
      }
      seen.add(key);
      list.push({ pillar: pillar.name, ...topic });
    };
    const fallbackPhrase = lowercaseFirst(pillar.keywords[0] ?? pillar.name);

    for (const gap of own.filter((candidate) => GAP_KINDS.has(candidate.kind))) {
      add({
        phrase: gap.topic === undefined ? fallbackPhrase : lowercaseFirst(gap.topic),
        kind: 'gap',
        gapId: gap.id,
        audience: gap.audience,
      });
    }

    for (const gap of own.filter((candidate) => candidate.kind === 'keyword')) {
      add({ phrase: gap.text, kind: 'keyword', gapId: gap.id });
    }

    for (const keyword of pillar.keywords.filter((candidate) => !FORMAT_OR_AUDIENCE_KEYWORD.test(candidate))) {
      add({ phrase: lowercaseFirst(keyword), kind: 'pillar-keyword' });
    }

    for (const gap of own.filter((candidate) => candidate.kind === 'trend')) {
      add({ phrase: lowercaseFirst(gap.text), kind: 'trend' });
    }

    for (const gap of own.filter((candidate) => candidate.kind === 'competitor_theme' && candidate.pillarOverlap > 0)) {
      add({ phrase: lowercaseFirst(gap.text), kind: 'theme' });
    }

    if (list.length === 0) {
      list.push({ pillar: pillar.name, phrase: pillar.name, kind: 'pillar' });
    }

    topics.set(pillar.name, list);
  }

  return topics;
}
