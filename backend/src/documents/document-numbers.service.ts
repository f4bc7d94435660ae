import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { almatyDate } from '@qoltanba/workflows/domain';
import type { DataSource } from 'typeorm';

/**
 * Automatic document numbers: 1, 2, 3… per organization and calendar year, so the accountant types
 * none. The number is tied to the document id, so a retried create (same Idempotency-Key, same id)
 * gets the number it got the first time, and two creates at once never share one.
 */
@Injectable()
export class DocumentNumbersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async numberFor(organizationId: string, documentId: string, date: string | undefined): Promise<string> {
    const year = Number(
      (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date! : almatyDate(new Date().toISOString())).slice(0, 4),
    );
    return this.dataSource.transaction(async (manager) => {
      const given = await manager.query<{ number: number }[]>(
        `SELECT number FROM document_number WHERE document_id = $1`,
        [documentId],
      );
      if (given[0]) return String(given[0].number);
      const [next] = await manager.query<{ last_number: number }[]>(
        `INSERT INTO document_number_counter (organization_id, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (organization_id, year) DO UPDATE SET last_number = document_number_counter.last_number + 1
         RETURNING last_number`,
        [organizationId, year],
      );
      // A concurrent twin of this very create (same id) may have numbered it meanwhile: keep its number.
      const [kept] = await manager.query<{ number: number }[]>(
        `INSERT INTO document_number (document_id, organization_id, year, number) VALUES ($1, $2, $3, $4)
         ON CONFLICT (document_id) DO UPDATE SET document_id = EXCLUDED.document_id
         RETURNING number`,
        [documentId, organizationId, year, next!.last_number],
      );
      return String(kept!.number);
    });
  }
}
