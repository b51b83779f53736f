import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { renderIcs } from '../../../src/calendar/export/calendar-ics';
import type { CalendarEntryRow } from '../../../src/calendar/generation/calendar-entry.entity';
import type { CalendarGeneration } from '../../../src/calendar/generation/calendar-generation.entity';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

function generationFor(timezone: string, startDate = '2027-01-01', endDate = '2027-12-31'): CalendarGeneration {
  return {
    id: 'generation-1',
    request: { startDate, endDate, timezone },
    createdAt: new Date('2026-12-01T10:00:00.000Z'),
    finishedAt: new Date('2026-12-01T10:00:05.000Z'),
  } as CalendarGeneration;
}

let nextId = 0;

function entryAt(timezone: string, startsAt: Date, title = 'Close faster with a checklist'): CalendarEntryRow {
  nextId += 1;
  const local = DateTime.fromJSDate(startsAt, { zone: timezone });
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    generationId: 'generation-1',
    position: nextId,
    localDate: local.toISODate()!,
    startsAt,
    timezone,
    platform: 'linkedin',
    format: 'post',
    pillar: 'Close faster',
    purpose: 'educate',
    title,
    keywords: ['month-end close', 'reconciliation'],
    hashtags: ['#finance'],
    callToAction: 'Read the guide',
    notes: 'Draft by Friday',
    details: { localTime: local.toFormat('HH:mm') },
  };
}

/** UTC instants at which the zone's offset changes during 2027, found hour by hour. */
function offsetChanges2027(timezone: string): number[] {
  const changes: number[] = [];
  let previous = DateTime.fromISO('2027-01-01T00:00:00Z').setZone(timezone);
  for (let hour = 1; hour <= 366 * 24; hour += 1) {
    const current = previous.plus({ hours: 1 });
    if (current.offset !== previous.offset) {
      changes.push(current.toMillis());
    }
    previous = current;
  }
  return changes;
}

/** Entries at noon UTC on every day of 2027, plus every 15 minutes for a day either side of each offset change. */
function entriesThrough2027(timezone: string): CalendarEntryRow[] {
  const instants = new Set<number>();
  const firstDay = Date.parse('2027-01-01T12:00:00Z');
  for (let day = 0; day < 365; day += 1) {
    instants.add(firstDay + day * MS_PER_DAY);
  }
  for (const change of offsetChanges2027(timezone)) {
    for (let time = change - MS_PER_DAY; time <= change + MS_PER_DAY; time += 15 * MS_PER_MINUTE) {
      instants.add(time);
    }
  }
  return [...instants].sort((a, b) => a - b).map((time) => entryAt(timezone, new Date(time)));
}

function parseCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar;
}

