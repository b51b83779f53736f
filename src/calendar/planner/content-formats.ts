import type { StrategyContent } from '../../strategy/strategy-content';
import type { LengthGuidance, PlatformFormat, PlatformProfile } from '../platform/platform-profiles';
import type { ContentPurpose } from './types';

export interface LengthAdvice extends LengthGuidance {
  /** Such as "1,200–2,000 words" or "100–280 characters (limit 280)". */
  text: string;
}

/**
 * Lists the formats an entry of `purpose` rotates through on this platform. Formats whose words match the
 * strategy's preferredFormats are listed twice, so they come up twice as often.
 */
export function formatRotation(
  profile: PlatformProfile,
  purpose: ContentPurpose,
  preferredFormats: readonly string[],
): PlatformFormat[] {
  const suitable = profile.formats.filter((format) => format.purposes.includes(purpose));
  const candidates = suitable.length > 0 ? suitable : profile.formats.slice(0, 1);
  const preferredText = preferredFormats.map((format) => format.toLowerCase());
  const preferred = candidates.filter((format) =>
    format.preferredFormatWords.some((word) => preferredText.some((text) => text.includes(word))),
  );

  return [...preferred, ...candidates];
}

/** Collects the preferred formats from preferredFormats and contentPreferences.preferredFormats. */
export function preferredFormatsOf(content: StrategyContent): string[] {
  return [...(content.preferredFormats ?? []), ...(content.contentPreferences?.preferredFormats ?? [])].filter(
    (format): format is string => typeof format === 'string',
  );
}

/**
 * Returns the length guidance for a format: the strategy's word range from contentPreferences.contentLength
 * ("Medium (1000-2000 words)") for long-form formats counted in words, else the profile's range, capped at
 * the platform's character limit.
 */
export function lengthAdvice(format: PlatformFormat, profile: PlatformProfile, content: StrategyContent): LengthAdvice {
  let { unit, min, max } = format.length;

  const statedWords = readWordRange(content.contentPreferences?.contentLength);
  if (unit === 'words' && statedWords !== undefined && min >= 700) {
    [min, max] = statedWords;
  }

  let text = `${formatNumber(min)}–${formatNumber(max)} ${unit}`;
  if (unit === 'characters' && profile.characterLimit !== undefined) {
    max = Math.min(max, profile.characterLimit);
    min = Math.min(min, max);
    text = `${formatNumber(min)}–${formatNumber(max)} characters (limit ${formatNumber(profile.characterLimit)})`;
  }

  return { unit, min, max, text };
}

function readWordRange(text: string | undefined): [number, number] | undefined {
  const match = text === undefined ? null : /(\d[\d,]*)\s*[-–]\s*(\d[\d,]*)\s*words/i.exec(text);
  if (match === null) {
    return undefined;
  }

  const min = Number(match[1].replace(/,/g, ''));
  const max = Number(match[2].replace(/,/g, ''));
  return min > 0 && max >= min ? [min, max] : undefined;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}
