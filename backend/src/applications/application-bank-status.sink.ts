import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { ApplicationResult } from '@qoltanba/workflows/domain';
import { applicationBankReportSignal, applicationWorkflowId } from '@qoltanba/workflows/messages';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BankApplicationStatusSink, type BankApplicationReport } from '../bank-gateway/bank-gateway.js';
import { ApplicationFilesService } from './application-files.service.js';
import { ApplicationRecord } from './application-record.entity.js';

/**
 * Where the bank's later reports on applications go: the answer's file is stored first (once), and
 * the application's workflow is signalled with a reference to it, never with the bytes.
 */
@Injectable()
export class ApplicationBankStatusSink extends BankApplicationStatusSink {
  constructor(
    private readonly temporal: Client,
    private readonly files: ApplicationFilesService,
    @InjectRepository(ApplicationRecord) private readonly records: Repository<ApplicationRecord>,
  ) {
    super();
  }

  async report(applicationId: string, report: BankApplicationReport): Promise<void> {
    const { result, ...rest } = report;
    let stored: ApplicationResult | undefined;
    if (result) {
      const { file, ...answer } = result;
      stored = answer;
      if (file) {
        const record = await this.records.findOneByOrFail({ id: applicationId });
        stored.file = await this.files.storeBankAnswer(record.organizationId, applicationId, {
          fileName: file.fileName,
          mediaType: file.mediaType,
          content: Buffer.from(file.contentBase64, 'base64'),
        });
      }
    }
    await this.temporal.workflow
      .getHandle(applicationWorkflowId(applicationId))
      .signal(applicationBankReportSignal, { ...rest, ...(stored ? { result: stored } : {}) });
  }
}
