import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CalendarEntryRow } from '../calendar-entry.entity';
import type { CalendarGeneration } from '../calendar-generation.entity';

class PinnedStrategyDto {
  @ApiProperty({ description: 'Strategy id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The strategy version every phase of this run reads' })
  version: number;
}

class GenerationStepDto {
  @ApiProperty({ description: 'Phase number, 1 to 6' })
  step: number;

  @ApiProperty({ description: 'Phase name', example: 'Calendar framework' })
  name: string;

  @ApiProperty({ enum: ['pending', 'running', 'completed', 'failed', 'skipped'] })
  status: string;

  @ApiProperty({ description: 'Quality of the phase output, 0..1, computed from that output; null until it ran', nullable: true, type: Number })
  qualityScore: number | null;

  @ApiProperty({ description: 'What the phase could not do as asked', type: [String] })
  warnings: string[];

  @ApiProperty({ description: 'Run time in milliseconds; null until it ran', nullable: true, type: Number })
  durationMs: number | null;
}

class GenerationErrorDto {
  @ApiProperty({ description: 'The phase that failed; null when the failure was outside a phase', nullable: true, type: Number })
  step: number | null;

  @ApiProperty({ nullable: true, type: String })
  phase: string | null;

  @ApiProperty({ description: 'What went wrong' })
  message: string;
}

class CalendarRequestDto {
  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date', description: 'Inclusive' })
  endDate: string;

  @ApiProperty({ example: 'Europe/Berlin' })
  timezone: string;

  @ApiPropertyOptional({ type: [String] })
  platforms?: string[];

  @ApiPropertyOptional({ type: [String] })
  blackoutDates?: string[];

  @ApiPropertyOptional()
  holidayCountry?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  postsPerWeek?: Record<string, number>;
}

export class CalendarGenerationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed', 'cancelled'] })
  status: string;

  @ApiProperty({ description: 'Share of the work done, 0..100' })
  progress: number;

  @ApiProperty({ description: 'The phase running now, 1..6; null when none is', nullable: true, type: Number })
  currentStep: number | null;

  @ApiProperty({ type: PinnedStrategyDto, description: 'The strategy snapshot this run plans from' })
  strategy: PinnedStrategyDto;

  @ApiProperty({ type: CalendarRequestDto, description: 'The request with defaults applied' })
  request: CalendarRequestDto;

  @ApiProperty({ type: [GenerationStepDto] })
  steps: GenerationStepDto[];

  @ApiProperty({
    description:
      'Measured on the output once completed: per-pillar and per-purpose share error, share of entries inside posting windows, title uniqueness, share of high-priority gaps covered',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  quality: Record<string, unknown> | null;

  @ApiProperty({ type: [String], description: 'Warnings about the run as a whole' })
  warnings: string[];

  @ApiPropertyOptional({ type: GenerationErrorDto, description: 'Present when the run failed' })
  error?: GenerationErrorDto;

  @ApiProperty({ description: 'Entries written' })
  entryCount: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  startedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  finishedAt: string | null;
}

export class CalendarGenerationPageDto {
  @ApiProperty({ type: [CalendarGenerationDto] })
  items: CalendarGenerationDto[];

  @ApiProperty()
  total: number;
}

export class CalendarEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Publication date in the calendar time zone', format: 'date' })
  date: string;

  @ApiProperty({ description: 'Publication time, UTC', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'Publication time of day in the calendar time zone, HH:mm', example: '09:00' })
  localTime: string;

  @ApiProperty({ example: 'Europe/Berlin' })
  timezone: string;

  @ApiProperty({ example: 'linkedin' })
  platform: string;

  @ApiProperty({ example: 'carousel' })
  format: string;

  @ApiProperty({ example: 'Close faster' })
  pillar: string;

  @ApiProperty({ enum: ['educational', 'thought_leadership', 'engagement', 'promotional'] })
  purpose: string;

  @ApiProperty({ description: 'Working title, unique within the calendar' })
  title: string;

  @ApiProperty({ type: [String] })
  keywords: string[];

  @ApiProperty({ type: [String], example: ['#MonthEndClose'] })
  hashtags: string[];

  @ApiProperty()
  callToAction: string;

  @ApiProperty({ description: 'Length guidance, tone and what the post covers' })
  notes: string;
}

export class CalendarEntryPageDto {
  @ApiProperty({ type: [CalendarEntryDto] })
  items: CalendarEntryDto[];

  @ApiProperty()
  total: number;
}

export function toGenerationDto(generation: CalendarGeneration): CalendarGenerationDto {
  return {
    id: generation.id,
    status: generation.status,
    progress: generation.progress,
    currentStep: generation.currentStep,
    strategy: { id: generation.strategyId, version: generation.strategyVersion },
    request: generation.request,
    steps: generation.steps,
    quality: generation.quality,
    warnings: generation.warnings,
    ...(generation.error ? { error: generation.error } : {}),
    entryCount: generation.entryCount,
    createdAt: generation.createdAt.toISOString(),
    startedAt: generation.startedAt?.toISOString() ?? null,
    finishedAt: generation.finishedAt?.toISOString() ?? null,
  };
}

export function toEntryDto(entry: CalendarEntryRow): CalendarEntryDto {
  return {
    id: entry.id,
    date: entry.localDate,
    startsAt: entry.startsAt.toISOString(),
    localTime: entry.details.localTime ?? '',
    timezone: entry.timezone,
    platform: entry.platform,
    format: entry.format,
    pillar: entry.pillar,
    purpose: entry.purpose,
    title: entry.title,
    keywords: entry.keywords,
    hashtags: entry.hashtags,
    callToAction: entry.callToAction,
    notes: entry.notes,
  };
}
