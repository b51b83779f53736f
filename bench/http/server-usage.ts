import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ParentMessage, sendToParent } from '../support/messages';

/**
 * Reply to measure-start and measure-stop from bench/run.ts with this process's CPU time and event loop
 * utilization over the window between them, so the report can tell whether the server was saturated.
 * With BENCH_CPU_PROFILE_DIR set, also record a V8 CPU profile of the window into
 * `<dir>/<serverName>.cpuprofile`, which Chrome DevTools opens. The profiler slows the server down.
 */
export function reportServerUsage(serverName: string): void {
  const profileDirectory = process.env.BENCH_CPU_PROFILE_DIR;
  let profiler: Session | undefined;
  let startCpu = process.cpuUsage();
  let startWall = process.hrtime.bigint();
  let startLoop = performance.eventLoopUtilization();

  const start = async () => {
    if (profileDirectory) {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    startCpu = process.cpuUsage();
    startWall = process.hrtime.bigint();
    startLoop = performance.eventLoopUtilization();
    sendToParent({ type: 'measure-started' });
  };

  const stop = async () => {
    const cpu = process.cpuUsage(startCpu);
    const wallMicros = Number(process.hrtime.bigint() - startWall) / 1000;
    const eventLoopUtilization = performance.eventLoopUtilization(startLoop).utilization;

    if (profiler && profileDirectory) {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      await writeFile(join(profileDirectory, `${serverName}.cpuprofile`), JSON.stringify(profile));
    }
    sendToParent({ type: 'measure-stopped', cpuMicros: cpu.user + cpu.system, wallMicros, eventLoopUtilization });
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'measure-start') {
      start().catch(failToParent);
    } else if (message.type === 'measure-stop') {
      stop().catch(failToParent);
    }
  });
}

function failToParent(error: Error): void {
  sendToParent({ type: 'error', message: error.stack ?? error.message });
}
