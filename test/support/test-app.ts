import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { createTestDatabase, dropTestDatabase } from './test-database';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  dataSource: DataSource;
  /** Create a user through the admin API and return its id and API key. */
  createUser(name?: string): Promise<{ id: string; apiKey: string }>;
  /** The test database, for starting a second application on the same data. */
  database: { name: string; url: string };
  /** Stop the application and drop its database, unless `keepDatabase` is set. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Start the whole Nest application on a new, empty database of the test server, with `settings`
 * added to the environment for this application only. Migrations run at start, as in production.
 */
export async function startTestApp(
  settings: Record<string, string | undefined> = {},
  options: { database?: { name: string; url: string } } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const saved = { ...process.env };

  Object.assign(process.env, {
    DATABASE_URL: database.url,
    ADMIN_TOKEN,
    LOG_LEVEL: 'error',
  });
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }

  let app: INestApplication;
  try {
    app = await createApp();
    await app.init();
  } finally {
    process.env = saved;
  }

  const http = app.getHttpServer();
  let users = 0;

  return {
    app,
    http,
    dataSource: app.get(DataSource),
    database,
    async createUser(name = `user ${++users}`) {
      const response = await request(http)
        .post('/v1/admin/users')
        .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
        .send({ name })
        .expect(201);
      return { id: response.body.id, apiKey: response.body.apiKey };
    },
    async close({ keepDatabase = false } = {}) {
      await app.close();
      if (!keepDatabase) {
        await dropTestDatabase(database.name);
      }
    },
  };
}
