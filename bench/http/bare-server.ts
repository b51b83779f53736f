import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exitWithParent, failChild, ParentMessage, sendToParent } from '../support/messages';
import { reportServerUsage } from './server-usage';

/**
 * Child process: a node:http server that responds to every request with the bytes and headers of one
 * response of the app, the upper bound for any Node framework on this machine.
 */
function main(): void {
  exitWithParent();

  process.once('message', (message: ParentMessage) => {
    if (message.type !== 'serve') {
      failChild(new Error(`Expected a "serve" message first, got "${message.type}"`));
      return;
    }

    const body = Buffer.from(message.bodyBase64, 'base64');
    const headers = { ...message.headers, 'content-length': String(body.length) };
    const server = createServer((_request, response) => {
      response.writeHead(200, headers);
      response.end(body);
    });

    server.on('error', failChild);
    server.listen(0, '127.0.0.1', () => {
      reportServerUsage('bare');
      sendToParent({ type: 'ready', port: (server.address() as AddressInfo).port });
    });
  });
}

main();
