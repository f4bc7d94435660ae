import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform's first tables: worker liveness for /api/health and the self-check evidence. */
export class Initial1795299679956 implements MigrationInterface {
  name = 'Initial1795299679956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "worker_heartbeat" (
        "worker_id" text PRIMARY KEY,
        "task_queue" text NOT NULL,
        "started_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_worker_heartbeat_queue_seen" ON "worker_heartbeat" ("task_queue", "last_seen_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "self_check" (
        "id" text PRIMARY KEY,
        "worker_identity" text NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "self_check"`);
    await queryRunner.query(`DROP TABLE "worker_heartbeat"`);
  }
}
