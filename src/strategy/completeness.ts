import { STRATEGY_FIELD_GROUPS, type StrategyContent, type StrategyFieldGroup } from './strategy-content';

export interface StrategyCompleteness {
  /** Percentage of user-entered fields that are filled, an integer from 0 to 100. */
  overall: number;
  /** Percentage of filled fields per group, integers from 0 to 100; `aiAnalysis` included. */
  groups: Record<StrategyFieldGroup, number>;
}

/** Groups of fields the user enters; `aiAnalysis` is AI output, so it does not count towards `overall`. */
const USER_INPUT_GROUPS = (Object.keys(STRATEGY_FIELD_GROUPS) as StrategyFieldGroup[]).filter(
  (group) => group !== 'aiAnalysis',
);

/**
 * Returns whether a field value carries information: not null or undefined, not a blank string, and,
 * for a list or object, at least one item or value that is itself filled. So `[]`, `{}` and
 * `{ preferredFormats: [] }` are empty, while `0` and `false` are filled.
 */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.some(isFilled);
  }
  if (typeof value === 'object') {
    return Object.values(value).some(isFilled);
  }
  return true;
}

function percent(filled: number, total: number): number {
  return total === 0 ? 0 : Math.round((filled / total) * 100);
}

/**
 * Scores how much of a strategy is filled in. Each top-level field listed in
 * `STRATEGY_FIELD_GROUPS` counts once, as filled or not (see `isFilled`). `groups` gives the
 * percentage per group. `overall` is filled fields over all fields of the user-input groups
 * (identity through legacy), without the six AI-analysis fields. `gapAnalysis` and `kpiMapping`
 * belong to no group and never count.
 */
export function computeCompleteness(content: StrategyContent): StrategyCompleteness {
  const groups = {} as Record<StrategyFieldGroup, number>;
  const filledByGroup = {} as Record<StrategyFieldGroup, number>;

  for (const group of Object.keys(STRATEGY_FIELD_GROUPS) as StrategyFieldGroup[]) {
    const fields: ReadonlyArray<keyof StrategyContent> = STRATEGY_FIELD_GROUPS[group];
    filledByGroup[group] = fields.filter((field) => isFilled(content[field])).length;
    groups[group] = percent(filledByGroup[group], fields.length);
  }

  let filled = 0;
  let total = 0;
  for (const group of USER_INPUT_GROUPS) {
    filled += filledByGroup[group];
    total += STRATEGY_FIELD_GROUPS[group].length;
  }

  return { overall: percent(filled, total), groups };
}
