import type { ContentStrategy, StrategyStatus } from './content-strategy.entity';
import type { StrategyContent } from './strategy-content';

/** A strategy as the API returns it: its content plus the fields Cadence maintains. Dates are ISO 8601 UTC. */
export interface StrategyView extends StrategyContent {
  id: string;
  version: number;
  status: StrategyStatus;
  completeness: number;
  activatedAt: string | null;
  deactivatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The latest activation period of a strategy, if it was ever active. */
export interface LatestActivation {
  activatedAt: Date;
  deactivatedAt: Date | null;
}

export function toStrategyView(strategy: ContentStrategy, activation?: LatestActivation): StrategyView {
  return {
    id: strategy.id,
    ...strategy.content,
    version: strategy.version,
    status: strategy.status,
    completeness: strategy.completeness,
    activatedAt: activation ? activation.activatedAt.toISOString() : null,
    deactivatedAt: activation?.deactivatedAt ? activation.deactivatedAt.toISOString() : null,
    createdAt: strategy.createdAt.toISOString(),
    updatedAt: strategy.updatedAt.toISOString(),
  };
}
