import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { StrategyContent } from './strategy-content';

/**
 * The content of a strategy as of one version. A row is written whenever the content changes, so a
 * calendar run that pinned version N reads the content of the newest revision at or below N.
 */
@Entity({ name: 'strategy_revisions' })
export class StrategyRevision {
  @PrimaryColumn({ name: 'strategy_id', type: 'uuid' })
  strategyId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  content: StrategyContent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
