import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCalendarGenerations1764964800000 implements MigrationInterface {
  name = 'CreateCalendarGenerations1764964800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_generations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        current_step smallint,
        -- The pinned snapshot; no foreign key, so a run outlives the strategy it was planned from.
        strategy_id uuid NOT NULL,
        strategy_version integer NOT NULL,
        request jsonb NOT NULL,
        request_hash char(64) NOT NULL,
        idempotency_key text,
        steps jsonb NOT NULL DEFAULT '[]',
        quality jsonb,
        warnings jsonb NOT NULL DEFAULT '[]',
        error jsonb,
        entry_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX calendar_generations_user_created_idx ON calendar_generations (user_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX calendar_generations_idempotency_key ON calendar_generations (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE calendar_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        generation_id uuid NOT NULL REFERENCES calendar_generations (id) ON DELETE CASCADE,
        position integer NOT NULL,
        local_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        timezone text NOT NULL,
        platform text NOT NULL,
        format text NOT NULL,
        pillar text NOT NULL,
        purpose text NOT NULL,
        title text NOT NULL,
        keywords jsonb NOT NULL DEFAULT '[]',
        hashtags jsonb NOT NULL DEFAULT '[]',
        call_to_action text NOT NULL,
        notes text NOT NULL DEFAULT '',
        details jsonb NOT NULL DEFAULT '{}',
        UNIQUE (generation_id, position)
      )`);
    await queryRunner.query(
      `CREATE INDEX calendar_entries_generation_starts_idx ON calendar_entries (generation_id, starts_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_entries`);
    await queryRunner.query(`DROP TABLE calendar_generations`);
  }
}
