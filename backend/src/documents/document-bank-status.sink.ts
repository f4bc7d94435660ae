import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { bankReportSignal, documentWorkflowId } from '@qoltanba/workflows/messages';
import { BankStatusSink, type BankStatusReport } from '../bank-gateway/bank-gateway.js';

/** Where the bank's later reports go: a signal to the document's workflow. */
@Injectable()
export class DocumentBankStatusSink extends BankStatusSink {
  constructor(private readonly temporal: Client) {
    super();
  }

  async report(documentId: string, report: BankStatusReport): Promise<void> {
    await this.temporal.workflow.getHandle(documentWorkflowId(documentId)).signal(bankReportSignal, report);
  }
}
