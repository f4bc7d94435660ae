import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answeringWith } from '../../common/errors/api-error.js';
import { ParseUuidParam } from '../../common/validation/path-params.js';
import { CurrentIdentity, ManagerAccess } from '../../access/access.decorators.js';
import { AuthErrorCode } from '../auth-error-code.js';
import type { StaffIdentity } from '../../access/identity.js';
import {
  ClientCredentialsService,
  type IssuedStandardCredentials,
  type SentTemporaryPassword,
} from './client-credentials.service.js';

/**
 * A user without the Standard channel cannot be given Standard credentials: the manager's request
 * cannot be carried out (422), where the same code at log-in forbids the user (403).
 */
const ISSUE_STANDARD_STATUS = { [AuthErrorCode.CHANNEL_NOT_ENABLED]: HttpStatus.UNPROCESSABLE_ENTITY };

/**
 * Managers give users their log-in credentials. Unblocking a user blocked by wrong entries is
 * `PATCH /api/manager/users/:id` with `{ "status": "ACTIVE" }`.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager/users/:id')
export class CredentialsManagerController {
  constructor(private readonly credentials: ClientCredentialsService) {}

  @Post('standard-credentials')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary:
      'Issue (or reissue) the Standard login and a one-time password for the PIN envelope; answered once',
  })
  issueStandard(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) userId: string,
  ): Promise<IssuedStandardCredentials> {
    return this.credentials.issueStandard(manager, userId).catch(answeringWith(ISSUE_STANDARD_STATUS));
  }

  @Post('temporary-password')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Send a temporary Light/Mobile password to the user’s phone by SMS' })
  sendTemporaryPassword(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) userId: string,
  ): Promise<SentTemporaryPassword> {
    return this.credentials.sendTemporaryPassword(manager, userId);
  }
}
