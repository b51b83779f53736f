import request from 'supertest';
import { authorized, createStrategy, strategyBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('strategies', () => {
  let harness: TestApp;
  let owner: { id: string; apiKey: string };
  let stranger: { id: string; apiKey: string };

  beforeAll(async () => {
    harness = await startTestApp();
    owner = await harness.createUser('owner');
    stranger = await harness.createUser('stranger');
  });

  afterAll(async () => {
    await harness.close();
  });

  async function countStrategies(userId: string): Promise<number> {
    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM content_strategies WHERE user_id = $1', [userId]);
    return rows[0].n;
  }

  it('creates an inactive strategy at version 1', async () => {
    const body = strategyBody({ name: 'Northwind FY27' });
    const response = await request(harness.http).post('/v1/strategies').set(authorized(owner.apiKey)).send(body).expect(201);

    expect(response.body).toMatchObject({ name: 'Northwind FY27', version: 1, status: 'inactive', activatedAt: null });
    expect(response.body.contentPillars).toEqual(body.contentPillars);
    expect(response.body.completeness).toBeGreaterThan(0);
    expect(response.body.completeness).toBeLessThanOrEqual(100);

    const rows = await harness.dataSource.query(
      'SELECT user_id, name, version, status, content FROM content_strategies WHERE id = $1',
      [response.body.id],
    );
    expect(rows[0]).toMatchObject({ user_id: owner.id, name: 'Northwind FY27', version: 1, status: 'inactive' });
    expect(rows[0].content.optimalTiming.timezone).toBe('Europe/Berlin');

    const revisions = await harness.dataSource.query('SELECT version FROM strategy_revisions WHERE strategy_id = $1', [response.body.id]);
    expect(revisions).toEqual([{ version: 1 }]);
  });

  it('reads a strategy by id', async () => {
    const created = await createStrategy(harness, owner.apiKey);
    const response = await request(harness.http).get(`/v1/strategies/${created.id}`).set(authorized(owner.apiKey)).expect(200);

    expect(response.body.id).toBe(created.id);
    expect(response.body.name).toBe(created.name);
  });

  it('lists strategies newest first with paging', async () => {
    const user = await harness.createUser();
    const first = await createStrategy(harness, user.apiKey);
    const second = await createStrategy(harness, user.apiKey);
    const third = await createStrategy(harness, user.apiKey);

    const page = await request(harness.http).get('/v1/strategies?limit=2&offset=0').set(authorized(user.apiKey)).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((s: { id: string }) => s.id)).toEqual([third.id, second.id]);

    const next = await request(harness.http).get('/v1/strategies?limit=2&offset=2').set(authorized(user.apiKey)).expect(200);
    expect(next.body.items.map((s: { id: string }) => s.id)).toEqual([first.id]);
  });

  it.each([['limit=0'], ['limit=101'], ['limit=abc'], ['offset=-1'], ['sort=name']])('rejects list query %s', async (query) => {
    const response = await request(harness.http).get(`/v1/strategies?${query}`).set(authorized(owner.apiKey)).expect(400);
    expect(JSON.stringify(response.body.message)).toContain(query.split('=')[0]);
  });

  it('patches fields, bumps the version and keeps the old revision', async () => {
    const created = await createStrategy(harness, owner.apiKey);
    const response = await request(harness.http)
      .patch(`/v1/strategies/${created.id}`)
      .set(authorized(owner.apiKey))
      .send({ teamSize: 5, industry: null })
      .expect(200);

    expect(response.body.version).toBe(2);
    expect(response.body.teamSize).toBe(5);
    expect(response.body.industry).toBeUndefined();
    expect(response.body.name).toBe(created.name);

    const revisions = await harness.dataSource.query(
      'SELECT version, content FROM strategy_revisions WHERE strategy_id = $1 ORDER BY version',
      [created.id],
    );
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([1, 2]);
    expect(revisions[0].content.teamSize).toBe(2);
    expect(revisions[1].content.teamSize).toBe(5);
  });

  it.each([
    [{ id: '00000000-0000-0000-0000-000000000000' }, 'id'],
    [{ status: 'active' }, 'status'],
    [{ userId: '00000000-0000-0000-0000-000000000000' }, 'userId'],
    [{ version: 9 }, 'version'],
    [{ name: null }, 'name'],
  ])('rejects patch %j naming %s and changes nothing', async (body, field) => {
    const created = await createStrategy(harness, owner.apiKey);
    const response = await request(harness.http).patch(`/v1/strategies/${created.id}`).set(authorized(owner.apiKey)).send(body).expect(400);

    expect(JSON.stringify(response.body.message)).toContain(field);
    const rows = await harness.dataSource.query('SELECT version, status, user_id FROM content_strategies WHERE id = $1', [created.id]);
    expect(rows[0]).toEqual({ version: 1, status: 'inactive', user_id: owner.id });
  });

  it('deletes a strategy', async () => {
    const created = await createStrategy(harness, owner.apiKey);
    await request(harness.http).delete(`/v1/strategies/${created.id}`).set(authorized(owner.apiKey)).expect(204);

    await request(harness.http).get(`/v1/strategies/${created.id}`).set(authorized(owner.apiKey)).expect(404);
    const rows = await harness.dataSource.query('SELECT id FROM content_strategies WHERE id = $1', [created.id]);
    expect(rows).toHaveLength(0);
  });

  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['DELETE', ''],
    ['POST', '/activate'],
    ['POST', '/deactivate'],
    ['GET', '/activations'],
  ])("answers 404 to %s%s on another user's strategy", async (method, suffix) => {
    const created = await createStrategy(harness, owner.apiKey);
    const path = `/v1/strategies/${created.id}${suffix}`;
    const call = request(harness.http)[method.toLowerCase() as 'get' | 'patch' | 'delete' | 'post'](path).set(authorized(stranger.apiKey));
    if (method === 'PATCH') {
      call.send({ teamSize: 9 });
    }
    await call.expect(404);

    const rows = await harness.dataSource.query('SELECT version, status, content FROM content_strategies WHERE id = $1', [created.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].version).toBe(1);
    expect(rows[0].status).toBe('inactive');
    expect(rows[0].content.teamSize).toBe(2);
  });

  it('rejects an id that is not a UUID', async () => {
    const response = await request(harness.http).get('/v1/strategies/not-a-uuid').set(authorized(owner.apiKey)).expect(400);
    expect(response.body.message).toContain('id must be a UUID');
  });

  it.each([
    ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour'],
    ['an unknown nested field', { optimalTiming: { timezone: 'UTC', lunch: ['12:00'] } }, 'optimalTiming.lunch'],
    ['a wrong type', { teamSize: 'three' }, 'teamSize'],
    ['an invalid time zone', { optimalTiming: { timezone: 'Mars/Base' } }, "'Mars/Base' is not an IANA time zone"],
    ['a UTC offset as time zone', { optimalTiming: { timezone: '+02:00' } }, 'timezone'],
    ['a negative pillar weight', { contentPillars: [{ name: 'A', weight: -5 }] }, 'contentPillars[0].weight'],
    ['a pillar weight near the float limit', { contentPillars: [{ name: 'A', weight: 1e308 }, 'B'] }, 'contentPillars[0].weight must be a number from 0 to 1000000'],
    ['a missing name', { name: undefined }, 'name'],
    ['an unknown frequency', { contentFrequency: 'Hourly' }, 'contentFrequency'],
  ])('rejects %s and writes nothing', async (_case, overrides, expected) => {
    const before = await countStrategies(owner.id);
    const response = await request(harness.http)
      .post('/v1/strategies')
      .set(authorized(owner.apiKey))
      .send(strategyBody(overrides))
      .expect(400);

    expect(JSON.stringify(response.body.message)).toContain(expected);
    expect(await countStrategies(owner.id)).toBe(before);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await request(harness.http)
      .post('/v1/strategies')
      .set(authorized(owner.apiKey))
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body.message).toContain('not valid JSON');
  });

  it('rejects a body over the size limit with 413', async () => {
    const before = await countStrategies(owner.id);
    const response = await request(harness.http)
      .post('/v1/strategies')
      .set(authorized(owner.apiKey))
      .send(strategyBody({ industry: 'x'.repeat(1_100_000) }))
      .expect(413);

    expect(response.body.message).toContain('MAX_BODY_BYTES');
    expect(await countStrategies(owner.id)).toBe(before);
  });
});
