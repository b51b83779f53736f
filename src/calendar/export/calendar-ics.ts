import type { CalendarEntryRow } from '../generation/calendar-entry.entity';
import type { CalendarGeneration } from '../generation/calendar-generation.entity';
import { escapeText, foldLine, formatLocalDateTime, formatUtcDateTime } from './ics-text';
import { ZoneOffsetTable } from './ics-timezone';

// Planned posts have a start time but no real length; a 30-minute block keeps them visible in calendar apps.
const EVENT_MINUTES = 30;

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/**
 * The VTIMEZONE covers the request's dates with one day to spare on each side. Real offsets lie within
 * -12:00..+14:00, so the local dates map into this UTC span widened by those offsets.
 */
const RANGE_MARGIN_BEFORE_MS = MS_PER_DAY + 14 * MS_PER_HOUR;
const RANGE_MARGIN_AFTER_MS = 2 * MS_PER_DAY + 12 * MS_PER_HOUR;

/** Domain part of every UID. A fixed name keeps UIDs stable across hosts and free of request input. */
const UID_DOMAIN = 'cadence';

/**
 * Renders a run's entries as an RFC 5545 calendar. Event times carry the entry's time zone (TZID, defined
 * by a VTIMEZONE built from the same tz data as `startsAt`), so 09:00 local shows as 09:00 in any calendar
 * app across daylight-saving changes. An event whose wall-clock start or end occurs twice (a fall-back hour)
 * is written in UTC instead, because RFC 5545 3.3.5 reads such a TZID time as its first occurrence.
 */
export function renderIcs(generation: CalendarGeneration, entries: CalendarEntryRow[]): string {
  const request = generation.request;
  const tables = buildOffsetTables(generation, entries);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cadence//content-calendar//EN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(`Cadence content calendar ${request.startDate} to ${request.endDate}`)}`,
    `X-WR-CALNAME:${escapeText(`Cadence content calendar ${request.startDate} to ${request.endDate}`)}`,
    `X-WR-TIMEZONE:${escapeText(request.timezone)}`,
  ];
  for (const table of tables.values()) {
    lines.push(...table.renderVtimezone());
  }

  const stamp = formatUtcDateTime((generation.finishedAt ?? generation.createdAt).getTime());
  for (const entry of entries) {
    lines.push(...renderEvent(entry, stamp, tables.get(entry.timezone)!));
  }
  lines.push('END:VCALENDAR');

  // RFC 5545 ends every content line with CRLF, the last one too.
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Builds one offset table per time zone in use, keyed by the zone name exactly as the events carry it. */
function buildOffsetTables(generation: CalendarGeneration, entries: CalendarEntryRow[]): Map<string, ZoneOffsetTable> {
  let fromMs = Date.parse(`${generation.request.startDate}T00:00:00Z`) - RANGE_MARGIN_BEFORE_MS;
  let toMs = Date.parse(`${generation.request.endDate}T00:00:00Z`) + RANGE_MARGIN_AFTER_MS;
  for (const entry of entries) {
    const startMs = entry.startsAt.getTime();
    // An unparsable request date leaves NaN, which these comparisons replace with the entries' span.
    if (!(fromMs <= startMs)) {
      fromMs = startMs - MS_PER_DAY;
    }
    if (!(toMs >= startMs + EVENT_MINUTES * MS_PER_MINUTE)) {
      toMs = startMs + MS_PER_DAY;
    }
  }
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) {
    throw new Error(
      `Invalid calendar range ${generation.request.startDate}..${generation.request.endDate}: expected YYYY-MM-DD dates`,
    );
  }

  const zones = new Set([generation.request.timezone, ...entries.map((entry) => entry.timezone)]);
  const tables = new Map<string, ZoneOffsetTable>();
  for (const zone of zones) {
    tables.set(zone, new ZoneOffsetTable(zone, fromMs, toMs));
  }
  return tables;
}

function renderEvent(entry: CalendarEntryRow, stamp: string, table: ZoneOffsetTable): string[] {
  const startMs = entry.startsAt.getTime();
  const endMs = startMs + EVENT_MINUTES * MS_PER_MINUTE;
  const localStartMs = startMs + table.offsetAt(startMs) * MS_PER_MINUTE;
  const localEndMs = endMs + table.offsetAt(endMs) * MS_PER_MINUTE;

  // A wall-clock time derived from an instant always maps back to it unless it occurs twice.
  const unambiguous = table.countInstantsAt(localStartMs) === 1 && table.countInstantsAt(localEndMs) === 1;
  const start = unambiguous
    ? `DTSTART;TZID=${entry.timezone}:${formatLocalDateTime(localStartMs)}`
    : `DTSTART:${formatUtcDateTime(startMs)}`;
  const end = unambiguous
    ? `DTEND;TZID=${entry.timezone}:${formatLocalDateTime(localEndMs)}`
    : `DTEND:${formatUtcDateTime(endMs)}`;

  return [
    'BEGIN:VEVENT',
    `UID:${entry.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    start,
    end,
    `SUMMARY:${escapeText(`[${entry.platform}] ${entry.title}`)}`,
    `DESCRIPTION:${escapeText(describe(entry))}`,
    `CATEGORIES:${escapeText(entry.pillar)},${escapeText(entry.purpose)}`,
    'END:VEVENT',
  ];
}

function describe(entry: CalendarEntryRow): string {
  const lines = [
    `Platform: ${entry.platform} (${entry.format})`,
    `Pillar: ${entry.pillar}`,
    `Purpose: ${entry.purpose}`,
    `Call to action: ${entry.callToAction}`,
  ];
  if (entry.hashtags.length > 0) {
    lines.push(`Hashtags: ${entry.hashtags.join(' ')}`);
  }
  if (entry.keywords.length > 0) {
    lines.push(`Keywords: ${entry.keywords.join(', ')}`);
  }
  if (entry.notes) {
    lines.push('', entry.notes);
  }
  return lines.join('\n');
}