function eventsOf(calendar: ICAL.Component): ICAL.Event[] {
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('renderIcs', () => {
  afterEach(() => {
    ICAL.TimezoneService.reset();
  });

  const zones = [
    'Europe/Berlin',
    'America/Mexico_City',
    'America/Sao_Paulo',
    'Europe/Kyiv',
    'Etc/GMT+5',
    'Australia/Sydney',
    'America/New_York',
    'America/Nuuk',
    'europe/berlin',
  ];

  it.each(zones)('keeps every start instant in %s', (timezone) => {
    const entries = entriesThrough2027(timezone);
    const calendar = parseCalendar(renderIcs(generationFor(timezone), entries));

    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe(timezone);

    const events = eventsOf(calendar);
    expect(events).toHaveLength(entries.length);
    for (const [index, event] of events.entries()) {
      const entry = entries[index];
      expect(event.uid).toBe(`${entry.id}@cadence`);
      expect(event.startDate.toJSDate().toISOString()).toBe(entry.startsAt.toISOString());
      expect(event.endDate.toJSDate().getTime()).toBe(entry.startsAt.getTime() + 30 * MS_PER_MINUTE);
    }
  });

  it('writes zone-local times outside fall-back hours', () => {
    const timezone = 'Europe/Berlin';
    const entry = entryAt(timezone, new Date('2027-03-28T07:00:00.000Z'));
    const event = eventsOf(parseCalendar(renderIcs(generationFor(timezone), [entry])))[0];

    const dtstart = event.component.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBe(timezone);
    expect(event.startDate.toString()).toBe('2027-03-28T09:00:00');
  });

  it.each([
    ['America/New_York', '2027-11-07T05:30:00.000Z'],
    ['America/New_York', '2027-11-07T06:30:00.000Z'],
    ['Europe/Berlin', '2027-10-31T00:30:00.000Z'],
    ['Europe/Berlin', '2027-10-31T01:30:00.000Z'],
    ['Australia/Sydney', '2027-04-03T15:30:00.000Z'],
    ['Australia/Sydney', '2027-04-03T16:30:00.000Z'],
  ])('writes %s fall-back hour at %s in UTC', (timezone, startsAt) => {
    const entry = entryAt(timezone, new Date(startsAt));
    const text = renderIcs(generationFor(timezone), [entry]);
    const event = eventsOf(parseCalendar(text))[0];

    expect(text).toContain(`DTSTART:${startsAt.replace(/[-:]|\.000/g, '')}\r\n`);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
  });

  it('defines fixed-offset zones with one STANDARD component', () => {
    for (const [timezone, offset] of [
      ['America/Mexico_City', '-0600'],
      ['America/Sao_Paulo', '-0300'],
      ['Etc/GMT+5', '-0500'],
    ]) {
      const calendar = parseCalendar(renderIcs(generationFor(timezone), [entryAt(timezone, new Date('2027-07-01T15:00:00Z'))]));
      const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;

      expect(vtimezone.getAllSubcomponents('daylight')).toHaveLength(0);
      const standard = vtimezone.getAllSubcomponents('standard');
      expect(standard).toHaveLength(1);
      expect(standard[0].getFirstProperty('tzoffsetto')?.toICALString()).toContain(`TZOFFSETTO:${offset}`);
      expect(standard[0].getFirstProperty('rrule')).toBeNull();
    }
  });

  it('defines each 2027 offset change of Europe/Kyiv', () => {
    const text = renderIcs(generationFor('Europe/Kyiv'), []);

    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20270328T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\n');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20271031T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\n');
    expect(text).not.toContain('RRULE');
  });

  it('ends every line with CRLF within 75 octets', () => {
    const title = `Ümlaute, emoji 🚀🚀 and a long title ${'ä€𝄞x'.repeat(40)}`;
    const entries = [entryAt('Europe/Berlin', new Date('2027-05-04T08:00:00Z'), title)];
    const text = renderIcs(generationFor('Europe/Berlin'), entries);

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.slice(0, -2).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(eventsOf(parseCalendar(text))[0].summary).toBe(`[linkedin] ${title}`);
  });

  it('escapes TEXT special characters', () => {
    const title = 'Costs, risks; C:\\close\nnext line\r\nlast';
    const entry = entryAt('Europe/Berlin', new Date('2027-05-04T08:00:00Z'), title);
    entry.pillar = 'Close, faster';
    entry.purpose = 'educate; convert';
    const text = renderIcs(generationFor('Europe/Berlin'), [entry]);
    const event = eventsOf(parseCalendar(text))[0];

    expect(text).toContain('SUMMARY:[linkedin] Costs\\, risks\\; C:\\\\close\\nnext line\\nlast\r\n');
    expect(event.summary).toBe('[linkedin] Costs, risks; C:\\close\nnext line\nlast');
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['Close, faster', 'educate; convert']);
    expect(event.description).toContain('Call to action: Read the guide\nHashtags: #finance');
  });

  it('writes DTSTAMP in UTC', () => {
    const text = renderIcs(generationFor('America/New_York'), [entryAt('America/New_York', new Date('2027-05-04T13:00:00Z'))]);

    expect(text).toContain('DTSTAMP:20261201T100005Z\r\n');
  });

  it('renders 10,000 entries', () => {
    const timezone = 'Europe/Berlin';
    const firstDay = Date.parse('2027-01-04T07:00:00Z');
    const entries = Array.from({ length: 10_000 }, (_, index) =>
      entryAt(timezone, new Date(firstDay + Math.floor(index / 28) * MS_PER_DAY + (index % 28) * 20 * MS_PER_MINUTE)),
    );

    const started = performance.now();
    const text = renderIcs(generationFor(timezone, '2027-01-04', '2028-01-02'), entries);
    const elapsed = performance.now() - started;

    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(10_000);
    // Timing is printed for the record, not asserted: it depends on the machine.
    console.log(`renderIcs: 10,000 entries in ${elapsed.toFixed(0)} ms`);
  });
});
