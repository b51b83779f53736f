import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndStrategies1764878400000 implements MigrationInterface {
  name = 'CreateUsersAndStrategies1764878400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        api_key_hash char(64) NOT NULL UNIQUE,
        api_key_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE content_strategies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        content jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        status text NOT NULL DEFAULT 'inactive' CHECK (status IN ('active', 'inactive')),
        has_ai_analysis boolean NOT NULL DEFAULT false,
        completeness smallint NOT NULL CHECK (completeness BETWEEN 0 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX content_strategies_user_created_idx ON content_strategies (user_id, created_at DESC, id DESC)`,
    );
    // The database, not only the code, guarantees at most one active strategy per user.
    await queryRunner.query(
      `CREATE UNIQUE INDEX content_strategies_one_active_per_user ON content_strategies (user_id) WHERE status = 'active'`,
    );

    await queryRunner.query(`
      CREATE TABLE strategy_revisions (
        strategy_id uuid NOT NULL REFERENCES content_strategies (id) ON DELETE CASCADE,
        version integer NOT NULL,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (strategy_id, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE strategy_activations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        strategy_id uuid NOT NULL REFERENCES content_strategies (id) ON DELETE CASCADE,
        activated_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        CHECK (deactivated_at IS NULL OR deactivated_at >= activated_at)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX strategy_activations_one_open_per_user ON strategy_activations (user_id) WHERE deactivated_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX strategy_activations_strategy_idx ON strategy_activations (strategy_id, activated_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE strategy_activations`);
    await queryRunner.query(`DROP TABLE strategy_revisions`);
    await queryRunner.query(`DROP TABLE content_strategies`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
