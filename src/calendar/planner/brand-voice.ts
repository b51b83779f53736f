import type { StrategyContent } from '../../strategy/strategy-content';
import { uniqueIgnoringCase } from './text';

export interface BrandVoiceSummary {
  /** One line for writers, such as "Trustworthy, expert, approachable. Plain language with concrete numbers". */
  summary: string;
  traits: string[];
  /** Tone words for entries: editorialGuidelines.tone first, then the personality traits. */
  tone: string[];
  communicationStyle?: string;
  keyMessages?: string;
  avoid?: string;
}

/** Summarises brandVoice, an object or a plain string in older ALwrity data. Returns undefined when absent. */
export function summarizeBrandVoice(content: StrategyContent): BrandVoiceSummary | undefined {
  const voice = content.brandVoice;
  const editorialTone = (content.editorialGuidelines?.tone ?? []).filter(isNonEmptyString);

  if (typeof voice === 'string') {
    const text = voice.trim();
    if (text.length === 0) {
      return undefined;
    }

    return { summary: text, traits: [text], tone: uniqueIgnoringCase([...editorialTone, text]) };
  }

  if (voice === undefined || voice === null) {
    return editorialTone.length > 0
      ? { summary: editorialTone.join(', '), traits: [], tone: editorialTone }
      : undefined;
  }

  const traits = (voice.personalityTraits ?? []).filter(isNonEmptyString);
  const style = voice.communicationStyle?.trim() || undefined;
  const parts = [traits.length > 0 ? sentenceCaseList(traits) : undefined, style].filter(isNonEmptyString);
  if (parts.length === 0 && editorialTone.length === 0) {
    return undefined;
  }

  return {
    summary: parts.length > 0 ? parts.join('. ') : editorialTone.join(', '),
    traits,
    tone: uniqueIgnoringCase([...editorialTone, ...traits]),
    communicationStyle: style,
    keyMessages: voice.keyMessages?.trim() || undefined,
    avoid: voice.dontS?.trim() || undefined,
  };
}

function sentenceCaseList(words: string[]): string {
  return words.map((word, index) => (index === 0 ? word : word.toLowerCase())).join(', ');
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
