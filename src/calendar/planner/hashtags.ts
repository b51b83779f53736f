import { toHashtag } from './text';

/** Longer tags read as sentences and rarely get searched. */
const MAX_HASHTAG_LENGTH = 30;

/**
 * Turns candidate phrases into CamelCase hashtags, drops duplicates (ignoring case) and tags longer than
 * MAX_HASHTAG_LENGTH, and returns them in order.
 */
export function hashtagPool(phrases: ReadonlyArray<string | undefined>): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];

  for (const phrase of phrases) {
    const tag = phrase === undefined ? undefined : toHashtag(phrase);
    if (tag === undefined || tag.length > MAX_HASHTAG_LENGTH || seen.has(tag.toLowerCase())) {
      continue;
    }

    seen.add(tag.toLowerCase());
    pool.push(tag);
  }

  return pool;
}

/**
 * Picks `count` hashtags: the entry's own topic tag first when it has one, then the pillar's tags rotated
 * by `rotation` so consecutive entries of a pillar vary their tags, then the general tags in order.
 */
export function pickHashtags(
  topicTag: string | undefined,
  pillarTags: readonly string[],
  generalTags: readonly string[],
  count: number,
  rotation: number,
): string[] {
  if (count <= 0) {
    return [];
  }

  const picked: string[] = [];
  const seen = new Set<string>();
  const take = (tag: string): void => {
    if (picked.length < count && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      picked.push(tag);
    }
  };

  if (topicTag !== undefined) {
    take(topicTag);
  }

  for (let index = 0; index < pillarTags.length && picked.length < count; index += 1) {
    take(pillarTags[(rotation + index) % pillarTags.length]);
  }

  for (const tag of generalTags) {
    take(tag);
  }

  return picked;
}
