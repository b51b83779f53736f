import type { ContentPurpose, LabeledPostingWindow, Weekday } from '../planner/types';
import type { PlatformCategory, PlatformId } from './platform-ids';

export type LengthUnit = 'words' | 'characters' | 'seconds' | 'minutes' | 'slides' | 'posts';

export interface LengthGuidance {
  unit: LengthUnit;
  min: number;
  max: number;
}

export interface PlatformFormat {
  id: string;
  label: string;
  /** Purposes this format suits; the first format listed for a purpose is the default. */
  purposes: ContentPurpose[];
  /** Lowercase fragments of `preferredFormats` entries that make this format preferred ("case stud"). */
  preferredFormatWords: string[];
  length: LengthGuidance;
}

export interface PlatformProfile {
  id: PlatformId;
  displayName: string;
  category: PlatformCategory;
  /** Posts per week when the strategy states no frequency. */
  typicalPostsPerWeek: number;
  /** Posts per week the frequency table never exceeds for this platform; a request may ask for more. */
  maxPostsPerWeek: number;
  /** Production effort of one post in standard pieces, where one standard piece is one LinkedIn text post. */
  effortPerPost: number;
  bestDays: Weekday[];
  /** Local times, used when the strategy gives none that can be read. */
  windows: LabeledPostingWindow[];
  formats: PlatformFormat[];
  hashtags: { recommended: number; max: number };
  /** The platform's own limit on one post's text, in characters, where it has one. */
  characterLimit?: number;
}

function window(label: string, startHour: number, endHour: number): LabeledPostingWindow {
  return { label, startMinute: startHour * 60, endMinute: endHour * 60 };
}

/*
 * Frequencies, best days, posting windows, lengths and hashtag counts are estimates: common industry
 * guidance as social media tools and marketing blogs repeat it, rounded, not measurements. Posting times
 * the strategy states take precedence over these windows.
 * NOTE: the character limits are the platforms' limits as widely cited in 2024, not checked against each
 * platform's current documentation.
 */
