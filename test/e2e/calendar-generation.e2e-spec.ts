import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import request from 'supertest';
import { CalendarGenerationService } from '../../src/calendar/generation/calendar-generation.service';
import { GenerationRunner } from '../../src/calendar/generation/generation-runner.service';
import { authorized, createStrategy } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const CALENDAR = { startDate: '2027-03-22', weeks: 2, platforms: ['blog', 'linkedin'] };

describe('calendar generations', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function userWithActiveStrategy(overrides: Record<string, unknown> = {}) {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey, overrides);
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    return { user, strategy };
  }

  async function countRuns(userId: string): Promise<number> {
    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM calendar_generations WHERE user_id = $1', [userId]);
    return rows[0].n;
  }

  async function waitForEnd(apiKey: string, id: string) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const response = await request(harness.http).get(`/v1/calendar-generations/${id}`).set(authorized(apiKey)).expect(200);
      if (!['queued', 'running'].includes(response.body.status)) {
        return response.body;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`calendar generation ${id} did not finish within 20 s`);
  }

  it('runs the six phases with wait=true', async () => {
    const { user, strategy } = await userWithActiveStrategy();

    const response = await request(harness.http)
      .post('/v1/calendar-generations?wait=true')
      .set(authorized(user.apiKey))
      .send(CALENDAR)
      .expect(201);

    const run = response.body;
    expect(run.status).toBe('completed');
    expect(run.progress).toBe(100);
    expect(run.strategy).toEqual({ id: strategy.id, version: 2 });
    expect(run.request).toMatchObject({ startDate: '2027-03-22', endDate: '2027-04-04', timezone: 'Europe/Berlin' });
    expect(run.steps.map((step: { step: number }) => step.step)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const step of run.steps) {
      expect(step.status).toBe('completed');
      expect(step.qualityScore).toBeGreaterThanOrEqual(0);
      expect(step.qualityScore).toBeLessThanOrEqual(1);
      expect(step.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(run.quality.titleUniqueness).toBe(1);
    expect(run.quality.inWindowShare).toBeGreaterThan(0);
    expect(run.entryCount).toBeGreaterThan(0);
    expect(response.headers.location).toBe(`/v1/calendar-generations/${run.id}`);

    const rows = await harness.dataSource.query(
      'SELECT count(*)::int AS n, count(DISTINCT title)::int AS titles FROM calendar_entries WHERE generation_id = $1',
      [run.id],
    );
    expect(rows[0].n).toBe(run.entryCount);
    expect(rows[0].titles).toBe(run.entryCount);
  });

  it('queues a run and finishes it in the background', async () => {
    const { user } = await userWithActiveStrategy();

    const response = await request(harness.http).post('/v1/calendar-generations').set(authorized(user.apiKey)).send(CALENDAR).expect(202);
    expect(response.body.status).toBe('queued');
    expect(response.headers.location).toBe(`/v1/calendar-generations/${response.body.id}`);

    const finished = await waitForEnd(user.apiKey, response.body.id);
    expect(finished.status).toBe('completed');

    const list = await request(harness.http).get('/v1/calendar-generations').set(authorized(user.apiKey)).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].id).toBe(response.body.id);
  });

  it('lists entries with filters and paging', async () => {
    const { user } = await userWithActiveStrategy();
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;

    const all = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?limit=500`).set(authorized(user.apiKey)).expect(200);
    expect(all.body.total).toBe(run.entryCount);
    const entry = all.body.items[0];
    expect(Object.keys(entry).sort()).toEqual(
      ['callToAction', 'date', 'format', 'hashtags', 'id', 'keywords', 'localTime', 'notes', 'pillar', 'platform', 'purpose', 'startsAt', 'timezone', 'title'].sort(),
    );
    expect(DateTime.fromISO(entry.startsAt, { zone: entry.timezone }).toFormat('yyyy-MM-dd HH:mm')).toBe(`${entry.date} ${entry.localTime}`);

    const linkedin = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?platform=linkedin&limit=500`).set(authorized(user.apiKey)).expect(200);
    expect(linkedin.body.items.length).toBeGreaterThan(0);
    expect(linkedin.body.items.every((item: { platform: string }) => item.platform === 'linkedin')).toBe(true);

    const firstWeek = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?from=2027-03-22&to=2027-03-28&limit=500`).set(authorized(user.apiKey)).expect(200);
    expect(firstWeek.body.items.every((item: { date: string }) => item.date >= '2027-03-22' && item.date <= '2027-03-28')).toBe(true);

    const pillar = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?pillar=${encodeURIComponent('Close faster')}&limit=500`).set(authorized(user.apiKey)).expect(200);
    expect(pillar.body.items.length).toBeGreaterThan(0);
    expect(pillar.body.items.every((item: { pillar: string }) => item.pillar === 'Close faster')).toBe(true);

    const page = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?limit=2&offset=1`).set(authorized(user.apiKey)).expect(200);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(all.body.items.slice(1, 3).map((item: { id: string }) => item.id));

    await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?platform=myspace`).set(authorized(user.apiKey)).expect(400);
    await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?from=2027-13-01`).set(authorized(user.apiKey)).expect(400);
  });

  it('keeps 09:00 local across the daylight-saving change', async () => {
    const { user } = await userWithActiveStrategy({
      optimalTiming: { blogPosts: ['Monday 9 AM'], timezone: 'Europe/Berlin' },
    });
    const run = (
      await request(harness.http)
        .post('/v1/calendar-generations?wait=true')
        .set(authorized(user.apiKey))
        .send({ startDate: '2027-03-22', weeks: 2, platforms: ['blog'], postsPerWeek: { blog: 1 } })
        .expect(201)
    ).body;

    const entries = (await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries`).set(authorized(user.apiKey)).expect(200)).body.items;
    const mondays = entries.filter((entry: { date: string }) => entry.date === '2027-03-22' || entry.date === '2027-03-29');
    expect(mondays.map((entry: { localTime: string }) => entry.localTime)).toEqual(['09:00', '09:00']);
    expect(mondays.map((entry: { startsAt: string }) => entry.startsAt)).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });

  it('exports iCalendar whose events keep their local times', async () => {
    const { user } = await userWithActiveStrategy();
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;
    const entries = (await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?limit=500`).set(authorized(user.apiKey)).expect(200)).body.items;

    const response = await request(harness.http).get(`/v1/calendar-generations/${run.id}/calendar.ics`).set(authorized(user.apiKey)).expect(200);
    expect(response.headers['content-type']).toContain('text/calendar');

    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    ICAL.TimezoneService.register(zone!);

    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(entries.length);
    const byUid = new Map(entries.map((entry: { id: string }) => [entry.id, entry]));
    for (const event of events) {
      const entry = byUid.get(event.uid.split('@')[0]) as { date: string; localTime: string; startsAt: string; timezone: string };
      const start = event.startDate;
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(entry.timezone);
      expect(start.zone?.tzid).toBe(entry.timezone);
      expect(`${start.toString().slice(0, 10)} ${start.toString().slice(11, 16)}`).toBe(`${entry.date} ${entry.localTime}`);
      expect(start.toJSDate().toISOString()).toBe(entry.startsAt);
    }
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toMatch(/Z$/);
  });

  it('exports CSV with a header and one row per entry', async () => {
    const { user } = await userWithActiveStrategy();
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;

    const response = await request(harness.http).get(`/v1/calendar-generations/${run.id}/calendar.csv`).set(authorized(user.apiKey)).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');

    const lines = response.text.trimEnd().split('\n');
    expect(lines[0]).toBe('date,localTime,startsAt,timezone,platform,format,pillar,purpose,title,keywords,hashtags,callToAction,notes');
    expect(response.text).toContain('Close faster');
    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM calendar_entries WHERE generation_id = $1', [run.id]);
    expect(rows[0].n).toBe(run.entryCount);
  });

  it('returns the same run for a repeated Idempotency-Key', async () => {
    const { user } = await userWithActiveStrategy();
    const first = await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).set('Idempotency-Key', 'plan-2027-03').send(CALENDAR).expect(201);
    const again = await request(harness.http)
      .post('/v1/calendar-generations?wait=true')
      .set(authorized(user.apiKey))
      .set('Idempotency-Key', 'plan-2027-03')
      .send({ platforms: ['blog', 'linkedin'], weeks: 2, startDate: '2027-03-22' })
      .expect(201);

    expect(again.body.id).toBe(first.body.id);
    expect(await countRuns(user.id)).toBe(1);
    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM calendar_entries WHERE generation_id = $1', [first.body.id]);
    expect(rows[0].n).toBe(first.body.entryCount);

    const other = await request(harness.http).post('/v1/calendar-generations').set(authorized(user.apiKey)).set('Idempotency-Key', 'plan-2027-03').send({ ...CALENDAR, weeks: 3 }).expect(422);
    expect(other.body.message).toContain('Idempotency-Key');
    expect(await countRuns(user.id)).toBe(1);
  });

  it('answers 404 to a user without strategies and writes nothing', async () => {
    const user = await harness.createUser();
    await request(harness.http).post('/v1/calendar-generations').set(authorized(user.apiKey)).send(CALENDAR).expect(404);
    expect(await countRuns(user.id)).toBe(0);
  });

  it.each([
    ['an impossible date', { startDate: '2027-02-30', weeks: 1 }, 'startDate'],
    ['a date in another form', { startDate: '22/03/2027', weeks: 1 }, 'startDate'],
    ['no length', { startDate: '2027-03-22' }, 'weeks or endDate'],
    ['both lengths', { startDate: '2027-03-22', weeks: 1, endDate: '2027-03-30' }, 'weeks and endDate'],
    ['53 weeks', { startDate: '2027-03-22', weeks: 53 }, 'weeks'],
    ['an end before the start', { startDate: '2027-03-22', endDate: '2027-03-01' }, 'endDate'],
    ['a range over 52 weeks', { startDate: '2027-01-01', endDate: '2028-01-01' }, '52 weeks'],
    ['an unknown time zone', { ...CALENDAR, timezone: 'Mars/Base' }, "'Mars/Base' is not an IANA time zone"],
    ['an unknown platform', { ...CALENDAR, platforms: ['blog', 'myspace'] }, 'platforms[1]'],
    ['an unknown country', { ...CALENDAR, holidayCountry: 'XX' }, 'holidayCountry'],
    ['bad postsPerWeek', { ...CALENDAR, postsPerWeek: { linkedin: -1 } }, 'postsPerWeek.linkedin'],
    ['a bad blackout date', { ...CALENDAR, blackoutDates: ['2027-03-23', 'tomorrow'] }, 'blackoutDates[1]'],
    ['an unknown field', { ...CALENDAR, colour: 'red' }, 'colour'],
    ['a null endDate and no weeks', { startDate: '2027-03-22', endDate: null }, 'weeks or endDate is required'],
    ['a year before 1900', { startDate: '0999-01-01', weeks: 1 }, 'between 1900 and 2999'],
    ['a year after 2999', { startDate: '9999-12-31', weeks: 52 }, 'between 1900 and 2999'],
    ['weeks as a string', { startDate: '2027-03-22', weeks: '4' }, 'weeks must be a whole number from 1 to 52, got'],
    ['platforms as a string', { ...CALENDAR, platforms: 'linkedin' }, 'platforms must be an array'],
  ])('rejects %s with 400 and writes nothing', async (_case, body, expected) => {
    const { user } = await userWithActiveStrategy();
    const response = await request(harness.http).post('/v1/calendar-generations').set(authorized(user.apiKey)).send(body).expect(400);

    expect(JSON.stringify(response.body.message)).toContain(expected);
    expect(await countRuns(user.id)).toBe(0);
  });

  it('exports nothing from a run that has not completed', async () => {
    const { user } = await userWithActiveStrategy();
    const { generation } = await harness.app.get(CalendarGenerationService).create(user.id, Object.assign({}, CALENDAR) as never);

    for (const path of ['calendar.ics', 'calendar.csv']) {
      const response = await request(harness.http).get(`/v1/calendar-generations/${generation.id}/${path}`).set(authorized(user.apiKey)).expect(409);
      expect(response.body.message).toContain('queued');
    }
  });

  it('filters entries by platform name and rejects reversed ranges', async () => {
    const { user } = await userWithActiveStrategy();
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;

    const byName = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?platform=LinkedIn`).set(authorized(user.apiKey)).expect(200);
    expect(byName.body.items.length).toBeGreaterThan(0);
    expect(byName.body.items.every((item: { platform: string }) => item.platform === 'linkedin')).toBe(true);

    const reversed = await request(harness.http).get(`/v1/calendar-generations/${run.id}/entries?from=2027-03-30&to=2027-03-22`).set(authorized(user.apiKey)).expect(400);
    expect(JSON.stringify(reversed.body.message)).toContain('from 2027-03-30 is after to 2027-03-22');
  });

  it('rejects a malformed Idempotency-Key', async () => {
    const { user } = await userWithActiveStrategy();
    await request(harness.http).post('/v1/calendar-generations').set(authorized(user.apiKey)).set('Idempotency-Key', 'has spaces').send(CALENDAR).expect(400);
    expect(await countRuns(user.id)).toBe(0);
  });

  it("answers 404 to another user's run", async () => {
    const { user } = await userWithActiveStrategy();
    const stranger = await harness.createUser();
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;

    for (const path of ['', '/entries', '/calendar.ics', '/calendar.csv']) {
      await request(harness.http).get(`/v1/calendar-generations/${run.id}${path}`).set(authorized(stranger.apiKey)).expect(404);
    }
    await request(harness.http).delete(`/v1/calendar-generations/${run.id}`).set(authorized(stranger.apiKey)).expect(404);
  });

  it('plans from the pinned snapshot when the strategy changes mid-run', async () => {
    const { user, strategy } = await userWithActiveStrategy();
    const generations = harness.app.get(CalendarGenerationService);
    const { generation } = await generations.create(user.id, Object.assign({}, CALENDAR) as never);

    await request(harness.http)
      .patch(`/v1/strategies/${strategy.id}`)
      .set(authorized(user.apiKey))
      .send({ contentPillars: ['Entirely new pillar'] })
      .expect(200);
    const other = await createStrategy(harness, user.apiKey, { contentPillars: ['Other strategy pillar'] });
    await request(harness.http).post(`/v1/strategies/${other.id}/activate`).set(authorized(user.apiKey)).expect(200);

    await harness.app.get(GenerationRunner).execute(generation.id);

    const run = (await request(harness.http).get(`/v1/calendar-generations/${generation.id}`).set(authorized(user.apiKey)).expect(200)).body;
    expect(run.status).toBe('completed');
    expect(run.strategy).toEqual({ id: strategy.id, version: 2 });
    const pillars = await harness.dataSource.query('SELECT DISTINCT pillar FROM calendar_entries WHERE generation_id = $1 ORDER BY pillar', [generation.id]);
    expect(pillars.map((row: { pillar: string }) => row.pillar)).toEqual(['Close faster', 'Customer stories']);
  });

  it('cancels a queued run, which then writes no entries', async () => {
    const { user } = await userWithActiveStrategy();
    const { generation } = await harness.app.get(CalendarGenerationService).create(user.id, Object.assign({}, CALENDAR) as never);

    const cancelled = await request(harness.http).delete(`/v1/calendar-generations/${generation.id}`).set(authorized(user.apiKey)).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.currentStep).toBeNull();
    expect(cancelled.body.steps.every((step: { status: string }) => step.status === 'skipped')).toBe(true);

    await harness.app.get(GenerationRunner).execute(generation.id);
    const rows = await harness.dataSource.query('SELECT status, entry_count FROM calendar_generations WHERE id = $1', [generation.id]);
    expect(rows[0]).toEqual({ status: 'cancelled', entry_count: 0 });
    const entries = await harness.dataSource.query('SELECT count(*)::int AS n FROM calendar_entries WHERE generation_id = $1', [generation.id]);
    expect(entries[0].n).toBe(0);

    await request(harness.http).delete(`/v1/calendar-generations/${generation.id}`).set(authorized(user.apiKey)).expect(409);
  });

  it('marks a run failed with the phase and the reason', async () => {
    const { user, strategy } = await userWithActiveStrategy();
    const { generation } = await harness.app.get(CalendarGenerationService).create(user.id, Object.assign({}, CALENDAR) as never);
    await request(harness.http).delete(`/v1/strategies/${strategy.id}`).set(authorized(user.apiKey)).expect(204);

    await harness.app.get(GenerationRunner).execute(generation.id);

    const run = (await request(harness.http).get(`/v1/calendar-generations/${generation.id}`).set(authorized(user.apiKey)).expect(200)).body;
    expect(run.status).toBe('failed');
    expect(run.error.step).toBe(1);
    expect(run.error.message).toContain(strategy.id);
    expect(run.steps[0].status).toBe('failed');
    expect(run.steps.slice(1).every((step: { status: string }) => step.status === 'skipped')).toBe(true);
    expect(run.entryCount).toBe(0);
  });

  it('warns and uses UTC when no time zone is known', async () => {
    const { user } = await userWithActiveStrategy({ optimalTiming: { blogPosts: ['Tuesday Morning'] } });
    const run = (await request(harness.http).post('/v1/calendar-generations?wait=true').set(authorized(user.apiKey)).send(CALENDAR).expect(201)).body;

    expect(run.request.timezone).toBe('UTC');
    expect(run.warnings.join(' ')).toContain('UTC');
  });
});

