import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import type { PastBeneficiaryView } from './dto/beneficiary.view.js';

/** How many a search answers: a picker, not a report. */
const LIMIT = 50;

/**
 * The organization's beneficiaries, read from its own past payments: nothing to keep up by hand, and
 * each comes with the details of its latest payment. Taxes, contributions and salary lists go to
 * beneficiaries their kind fills in, so they are not offered here.
 */
@Injectable()
export class BeneficiariesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(identity: ClientIdentity, search = ''): Promise<PastBeneficiaryView[]> {
    const rows = await this.dataSource.query<
      { beneficiary: PastBeneficiaryView['beneficiary']; knp: string; purpose: string; created_at: Date }[]
    >(
      `SELECT * FROM (
         SELECT DISTINCT ON (b->>'iban', b->>'binIin')
                b AS beneficiary, r.state->'content'->>'knp' AS knp, r.state->'content'->>'purpose' AS purpose,
                r.created_at
           FROM document r, jsonb_extract_path(r.state, 'content', 'beneficiary') AS b
          WHERE r.organization_id = $1
            AND coalesce(r.state->'content'->>'kind', 'ORDINARY') IN ('ORDINARY', 'CARD_TOP_UP', 'TEMPLATE_TRANSFER')
            AND ($2 = '' OR b->>'name' ILIKE '%' || $2 || '%' OR b->>'binIin' LIKE $2 || '%'
                 OR b->>'iban' ILIKE '%' || replace($2, ' ', '') || '%')
          ORDER BY b->>'iban', b->>'binIin', r.created_at DESC
       ) latest
       ORDER BY created_at DESC
       LIMIT ${LIMIT}`,
      [identity.organizationId, search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)],
    );
    return rows.map((row) => ({
      beneficiary: row.beneficiary,
      knp: row.knp,
      purpose: row.purpose,
      lastPaidAt: row.created_at.toISOString(),
    }));
  }
}
