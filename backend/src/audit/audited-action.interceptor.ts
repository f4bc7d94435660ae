import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../access/access.decorators.js';
import { AUDIT_SUCCESS, AuditService, auditActor, auditOutcomeOf } from './audit.service.js';

interface AuditedAction {
  action: string;
  subjectKind: string;
}

const AUDITED_ACTION = 'qoltanba:audited-action';

/**
 * A client's act on a process the audit log must show whatever its outcome — a signature, a
 * rejection, a withdrawal —: recorded with its actor, its subject (the route's `:id`) and SUCCESS or
 * the refusal's code. Nothing of the request's body is recorded (a CMS, an OTP code).
 */
export const Audited = (action: string, subjectKind: string) =>
  applyDecorators(
    SetMetadata(AUDITED_ACTION, { action, subjectKind } satisfies AuditedAction),
    UseInterceptors(AuditedActionInterceptor),
  );

@Injectable()
export class AuditedActionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const audited = this.reflector.get<AuditedAction | undefined>(AUDITED_ACTION, context.getHandler());
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { params: { id?: string } }>();
    if (!audited || !request.identity) return next.handle();
    const record = (outcome: string) =>
      this.audit.recordQuietly({
        actor: auditActor(request.identity!),
        action: audited.action,
        outcome,
        ...(request.params.id ? { subject: { kind: audited.subjectKind, id: request.params.id } } : {}),
        ip: request.ip ?? null,
      });
    return next.handle().pipe(
      mergeMap((answer: unknown) => from(record(AUDIT_SUCCESS).then(() => answer))),
      catchError((error: unknown) =>
        from(record(auditOutcomeOf(error))).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }
}
