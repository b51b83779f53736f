import type { OptimalTiming, StrategyContent } from '../../strategy/strategy-content';
import type { PlatformCategory, PlatformId } from '../platform/platform-ids';
import { PLATFORM_PROFILES } from '../platform/platform-profiles';
import { selectChannels, type ChannelSource } from './channel-selection';
import { clamp01 } from './numbers';
import { computeFrequencies, type FrequencySource, type TeamCapacity } from './posting-frequency';
import { parsePostingWindow } from './posting-window';
import type { CalendarRequest, LabeledPostingWindow, PhaseResult, Weekday } from './types';

export interface PlatformPlan {
  platform: PlatformId;
  displayName: string;
  category: PlatformCategory;
  /** Posts per week after the capacity cap; fractions mean some weeks get a slot and some do not. */
  postsPerWeek: number;
  uncappedPostsPerWeek: number;
  frequencySource: FrequencySource;
  capped: boolean;
  /** Local posting windows, in the order slots rotate through them. */
  windows: LabeledPostingWindow[];
  windowSource: 'strategy' | 'profile';
  /** Days slots go to first: the days the windows name, else the profile's best days. */
  preferredDays: Weekday[];
}

export interface PlatformStrategy {
  timezone: string;
  channelSource: ChannelSource;
  platforms: PlatformPlan[];
  capacity?: TeamCapacity;
}

export interface PlatformStrategyInput {
  content: StrategyContent;
  request: CalendarRequest;
}

const TIMING_FIELD: Record<PlatformCategory, keyof Omit<OptimalTiming, 'timezone' | 'notes'>> = {
  blog: 'blogPosts',
  email: 'email',
  social: 'socialMedia',
  video: 'videos',
};

/**
 * Phase 3: chooses the platforms, their weekly frequency under the team's capacity and their local
 * posting windows. The quality score is the mean over platforms of three parts: 0.4 for windows from the
 * strategy (0.2 from the profile), 0.3 for a frequency from the strategy or request (0.15 from the
 * profile), and 0.3 × the share of the frequency that survived the capacity cap.
 */
export function planPlatforms(input: PlatformStrategyInput): PhaseResult<PlatformStrategy> {
  const { content, request } = input;
  const warnings: string[] = [];

  const channels = selectChannels(content, request, warnings);

  const { frequencies, capacity } = computeFrequencies(content, channels.platforms, request.postsPerWeek, warnings);
  if (capacity === undefined) {
    warnings.push('teamSize is missing, so posting frequency is not capped by team capacity');
  }

  const timingZone = content.optimalTiming?.timezone;
  if (timingZone !== undefined && timingZone !== request.timezone) {
    warnings.push(
      `optimalTiming.timezone is ${timingZone} but the request uses ${request.timezone}; posting windows are read as local times in ${request.timezone}`,
    );
  }

  const platforms: PlatformPlan[] = frequencies.map((frequency) => {
    const profile = PLATFORM_PROFILES[frequency.platform];
    const { windows, source } = readWindows(content, frequency.platform, warnings);
    const namedDays = new Set(windows.flatMap((window) => window.days ?? []));

    return {
      platform: frequency.platform,
      displayName: profile.displayName,
      category: profile.category,
      postsPerWeek: frequency.postsPerWeek,
      uncappedPostsPerWeek: frequency.uncappedPostsPerWeek,
      frequencySource: frequency.source,
      capped: frequency.capped,
      windows,
      windowSource: source,
      preferredDays: namedDays.size > 0 ? [...namedDays].sort((left, right) => left - right) : [...profile.bestDays],
    };
  });

  const scores = platforms.map((plan) => {
    const windowScore = plan.windowSource === 'strategy' ? 0.4 : 0.2;
    const frequencyScore = plan.frequencySource === 'profile' ? 0.15 : 0.3;
    const kept = plan.uncappedPostsPerWeek > 0 ? plan.postsPerWeek / plan.uncappedPostsPerWeek : 0;
    return windowScore + frequencyScore + 0.3 * kept;
  });
  const qualityScore = scores.length === 0 ? 0 : clamp01(scores.reduce((sum, score) => sum + score, 0) / scores.length);

  return {
    output: { timezone: request.timezone, channelSource: channels.source, platforms, capacity },
    qualityScore,
    warnings,
  };
}

/**
 * Reads the platform's posting windows from optimalTiming for its category, else from
 * consumptionPatterns.preferredTimes, else the profile's windows. A phrase that names days but no time
 * ("Thursday", "Weekend") gets the profile's window times on those days.
 */
function readWindows(
  content: StrategyContent,
  platform: PlatformId,
  warnings: string[],
): { windows: LabeledPostingWindow[]; source: 'strategy' | 'profile' } {
  const profile = PLATFORM_PROFILES[platform];
  const timing = content.optimalTiming?.[TIMING_FIELD[profile.category]] ?? [];
  const phrases = timing.length > 0 ? timing : (content.consumptionPatterns?.preferredTimes ?? []);

  const windows: LabeledPostingWindow[] = [];
  for (const phrase of phrases) {
    if (typeof phrase !== 'string' || phrase.trim().length === 0) {
      continue;
    }

    const parsed = parsePostingWindow(phrase);
    if (parsed === undefined) {
      warnings.push(
        `Posting time "${phrase}" for ${platform} could not be read and was ignored; ${platform} falls back to its profile windows if no other time can be read`,
      );
      continue;
    }

    const wholeDay = parsed.startMinute === 0 && parsed.endMinute === 24 * 60;
    if (!wholeDay) {
      windows.push({ ...parsed, label: phrase.trim() });
      continue;
    }

    for (const profileWindow of profile.windows) {
      windows.push({
        days: parsed.days,
        startMinute: profileWindow.startMinute,
        endMinute: profileWindow.endMinute,
        label: `${phrase.trim()}, ${profileWindow.label}`,
      });
    }
  }

  if (windows.length === 0) {
    return { windows: profile.windows.map((window) => ({ ...window })), source: 'profile' };
  }

  return { windows, source: 'strategy' };
}
