import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.factory';
import { exitWithParent, failChild, sendToParent } from '../support/messages';
import { reportServerUsage } from './server-usage';

/**
 * Child process: the Cadence app as `npm start` builds it, listening on an ephemeral loopback port.
 * DATABASE_URL, ADMIN_TOKEN and LOG_LEVEL come from bench/run.ts.
 */
async function main(): Promise<void> {
  exitWithParent();

  const app = await createApp();
  await app.listen(0, '127.0.0.1');

  reportServerUsage('app');
  const { port } = app.getHttpServer().address() as AddressInfo;
  sendToParent({ type: 'ready', port });
}

main().catch(failChild);
