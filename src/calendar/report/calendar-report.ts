import type { CalendarEntryRow } from '../generation/calendar-entry.entity';
import type { CalendarGenerationDto } from '../generation/dto/calendar-generation-response.dto';
import { isoWeekLabel, parseLocalDate, weekdayOf } from '../planner/local-date';
import type { QualityReport } from '../planner/quality-report';

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TITLE_WIDTH = 70;

/** Format entries as a plain-text table with one section per ISO week, for terminals. */
export function formatWeekTable(entries: CalendarEntryRow[]): string {
  const lines: string[] = [];
  let week = '';

  for (const entry of entries) {
    const day = parseLocalDate(entry.localDate);
    const entryWeek = isoWeekLabel(day);
    if (entryWeek !== week) {
      week = entryWeek;
      lines.push('', `${week}`, `${'-'.repeat(week.length)}`);
    }

    const weekday = WEEKDAY_NAMES[weekdayOf(day) - 1];
    lines.push(
      [
        `${weekday} ${entry.localDate}`,
        (entry.details.localTime ?? '').padEnd(5),
        entry.platform.padEnd(9),
        entry.format.padEnd(17),
        entry.pillar.slice(0, 24).padEnd(24),
        entry.purpose.padEnd(18),
        truncate(entry.title, TITLE_WIDTH),
      ].join('  '),
    );
  }

  const timezone = entries[0]?.timezone ?? '';
  return `${entries.length} entries, times in ${timezone}\n${lines.join('\n')}\n`;
}

/** Format a finished run's phases and quality report as plain text. */
export function formatQualityReport(run: CalendarGenerationDto): string {
  const lines = ['', 'Phases', '------'];
  for (const step of run.steps) {
    lines.push(
      `${step.step}. ${step.name.padEnd(32)} quality ${format(step.qualityScore)}  ${(step.durationMs ?? 0).toFixed(1)} ms`,
    );
    for (const warning of step.warnings) {
      lines.push(`     warning: ${warning}`);
    }
  }
  for (const warning of run.warnings) {
    lines.push(`warning: ${warning}`);
  }

  const quality = run.quality as unknown as QualityReport | null;
  if (quality) {
    lines.push(
      '',
      'Quality',
      '-------',
      `pillar share error       max ${format(quality.pillarShareError.max)}  mean ${format(quality.pillarShareError.mean)}`,
      `purpose share error      max ${format(quality.purposeShareError.max)}  mean ${format(quality.purposeShareError.mean)}`,
      `inside posting windows   ${percent(quality.inWindowShare)}`,
      `unique titles            ${percent(quality.titleUniqueness)}`,
      `high-priority gaps covered ${percent(quality.highPriorityGapCoverage)}`,
      `overall                  ${format(quality.overall)}`,
      '',
      'Pillar shares (target → actual)',
      ...quality.pillars.map((share) => `  ${share.key.padEnd(32)} ${percent(share.target)} → ${percent(share.actual)}`),
      'Purpose shares (target → actual)',
      ...quality.purposes.map((share) => `  ${share.key.padEnd(32)} ${percent(share.target)} → ${percent(share.actual)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function format(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(3);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
