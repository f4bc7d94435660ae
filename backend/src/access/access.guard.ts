import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { channelAllows, type ChannelFunction } from '@qoltanba/workflows/domain';
import { AuditService, auditActor } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import {
  ACCESS_KEY,
  type Access,
  type AuthenticatedRequest,
  PASSIVE_SESSION_KEY,
} from './access.decorators.js';
import { accessRefusal } from './access-refusal.js';
import { CHANNEL_FUNCTION_KEY } from './channel-function.decorator.js';
import type { Identity } from './identity.js';
import { IdentityResolver } from './identity-resolver.js';
import { AccessErrorCode } from './access-error-code.js';

/**
 * The one gate every request passes: who is calling, whether that kind of caller may use the
 * handler, and whether the session's channel offers the function. Handlers that declare no access,
 * and client handlers that declare no channel function, are refused: forgetting fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identities: IdentityResolver,
    private readonly audit: AuditService,
    private readonly logger: AppLogger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, targets);
    if (!access) {
      this.logger.error({ handler: context.getHandler().name }, 'handler declares no access: refused');
      throw new FeatureError(AccessErrorCode.FORBIDDEN_FOR_ROLE, 'Not allowed.');
    }
    if (access.kind === 'PUBLIC') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.passiveSession =
      this.reflector.getAllAndOverride<boolean | undefined>(PASSIVE_SESSION_KEY, targets) === true;
    const identity = await this.identities.resolve(request);
    if (!identity) throw new FeatureError(AccessErrorCode.UNAUTHENTICATED, 'Please log in.');
    if (access.kind === 'SESSION') {
      request.identity = identity;
      return true;
    }
    if (identity.session?.passwordChangeRequired) {
      throw new FeatureError(AccessErrorCode.PASSWORD_CHANGE_REQUIRED, 'Please change your password first.');
    }
    if (identity.kind === 'STAFF' && (access.kind !== 'STAFF' || !access.roles.includes(identity.role))) {
      await this.refused(request, identity, AccessErrorCode.FORBIDDEN_FOR_ROLE);
      throw new FeatureError(AccessErrorCode.FORBIDDEN_FOR_ROLE, 'Not allowed for your role.');
    }
    if (identity.kind === 'CLIENT') {
      if (access.kind !== 'CLIENT') {
        await this.refused(request, identity, AccessErrorCode.FORBIDDEN_FOR_ROLE);
        throw new FeatureError(AccessErrorCode.FORBIDDEN_FOR_ROLE, 'Not allowed for clients.');
      }
      const fns = this.reflector.getAllAndOverride<ChannelFunction[] | undefined>(
        CHANNEL_FUNCTION_KEY,
        targets,
      );
      if (!fns) {
        this.logger.error({ handler: context.getHandler().name }, 'client handler declares no function');
        throw new FeatureError(AccessErrorCode.FORBIDDEN_FOR_ROLE, 'Not allowed.');
      }
      if (!fns.some((fn) => channelAllows(identity.channel, fn))) {
        const fn = fns.join(',');
        await this.refused(request, identity, AccessErrorCode.CHANNEL_FUNCTION_NOT_ALLOWED, { function: fn });
        throw new FeatureError(
          AccessErrorCode.CHANNEL_FUNCTION_NOT_ALLOWED,
          `The ${identity.channel} channel does not offer this function.`,
          { function: fn, channel: identity.channel },
        );
      }
    }
    request.identity = identity;
    return true;
  }

  private async refused(
    request: AuthenticatedRequest,
    identity: Identity,
    outcome: AccessErrorCode,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.recordQuietly(
      accessRefusal(request, auditActor(identity), outcome, {
        ...(identity.kind === 'CLIENT' ? { channel: identity.channel } : { role: identity.role }),
        ...details,
      }),
    );
  }
}
