import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StrategyContent } from './strategy-content';

export type StrategyStatus = 'active' | 'inactive';

@Entity({ name: 'content_strategies' })
export class ContentStrategy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  /** Every field of the strategy, `name` included, as validated by CreateStrategyDto. */
  @Column({ type: 'jsonb' })
  content: StrategyContent;

  /** Starts at 1 and grows by one on every change: content edits, activation and deactivation. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  status: StrategyStatus;

  /** Whether `content.comprehensiveAiAnalysis` is set; the fallback tier prefers such strategies. */
  @Column({ name: 'has_ai_analysis', type: 'boolean' })
  hasAiAnalysis: boolean;

  /** Share of the user-entered fields that are filled, 0–100. */
  @Column({ type: 'smallint' })
  completeness: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
