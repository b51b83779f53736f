import request from 'supertest';
import { authorized, createStrategy } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('activation and the active strategy', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function activeRows(userId: string): Promise<Array<{ id: string }>> {
    return harness.dataSource.query(`SELECT id FROM content_strategies WHERE user_id = $1 AND status = 'active'`, [userId]);
  }

  async function readActive(apiKey: string, query = '') {
    return request(harness.http).get(`/v1/strategies/active${query}`).set(authorized(apiKey)).expect(200);
  }

  it('activates a strategy and records the activation', async () => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);

    const response = await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);

    expect(response.body.status).toBe('active');
    expect(response.body.version).toBe(2);
    expect(Date.parse(response.body.activatedAt)).not.toBeNaN();
    expect(await activeRows(user.id)).toEqual([{ id: strategy.id }]);

    const open = await harness.dataSource.query(
      'SELECT strategy_id FROM strategy_activations WHERE user_id = $1 AND deactivated_at IS NULL',
      [user.id],
    );
    expect(open).toEqual([{ strategy_id: strategy.id }]);
  });

  it('reads A then B right after switching from A to B', async () => {
    const user = await harness.createUser();
    const a = await createStrategy(harness, user.apiKey, { name: 'A' });
    const b = await createStrategy(harness, user.apiKey, { name: 'B' });

    await request(harness.http).post(`/v1/strategies/${a.id}/activate`).set(authorized(user.apiKey)).expect(200);
    const first = await readActive(user.apiKey);
    expect(first.body.id).toBe(a.id);
    expect(first.body.resolution.tier).toBe('database');
    expect(first.headers['x-strategy-tier']).toBe('database');

    const cached = await readActive(user.apiKey);
    expect(cached.body.id).toBe(a.id);
    expect(cached.body.resolution.tier).toBe('memory');
    expect(cached.headers['x-strategy-tier']).toBe('memory');

    await request(harness.http).post(`/v1/strategies/${b.id}/activate`).set(authorized(user.apiKey)).expect(200);
    const second = await readActive(user.apiKey);
    expect(second.body.id).toBe(b.id);
    expect(second.body.status).toBe('active');
    expect(second.body.resolution.tier).toBe('database');

    const rows = await harness.dataSource.query(
      'SELECT id, status FROM content_strategies WHERE user_id = $1 ORDER BY name',
      [user.id],
    );
    expect(rows).toEqual([
      { id: a.id, status: 'inactive' },
      { id: b.id, status: 'active' },
    ]);
  });

  it('keeps the activation history of each strategy', async () => {
    const user = await harness.createUser();
    const a = await createStrategy(harness, user.apiKey);
    const b = await createStrategy(harness, user.apiKey);

    for (const id of [a.id, b.id, a.id]) {
      await request(harness.http).post(`/v1/strategies/${id}/activate`).set(authorized(user.apiKey)).expect(200);
    }

    const history = await request(harness.http).get(`/v1/strategies/${a.id}/activations`).set(authorized(user.apiKey)).expect(200);
    expect(history.body).toHaveLength(2);
    expect(history.body[0].deactivatedAt).toBeNull();
    expect(history.body[1].deactivatedAt).not.toBeNull();

    const bView = await request(harness.http).get(`/v1/strategies/${b.id}`).set(authorized(user.apiKey)).expect(200);
    expect(bView.body.status).toBe('inactive');
    expect(bView.body.deactivatedAt).not.toBeNull();
  });

  it('deactivates and falls back to the most recent strategy', async () => {
    const user = await harness.createUser();
    const older = await createStrategy(harness, user.apiKey, { name: 'older' });
    const newer = await createStrategy(harness, user.apiKey, { name: 'newer' });

    await request(harness.http).post(`/v1/strategies/${older.id}/activate`).set(authorized(user.apiKey)).expect(200);
    const response = await request(harness.http).post(`/v1/strategies/${older.id}/deactivate`).set(authorized(user.apiKey)).expect(200);
    expect(response.body.status).toBe('inactive');
    expect(await activeRows(user.id)).toEqual([]);

    const active = await readActive(user.apiKey);
    expect(active.body.id).toBe(newer.id);
    expect(active.body.resolution.tier).toBe('fallback');
    expect(active.headers['x-strategy-tier']).toBe('fallback');
  });

  it('prefers a strategy with an AI analysis in the fallback', async () => {
    const user = await harness.createUser();
    const analysed = await createStrategy(harness, user.apiKey, { comprehensiveAiAnalysis: { summary: 'strong fit' } });
    await createStrategy(harness, user.apiKey);

    const active = await readActive(user.apiKey);
    expect(active.body.id).toBe(analysed.id);
    expect(active.body.resolution.tier).toBe('fallback');
  });

  it('answers 404 for a user without strategies', async () => {
    const user = await harness.createUser();
    const response = await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(404);
    expect(response.body.message).toContain('POST /v1/strategies');
  });

  it('skips the memory tier with refresh=true', async () => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);

    await readActive(user.apiKey);
    const refreshed = await readActive(user.apiKey, '?refresh=true');
    expect(refreshed.body.resolution.tier).toBe('database');
  });

  it('rejects refresh values other than true and false', async () => {
    const user = await harness.createUser();
    const response = await request(harness.http).get('/v1/strategies/active?refresh=yes').set(authorized(user.apiKey)).expect(400);
    expect(JSON.stringify(response.body.message)).toContain('refresh');
  });

  it.each([
    ['update', (id: string) => ({ method: 'patch' as const, path: `/v1/strategies/${id}`, body: { name: 'renamed' } })],
    ['delete', (id: string) => ({ method: 'delete' as const, path: `/v1/strategies/${id}`, body: undefined })],
    ['deactivate', (id: string) => ({ method: 'post' as const, path: `/v1/strategies/${id}/deactivate`, body: undefined })],
  ])('serves no stale active strategy after %s', async (_case, write) => {
    const user = await harness.createUser();
    const other = await createStrategy(harness, user.apiKey, { name: 'other' });
    const strategy = await createStrategy(harness, user.apiKey, { name: 'original' });
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    await readActive(user.apiKey);
    expect((await readActive(user.apiKey)).body.resolution.tier).toBe('memory');

    const { method, path, body } = write(strategy.id);
    const call = request(harness.http)[method](path).set(authorized(user.apiKey));
    await (body ? call.send(body) : call).expect((response) => expect(response.status).toBeLessThan(300));

    const after = await readActive(user.apiKey);
    expect(after.body.resolution.tier).not.toBe('memory');
    if (_case === 'update') {
      expect(after.body.name).toBe('renamed');
    }
    if (_case === 'delete') {
      expect(after.body.id).toBe(other.id);
    }
    if (_case === 'deactivate') {
      // The fallback picks the newest strategy, which is the one just deactivated.
      expect(after.body.id).toBe(strategy.id);
      expect(after.body.status).toBe('inactive');
      expect(after.body.resolution.tier).toBe('fallback');
    }
  });

  it('ends 50 concurrent activations with exactly one active strategy and no 500', async () => {
    const user = await harness.createUser();
    const strategies: Array<Record<string, any>> = [];
    for (let i = 0; i < 10; i += 1) {
      strategies.push(await createStrategy(harness, user.apiKey));
    }

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        request(harness.http).post(`/v1/strategies/${strategies[i % 10].id}/activate`).set(authorized(user.apiKey)),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);

    const active = await activeRows(user.id);
    expect(active).toHaveLength(1);
    const open = await harness.dataSource.query(
      'SELECT strategy_id FROM strategy_activations WHERE user_id = $1 AND deactivated_at IS NULL',
      [user.id],
    );
    expect(open).toEqual([{ strategy_id: active[0].id }]);

    const read = await readActive(user.apiKey);
    expect(read.body.id).toBe(active[0].id);
  });

  it('keeps a deleted strategy deleted while activations race', async () => {
    const user = await harness.createUser();
    for (let round = 0; round < 5; round += 1) {
      const target = await createStrategy(harness, user.apiKey);
      const other = await createStrategy(harness, user.apiKey);

      const responses = await Promise.all([
        request(harness.http).post(`/v1/strategies/${target.id}/activate`).set(authorized(user.apiKey)),
        request(harness.http).delete(`/v1/strategies/${target.id}`).set(authorized(user.apiKey)),
        request(harness.http).post(`/v1/strategies/${other.id}/activate`).set(authorized(user.apiKey)),
        request(harness.http).post(`/v1/strategies/${target.id}/deactivate`).set(authorized(user.apiKey)),
      ]);

      expect(responses.map((response) => response.status).filter((status) => status >= 500)).toEqual([]);
      expect(responses[1].status).toBe(204);
      const rows = await harness.dataSource.query('SELECT id FROM content_strategies WHERE id = $1', [target.id]);
      expect(rows).toEqual([]);
      expect((await activeRows(user.id)).length).toBeLessThanOrEqual(1);
    }
  });

  it('keeps a PATCH that races an activation', async () => {
    const user = await harness.createUser();
    for (let round = 0; round < 5; round += 1) {
      const strategy = await createStrategy(harness, user.apiKey, { teamSize: 1 });

      const responses = await Promise.all([
        request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)),
        request(harness.http).patch(`/v1/strategies/${strategy.id}`).set(authorized(user.apiKey)).send({ teamSize: 7 }),
      ]);

      expect(responses.map((response) => response.status)).toEqual([200, 200]);
      const rows = await harness.dataSource.query('SELECT version, status, content FROM content_strategies WHERE id = $1', [strategy.id]);
      expect(rows[0].content.teamSize).toBe(7);
      expect(rows[0].status).toBe('active');
      // Create, activate and PATCH: three distinct versions, whichever write came first.
      expect(rows[0].version).toBe(3);
      expect(responses.map((response) => response.body.version).sort()).toEqual([2, 3]);
    }
  });

  it('rejects a second active row in the database itself', async () => {
    const user = await harness.createUser();
    const a = await createStrategy(harness, user.apiKey);
    const b = await createStrategy(harness, user.apiKey);
    await harness.dataSource.query(`UPDATE content_strategies SET status = 'active' WHERE id = $1`, [a.id]);

    await expect(
      harness.dataSource.query(`UPDATE content_strategies SET status = 'active' WHERE id = $1`, [b.id]),
    ).rejects.toThrow(/content_strategies_one_active_per_user/);
  });
});
