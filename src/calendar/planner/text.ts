/** Words too common in strategy text to say which pillar a gap or keyword belongs to. */
const STOPWORDS = new Set([
  'a', 'about', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'between', 'but', 'by', 'can', 'content', 'do',
  'does', 'few', 'for', 'from', 'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'little', 'more',
  'most', 'need', 'new', 'no', 'not', 'of', 'on', 'one', 'or', 'our', 'out', 'so', 'than', 'that', 'the',
  'their', 'them', 'there', 'these', 'they', 'this', 'to', 'too', 'up', 'use', 'very', 'was', 'we',
  'what', 'when', 'which', 'who', 'why', 'will', 'with', 'without', 'you', 'your',
]);

/** Two tokens this long that share this many leading letters count as one word ("reconciling", "reconciliation"). */
const SHARED_PREFIX_LENGTH = 6;

/** Splits text into lowercase word tokens without stopwords, with a plural "s" removed. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) {
      continue;
    }

    tokens.push(singularize(raw));
  }

  return tokens;
}

function singularize(token: string): string {
  if (token.length > 4 && token.endsWith('ies')) {
    return `${token.slice(0, -3)}y`;
  }

  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us')) {
    return token.slice(0, -1);
  }

  return token;
}

function tokensMatch(left: string, right: string): boolean {
  if (left === right) {
    return true;
  }

  return (
    left.length >= SHARED_PREFIX_LENGTH &&
    right.length >= SHARED_PREFIX_LENGTH &&
    left.slice(0, SHARED_PREFIX_LENGTH) === right.slice(0, SHARED_PREFIX_LENGTH)
  );
}

/** Counts the distinct tokens of `tokens` that match some token of `reference`. */
export function countTokenOverlap(tokens: readonly string[], reference: readonly string[]): number {
  let overlap = 0;
  for (const token of new Set(tokens)) {
    if (reference.some((candidate) => tokensMatch(token, candidate))) {
      overlap += 1;
    }
  }

  return overlap;
}

export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Lowercases the first letter unless the first word is an acronym or a name with inner capitals ("BI", "iPhone"). */
export function lowercaseFirst(text: string): string {
  const firstWord = text.split(/\s+/, 1)[0] ?? '';
  if (firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) {
    return text;
  }

  return text.length === 0 ? text : text[0].toLowerCase() + text.slice(1);
}

/** Builds a CamelCase hashtag ("month-end close" → "#MonthEndClose"), or undefined when no letters remain. */
export function toHashtag(text: string): string | undefined {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  if (words.length === 0) {
    return undefined;
  }

  const body = words
    .map((word) => (word === word.toUpperCase() ? word : capitalizeFirst(word.toLowerCase())))
    .join('');

  if (!/[A-Za-z]/.test(body)) {
    return undefined;
  }

  return `#${body}`;
}

/**
 * Returns whether a value looks like generated placeholder data ("keyword_3", "opportunity_keyword_10",
 * "Competitor 2", "Top Content 1") rather than words a marketer wrote.
 */
export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[a-z]+(_[a-z]+)*_\d+$/i.test(trimmed) ||
    /^(competitor|keyword|topic|content|top content|recommended content|item|example)\s*\d+$/i.test(trimmed)
  );
}

/** Strategy names like "Technology Content Strategy 1" label a plan; they name no brand to put in a title. */
const PLAN_LABEL = /\b(strategy|plan|calendar|campaign|test)\b|\d+$/i;

/**
 * Returns the brand part of a strategy name ("Northwind Analytics — FY27 demand generation" gives
 * "Northwind Analytics"), or undefined when the name is a plan label rather than a brand.
 */
export function brandNameOf(strategyName: string): string | undefined {
  const brand = strategyName.split(/\s+[—–-]\s+|:\s+|\s+\|\s+/)[0]?.trim() ?? '';
  if (brand.length === 0 || PLAN_LABEL.test(brand)) {
    return undefined;
  }

  return brand;
}

/** Keep the first of the values that are equal when compared case-insensitively, in order. */
export function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
