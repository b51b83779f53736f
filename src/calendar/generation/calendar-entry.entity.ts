import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Planning detail that has no column of its own: length guidance, tone, topic, the gap covered. */
export interface EntryDetails {
  length?: unknown;
  tone?: string;
  topic?: string;
  gapId?: string;
  localTime?: string;
  inWindow?: boolean;
  formatLabel?: string;
}

@Entity({ name: 'calendar_entries' })
export class CalendarEntryRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'generation_id', type: 'uuid' })
  generationId: string;

  /** Order within the calendar, by start time. */
  @Column({ type: 'integer' })
  position: number;

  /** The publication date in the calendar's time zone, YYYY-MM-DD. */
  @Column({ name: 'local_date', type: 'date' })
  localDate: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text' })
  platform: string;

  @Column({ type: 'text' })
  format: string;

  @Column({ type: 'text' })
  pillar: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb' })
  keywords: string[];

  @Column({ type: 'jsonb' })
  hashtags: string[];

  @Column({ name: 'call_to_action', type: 'text' })
  callToAction: string;

  @Column({ type: 'text' })
  notes: string;

  @Column({ type: 'jsonb' })
  details: EntryDetails;
}
