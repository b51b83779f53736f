import request from 'supertest';
import { hashApiKey } from '../../src/auth/api-key';
import { ADMIN_TOKEN, startTestApp, TestApp } from '../support/test-app';

describe('users and API keys', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('creates a user and stores only the key hash', async () => {
    const response = await request(harness.http)
      .post('/v1/admin/users')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send({ name: 'Harbour Yoga' })
      .expect(201);

    expect(response.body.name).toBe('Harbour Yoga');
    expect(response.body.apiKey).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);

    const rows = await harness.dataSource.query('SELECT name, api_key_hash FROM users WHERE id = $1', [response.body.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].api_key_hash).toBe(hashApiKey(response.body.apiKey));
    expect(JSON.stringify(rows)).not.toContain(response.body.apiKey);
  });

  it('accepts the new key on /v1 endpoints', async () => {
    const user = await harness.createUser();
    await request(harness.http).get('/v1/strategies').set('Authorization', `Bearer ${user.apiKey}`).expect(200);
  });

  it.each([
    ['no header', undefined],
    ['an unknown key', 'Bearer cad_unknown'],
    ['a malformed header', 'Basic abc'],
  ])('rejects %s with 401', async (_case, header) => {
    const call = request(harness.http).get('/v1/strategies');
    if (header) {
      call.set('Authorization', header);
    }
    const response = await call.expect(401);
    expect(response.body.message).toMatch(/API key/);
  });

  it('rejects admin calls with a user key', async () => {
    const user = await harness.createUser();
    await request(harness.http)
      .post('/v1/admin/users')
      .set('Authorization', `Bearer ${user.apiKey}`)
      .send({ name: 'x' })
      .expect(401);
  });

  it.each([
    [{}, 'name'],
    [{ name: '' }, 'name'],
    [{ name: 42 }, 'name'],
    [{ name: 'ok', role: 'admin' }, 'role'],
  ])('rejects user body %j naming %s', async (body, field) => {
    const before = await harness.dataSource.query('SELECT count(*)::int AS n FROM users');
    const response = await request(harness.http)
      .post('/v1/admin/users')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send(body)
      .expect(400);

    expect(JSON.stringify(response.body.message)).toContain(field);
    const after = await harness.dataSource.query('SELECT count(*)::int AS n FROM users');
    expect(after[0].n).toBe(before[0].n);
  });

  it('serves the API documentation without credentials', async () => {
    await request(harness.http).get('/docs').expect(200);
    const document = await request(harness.http).get('/docs-json').expect(200);

    expect(document.body.paths['/v1/strategies/active'].get.summary).toBeTruthy();
    expect(document.body.paths['/v1/admin/users'].post.responses['401']).toBeDefined();
  });

  it('serves health without credentials', async () => {
    await request(harness.http).get('/health/live').expect(200);
    const ready = await request(harness.http).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
  });
});

describe('admin endpoints without ADMIN_TOKEN', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await startTestApp({ ADMIN_TOKEN: undefined });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('answers 404', async () => {
    await request(harness.http).post('/v1/admin/users').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name: 'x' }).expect(404);
    await request(harness.http).get('/v1/admin/cache/stats').expect(404);

    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM users');
    expect(rows[0].n).toBe(0);
  });
});
