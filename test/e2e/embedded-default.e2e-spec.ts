import { ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');
const TS_NODE = ['-r', 'ts-node/register/transpile-only'];

jest.setTimeout(120_000);

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

async function waitForReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The server did not become ready at ${url}:\n${output()}`);
}

describe('zero-configuration start on the embedded PostgreSQL', () => {
  let dataDir: string;
  let server: ChildProcess;
  let output = '';
  let environment: NodeJS.ProcessEnv;
  let baseUrl: string;
  let databaseUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadence-embedded-'));
    // As root, PostgreSQL runs as the 'postgres' user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    environment = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    };
    databaseUrl = `postgres://cadence:cadence@127.0.0.1:${environment.EMBEDDED_POSTGRES_PORT}/postgres`;

    server = spawn(process.execPath, [...TS_NODE, 'src/main.ts'], { cwd: ROOT, env: environment });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));

    await waitForReady(`${baseUrl}/health/ready`, server, () => output);
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a user from the CLI and serves its first strategy', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...TS_NODE, 'src/cli.ts', 'users:create', '--name', 'First user'],
      { cwd: ROOT, env: environment },
    );
    const user = JSON.parse(stdout);
    expect(user.apiKey).toMatch(/^cad_/);

    const headers = { Authorization: `Bearer ${user.apiKey}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${baseUrl}/v1/strategies`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Embedded check', contentPillars: ['Guides'] }),
    });
    expect(created.status).toBe(201);
    const strategy = (await created.json()) as { id: string };

    const activated = await fetch(`${baseUrl}/v1/strategies/${strategy.id}/activate`, { method: 'POST', headers });
    expect(activated.status).toBe(200);

    const active = await fetch(`${baseUrl}/v1/strategies/active`, { headers });
    expect(active.status).toBe(200);
    expect(((await active.json()) as { id: string }).id).toBe(strategy.id);
  });

  it('stops the embedded PostgreSQL on SIGTERM', async () => {
    const exited = new Promise<void>((done) => server.once('exit', () => done()));
    server.kill('SIGTERM');
    await exited;

    expect(output).toContain('Embedded PostgreSQL stopped');
    await expect(new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 }).connect()).rejects.toThrow();
  });
});

describe('invalid configuration', () => {
  it('stops the boot with a message naming the setting', async () => {
    const run = promisify(execFile)(process.execPath, [...TS_NODE, 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, STRATEGY_CACHE_TTL_MS: 'five minutes' },
    });

    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('STRATEGY_CACHE_TTL_MS') });
  });
});
