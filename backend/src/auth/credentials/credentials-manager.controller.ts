import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answeringWith } from '../../common/errors/api-error.js';
import { ParseUuidParam } from '../../common/validation/path-params.js';
import { CurrentIdentity, ManagerAccess } from '../../access/access.decorators.js';
import { AuthErrorCode } from '../auth-error-code.js';
import type { StaffIdentity } from '../../access/identity.js';
import { ClientCredentialsService, type IssuedStandardCredentials } from './client-credentials.service.js';

/**
 * A user without the Standard channel cannot be given Standard credentials: the manager's request
 * cannot be carried out (422), where the same code at log-in forbids the user (403).
 */
const ISSUE_STANDARD_STATUS = { [AuthErrorCode.CHANNEL_NOT_ENABLED]: HttpStatus.UNPROCESSABLE_ENTITY };

/**
 * Managers give users their Standard credentials. A temporary Light/Mobile password, and unblocking
 * a user blocked by wrong entries, are change requests (SEND_TEMPORARY_PASSWORD, UNBLOCK_USER).
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
}
