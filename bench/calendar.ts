import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { planCalendar } from '../src/calendar/planner/plan-calendar';
import type { CalendarRequest } from '../src/calendar/planner/types';
import type { StrategyContent } from '../src/strategy/strategy-content';
import { createBenchDatabase, dropBenchDatabase } from './support/bench-database';
import { writeResultsBlock } from './support/results-block';

const BENCHMARKS_FILE = join(__dirname, '..', 'BENCHMARKS.md');
const SECTION_HEADING = '## Calendar generation';
const RESULTS_BEGIN = '<!-- calendar-generation results: written by `npm run bench:calendar` -->';
const RESULTS_END = '<!-- end of calendar-generation results -->';

const PLATFORMS = ['blog', 'linkedin', 'twitter', 'instagram', 'facebook', 'youtube'];
const IN_PROCESS_WARMUP = 3;
const IN_PROCESS_RUNS = 20;
const END_TO_END_RUNS = 5;

// Daily on six platforms for 52 weeks, with a team large enough that capacity does not cap anything.
const STRATEGY: StrategyContent = {
  name: 'Benchmark: daily on six platforms',
  industry: 'B2B SaaS',
  teamSize: 200,
  contentFrequency: 'Daily',
  preferredFormats: ['Blog Posts', 'Social Media Posts', 'Videos'],
  optimalTiming: { blogPosts: ['Tuesday Morning'], socialMedia: ['Lunch (12-2 PM)'], videos: ['Weekend Mornings'], timezone: 'Europe/Berlin' },
  marketGaps: [
    { gapDescription: 'No month-end close playbooks for teams without a data engineer', priority: 'High' },
    { gapDescription: 'Little honest content on reconciling ERP and BI numbers', priority: 'Medium' },
  ],
  contentPillars: [
    { name: 'Close faster', weight: 40, keywords: ['month-end close', 'reconciliation', 'close checklist'] },
    { name: 'Self-service analytics', weight: 30, keywords: ['self-service BI', 'finance dashboards'] },
    { name: 'Customer stories', weight: 20, keywords: ['case study', 'finance team'] },
    { name: 'Product updates', weight: 10, keywords: ['release notes', 'integrations'] },
  ],
};

const REQUEST_BODY = {
  startDate: '2027-01-04',
  weeks: 52,
  platforms: PLATFORMS,
  holidayCountry: 'DE',
  postsPerWeek: Object.fromEntries(PLATFORMS.map((platform) => [platform, 7])),
};

const IN_PROCESS_REQUEST: CalendarRequest = {
  startDate: '2027-01-04',
  endDate: '2028-01-02',
  timezone: 'Europe/Berlin',
  platforms: PLATFORMS,
  holidayCountry: 'DE',
  postsPerWeek: REQUEST_BODY.postsPerWeek,
};

interface Timing {
  runs: number;
  p50: number;
  max: number;
  min: number;
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, min: sorted[0], p50: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
}

function measureInProcess(): { timing: Timing; entries: number } {
  let entries = 0;
  for (let run = 0; run < IN_PROCESS_WARMUP; run += 1) {
    entries = planCalendar(STRATEGY, IN_PROCESS_REQUEST).entries.length;
  }

  const samples: number[] = [];
  for (let run = 0; run < IN_PROCESS_RUNS; run += 1) {
    const started = performance.now();
    planCalendar(STRATEGY, IN_PROCESS_REQUEST);
    samples.push(performance.now() - started);
  }
  return { timing: summarize(samples), entries };
}

