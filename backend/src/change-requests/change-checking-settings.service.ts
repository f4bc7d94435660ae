import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ChangeType, EXEMPTIBLE_CHANGE_TYPES, isExemptible } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { ChangeRequestsErrorCode as Code } from './change-requests-error-code.js';
import type { ChangeCheckingSettingsView } from './dto/change-request.view.js';

const KEY = 'change-checking';

export interface ChangeCheckingSettings {
  expiryHours: number;
  exemptTypes: ChangeType[];
}

/** Until a senior manager says otherwise, every change is checked and waits three days. */
export const DEFAULT_CHANGE_CHECKING: ChangeCheckingSettings = { expiryHours: 72, exemptTypes: [] };

/** The bank's rules for checking managers' changes: how long a request waits, which types skip it. */
@Injectable()
export class ChangeCheckingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<ChangeCheckingSettings> {
    const [row] = await this.dataSource.query<{ value: Partial<ChangeCheckingSettings> }[]>(
      `SELECT value FROM bank_setting WHERE key = $1`,
      [KEY],
    );
    return { ...DEFAULT_CHANGE_CHECKING, ...row?.value };
  }

  async view(): Promise<ChangeCheckingSettingsView> {
    return { ...(await this.current()), exemptibleTypes: [...EXEMPTIBLE_CHANGE_TYPES] };
  }

  async update(staffId: string, settings: ChangeCheckingSettings): Promise<ChangeCheckingSettingsView> {
    settings.exemptTypes.forEach((type, index) => {
      if (!isExemptible(type))
        throw new FeatureError(Code.NOT_EXEMPTIBLE, `${type} is always checked by a second manager.`, {
          field: `exemptTypes.${index}`,
        });
    });
    const before = await this.current();
    const value = {
      expiryHours: settings.expiryHours,
      exemptTypes: [...new Set(settings.exemptTypes)].sort(),
    };
    await this.dataSource.query(
      `INSERT INTO bank_setting (key, value, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [KEY, JSON.stringify(value), staffId],
    );
    await this.audit.record({
      actor: { kind: 'STAFF', id: staffId },
      action: 'BANK_SETTING_CHANGE_CHECKING',
      outcome: AUDIT_SUCCESS,
      details: { before, after: value },
    });
    return this.view();
  }
}
