import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { almatyDate } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';

/**
 * Numbers applications per organization and year (`2026-000017`), in one statement so concurrent
 * creations never share a number. A retried creation may leave a gap; it never repeats one.
 */
@Injectable()
export class ApplicationNumbers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async next(organizationId: string, now = new Date()): Promise<string> {
    const year = Number(almatyDate(now.toISOString()).slice(0, 4));
    const rows = await this.dataSource.query<{ last: number }[]>(
      `INSERT INTO application_counter (organization_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last = application_counter.last + 1
       RETURNING last`,
      [organizationId, year],
    );
    return `${year}-${String(rows[0]!.last).padStart(6, '0')}`;
  }
}
