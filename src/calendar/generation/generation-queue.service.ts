import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION } from '../../database/database.module';
import { GenerationRunner, STALE_RUN_MS } from './generation-runner.service';

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
   * Queue again every run still marked queued or running. A run is saved before its job is sent, and a
   * `wait=true` run has no job at all, so a crash would otherwise leave such runs unfinished forever. A
   * running run's job starts once the run counts as stale (GenerationRunner takes over runs idle for
   * STALE_RUN_MS), so a run that another instance is still working on is left alone. A run that
   * already has a job gets a second one, which finds the run claimed and does nothing.
   */
  private async requeueOrphans(): Promise<void> {
    const rows: Array<{ id: string; status: string; idle_ms: number }> = await this.dataSource.query(
      `SELECT id, status, (extract(epoch FROM clock_timestamp() - updated_at) * 1000)::float8 AS idle_ms
         FROM calendar_generations WHERE status IN ('queued', 'running') ORDER BY created_at`,
    );

    for (const row of rows) {
      const waitSeconds = row.status === 'running' ? Math.max(0, Math.ceil((STALE_RUN_MS - row.idle_ms) / 1000)) + 1 : 0;
      await this.boss.send(QUEUE, { generationId: row.id } satisfies GenerationJob, { startAfter: waitSeconds });
    }
    if (rows.length > 0) {
      this.logger.log(`Queued ${rows.length} unfinished calendar generations again after start`);
    }
  }
}
