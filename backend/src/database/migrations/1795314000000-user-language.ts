import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a client user last chose in the web app: the bank's SMS to them are written in it. */
export class UserLanguage1795314000000 implements MigrationInterface {
  name = 'UserLanguage1795314000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "client_user" ADD "language" text NOT NULL DEFAULT 'ru'
         CONSTRAINT "CHK_client_user_language" CHECK ("language" IN ('kk', 'ru', 'en'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_user" DROP COLUMN "language"`);
  }
}
