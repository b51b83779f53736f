import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One period during which a strategy was its user's active strategy; open while `deactivatedAt` is null. */
@Entity({ name: 'strategy_activations' })
export class StrategyActivation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId: string;

  @Column({ name: 'activated_at', type: 'timestamptz' })
  activatedAt: Date;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}
