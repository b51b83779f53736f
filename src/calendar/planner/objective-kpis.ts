import type { KpiMapping, StrategyContent, TargetMetrics } from '../../strategy/strategy-content';

export const GOAL_TYPES = ['awareness', 'engagement', 'conversion', 'retention'] as const;

export type GoalType = (typeof GOAL_TYPES)[number];

/** A business objective with the goal type it serves and the KPIs that measure it. */
export interface ObjectiveKpis {
  objective: string;
  goalType: GoalType;
  /** Source of the goal type: a keyword in the objective, or the awareness default when none matched. */
  matchedBy: 'keyword' | 'default';
  kpis: string[];
}

export interface GoalKpiAnalysis {
  objectives: ObjectiveKpis[];
  /** KPI names by goal type: the strategy's kpiMapping where it has one, else DEFAULT_KPIS. */
  kpisByGoal: Record<GoalType, string[]>;
  kpiSource: 'kpiMapping' | 'default';
  targetMetrics?: TargetMetrics & { goalType?: GoalType };
}

/** Fragments that mark an objective's goal type; an objective gets the type with the most matches. */
const GOAL_KEYWORDS: Record<GoalType, RegExp[]> = {
  awareness: [/aware/, /traffic/, /reach/, /brand/, /visib/, /thought leader/, /recogni/, /launch/, /audience/, /seo/, /search/, /impression/, /follower/, /market share/],
  engagement: [/engag/, /communit/, /comment/, /share/, /interact/, /conversation/, /participat/, /time on page/],
  conversion: [/\bleads?\b/, /lead gen/, /sales/, /revenue/, /conver/, /sign.?up/, /subscri/, /\bbook/, /demo/, /trial/, /purchase/, /pipeline/, /capacity/, /customer acquisition/],
  retention: [/retain/, /retention/, /churn/, /loyal/, /onboard/, /renew/, /repeat/, /returning/, /upsell/, /satisf/],
};

/** Tie-break order when an objective matches several goal types equally: the later funnel stage wins. */
const TIE_BREAK_ORDER: GoalType[] = ['retention', 'conversion', 'engagement', 'awareness'];

export const DEFAULT_KPIS: Record<GoalType, string[]> = {
  awareness: ['Website traffic', 'Reach', 'Impressions'],
  engagement: ['Engagement rate', 'Shares', 'Comments'],
  conversion: ['Leads', 'Conversion rate', 'Sign-ups'],
  retention: ['Churn rate', 'Returning visitors', 'Email open rate'],
};

/** Classifies text as a goal type by keyword, or returns undefined when no keyword matches. */
export function classifyGoal(text: string): GoalType | undefined {
  const lower = text.toLowerCase();
  let best: GoalType | undefined;
  let bestHits = 0;

  for (const goal of TIE_BREAK_ORDER) {
    const hits = GOAL_KEYWORDS[goal].filter((pattern) => pattern.test(lower)).length;
    if (hits > bestHits) {
      best = goal;
      bestHits = hits;
    }
  }

  return best;
}

/** Maps each business objective to a goal type and its KPIs, using the strategy's kpiMapping where present. */
export function mapObjectivesToKpis(content: StrategyContent, warnings: string[]): GoalKpiAnalysis {
  const { kpisByGoal, kpiSource } = readKpiMapping(content.kpiMapping);
  const objectives: ObjectiveKpis[] = [];

  for (const raw of content.businessObjectives ?? []) {
    const objective = typeof raw === 'string' ? raw.trim() : '';
    if (objective.length === 0) {
      continue;
    }

    const goalType = classifyGoal(objective);
    if (goalType === undefined) {
      warnings.push(`Business objective "${objective}" matches no goal type; it is measured as awareness`);
    }

    objectives.push({
      objective,
      goalType: goalType ?? 'awareness',
      matchedBy: goalType === undefined ? 'default' : 'keyword',
      kpis: kpisByGoal[goalType ?? 'awareness'],
    });
  }

  if (objectives.length === 0) {
    warnings.push('businessObjectives is missing, so no objective is mapped to KPIs');
  }

  const targetMetrics = content.targetMetrics;
  const primaryMetric = targetMetrics?.primaryMetric;

  return {
    objectives,
    kpisByGoal,
    kpiSource,
    targetMetrics:
      targetMetrics === undefined
        ? undefined
        : { ...targetMetrics, goalType: primaryMetric === undefined ? undefined : classifyGoal(primaryMetric) },
  };
}

function readKpiMapping(mapping: KpiMapping | undefined): Pick<GoalKpiAnalysis, 'kpisByGoal' | 'kpiSource'> {
  const kpisByGoal = { ...DEFAULT_KPIS };
  let fromStrategy = false;

  for (const goal of GOAL_TYPES) {
    const names = (mapping?.[goal] ?? []).filter((name) => typeof name === 'string' && name.trim().length > 0);
    if (names.length > 0) {
      kpisByGoal[goal] = names;
      fromStrategy = true;
    }
  }

  return { kpisByGoal, kpiSource: fromStrategy ? 'kpiMapping' : 'default' };
}
