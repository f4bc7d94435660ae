import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A process an operator marked broken (its workflow fails in a way its own rules cannot handle):
 * only such a process may be terminated, and only once a second operator checks it.
 */
export class BrokenProcesses1795313000000 implements MigrationInterface {
  name = 'BrokenProcesses1795313000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process" ADD "broken" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process" DROP COLUMN "broken"`);
  }
}
