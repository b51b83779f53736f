import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createApp } from './app.factory';
import type { Environment } from './config/environment';

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const port = app.get<ConfigService<Environment, true>>(ConfigService).get('PORT', { infer: true });

  await app.listen(port, '0.0.0.0');
  new Logger('Cadence').log(`Listening on port ${port} of every network interface; API documentation at http://127.0.0.1:${port}/docs`);
}

bootstrap().catch((error: Error) => {
  new Logger('Cadence').error(`Failed to start: ${error.message}`);
  process.exit(1);
});
