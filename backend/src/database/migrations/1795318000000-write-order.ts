import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A process row records when its workflow wrote it (`written_at`, the workflow's time in the task
 * that made the transition). Writes are ordered by it before their seq: a workflow task can write its
 * transition and then be lost (a Temporal or PostgreSQL restart), and the transition that replaces it
 * in a later task may carry the same or a lower seq. Rows written before take their last move's time.
 * The append-only timeline lets the projection delete what such a lost task appended, and nothing else
 * (see processes/timeline-guard.ts; the values are written out here, as a migration must not change).
 */
export class WriteOrder1795318000000 implements MigrationInterface {
  name = 'WriteOrder1795318000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process" ADD "written_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "process" SET "written_at" = "updated_at"`);
    await queryRunner.query(`ALTER TABLE "process" ALTER COLUMN "written_at" SET NOT NULL`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "process_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('qoltanba.timeline', true) = 'replacing-lost-write' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'process_event is append-only';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "process_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'process_event is append-only';
      END $$`);
    await queryRunner.query(`ALTER TABLE "process" DROP COLUMN "written_at"`);
  }
}
