import request from 'supertest';
import type { TestApp } from './test-app';

let sequence = 0;

/** Build a valid native strategy body; `overrides` replace top-level fields. */
export function strategyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `Test strategy ${sequence}`,
    industry: 'B2B SaaS',
    businessObjectives: ['Generate qualified leads from content'],
    teamSize: 2,
    contentFrequency: 'Weekly',
    preferredFormats: ['Blog Posts', 'Social Media Posts'],
    contentMix: { blogPosts: 50, socialMedia: 50 },
    optimalTiming: { blogPosts: ['Tuesday Morning'], socialMedia: ['Lunch (12-2 PM)'], timezone: 'Europe/Berlin' },
    contentPillars: [
      { name: 'Close faster', weight: 60, keywords: ['month-end close'] },
      { name: 'Customer stories', weight: 40 },
    ],
    ...overrides,
  };
}

/** Create a strategy through the API and return its body. */
export async function createStrategy(
  harness: TestApp,
  apiKey: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const response = await request(harness.http)
    .post('/v1/strategies')
    .set('Authorization', `Bearer ${apiKey}`)
    .send(strategyBody(overrides))
    .expect(201);
  return response.body;
}

export function authorized(apiKey: string) {
  return { Authorization: `Bearer ${apiKey}` };
}
