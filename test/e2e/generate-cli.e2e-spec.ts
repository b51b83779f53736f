import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sharedDocuments, SHARED_DATA_DIR } from '../support/shared-data';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);

jest.setTimeout(120_000);

describe('npm run generate', () => {
  let database: { name: string; url: string };
  let outRoot: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    outRoot = mkdtempSync(join(tmpdir(), 'cadence-generate-'));
  });

  afterAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    await dropTestDatabase(database.name);
  });

  async function generate(strategyFile: string, outDir: string, extra: string[] = []) {
    return run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/generate.ts', '--strategy', strategyFile, '--start', '2027-03-22', '--weeks', '4', '--out', outDir, ...extra],
      { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: database.url } },
    );
  }

  it.each(sharedDocuments().map(([path]) => [path]))('plans a calendar from %s', async (path) => {
    const outDir = join(outRoot, path.replace(/[^a-z0-9]+/gi, '-'));
    const { stdout } = await generate(join(SHARED_DATA_DIR, path), outDir);

    expect(stdout).toMatch(/^\d+ entries, times in /);
    expect(stdout).toContain('2027-W12');
    expect(stdout).toContain('Quality');
    expect(existsSync(join(outDir, 'calendar.ics'))).toBe(true);

    const copy = JSON.parse(readFileSync(join(outDir, 'calendar.json'), 'utf8'));
    expect(copy.generation.status).toBe('completed');
    expect(copy.entries.length).toBe(copy.generation.entryCount);
    expect(copy.entries.length).toBeGreaterThan(0);
    for (const value of [copy.generation.quality.overall, copy.generation.quality.inWindowShare, copy.generation.quality.titleUniqueness]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('plans the example strategy the README shows', async () => {
    const outDir = join(outRoot, 'example');
    const { stdout } = await generate('examples/riverside-cycles.json', outDir, ['--timezone', 'America/Chicago']);

    expect(stdout).toContain('times in America/Chicago');
    expect(readFileSync(join(outDir, 'calendar.ics'), 'utf8')).toContain('TZID:America/Chicago');
  });

  it.each([
    [['--start', '2027-03-22', '--weeks', '4'], '--strategy is missing'],
    [['--strategy', 'examples/riverside-cycles.json', '--start', '2027-02-30', '--weeks', '4'], '--start'],
    [['--strategy', 'examples/riverside-cycles.json', '--start', '2027-03-22', '--weeks', '60'], '--weeks'],
  ])('rejects %j', async (args, message) => {
    const failure = run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/generate.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: database.url },
    });
    await expect(failure).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });
});
