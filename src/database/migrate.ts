import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Apply pending migrations to DATABASE_URL, or to the embedded PostgreSQL when it is unset. */
async function migrate(): Promise<void> {
  const logger = new Logger('Migrations');
  const environment = validateEnvironment(process.env);

  const embedded = environment.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres(environment.DATA_DIR, environment.EMBEDDED_POSTGRES_PORT);
  const dataSource = new DataSource(dataSourceOptions(environment.DATABASE_URL ?? embedded!.url));

  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.log(
      applied.length === 0 ? 'The schema is up to date' : `Applied ${applied.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

migrate().catch((error: Error) => {
  new Logger('Migrations').error(error.message);
  process.exit(1);
});
