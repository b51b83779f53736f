import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEntryRow } from '../generation/calendar-entry.entity';
import type { CalendarGeneration } from '../generation/calendar-generation.entity';

// Planned posts have a start time but no real length; a 30-minute block keeps them visible in calendar apps.
const EVENT_MINUTES = 30;

/**
 * Render a run's entries as an RFC 5545 calendar. Event times carry the calendar's time zone (TZID,
 * defined by a VTIMEZONE block), so 09:00 local shows as 09:00 in any calendar app across
 * daylight-saving changes.
 */
export function renderIcs(generation: CalendarGeneration, entries: CalendarEntryRow[], host: string): string {
  const timezone = generation.request.timezone;

  // The time zone is set per event, not on the calendar: ical-generator 10 formats DTSTAMP in the
  // calendar's time zone without the UTC "Z" when one is set, and RFC 5545 requires DTSTAMP in UTC.
  const calendar = ical({
    name: `Cadence content calendar ${generation.request.startDate} to ${generation.request.endDate}`,
    prodId: { company: 'Cadence', product: 'content-calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.x([{ key: 'X-WR-TIMEZONE', value: timezone }]);

  const stamp = DateTime.fromJSDate(generation.finishedAt ?? generation.createdAt, { zone: 'utc' });
  for (const entry of entries) {
    const start = DateTime.fromJSDate(entry.startsAt, { zone: timezone });
    calendar.createEvent({
      id: `${entry.id}@${host}`,
      start,
      end: start.plus({ minutes: EVENT_MINUTES }),
      timezone,
      stamp,
      summary: `[${entry.platform}] ${entry.title}`,
      description: describe(entry),
      categories: [{ name: entry.pillar }, { name: entry.purpose }],
    });
  }

  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator 10 omits the last.
  const text = withTimezoneDefinition(calendar.toString(), timezone);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** Insert the VTIMEZONE component that the events' TZID refers to, before the first event. */
function withTimezoneDefinition(text: string, timezone: string): string {
  const definition = getVtimezoneComponent(timezone);
  if (!definition) {
    // NOTE: a zone missing from the package's tzurl data leaves TZID undefined; readers then fall back to
    // their own zone database, which knows every IANA name Cadence accepts.
    return text;
  }

  // The package names aliases by their canonical zone ("UTC" comes back as "Etc/UTC"); the events use
  // the name the user gave, so the definition must carry that name too.
  const block = definition
    .replace(/^TZID:.*$/m, `TZID:${timezone}`)
    .replace(/\r?\n/g, '\r\n')
    .replace(/(\r\n)?$/, '\r\n');
  const anchor = text.includes('BEGIN:VEVENT') ? 'BEGIN:VEVENT' : 'END:VCALENDAR';
  const index = text.indexOf(anchor);
  return text.slice(0, index) + block + text.slice(index);
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