export const PLATFORM_PROFILES: Record<PlatformId, PlatformProfile> = {
  blog: {
    id: 'blog',
    displayName: 'Blog',
    category: 'blog',
    typicalPostsPerWeek: 1,
    maxPostsPerWeek: 5,
    effortPerPost: 4,
    bestDays: [2, 4],
    windows: [window('Morning (8-10 AM)', 8, 10)],
    formats: [
      { id: 'how-to-guide', label: 'How-to guide', purposes: ['educational'], preferredFormatWords: ['how-to', 'guide', 'tutorial', 'blog'], length: { unit: 'words', min: 1200, max: 2000 } },
      { id: 'opinion-article', label: 'Opinion article', purposes: ['thought_leadership'], preferredFormatWords: ['thought leadership', 'opinion', 'insight'], length: { unit: 'words', min: 900, max: 1500 } },
      { id: 'case-study', label: 'Case study', purposes: ['promotional', 'thought_leadership'], preferredFormatWords: ['case stud'], length: { unit: 'words', min: 800, max: 1500 } },
      { id: 'roundup', label: 'Roundup post', purposes: ['engagement'], preferredFormatWords: ['roundup', 'list'], length: { unit: 'words', min: 700, max: 1200 } },
      { id: 'product-article', label: 'Product article', purposes: ['promotional'], preferredFormatWords: ['product'], length: { unit: 'words', min: 500, max: 900 } },
    ],
    hashtags: { recommended: 0, max: 0 },
  },
  email: {
    id: 'email',
    displayName: 'Email newsletter',
    category: 'email',
    typicalPostsPerWeek: 1,
    maxPostsPerWeek: 3,
    effortPerPost: 3,
    bestDays: [2, 4],
    windows: [window('Morning (9-11 AM)', 9, 11)],
    formats: [
      { id: 'newsletter', label: 'Newsletter issue', purposes: ['educational', 'thought_leadership', 'engagement'], preferredFormatWords: ['newsletter', 'email'], length: { unit: 'words', min: 300, max: 600 } },
      { id: 'offer-email', label: 'Offer email', purposes: ['promotional'], preferredFormatWords: ['promotion', 'offer'], length: { unit: 'words', min: 150, max: 300 } },
    ],
    hashtags: { recommended: 0, max: 0 },
  },
  linkedin: {
    id: 'linkedin',
    displayName: 'LinkedIn',
    category: 'social',
    typicalPostsPerWeek: 3,
    maxPostsPerWeek: 7,
    effortPerPost: 1,
    bestDays: [2, 3, 4],
    windows: [window('Morning (8-10 AM)', 8, 10), window('Lunch (12-1 PM)', 12, 13)],
    formats: [
      { id: 'document-carousel', label: 'Document carousel', purposes: ['educational'], preferredFormatWords: ['carousel', 'infographic', 'slide'], length: { unit: 'slides', min: 6, max: 10 } },
      { id: 'text-post', label: 'Text post', purposes: ['thought_leadership', 'educational', 'promotional'], preferredFormatWords: ['social media post', 'post'], length: { unit: 'characters', min: 900, max: 1500 } },
      { id: 'native-video', label: 'Native video', purposes: ['thought_leadership', 'educational'], preferredFormatWords: ['video'], length: { unit: 'seconds', min: 30, max: 90 } },
      { id: 'poll', label: 'Poll', purposes: ['engagement'], preferredFormatWords: ['poll'], length: { unit: 'characters', min: 80, max: 140 } },
    ],
    hashtags: { recommended: 3, max: 5 },
    characterLimit: 3000,
  },
  twitter: {
    id: 'twitter',
    displayName: 'X (Twitter)',
    category: 'social',
    typicalPostsPerWeek: 7,
    maxPostsPerWeek: 21,
    effortPerPost: 0.5,
    bestDays: [2, 3, 4],
    windows: [window('Morning (8-10 AM)', 8, 10), window('Lunch (12-1 PM)', 12, 13)],
    formats: [
      { id: 'thread', label: 'Thread', purposes: ['educational', 'thought_leadership'], preferredFormatWords: ['thread'], length: { unit: 'posts', min: 4, max: 8 } },
      { id: 'single-post', label: 'Single post', purposes: ['thought_leadership', 'promotional', 'educational'], preferredFormatWords: ['social media post', 'post'], length: { unit: 'characters', min: 100, max: 280 } },
      { id: 'poll', label: 'Poll', purposes: ['engagement'], preferredFormatWords: ['poll'], length: { unit: 'characters', min: 60, max: 200 } },
    ],
    hashtags: { recommended: 1, max: 2 },
    characterLimit: 280,
  },
  instagram: {
    id: 'instagram',
    displayName: 'Instagram',
    category: 'social',
    typicalPostsPerWeek: 4,
    maxPostsPerWeek: 14,
    effortPerPost: 1.5,
    bestDays: [1, 3, 5],
    windows: [window('Late morning (11 AM-1 PM)', 11, 13), window('Evening (7-9 PM)', 19, 21)],
    formats: [
      { id: 'carousel', label: 'Carousel', purposes: ['educational'], preferredFormatWords: ['carousel', 'infographic', 'how-to', 'guide'], length: { unit: 'slides', min: 5, max: 10 } },
      { id: 'reel', label: 'Reel', purposes: ['thought_leadership', 'educational', 'engagement'], preferredFormatWords: ['video', 'reel'], length: { unit: 'seconds', min: 15, max: 60 } },
      { id: 'story-poll', label: 'Story with poll', purposes: ['engagement'], preferredFormatWords: ['story', 'stories', 'poll'], length: { unit: 'seconds', min: 5, max: 15 } },
      { id: 'image-post', label: 'Image post', purposes: ['promotional', 'thought_leadership'], preferredFormatWords: ['social media post', 'image', 'photo'], length: { unit: 'characters', min: 125, max: 300 } },
    ],
    hashtags: { recommended: 5, max: 30 },
    characterLimit: 2200,
  },
  facebook: {
    id: 'facebook',
    displayName: 'Facebook',
    category: 'social',
    typicalPostsPerWeek: 3,
    maxPostsPerWeek: 14,
    effortPerPost: 1,
    bestDays: [2, 3, 4],
    windows: [window('Morning (9 AM-12 PM)', 9, 12)],
    formats: [
      { id: 'link-post', label: 'Link post', purposes: ['educational', 'thought_leadership'], preferredFormatWords: ['blog', 'article', 'link'], length: { unit: 'characters', min: 80, max: 250 } },
      { id: 'video', label: 'Video', purposes: ['educational', 'thought_leadership'], preferredFormatWords: ['video'], length: { unit: 'minutes', min: 1, max: 3 } },
      { id: 'question-post', label: 'Question post', purposes: ['engagement'], preferredFormatWords: ['community', 'question'], length: { unit: 'characters', min: 40, max: 120 } },
      { id: 'event-or-offer-post', label: 'Event or offer post', purposes: ['promotional'], preferredFormatWords: ['event', 'offer'], length: { unit: 'characters', min: 80, max: 250 } },
    ],
    hashtags: { recommended: 1, max: 3 },
    characterLimit: 63206,
  },
  tiktok: {
    id: 'tiktok',
    displayName: 'TikTok',
    category: 'video',
    typicalPostsPerWeek: 4,
    maxPostsPerWeek: 21,
    effortPerPost: 2,
    bestDays: [2, 4, 5],
    windows: [window('Evening (6-9 PM)', 18, 21)],
    formats: [
      { id: 'tutorial-video', label: 'Short tutorial', purposes: ['educational'], preferredFormatWords: ['how-to', 'tutorial', 'video'], length: { unit: 'seconds', min: 21, max: 60 } },
      { id: 'talking-head', label: 'Talking-head video', purposes: ['thought_leadership', 'promotional'], preferredFormatWords: ['video'], length: { unit: 'seconds', min: 30, max: 90 } },
      { id: 'trend-video', label: 'Trend or duet video', purposes: ['engagement'], preferredFormatWords: ['trend', 'duet'], length: { unit: 'seconds', min: 15, max: 35 } },
    ],
    hashtags: { recommended: 4, max: 6 },
    characterLimit: 2200,
  },
  youtube: {
    id: 'youtube',
    displayName: 'YouTube',
    category: 'video',
    typicalPostsPerWeek: 1,
    maxPostsPerWeek: 5,
    effortPerPost: 6,
    bestDays: [4, 5, 6],
    windows: [window('Afternoon (2-4 PM)', 14, 16)],
    formats: [
      { id: 'walkthrough-video', label: 'Walkthrough video', purposes: ['educational'], preferredFormatWords: ['how-to', 'tutorial', 'video', 'guide'], length: { unit: 'minutes', min: 6, max: 12 } },
      { id: 'webinar-recording', label: 'Webinar recording', purposes: ['thought_leadership', 'educational'], preferredFormatWords: ['webinar'], length: { unit: 'minutes', min: 30, max: 60 } },
      { id: 'interview-video', label: 'Interview video', purposes: ['thought_leadership'], preferredFormatWords: ['interview', 'podcast'], length: { unit: 'minutes', min: 10, max: 25 } },
      { id: 'short', label: 'YouTube Short', purposes: ['engagement'], preferredFormatWords: ['short', 'video'], length: { unit: 'seconds', min: 15, max: 60 } },
      { id: 'product-demo', label: 'Product demo', purposes: ['promotional'], preferredFormatWords: ['demo', 'product'], length: { unit: 'minutes', min: 3, max: 6 } },
    ],
    hashtags: { recommended: 3, max: 15 },
    characterLimit: 5000,
  },
  pinterest: {
    id: 'pinterest',
    displayName: 'Pinterest',
    category: 'social',
    typicalPostsPerWeek: 5,
    maxPostsPerWeek: 21,
    effortPerPost: 1,
    bestDays: [5, 6, 7],
    windows: [window('Evening (8-11 PM)', 20, 23)],
    formats: [
      { id: 'infographic-pin', label: 'Infographic pin', purposes: ['educational', 'thought_leadership'], preferredFormatWords: ['infographic', 'how-to', 'guide'], length: { unit: 'characters', min: 100, max: 500 } },
      { id: 'idea-pin', label: 'Idea pin', purposes: ['engagement', 'educational'], preferredFormatWords: ['idea', 'video'], length: { unit: 'slides', min: 3, max: 8 } },
      { id: 'product-pin', label: 'Product pin', purposes: ['promotional'], preferredFormatWords: ['product'], length: { unit: 'characters', min: 100, max: 500 } },
    ],
    hashtags: { recommended: 3, max: 20 },
    characterLimit: 500,
  },
  threads: {
    id: 'threads',
    displayName: 'Threads',
    category: 'social',
    typicalPostsPerWeek: 5,
    maxPostsPerWeek: 21,
    effortPerPost: 0.5,
    bestDays: [2, 3, 4],
    windows: [window('Morning (8-10 AM)', 8, 10), window('Evening (7-9 PM)', 19, 21)],
    formats: [
      { id: 'text-post', label: 'Text post', purposes: ['educational', 'thought_leadership', 'promotional'], preferredFormatWords: ['social media post', 'post'], length: { unit: 'characters', min: 100, max: 500 } },
      { id: 'poll', label: 'Poll', purposes: ['engagement'], preferredFormatWords: ['poll'], length: { unit: 'characters', min: 60, max: 200 } },
    ],
    // Threads allows one topic tag per post.
    hashtags: { recommended: 1, max: 1 },
    characterLimit: 500,
  },
};
