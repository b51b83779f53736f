import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

interface DatabaseConnection {
  url: string;
  embedded?: EmbeddedDatabase;
}

/** Stops the embedded PostgreSQL after the connection pool is closed, so no query hits a dying server. */
@Injectable()
class EmbeddedDatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger(EmbeddedDatabaseLifecycle.name);

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection.embedded) {
      return;
    }

    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }

    try {
      await this.connection.embedded.stop();
    } catch (error) {
      this.logger.error(`Stopping the embedded PostgreSQL failed: ${(error as Error).message}`);
    }
  }
}

const connectionProvider = {
  provide: DATABASE_CONNECTION,
  inject: [ConfigService],
  useFactory: async (config: ConfigService<Environment, true>): Promise<DatabaseConnection> => {
    const url = config.get('DATABASE_URL', { infer: true });
    if (url) {
      return { url };
    }

    const embedded = await startEmbeddedPostgres(
      config.get('DATA_DIR', { infer: true }),
      config.get('EMBEDDED_POSTGRES_PORT', { infer: true }),
    );
    return { url: embedded.url, embedded };
  },
};

@Global()
@Module({
  providers: [connectionProvider],
  exports: [connectionProvider],
})
class DatabaseConnectionModule {}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseConnectionModule],
      inject: [DATABASE_CONNECTION],
      useFactory: (connection: DatabaseConnection) => ({
        ...dataSourceOptions(connection.url),
        // Migrations are the only way the schema changes; they run before the server accepts requests.
        migrationsRun: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [EmbeddedDatabaseLifecycle],
})
export class DatabaseModule {}
