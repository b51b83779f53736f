import type { PlatformId } from '../platform/platform-ids';
import type { ObjectiveKpis } from './objective-kpis';
import type { ContentPurpose } from './types';

/** Promotional calls to action by the first matching word of the first conversion objective. */
const CONVERSION_ACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/demo/i, 'Book a demo'],
  [/trial/i, 'Start a free trial'],
  [/\b(book|booking|class|course|capacity|seat|spot)/i, 'Book your spot'],
  [/subscri|newsletter/i, 'Subscribe to the newsletter'],
  [/\bleads?\b|sales|pipeline/i, 'Talk to our team'],
  [/purchase|revenue|order|shop/i, 'See pricing'],
];

const VISUAL_PLATFORMS: ReadonlySet<PlatformId> = new Set(['instagram', 'pinterest', 'tiktok']);

/** Chooses the call to action that fits the entry's purpose, platform and format. */
export function callToAction(
  purpose: ContentPurpose,
  platform: PlatformId,
  formatId: string,
  objectives: readonly ObjectiveKpis[],
): string {
  switch (purpose) {
    case 'educational':
      if (platform === 'blog') return 'Subscribe for the next guide';
      if (platform === 'email') return 'Read the full guide on the blog';
      if (platform === 'youtube') return 'Subscribe for the next walkthrough';
      if (VISUAL_PLATFORMS.has(platform)) return 'Save this for later';
      return 'Read the full guide';

    case 'thought_leadership':
      if (platform === 'blog') return 'Share this with your team';
      if (platform === 'email') return 'Reply with your view';
      return 'Share your view in the comments';

    case 'engagement':
      if (formatId.includes('poll')) return 'Vote in the poll';
      if (platform === 'email') return 'Reply and tell us';
      return 'Tell us in the comments';

    case 'promotional':
      return promotionalAction(objectives);
  }
}

function promotionalAction(objectives: readonly ObjectiveKpis[]): string {
  const conversion = objectives.find((objective) => objective.goalType === 'conversion');
  if (conversion !== undefined) {
    for (const [pattern, action] of CONVERSION_ACTIONS) {
      if (pattern.test(conversion.objective)) {
        return action;
      }
    }
  }

  return 'Learn more';
}
