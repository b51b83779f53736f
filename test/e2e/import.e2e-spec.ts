import request from 'supertest';
import { authorized } from '../support/fixtures';
import { sharedDocuments } from '../support/shared-data';
import { startTestApp, TestApp } from '../support/test-app';

describe('ALwrity import', () => {
  let harness: TestApp;
  let user: { id: string; apiKey: string };

  beforeAll(async () => {
    harness = await startTestApp();
    user = await harness.createUser();
  });

  afterAll(async () => {
    await harness.close();
  });

  const documents = sharedDocuments();

  it('finds the reference documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  it.each(documents)('imports %s', async (_path, document) => {
    const response = await request(harness.http).post('/v1/strategies/import').set(authorized(user.apiKey)).send(document as object).expect(201);

    expect(response.body.name).toEqual(expect.any(String));
    expect(response.body.name.length).toBeGreaterThan(0);
    expect(response.body.version).toBe(1);
    expect(response.body.contentPillars.length).toBeGreaterThan(0);
    expect(['enhanced-strategy', 'calendar-document']).toContain(response.body.importReport.format);

    const rows = await harness.dataSource.query('SELECT user_id, name, content FROM content_strategies WHERE id = $1', [response.body.id]);
    expect(rows[0].user_id).toBe(user.id);
    expect(rows[0].content.name).toBe(response.body.name);
  });

  it('keeps weights and the time zone of an enhanced strategy', async () => {
    const [, northwind] = documents.find(([path]) => path.includes('northwind'))!;
    const response = await request(harness.http).post('/v1/strategies/import').set(authorized(user.apiKey)).send(northwind as object).expect(201);

    expect(response.body.optimalTiming.timezone).toBe('Europe/Berlin');
    expect(response.body.contentPillars[0]).toMatchObject({ name: 'Close faster', weight: 40 });
    expect(response.body.teamSize).toBe(3);
  });

  it.each([
    ['an array', [1, 2, 3]],
    ['pillars of the wrong type', { name: 'x', content_pillars: 7 }],
    ['an invalid time zone', { name: 'x', optimal_timing: { timezone: 'Mars/Base' } }],
    ['a document without a name', { industry: 'retail' }],
  ])('rejects %s and writes nothing', async (_case, document) => {
    const other = await harness.createUser();
    const response = await request(harness.http).post('/v1/strategies/import').set(authorized(other.apiKey)).send(document).expect(400);

    expect(response.body.message).toBeTruthy();
    const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM content_strategies WHERE user_id = $1', [other.id]);
    expect(rows[0].n).toBe(0);
  });
});
