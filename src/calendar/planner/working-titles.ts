import type { TitleTopic } from './title-topics';
import { capitalizeFirst } from './text';
import type { ContentPurpose } from './types';

export interface TitleContext {
  topic: TitleTopic;
  /** Undefined when the strategy name gives no brand; templates that need one are then skipped. */
  brand: string | undefined;
  pillar: string;
  /** English month name of the entry's date, such as "March". */
  month: string;
  year: number;
}

export interface Template {
  render: (context: TitleContext) => string;
  needsBrand?: boolean;
  /** Skips the template for topics it would repeat a word of ("Close checklist: a step-by-step checklist"). */
  clashesWith?: RegExp;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Month name for a YYYY-MM-DD date. */
export function monthName(localDate: string): string {
  return MONTHS[Number(localDate.slice(5, 7)) - 1] ?? '';
}

const lead = (context: TitleContext): string => capitalizeFirst(context.topic.phrase);
const forAudience = (context: TitleContext): string =>
  context.topic.audience !== undefined && !/\bfor\b/i.test(context.topic.phrase)
    ? ` for ${lowercaseAudience(context.topic.audience)}`
    : '';

function lowercaseAudience(audience: string): string {
  // Keep acronyms and names ("CFOs", "FP&A analysts"); lowercase only plain words.
  return audience
    .split(' ')
    .map((word) => (word === word[0] + word.slice(1).toLowerCase() ? word.toLowerCase() : word))
    .join(' ');
}

/*
 * Topic templates put the topic phrase first, before a colon, so a singular keyword ("close checklist"), a
 * plural one ("finance dashboards") and a whole gap phrase all read correctly without an article, and no
 * verb has to agree with the topic.
 */
const TOPIC_TEMPLATES: Record<ContentPurpose, Template[]> = {
  educational: [
    { render: (context) => `${lead(context)}: a practical guide${forAudience(context)}`, clashesWith: /\bguides?\b/i },
    { render: (context) => `${lead(context)}: a step-by-step checklist`, clashesWith: /\bchecklists?\b/i },
    { render: (context) => `${lead(context)}, explained` },
    { render: (context) => `${lead(context)}: mistakes to avoid` },
    { render: (context) => `${lead(context)}: a beginner's guide`, clashesWith: /\b(guides?|beginners?)\b/i },
    { render: (context) => `${lead(context)}: the questions we hear most` },
  ],
  thought_leadership: [
    { render: (context) => `${lead(context)}: what most people get wrong` },
    { render: (context) => `${lead(context)}: where it is heading in ${context.year}` },
    { render: (context) => `${lead(context)}: why it matters now${forAudience(context)}` },
    { render: (context) => `${lead(context)}: what we have learned` },
    { render: (context) => `${lead(context)}: an honest look` },
  ],
  engagement: [
    { render: (context) => `${lead(context)}: how does your team handle it?` },
    { render: (context) => `${lead(context)}: what is your biggest challenge?` },
    { render: (context) => `${lead(context)}: quick poll`, clashesWith: /\bpolls?\b/i },
    { render: (context) => `${lead(context)}: share your best tip`, clashesWith: /\btips?\b/i },
    { render: (context) => `${lead(context)}: what would you do differently?` },
  ],
  promotional: [
    { render: (context) => `${lead(context)} with ${context.brand}: a quick walkthrough`, needsBrand: true },
    { render: (context) => `${lead(context)}: how ${context.brand} helps`, needsBrand: true },
    { render: (context) => `${lead(context)} at ${context.brand}: behind the scenes`, needsBrand: true },
    { render: (context) => `${lead(context)}: see it in action` },
    { render: (context) => `${lead(context)}: how we can help` },
  ],
};

/** For pillars with nothing but a name, such as "Teacher spotlights", the month gives each title its angle. */
const PILLAR_TEMPLATES: Record<ContentPurpose, Template[]> = {
  educational: [
    { render: (context) => `${context.pillar}: what to know in ${context.month}` },
    { render: (context) => `${context.pillar}: your ${context.month} guide` },
    { render: (context) => `${context.pillar}: key takeaways from ${context.month}` },
  ],
  thought_leadership: [
    { render: (context) => `${context.pillar}: lessons from ${context.month}` },
    { render: (context) => `${context.pillar}: our view for ${context.month} ${context.year}` },
  ],
  engagement: [
    { render: (context) => `${context.pillar}: share your story` },
    { render: (context) => `${context.pillar}: what would you like to see in ${context.month}?` },
    { render: (context) => `${context.pillar}: ask us anything` },
  ],
  promotional: [
    { render: (context) => `${context.pillar}: what is new at ${context.brand} in ${context.month}`, needsBrand: true },
    { render: (context) => `${context.pillar} at ${context.brand}: ${context.month} highlights`, needsBrand: true },
    { render: (context) => `${context.pillar}: what is new in ${context.month}` },
  ],
};

/**
 * Returns the templates that suit the topic and purpose, starting at `startIndex` and wrapping around, so
 * the first renders the title due and the rest are fallbacks for a title already taken.
 */
export function titleTemplates(context: TitleContext, purpose: ContentPurpose, startIndex: number): Template[] {
  const all = context.topic.kind === 'pillar' ? PILLAR_TEMPLATES[purpose] : TOPIC_TEMPLATES[purpose];
  const usable = all.filter((template) => !template.needsBrand || context.brand !== undefined);
  const fitting = usable.filter(
    (template) => template.clashesWith === undefined || !template.clashesWith.test(context.topic.phrase),
  );
  const templates = fitting.length > 0 ? fitting : usable;

  return templates.map((_, offset) => templates[(startIndex + offset) % templates.length]);
}

/**
 * Hands out titles unique within one calendar, ignoring case. A taken title is replaced by the next
 * template for the same topic, then by " (part N)" with the lowest free N. Lookups use a set, so each
 * title costs at most one pass over the templates.
 */
export class TitleRegistry {
  private readonly used = new Set<string>();
  private readonly nextPart = new Map<string, number>();
  private suffixed = 0;

  /** Titles that needed a part number. */
  get suffixedCount(): number {
    return this.suffixed;
  }

  /** Returns the first template's title that is still free, else the first title with a part number. */
  claim(templates: readonly Template[], context: TitleContext): string {
    let first: string | undefined;
    for (const template of templates) {
      const candidate = template.render(context);
      first ??= candidate;
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }

    const base = first ?? context.topic.phrase;
    let part = this.nextPart.get(base) ?? 2;
    let title = `${base} (part ${part})`;
    while (this.used.has(title.toLowerCase())) {
      part += 1;
      title = `${base} (part ${part})`;
    }

    this.nextPart.set(base, part + 1);
    this.used.add(title.toLowerCase());
    this.suffixed += 1;
    return title;
  }
}
