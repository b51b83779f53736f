import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION } from '../../database/database.module';
import { GenerationRunner } from './generation-runner.service';

const QUEUE = 'calendar-generation';

// SQLSTATE admin_shutdown: the server ended the connection because it is stopping.
const ADMIN_SHUTDOWN = '57P01';

interface GenerationJob {
  generationId: string;
}

/**
 * The persistent job queue for background runs: pg-boss on the same PostgreSQL database, so a queued
 * run survives a restart and several instances share the work. pg-boss creates and migrates its own
 * `pgboss` schema when it starts.
 */
@Injectable()
export class GenerationQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GenerationQueue.name);
  private readonly boss: PgBoss;
  private shutdownLogged = false;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: { url: string },
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: GenerationRunner,
  ) {
    this.boss = new PgBoss({ connectionString: connection.url, max: 4 });
    this.boss.on('error', (error) => this.logQueueError(error));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    // A run that fails in a phase is final; retries are only for jobs whose worker died (expired jobs).
    await this.boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 5, expireInSeconds: 600 });
    await this.boss.work<GenerationJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await this.runner.execute(job.data.generationId);
    });

    await this.requeueOrphans();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /**
   * Log a job queue error. A connection that PostgreSQL ends because it is shutting down (SQLSTATE
   * 57P01) is expected when Ctrl-C reaches the embedded server together with Cadence, so it gets one
   * plain line instead of an error per pooled connection.
   */
  private logQueueError(error: Error & { code?: string }): void {
    if (error.code === ADMIN_SHUTDOWN) {
      if (!this.shutdownLogged) {
        this.shutdownLogged = true;
        this.logger.log('PostgreSQL is shutting down; the job queue stops taking jobs');
      }
      return;
    }
    this.logger.error(`Job queue error: ${error.message}`);
  }

  async enqueue(generationId: string): Promise<void> {
    await this.boss.send(QUEUE, { generationId } satisfies GenerationJob);
  }

  /**
   * Queue again every run still marked queued. A run is saved before its job is sent, so a crash in
   * between would leave it queued forever; a run that already has a job gets a second one, which
   * finds the run claimed and does nothing.
   */
  private async requeueOrphans(): Promise<void> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM calendar_generations WHERE status = 'queued' ORDER BY created_at`,
    );
    for (const { id } of rows) {
      await this.enqueue(id);
    }
    if (rows.length > 0) {
      this.logger.log(`Queued ${rows.length} calendar generations again after start`);
    }
  }
}