async function post(baseUrl: string, path: string, token: string, body: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`POST ${path} failed with ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/**
 * Insert the rows of one finished run again, as new rows of a new generation, with plain multi-row
 * INSERT statements of 1,000 rows each (the same chunking the runner uses), in one transaction.
 */
async function bareInsert(client: Client, sourceGenerationId: string, targetGenerationId: string): Promise<number> {
  const { rows } = await client.query(
    `SELECT position, local_date::text AS local_date, starts_at, timezone, platform, format, pillar, purpose, title,
            keywords, hashtags, call_to_action, notes, details
       FROM calendar_entries WHERE generation_id = $1 ORDER BY position`,
    [sourceGenerationId],
  );

  const started = performance.now();
  await client.query('BEGIN');
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const values: unknown[] = [];
    const tuples = chunk.map((row, index) => {
      const base = index * 15;
      values.push(
        targetGenerationId, row.position, row.local_date, row.starts_at, row.timezone, row.platform, row.format, row.pillar,
        row.purpose, row.title, JSON.stringify(row.keywords), JSON.stringify(row.hashtags), row.call_to_action, row.notes,
        JSON.stringify(row.details),
      );
      return `(${Array.from({ length: 15 }, (_, column) => `$${base + column + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO calendar_entries (generation_id, position, local_date, starts_at, timezone, platform, format, pillar,
         purpose, title, keywords, hashtags, call_to_action, notes, details) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
  await client.query('COMMIT');
  return performance.now() - started;
}

async function main(): Promise<void> {
  console.error(`Planning in process: ${IN_PROCESS_WARMUP} warm-up and ${IN_PROCESS_RUNS} measured runs`);
  const inProcess = measureInProcess();

  const database = await createBenchDatabase();
  const adminToken = 'bench-calendar-admin-token-0123456789';
  Object.assign(process.env, { DATABASE_URL: database.url, ADMIN_TOKEN: adminToken, LOG_LEVEL: 'error' });
  const app = await createApp();
  const client = new Client({ connectionString: database.url });

  try {
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    await client.connect();

    const user = await post(baseUrl, '/v1/admin/users', adminToken, { name: 'calendar benchmark' });
    const strategy = await post(baseUrl, '/v1/strategies', user.apiKey, STRATEGY);
    await post(baseUrl, `/v1/strategies/${strategy.id}/activate`, user.apiKey, undefined);

    console.error(`End to end: ${END_TO_END_RUNS} runs of POST /v1/calendar-generations?wait=true, each with a bare insert`);
    const endToEnd: number[] = [];
    const bare: number[] = [];
    let entryCount = 0;
    for (let run = 0; run <= END_TO_END_RUNS; run += 1) {
      const started = performance.now();
      const generation = await post(baseUrl, '/v1/calendar-generations?wait=true', user.apiKey, REQUEST_BODY);
      const elapsed = performance.now() - started;
      if (generation.status !== 'completed') {
        throw new Error(`Run ${generation.id} ended ${generation.status}: ${generation.error?.message}`);
      }
      entryCount = generation.entryCount;

      // A second run row to hold the copied entries, so the bare insert writes into the same table and indexes.
      const [target] = (
        await client.query(
          `INSERT INTO calendar_generations (user_id, status, strategy_id, strategy_version, request, request_hash, steps)
           SELECT user_id, 'completed', strategy_id, strategy_version, request, request_hash, steps
             FROM calendar_generations WHERE id = $1 RETURNING id`,
          [generation.id],
        )
      ).rows;
      const bareMs = await bareInsert(client, generation.id, target.id);

      // The first round warms up the app, the connection pools and PostgreSQL's caches.
      if (run > 0) {
        endToEnd.push(elapsed);
        bare.push(bareMs);
      }
    }

    const results = render(inProcess, summarize(endToEnd), summarize(bare), entryCount, database.serverVersion);
    console.log(results);
    writeResultsBlock(BENCHMARKS_FILE, { heading: SECTION_HEADING, begin: RESULTS_BEGIN, end: RESULTS_END }, results);
    console.error(`Wrote the results to ${BENCHMARKS_FILE}`);
  } finally {
    await client.end().catch(() => undefined);
    await app.close();
    await dropBenchDatabase(database.name);
  }
}

function render(
  inProcess: { timing: Timing; entries: number },
  endToEnd: Timing,
  bare: Timing,
  entryCount: number,
  serverVersion: string,
): string {
  const ms = (value: number) => value.toFixed(1);
  const ratio = endToEnd.p50 / bare.p50;
  return [
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench:calendar\`.`,
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${serverVersion}.`,
    '',
    `Workload: 52 weeks from 2027-01-04 in Europe/Berlin, six platforms (${PLATFORMS.join(', ')}) at 7 posts a week each,`,
    `German public holidays skipped: ${inProcess.entries} entries in process, ${entryCount} through the API.`,
    '',
    '| Target | Measured (p50) | Met |',
    '| --- | --- | --- |',
    `| In-process generation < 100 ms | ${ms(inProcess.timing.p50)} ms | ${inProcess.timing.p50 < 100 ? 'yes' : '**no**'} |`,
    `| End to end \`?wait=true\` ≤ 3 × bare insert | ${ratio.toFixed(2)} × | ${ratio <= 3 ? 'yes' : '**no**'} |`,
    '',
    '| Measurement | Runs | min (ms) | p50 (ms) | max (ms) |',
    '| --- | --- | --- | --- | --- |',
    `| \`planCalendar\` in process, after ${IN_PROCESS_WARMUP} warm-up runs | ${inProcess.timing.runs} | ${ms(inProcess.timing.min)} | ${ms(inProcess.timing.p50)} | ${ms(inProcess.timing.max)} |`,
    `| \`POST /v1/calendar-generations?wait=true\` (six phases, snapshot reads, ${entryCount} rows written, run updated) | ${endToEnd.runs} | ${ms(endToEnd.min)} | ${ms(endToEnd.p50)} | ${ms(endToEnd.max)} |`,
    `| Bare multi-row INSERT of the same ${entryCount} rows into calendar_entries, 1,000 rows a statement, one transaction | ${bare.runs} | ${ms(bare.min)} | ${ms(bare.p50)} | ${ms(bare.max)} |`,
    '',
    `Ratio end to end / bare insert (p50): ${ratio.toFixed(2)}. The first end-to-end round is a warm-up and is not counted.`,
  ].join('\n');
}

main().catch((error: Error) => {
  console.error(`Calendar benchmark failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
