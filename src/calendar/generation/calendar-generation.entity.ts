import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarRequest } from '../planner/types';

export type GenerationStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export type StepStatus = 'pending' | 'running' | 'completed' | 'failed' | 'skipped';

/** One planning phase of a run as the API reports it. */
export interface GenerationStep {
  step: number;
  name: string;
  status: StepStatus;
  /** 0..1, computed by the phase from its own output; null until the phase has run. */
  qualityScore: number | null;
  warnings: string[];
  /** Run time of the phase, in milliseconds; null until the phase has run. */
  durationMs: number | null;
}

export interface GenerationError {
  step: number | null;
  phase: string | null;
  message: string;
}

@Entity({ name: 'calendar_generations' })
export class CalendarGeneration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  status: GenerationStatus;

  /** 0..100 */
  @Column({ type: 'smallint' })
  progress: number;

  @Column({ name: 'current_step', type: 'smallint', nullable: true })
  currentStep: number | null;

  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId: string;

  @Column({ name: 'strategy_version', type: 'integer' })
  strategyVersion: number;

  /** The request after defaults were applied: endDate and timezone are always set. */
  @Column({ type: 'jsonb' })
  request: CalendarRequest;

  /** SHA-256 of the request body as sent, to tell a repeated Idempotency-Key from a reused one. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'jsonb' })
  steps: GenerationStep[];

  @Column({ type: 'jsonb', nullable: true })
  quality: Record<string, unknown> | null;

  /** Warnings about the run as a whole, such as a defaulted time zone. */
  @Column({ type: 'jsonb' })
  warnings: string[];

  @Column({ type: 'jsonb', nullable: true })
  error: GenerationError | null;

  @Column({ name: 'entry_count', type: 'integer' })
  entryCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
