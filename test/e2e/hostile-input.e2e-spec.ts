import { Logger } from '@nestjs/common';
import { inspect } from 'node:util';
import request from 'supertest';

import { authorized, createStrategy } from '../support/fixtures';
import { ADMIN_TOKEN, startTestApp, TestApp } from '../support/test-app';

/** Row counts and version totals that any write changes. */
interface WrittenState {
  users: number;
  strategies: number;
  revisions: number;
  versions: number;
}

/** A route that stores text from a JSON body; each accepts a `name`. */
interface BodyRoute {
  route: string;
  send(body: string | object): request.Test;
}

describe('hostile input', () => {
  let harness: TestApp;
  let owner: { id: string; apiKey: string };
  let strategyId: string;

  beforeAll(async () => {
    harness = await startTestApp();
    owner = await harness.createUser('owner');
    strategyId = (await createStrategy(harness, owner.apiKey)).id;
  });

  afterAll(async () => {
    await harness.close();
  });

  async function writtenState(): Promise<WrittenState> {
    const rows = await harness.dataSource.query(
      `SELECT (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM content_strategies)::int AS strategies,
              (SELECT count(*) FROM strategy_revisions)::int AS revisions,
              (SELECT coalesce(sum(version), 0) FROM content_strategies)::int AS versions`,
    );
    return rows[0];
  }

  /** Sends a request and returns its response, checking that it wrote nothing. */
  async function expectNothingWritten(call: () => request.Test): Promise<request.Response> {
    const before = await writtenState();
    const response = await call();
    expect(await writtenState()).toEqual(before);
    return response;
  }

  function json(test: request.Test, body: string | object): request.Test {
    return test.set('Content-Type', 'application/json').send(body);
  }

  /** The four routes that store text from a JSON body. */
  const bodyRoutes: BodyRoute[] = [
    {
      route: 'POST /v1/strategies',
      send: (body) => json(request(harness.http).post('/v1/strategies').set(authorized(owner.apiKey)), body),
    },
    {
      route: 'PATCH /v1/strategies/:id',
      send: (body) => json(request(harness.http).patch(`/v1/strategies/${strategyId}`).set(authorized(owner.apiKey)), body),
    },
    {
      route: 'POST /v1/strategies/import',
      send: (body) => json(request(harness.http).post('/v1/strategies/import').set(authorized(owner.apiKey)), body),
    },
    {
      route: 'POST /v1/admin/users',
      send: (body) => json(request(harness.http).post('/v1/admin/users').set(authorized(ADMIN_TOKEN)), body),
    },
  ];
  const eachBodyRoute = bodyRoutes.map((route) => [route.route, route] as const);

  describe('text PostgreSQL cannot store', () => {
    it.each(eachBodyRoute)('rejects a NUL character on %s', async (_route, route) => {
      const response = await expectNothingWritten(() => route.send({ name: 'Before\u0000after' }));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('name contains a NUL character (\\u0000), which cannot be stored; remove it');
    });

    it.each(eachBodyRoute)('rejects a lone surrogate on %s', async (_route, route) => {
      const response = await expectNothingWritten(() => route.send('{"name": "broken \\ud83d text"}'));

      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/^name contains an unpaired UTF-16 surrogate \(\\ud83d\)/);
    });

    it('names the path inside a free-JSON field', async () => {
      const body = { name: 'x', qualityMetrics: { notes: ['fine', 'bad\u0000'] } };
      const response = await expectNothingWritten(() => bodyRoutes[0].send(body));

      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/^qualityMetrics\.notes\[1\] contains a NUL character/);
    });

    it('names the object of a NUL key', async () => {
      const response = await expectNothingWritten(() => bodyRoutes[0].send('{"name": "x", "qualityMetrics": {"a\\u0000": 1}}'));

      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/^A key of qualityMetrics contains a NUL character/);
    });

    it('keeps valid surrogate pairs', async () => {
      const response = await bodyRoutes[0].send('{"name": "Launch \\ud83d\\ude80"}').expect(201);
      expect(response.body.name).toBe('Launch 🚀');
    });
  });

  describe('nesting and size', () => {
    const deepList = `{"name": "x", "qualityMetrics": {"a": ${'['.repeat(1300)}${']'.repeat(1300)}}}`;

    it.each(eachBodyRoute)('rejects 1,300 levels of nesting on %s', async (_route, route) => {
      const response = await expectNothingWritten(() => route.send(deepList));

      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(
        /^Request body is nested deeper than 64 levels of objects and lists at qualityMetrics\.a\[0\]/,
      );
      expect(response.body.message).toContain('send at most 64 levels');
    });

    it('accepts free JSON nested 32 levels', async () => {
      const nested = `{"name": "x", "qualityMetrics": {"a": ${'['.repeat(31)}${']'.repeat(31)}}}`;
      await bodyRoutes[0].send(nested).expect(201);
    });

    it('rejects more than 20,000 members in total', async () => {
      const groups = Object.fromEntries(
        Array.from({ length: 25 }, (_, group) => [`group${group}`, Array.from({ length: 900 }, () => 0)]),
      );
      const response = await expectNothingWritten(() => bodyRoutes[0].send({ name: 'x', qualityMetrics: groups }));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe(
        'Request body has more than 20000 object members and list items in total; send at most 20000',
      );
    });

    it('rejects 80,000 unknown keys quickly', async () => {
      const keys = Object.fromEntries(Array.from({ length: 80_000 }, (_, index) => [`k${index}`, 1]));
      const started = Date.now();
      const response = await expectNothingWritten(() => bodyRoutes[0].send({ name: 'x', ...keys }));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('The request body has more than 1000 keys; send at most 1000 keys per object');
      // Validating 80,000 keys took seconds; the scan takes milliseconds. The bound leaves room for slow CI machines.
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('error response size', () => {
    it('caps the problems of an invalid list', async () => {
      const opportunities = Array.from({ length: 200 }, () => ({ keyword: 7 }));
      const body = { name: 'x', gapAnalysis: { keywordOpportunities: opportunities } };
      const response = await expectNothingWritten(() => bodyRoutes[0].send(body));

      expect(response.status).toBe(400);
      const problems = response.body.message.join('; ').split('; ');
      expect(problems).toHaveLength(51);
      expect(problems[0]).toBe('gapAnalysis.keywordOpportunities[0].keyword must be a string, got a number');
      expect(problems[50]).toBe('… and 150 more errors');
    });

    it('reports only the size of an oversized list', async () => {
      const body = { name: 'x', businessObjectives: Array.from({ length: 19_000 }, () => 1) };
      const response = await expectNothingWritten(() => bodyRoutes[0].send(body));

      expect(response.status).toBe(400);
      expect(response.body.message).toEqual(['businessObjectives must contain at most 50 items, got 19000']);
    });

    it('caps the unknown-key messages', async () => {
      const keys = Object.fromEntries(Array.from({ length: 999 }, (_, index) => [`extra${index}`, 1]));
      const response = await expectNothingWritten(() => bodyRoutes[0].send({ name: 'x', ...keys }));

      expect(response.status).toBe(400);
      expect(response.body.message).toHaveLength(51);
      expect(response.body.message[50]).toBe('… and 949 more errors');
      expect(JSON.stringify(response.body).length).toBeLessThan(5000);
    });
  });

  describe('content types', () => {
    const strategyBody = JSON.stringify({ name: 'Sent as text' });

    it.each([
      ['text/plain', 'text/plain'],
      ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
      ['application/merge-patch+json', 'application/merge-patch+json'],
      ['text/plain; charset=utf-8', 'text/plain'],
    ])('rejects Content-Type %s with 415', async (contentType, shown) => {
      for (const call of [
        () => request(harness.http).post('/v1/strategies'),
        () => request(harness.http).patch(`/v1/strategies/${strategyId}`),
      ]) {
        const response = await expectNothingWritten(() =>
          call().set(authorized(owner.apiKey)).set('Content-Type', contentType).send(strategyBody),
        );

        expect(response.status).toBe(415);
        expect(response.body.error).toBe('Unsupported Media Type');
        expect(response.body.message).toBe(
          `Content-Type '${shown}' is not supported; send the body as JSON with Content-Type: application/json`,
        );
      }
    });

    it('rejects a multipart body with 415', async () => {
      const response = await expectNothingWritten(() =>
        request(harness.http).post('/v1/strategies').set(authorized(owner.apiKey)).field('name', 'Form strategy'),
      );

      expect(response.status).toBe(415);
      expect(response.body.message).toMatch(/^Content-Type 'multipart\/form-data' is not supported/);
    });

    it('rejects a body without Content-Type with 415', async () => {
      const response = await expectNothingWritten(() =>
        request(harness.http)
          .post('/v1/strategies')
          .set(authorized(owner.apiKey))
          .unset('Content-Type')
          .send(Buffer.from(strategyBody)),
      );

      expect(response.status).toBe(415);
      expect(response.body.message).toBe(
        'Request has a body but no Content-Type header; send the body as JSON with Content-Type: application/json',
      );
    });

    it.each(['latin1', 'utf-16le', 'utf8'])('rejects charset %s with 415', async (charset) => {
      const response = await expectNothingWritten(() =>
        request(harness.http)
          .post('/v1/strategies')
          .set(authorized(owner.apiKey))
          .set('Content-Type', `application/json; charset=${charset}`)
          .send(strategyBody),
      );

      expect(response.status).toBe(415);
      expect(response.body.error).toBe('Unsupported Media Type');
      expect(response.body.message).toContain(`charset '${charset}' is not supported`);
    });

    it('accepts charset=utf-8', async () => {
      await request(harness.http)
        .post('/v1/strategies')
        .set(authorized(owner.apiKey))
        .set('Content-Type', 'application/json; charset=UTF-8')
        .send(strategyBody)
        .expect(201);
    });

    it('accepts bodiless requests without Content-Type', async () => {
      const created = await createStrategy(harness, owner.apiKey);

      await request(harness.http).post(`/v1/strategies/${created.id}/activate`).set(authorized(owner.apiKey)).expect(200);
      await request(harness.http).post(`/v1/strategies/${created.id}/deactivate`).set(authorized(owner.apiKey)).expect(200);
      await request(harness.http).delete(`/v1/strategies/${created.id}`).set(authorized(owner.apiKey)).expect(204);
    });

    it('accepts Content-Length 0 with any type', async () => {
      const created = await createStrategy(harness, owner.apiKey);
      await request(harness.http)
        .post(`/v1/strategies/${created.id}/activate`)
        .set(authorized(owner.apiKey))
        .set('Content-Type', 'text/plain')
        .set('Content-Length', '0')
        .expect(200);
    });
  });

  describe('empty PATCH', () => {
    it('rejects {} and keeps the version', async () => {
      const response = await expectNothingWritten(() => bodyRoutes[1].send({}));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('PATCH body has no fields to change; send at least one strategy field');
    });
  });

  describe('reserved keys', () => {
    const reservedRule =
      'is not accepted because __proto__, prototype and the names of Object.prototype members, such as ' +
      'constructor and toString, are reserved; rename the key';

    it.each([
      ['POST /v1/strategies', 0, '{"name": "x", "constructor": {"name": "y"}}', 'constructor'],
      ['POST /v1/strategies', 0, '{"name": "x", "qualityMetrics": {"toString": 1}}', 'qualityMetrics.toString'],
      ['PATCH /v1/strategies/:id', 1, '{"__proto__": {"industry": "Polluted"}}', '__proto__'],
      ['PATCH /v1/strategies/:id', 1, '{"contentPillars": [{"name": "a", "prototype": 1}]}', 'contentPillars[0].prototype'],
      ['POST /v1/strategies/import', 2, '{"name": "n", "quality_metrics": {"hasOwnProperty": 1}}', 'quality_metrics.hasOwnProperty'],
      ['POST /v1/admin/users', 3, '{"name": "x", "\\u005f_proto__": {}}', '__proto__'],
    ])('rejects a reserved key on %s at %#', async (_route, routeIndex, body, path) => {
      const response = await expectNothingWritten(() => bodyRoutes[routeIndex].send(body));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe(`Key ${path} ${reservedRule}`);
    });

    it.each(['__proto__', 'constructor', 'hasOwnProperty'])('rejects the query parameter %s', async (name) => {
      const response = await request(harness.http)
        .get(`/v1/strategies?${name}=1`)
        .set(authorized(owner.apiKey))
        .expect(400);

      expect(response.body.message).toBe(
        `Query parameter '${name}' is not accepted because __proto__, prototype and the names of ` +
          'Object.prototype members, such as constructor and toString, are reserved; remove or rename the parameter',
      );
    });
  });

  describe('import messages', () => {
    it('names the document path and index of an invalid pillar', async () => {
      const document = { name: 'n', content_pillars: [null, 'a', { name: null }] };
      const response = await expectNothingWritten(() => bodyRoutes[2].send(document));

      expect(response.status).toBe(400);
      expect(response.body.message).toEqual(['content_pillars[2].name is required']);
    });

    it('names the document index of an unreadable pillar', async () => {
      const document = { name: 'n', content_pillars: [null, 'a', ['nested']] };
      const response = await expectNothingWritten(() => bodyRoutes[2].send(document));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe(
        'content_pillars[2] must be a string or a {name, weight, keywords} object, got a list',
      );
    });

    it('rejects a numeric string out of range as not finite', async () => {
      const response = await expectNothingWritten(() => bodyRoutes[2].send({ name: 'n', content_budget: '1e400' }));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe("content_budget must be a finite number, got '1e400'");
    });

    it('rejects a JSON number out of range before parsing', async () => {
      const response = await expectNothingWritten(() => bodyRoutes[2].send('{"name": "n", "content_budget": 1e400}'));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('content_budget must be a finite number, got 1e400');
    });
  });

  describe('clear messages', () => {
    it.each([
      ['limit=abc', "limit must be a whole number from 1 to 100, got 'abc'"],
      ['limit=', 'limit must be a whole number from 1 to 100, got an empty value'],
      ['limit=0x10', "limit must be a whole number from 1 to 100, got '0x10'"],
      ['limit=1e1', "limit must be a whole number from 1 to 100, got '1e1'"],
      ['limit=%2B5', "limit must be a whole number from 1 to 100, got '+5'"],
      ['limit=5&limit=6', "limit must be given once, got 2 values ('5', '6')"],
      ['offset=-1', "offset must be a whole number from 0 to 1000000, got '-1'"],
    ])('answers %s with one message', async (query, message) => {
      const response = await request(harness.http).get(`/v1/strategies?${query}`).set(authorized(owner.apiKey)).expect(400);
      expect(response.body.message).toEqual([message]);
    });

    it('accepts a plain decimal limit', async () => {
      const response = await request(harness.http).get('/v1/strategies?limit=05').set(authorized(owner.apiKey)).expect(200);
      expect(response.body.items.length).toBeLessThanOrEqual(5);
    });

    it('repeats a rejected UUID', async () => {
      const response = await request(harness.http).get('/v1/strategies/12345').set(authorized(owner.apiKey)).expect(400);
      expect(response.body.message).toBe("id must be a UUID such as 0b5e1f9a-2a44-4c55-9d7e-3f0c1e2d4b6a, got '12345'");
    });

    it.each([
      ['{}', {}, 'name is required'],
      ['{"name": 1}', { name: 1 }, 'name must be a string, got a number'],
    ])('answers the user body %s with one message', async (_case, body, message) => {
      const response = await expectNothingWritten(() => bodyRoutes[3].send(body));

      expect(response.status).toBe(400);
      expect(response.body.message).toEqual([message]);
    });

    it.each(eachBodyRoute)('rejects a JSON list as the body of %s', async (_route, route) => {
      const response = await expectNothingWritten(() => route.send([{ name: 'x' }]));

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Request body must be a JSON object, got a list; wrap the list in an object field');
    });
  });

  describe('Authorization header', () => {
    it.each([
      ['a second word', (key: string) => `Bearer ${key} extra`, 'there are 2 words after Bearer instead of one token'],
      ['Basic', (key: string) => `Basic ${key}`, 'the scheme is not Bearer'],
      ['Token', (key: string) => `Token ${key}`, 'the scheme is not Bearer'],
      ['no token', () => 'Bearer', 'there is no token after Bearer'],
    ])('calls a header with %s malformed', async (_case, header, reason) => {
      const response = await request(harness.http).get('/v1/strategies').set('Authorization', header(owner.apiKey)).expect(401);

      expect(response.body.message).toBe(
        `Malformed Authorization header: ${reason}; send the API key as "Authorization: Bearer <apiKey>", ` +
          'the word Bearer, one space and the key',
      );
      expect(response.body.message).not.toContain(owner.apiKey);
    });

    it('calls a malformed admin header malformed', async () => {
      const response = await expectNothingWritten(() =>
        request(harness.http).post('/v1/admin/users').set('Authorization', `Basic ${ADMIN_TOKEN}`).send({ name: 'x' }),
      );

      expect(response.status).toBe(401);
      expect(response.body.message).toBe(
        'Malformed Authorization header: the scheme is not Bearer; send the admin token as "Authorization: Bearer $ADMIN_TOKEN"',
      );
    });

    it('still calls a missing header missing', async () => {
      const response = await request(harness.http).get('/v1/strategies').expect(401);
      expect(response.body.message).toBe('Missing API key: send it as "Authorization: Bearer <apiKey>"');
    });
  });

  describe('OpenAPI document', () => {
    let document: Record<string, any>;

    beforeAll(async () => {
      document = (await request(harness.http).get('/docs-json').expect(200)).body;
    });

    it('shows the Authorization header as a code span', () => {
      expect(document.info.description).toContain('`Authorization: Bearer cad_…`');
      expect(document.info.description).not.toContain('<apiKey>');
      expect(JSON.stringify(document.components.schemas)).not.toContain('<apiKey>');
    });

    it('describes the bearer tokens as opaque', () => {
      expect(document.components.securitySchemes['api-key']).toMatchObject({ scheme: 'bearer', bearerFormat: 'opaque API key' });
      expect(document.components.securitySchemes['admin-token']).toMatchObject({ scheme: 'bearer', bearerFormat: 'opaque token' });
    });

    it('documents X-Strategy-Tier as a response header', () => {
      const operation = document.paths['/v1/strategies/active'].get;
      const parameters: Array<{ name: string }> = operation.parameters ?? [];

      expect(parameters.map((parameter) => parameter.name)).not.toContain('X-Strategy-Tier');
      expect(operation.responses['200'].headers['X-Strategy-Tier'].schema.enum).toEqual(['memory', 'database', 'fallback']);
    });
  });

  describe('unexpected failures', () => {
    it('logs a 500 without query parameters', async () => {
      const marker = 'marker-value-9c1d';
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await harness.dataSource.query('ALTER TABLE content_strategies RENAME TO content_strategies_hidden');
      let response: request.Response;
      let lines: string[];
      try {
        response = await request(harness.http).post('/v1/strategies').set(authorized(owner.apiKey)).send({ name: marker });
      } finally {
        await harness.dataSource.query('ALTER TABLE content_strategies_hidden RENAME TO content_strategies');
        // Formatted as the console logger prints objects, which would show a QueryFailedError's parameters.
        lines = logged.mock.calls.map((call) =>
          call.map((argument) => (typeof argument === 'string' ? argument : inspect(argument, { depth: 5 }))).join('\n'),
        );
        logged.mockRestore();
      }

      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error; the failure was logged',
      });

      const failure = lines.find((line) => line.startsWith('POST /v1/strategies failed'));
      expect(failure).toContain(`(user ${owner.id})`);
      expect(failure).toContain('relation "content_strategies" does not exist');
      expect(failure).toContain('SQLSTATE 42P01');
      expect(lines.join('\n')).not.toContain(marker);

      const rows = await harness.dataSource.query('SELECT count(*)::int AS n FROM content_strategies WHERE name = $1', [marker]);
      expect(rows[0].n).toBe(0);
    });
  });
});
