import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One read model for processes of every kind: `process` (what lists, status tracking and the
 * operators' console read) and the append-only `process_event` timeline, which replaces
 * `document_event`. Existing documents are carried over.
 */
export class ProcessReadModel1795306000000 implements MigrationInterface {
  name = 'ProcessReadModel1795306000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "process" (
        "id" uuid PRIMARY KEY,
        "workflow_id" text NOT NULL UNIQUE,
        "type" text NOT NULL,
        "organization_id" uuid REFERENCES "organization" ("id"),
        "status" text NOT NULL,
        "title" text NOT NULL,
        "amount_minor" bigint,
        "currency" char(3),
        "awaiting" text NOT NULL CHECK ("awaiting" IN ('PERSON', 'SYSTEM', 'NOBODY')),
        "awaiting_detail" jsonb,
        "last_seq" integer NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        CHECK (("amount_minor" IS NULL) = ("currency" IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_process_organization_created" ON "process" ("organization_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_process_type_status" ON "process" ("type", "status")`);
    // Operators look for processes waiting on the system for long: by who is awaited, oldest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_process_awaiting_updated" ON "process" ("awaiting", "updated_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "process_event" (
        "process_id" uuid NOT NULL REFERENCES "process" ("id"),
        "seq" integer NOT NULL,
        "process_type" text NOT NULL,
        "organization_id" uuid,
        "event" text NOT NULL,
        "status" text NOT NULL,
        "actor" jsonb,
        "details" jsonb,
        "at" timestamptz NOT NULL,
        PRIMARY KEY ("process_id", "seq")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "process_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'process_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "process_event_no_change" BEFORE UPDATE OR DELETE ON "process_event"
      FOR EACH ROW EXECUTE FUNCTION "process_event_append_only"()`);
    await queryRunner.query(`
      CREATE TRIGGER "process_event_no_truncate" BEFORE TRUNCATE ON "process_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "process_event_append_only"()`);

    await queryRunner.query(`
      INSERT INTO "process" ("id", "workflow_id", "type", "organization_id", "status", "title", "amount_minor",
                             "currency", "awaiting", "awaiting_detail", "last_seq", "created_at", "updated_at")
      SELECT "id", 'document-' || "id", 'payment', "organization_id", "status",
             '№ ' || "number" || ' · ' || "beneficiary_name", "amount_tiyn", 'KZT',
             CASE "state" -> 'awaiting' ->> 'kind' WHEN 'BANK' THEN 'SYSTEM' WHEN 'NOTHING' THEN 'NOBODY' ELSE 'PERSON' END,
             "state" -> 'awaiting', "last_seq", "created_at", "updated_at"
      FROM "document"`);
    await queryRunner.query(`
      INSERT INTO "process_event" ("process_id", "seq", "process_type", "organization_id", "event", "status",
                                   "actor", "details", "at")
      SELECT "document_id", "seq", 'payment', "organization_id", "event", "status",
             CASE WHEN "actor_id" IS NULL THEN NULL
                  ELSE jsonb_build_object('userId', "actor_id", 'name', "actor_name", 'channel', "channel") END,
             "details", "at"
      FROM "document_event"`);
    await queryRunner.query(`DROP TABLE "document_event"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "document_event" (
        "document_id" uuid NOT NULL REFERENCES "document" ("id"),
        "seq" integer NOT NULL,
        "organization_id" uuid NOT NULL,
        "event" text NOT NULL,
        "status" text NOT NULL,
        "actor_id" uuid,
        "actor_name" text,
        "channel" text,
        "details" jsonb,
        "at" timestamptz NOT NULL,
        PRIMARY KEY ("document_id", "seq")
      )`);
    await queryRunner.query(`
      INSERT INTO "document_event"
      SELECT "process_id", "seq", "organization_id", "event", "status", ("actor" ->> 'userId')::uuid,
             "actor" ->> 'name', "actor" ->> 'channel', "details", "at"
      FROM "process_event" WHERE "process_type" = 'payment'`);
    await queryRunner.query(`DROP TABLE "process_event"`);
    await queryRunner.query(`DROP FUNCTION "process_event_append_only"()`);
    await queryRunner.query(`DROP TABLE "process"`);
  }
}
