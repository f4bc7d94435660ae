import { Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** The append-only audit trail (table audit_event). */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
