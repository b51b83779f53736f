import request from 'supertest';
import { authorized, createStrategy } from '../support/fixtures';
import { ADMIN_TOKEN, startTestApp, TestApp } from '../support/test-app';

describe('response cache', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('caches the list per user, never across users', async () => {
    const alice = await harness.createUser('alice');
    const bob = await harness.createUser('bob');
    const aliceStrategy = await createStrategy(harness, alice.apiKey, { name: 'Alice plan' });
    await createStrategy(harness, bob.apiKey, { name: 'Bob plan' });

    const aliceFirst = await request(harness.http).get('/v1/strategies').set(authorized(alice.apiKey)).expect(200);
    const aliceSecond = await request(harness.http).get('/v1/strategies').set(authorized(alice.apiKey)).expect(200);
    const bobFirst = await request(harness.http).get('/v1/strategies').set(authorized(bob.apiKey)).expect(200);

    expect(aliceFirst.headers['x-cache']).toBe('MISS');
    expect(aliceSecond.headers['x-cache']).toBe('HIT');
    expect(aliceSecond.body.items.map((s: { id: string }) => s.id)).toEqual([aliceStrategy.id]);
    // Same URL, other user: a URL-keyed cache would return Alice's list here as a HIT.
    expect(bobFirst.headers['x-cache']).toBe('MISS');
    expect(bobFirst.body.items.map((s: { name: string }) => s.name)).toEqual(['Bob plan']);
  });

  it('caches a strategy by id per user', async () => {
    const alice = await harness.createUser();
    const bob = await harness.createUser();
    const strategy = await createStrategy(harness, alice.apiKey);

    await request(harness.http).get(`/v1/strategies/${strategy.id}`).set(authorized(alice.apiKey)).expect(200);
    const hit = await request(harness.http).get(`/v1/strategies/${strategy.id}`).set(authorized(alice.apiKey)).expect(200);
    expect(hit.headers['x-cache']).toBe('HIT');

    await request(harness.http).get(`/v1/strategies/${strategy.id}`).set(authorized(bob.apiKey)).expect(404);
  });

  it.each([
    ['create', 'post', () => '/v1/strategies'],
    ['update', 'patch', (id: string) => `/v1/strategies/${id}`],
    ['activate', 'post', (id: string) => `/v1/strategies/${id}/activate`],
    ['import', 'post', () => '/v1/strategies/import'],
  ] as const)('drops cached responses on %s', async (write, method, path) => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);
    await request(harness.http).get('/v1/strategies').set(authorized(user.apiKey)).expect(200);
    await request(harness.http).get(`/v1/strategies/${strategy.id}`).set(authorized(user.apiKey)).expect(200);

    const bodies: Record<string, unknown> = {
      create: { name: 'Second' },
      update: { name: 'Renamed' },
      import: { name: 'Imported', content_pillars: ['One'] },
    };
    const call = request(harness.http)[method](path(strategy.id)).set(authorized(user.apiKey));
    await (bodies[write] ? call.send(bodies[write] as object) : call).expect((response) => expect(response.status).toBeLessThan(300));

    const list = await request(harness.http).get('/v1/strategies').set(authorized(user.apiKey)).expect(200);
    const item = await request(harness.http).get(`/v1/strategies/${strategy.id}`).set(authorized(user.apiKey)).expect(200);
    expect(list.headers['x-cache']).toBe('MISS');
    expect(item.headers['x-cache']).toBe('MISS');
    if (write === 'update') {
      expect(item.body.name).toBe('Renamed');
    }
    if (write === 'activate') {
      expect(item.body.status).toBe('active');
    }
  });

  it('reports statistics and clears one user', async () => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);
    await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);

    const stats = await request(harness.http).get('/v1/admin/cache/stats').set(authorized(ADMIN_TOKEN)).expect(200);
    expect(stats.body.tiers.memory.hits).toBeGreaterThanOrEqual(1);
    expect(stats.body.tiers.database.hits).toBeGreaterThanOrEqual(1);
    expect(stats.body.misses).toBeGreaterThanOrEqual(1);
    expect(stats.body.hitRatio).toBeGreaterThan(0);
    expect(stats.body.hitRatio).toBeLessThanOrEqual(1);
    expect(stats.body.entries).toBeGreaterThanOrEqual(1);
    expect(stats.body.ttlMs).toBe(300000);

    const cleared = await request(harness.http).delete(`/v1/admin/cache?userId=${user.id}`).set(authorized(ADMIN_TOKEN)).expect(200);
    expect(cleared.body.cleared).toBeGreaterThanOrEqual(1);

    const after = await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);
    expect(after.body.resolution.tier).toBe('database');
  });

  it('clears every user', async () => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);

    await request(harness.http).delete('/v1/admin/cache').set(authorized(ADMIN_TOKEN)).expect(200);

    const after = await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);
    expect(after.body.resolution.tier).toBe('database');
  });

  it('rejects a userId that is not a UUID', async () => {
    const response = await request(harness.http).delete('/v1/admin/cache?userId=abc').set(authorized(ADMIN_TOKEN)).expect(400);
    expect(JSON.stringify(response.body.message)).toContain('userId');
  });
});

describe('memory tier TTL', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp({ STRATEGY_CACHE_TTL_MS: '150' });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('expires entries after STRATEGY_CACHE_TTL_MS', async () => {
    const user = await harness.createUser();
    const strategy = await createStrategy(harness, user.apiKey);
    await request(harness.http).post(`/v1/strategies/${strategy.id}/activate`).set(authorized(user.apiKey)).expect(200);
    await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);

    await new Promise((resolve) => setTimeout(resolve, 400));

    const after = await request(harness.http).get('/v1/strategies/active').set(authorized(user.apiKey)).expect(200);
    expect(after.body.resolution.tier).toBe('database');
  });
});
