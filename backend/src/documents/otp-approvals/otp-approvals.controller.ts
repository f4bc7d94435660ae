import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/validation/path-params.js';
import { ClientAccess, CurrentIdentity } from '../../access/access.decorators.js';
import { RequiresChannelFunction } from '../../access/channel-function.decorator.js';
import type { ClientIdentity } from '../../access/identity.js';
import { BatchChallengeDto, OtpApprovalDto, OtpApprovalView } from './otp-approval.dto.js';
import { OtpChallengeView } from '../../otp/dto/otp-challenge.view.js';
import { OtpApprovalsService } from './otp-approvals.service.js';

/**
 * Light/Mobile approval with an OTP device. One document: ask for a challenge, then sign with
 * `POST /api/documents/:id/signatures` `{ contentHash, evidence: { kind: "OTP", challengeId, code } }`
 * (or `POST /api/documents/otp-approvals`). A batch: one challenge for all, then one approval.
 */
@ApiTags('documents')
@ClientAccess()
@Controller('documents')
export class OtpApprovalsController {
  constructor(private readonly approvals: OtpApprovalsService) {}

  @Post('otp-challenges')
  @ApiCreatedResponse({ type: OtpChallengeView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({
    summary: 'Ask for one OTP code approving several documents: bound to their total and payees',
  })
  batchChallenge(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: BatchChallengeDto,
  ): Promise<OtpChallengeView> {
    return this.approvals.challenge(identity, dto.documentIds);
  }

  @Post('otp-approvals')
  @ApiOkResponse({ type: OtpApprovalView })
  @HttpCode(HttpStatus.OK)
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({ summary: 'Approve every document of a challenge with its code; one result per document' })
  approve(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: OtpApprovalDto,
  ): Promise<OtpApprovalView> {
    return this.approvals.approve(identity, dto.challengeId, dto.code);
  }

  @Post(':id/otp-challenges')
  @ApiCreatedResponse({ type: OtpChallengeView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({
    summary: 'Ask for an OTP code approving this document: bound to its content hash, amount and payee',
  })
  challenge(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
  ): Promise<OtpChallengeView> {
    return this.approvals.challenge(identity, [id]);
  }
}
