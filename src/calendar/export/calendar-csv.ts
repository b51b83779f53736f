import { stringify } from 'csv-stringify/sync';
import type { CalendarEntryRow } from '../generation/calendar-entry.entity';

const COLUMNS = [
  'date',
  'localTime',
  'startsAt',
  'timezone',
  'platform',
  'format',
  'pillar',
  'purpose',
  'title',
  'keywords',
  'hashtags',
  'callToAction',
  'notes',
];

// Spreadsheet apps run a cell that starts with one of these as a formula. Titles and notes come from
// user-entered strategy text, so such cells get a leading apostrophe (OWASP's CSV injection advice).
const FORMULA_START = /^[=+\-@\t\r]/;

function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Render a run's entries as CSV (RFC 4180) with a header row; list cells are joined with "; ". */
export function renderCsv(entries: CalendarEntryRow[]): string {
  const rows = entries.map((entry) => [
    entry.localDate,
    entry.details.localTime ?? '',
    entry.startsAt.toISOString(),
    entry.timezone,
    entry.platform,
    entry.format,
    entry.pillar,
    entry.purpose,
    entry.title,
    entry.keywords.join('; '),
    entry.hashtags.join(' '),
    entry.callToAction,
    entry.notes,
  ].map(safeCell));
  return stringify(rows, { header: true, columns: COLUMNS });
}
