import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ChildMessage, ParentMessage } from './messages';

const BENCH_ROOT = join(__dirname, '..');
const PROJECT_ROOT = join(BENCH_ROOT, '..');

/**
 * The CPUs that the server under test and the load generator are pinned to with taskset(1), one each,
 * so that on a 2-core machine neither takes time from the other. Undefined CPUs mean no pinning.
 */
export interface CpuPlacement {
  serverCpu?: number;
  loadCpu?: number;
  description: string;
}

/** Pick two CPUs from this process's affinity list, unless BENCH_PIN_CPUS=0 or taskset is missing. */
export function chooseCpuPlacement(): CpuPlacement {
  if (process.env.BENCH_PIN_CPUS === '0') {
    return { description: 'not pinned (BENCH_PIN_CPUS=0)' };
  }

  const query = spawnSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' });
  if (query.error || query.status !== 0) {
    return { description: `not pinned (taskset failed: ${query.error?.message ?? query.stderr.trim()})` };
  }

  // Output: "pid 123's current affinity list: 0,2-3"
  const list = query.stdout.split(':').pop()?.trim() ?? '';
  const cpus = list.split(',').flatMap((range) => {
    const [first, last = first] = range.split('-').map(Number);
    return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  });
  if (cpus.length < 2 || cpus.some(Number.isNaN)) {
    return { description: `not pinned (affinity list "${list}" has fewer than 2 CPUs; ${availableParallelism()} available)` };
  }

  return {
    serverCpu: cpus[0],
    loadCpu: cpus[1],
    description: `server on CPU ${cpus[0]} and load generator on CPU ${cpus[1]} (taskset -c)`,
  };
}

/** A child Node process running a script of bench/ under ts-node, with request and reply over IPC. */
export class BenchChild {
  private readonly process: ChildProcess;
  private readonly waiters = new Set<{ type: ChildMessage['type']; resolve: (message: any) => void; reject: (error: Error) => void }>();
  private readonly unclaimed: ChildMessage[] = [];
  private exited?: Error;

  constructor(
    readonly name: string,
    /** Path relative to bench/. */
    script: string,
    options: { cpu?: number; env?: Record<string, string> } = {},
  ) {
    // Transpile only, because `npm run typecheck` checks bench/ and type-checking in every child would
    // add seconds to each start without changing the code that runs.
    const nodeArgs = ['-r', 'ts-node/register/transpile-only', join(BENCH_ROOT, script)];
    const [command, args] =
      options.cpu === undefined
        ? [process.execPath, nodeArgs]
        : ['taskset', ['-c', String(options.cpu), process.execPath, ...nodeArgs]];

    this.process = spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, TS_NODE_PROJECT: join(PROJECT_ROOT, 'tsconfig.json'), ...options.env },
    });

    this.process.on('message', (message: ChildMessage) => this.receive(message));
    this.process.on('error', (error) => this.fail(new Error(`The ${name} process failed to start: ${error.message}`)));
    this.process.on('exit', (code, signal) =>
      this.fail(new Error(`The ${name} process exited (code ${code}, signal ${signal}) while a reply was expected`)),
    );
  }

  send(message: ParentMessage): void {
    if (this.exited) {
      throw this.exited;
    }
    this.process.send(message);
  }

  /** Wait for the next message of `type`. Rejects on an error message from the child, on exit or after `timeoutMs`. */
  waitFor<T extends ChildMessage['type']>(type: T, timeoutMs: number): Promise<Extract<ChildMessage, { type: T }>> {
    const earlier = this.unclaimed.findIndex((message) => message.type === type);
    if (earlier !== -1) {
      const [message] = this.unclaimed.splice(earlier, 1);
      return Promise.resolve(message as Extract<ChildMessage, { type: T }>);
    }
    if (this.exited) {
      return Promise.reject(this.exited);
    }

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`The ${this.name} process sent no "${type}" message within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const waiter = {
        type,
        resolve: (message: any) => {
          clearTimeout(timer);
          resolve(message);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Send `message` and wait for the reply of type `replyType`. */
  async request<T extends ChildMessage['type']>(
    message: ParentMessage,
    replyType: T,
    timeoutMs: number,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    const reply = this.waitFor(replyType, timeoutMs);
    this.send(message);
    return reply;
  }

  /** Send SIGTERM and wait for the exit, or send SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) {
      return;
    }

    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  private receive(message: ChildMessage): void {
    if (message.type === 'error') {
      this.fail(new Error(`The ${this.name} process failed: ${message.message}`));
      return;
    }

    for (const waiter of this.waiters) {
      if (waiter.type === message.type) {
        this.waiters.delete(waiter);
        waiter.resolve(message);
        return;
      }
    }
    this.unclaimed.push(message);
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const waiter of this.waiters) {
      waiter.reject(error);
    }
    this.waiters.clear();
  }
}