describe('calendar generations across a restart', () => {
  it('runs a run that was queued before the restart', async () => {
    const first = await startTestApp();
    const user = await first.createUser();
    const strategy = await createStrategy(first, user.apiKey);
    await request(first.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    const { generation } = await first.app.get(CalendarGenerationService).create(user.id, Object.assign({}, CALENDAR) as never);
    await first.close({ keepDatabase: true });

    const second = await startTestApp({}, { database: first.database });
    try {
      let status = 'queued';
      for (let attempt = 0; attempt < 200 && ['queued', 'running'].includes(status); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const rows = await second.dataSource.query('SELECT status FROM calendar_generations WHERE id = $1', [generation.id]);
        status = rows[0].status;
      }
      expect(status).toBe('completed');
    } finally {
      await second.close();
    }
  });
});

describe('calendar generations on two instances', () => {
  it('completes each queued run once with two workers', async () => {
    const first = await startTestApp();
    const second = await startTestApp({}, { database: first.database });
    try {
      const user = await first.createUser();
      const strategy = await createStrategy(first, user.apiKey);
      await request(first.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);

      const ids: string[] = [];
      for (let run = 0; run < 6; run += 1) {
        const harness = run % 2 === 0 ? first : second;
        const response = await request(harness.http)
          .post('/v1/calendar-generations')
          .set(authorized(user.apiKey))
          .send({ ...CALENDAR, weeks: 1 + run })
          .expect(202);
        ids.push(response.body.id);
      }

      let pending = ids.length;
      for (let attempt = 0; attempt < 300 && pending > 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const rows = await first.dataSource.query(
          `SELECT count(*)::int AS n FROM calendar_generations WHERE id = ANY($1::uuid[]) AND status IN ('queued', 'running')`,
          [ids],
        );
        pending = rows[0].n;
      }
      expect(pending).toBe(0);

      const runs = await first.dataSource.query(
        `SELECT g.status, g.entry_count, count(e.id)::int AS stored, count(DISTINCT e.position)::int AS positions
           FROM calendar_generations g LEFT JOIN calendar_entries e ON e.generation_id = g.id
          WHERE g.id = ANY($1::uuid[]) GROUP BY g.id`,
        [ids],
      );
      expect(runs).toHaveLength(6);
      for (const run of runs) {
        expect(run.status).toBe('completed');
        expect(run.stored).toBe(run.entry_count);
        expect(run.positions).toBe(run.entry_count);
      }
    } finally {
      await second.close({ keepDatabase: true });
      await first.close();
    }
  });
});
