/** The user and active strategy every measurement reads. */
export interface Seed {
  userId: string;
  apiKey: string;
  strategyId: string;
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A strategy with the fields a marketing team fills in first (the shape of test/support/fixtures.ts,
 * plus audience, competitors and editorial guidelines), so the response has a realistic size.
 */
export const BENCH_STRATEGY = {
  name: 'Northwind FY27 demand generation',
  industry: 'B2B SaaS',
  businessObjectives: ['Generate qualified leads from content', 'Shorten the sales cycle for mid-market accounts'],
  targetMetrics: { primaryMetric: 'Marketing-qualified leads', targetValue: 400, secondaryMetrics: ['Demo requests'] },
  teamSize: 3,
  contentBudget: 12000,
  implementationTimeline: '6 months',
  audiencePainPoints: ['Month-end close takes two weeks', 'Spreadsheets break when the team grows'],
  targetAudience: {
    primary: 'Finance leaders at companies with 50 to 500 employees',
    secondary: 'Accounting managers',
    interests: ['automation', 'reporting', 'audit readiness'],
  },
  topCompetitors: [
    { name: 'Ledgerly', website: 'https://ledgerly.example', strength: 'Brand awareness', weakness: 'Slow support' },
    { name: 'Closewise', strength: 'Integrations', weakness: 'Pricing' },
  ],
  contentFrequency: 'Multiple times per week',
  preferredFormats: ['Blog Posts', 'Social Media Posts', 'Email Newsletter'],
  contentMix: { blogPosts: 50, socialMedia: 35, email: 15 },
  optimalTiming: {
    blogPosts: ['Tuesday Morning'],
    socialMedia: ['Lunch (12-2 PM)'],
    email: ['Thursday Morning'],
    timezone: 'Europe/Berlin',
  },
  editorialGuidelines: { tone: ['Confident', 'Practical'], rules: ['Use clear, concise language', 'Cite sources'] },
  contentPillars: [
    { name: 'Close faster', weight: 40, keywords: ['month-end close', 'reconciliation'] },
    { name: 'Customer stories', weight: 20 },
    { name: 'Finance automation', weight: 40, keywords: ['AP automation'] },
  ],
};

async function call(baseUrl: string, method: string, path: string, token: string, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });

  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} failed with status ${response.status}: ${text}`);
  }
  return JSON.parse(text);
}

/** Create a user through the admin API, then create and activate BENCH_STRATEGY for it. */
export async function seedActiveStrategy(baseUrl: string, adminToken: string): Promise<Seed> {
  const user = await call(baseUrl, 'POST', '/v1/admin/users', adminToken, { name: 'Benchmark user' });
  const strategy = await call(baseUrl, 'POST', '/v1/strategies', user.apiKey, BENCH_STRATEGY);
  await call(baseUrl, 'POST', `/v1/strategies/${strategy.id}/activate`, user.apiKey);

  return { userId: user.id, apiKey: user.apiKey, strategyId: strategy.id };
}
