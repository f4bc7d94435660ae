import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, StaffAccess } from '../access/access.decorators.js';
import { OPERATIONS_ROLES, type StaffIdentity } from '../access/identity.js';
import {
  ApproveChangeRequestDto,
  ListChangeRequestsQuery,
  RejectChangeRequestDto,
  SubmitChangeRequestDto,
} from '../change-requests/dto/change-request.dto.js';
import { ChangeRequestSummaryView, ChangeRequestView } from '../change-requests/dto/change-request.view.js';
import { ChangeRequestsService } from '../change-requests/change-requests.service.js';
import { UuidParam } from '../common/validation/path-params.js';

/**
 * Operators' dangerous actions, each checked by a second operator before it is applied (the
 * managers' four eyes, at the operations desk): `CANCEL_PROCESS` and, for a process marked broken,
 * `TERMINATE_PROCESS`. Auditors read them; managers' requests are not seen here, nor these there.
 */
@ApiTags('ops')
@StaffAccess('OPERATOR')
@Controller('ops/requests')
export class OpsRequestsController {
  constructor(private readonly requests: ChangeRequestsService) {}

  @Post()
  @ApiCreatedResponse({ type: ChangeRequestView })
  @ApiOperation({
    summary: 'Ask to cancel (or terminate) a process, with a reason, for a second operator to check',
  })
  submit(
    @CurrentIdentity() staff: StaffIdentity,
    @Body() dto: SubmitChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.submit(staff, dto.change);
  }

  @Get()
  @StaffAccess(...OPERATIONS_ROLES)
  @ApiOkResponse({ type: [ChangeRequestSummaryView] })
  @ApiOperation({ summary: 'Operators’ requests, those waiting for a checker first' })
  list(
    @CurrentIdentity() staff: StaffIdentity,
    @Query() query: ListChangeRequestsQuery,
  ): Promise<ChangeRequestSummaryView[]> {
    return this.requests.list(staff, query);
  }

  @Get(':id')
  @StaffAccess(...OPERATIONS_ROLES)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'One request with what it would do, and the token to approve it as seen' })
  view(@CurrentIdentity() staff: StaffIdentity, @UuidParam('id') id: string): Promise<ChangeRequestView> {
    return this.requests.view(staff, id);
  }

  @Post(':id/approval')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'An operator other than its maker approves it as seen; it is applied at once' })
  approve(
    @CurrentIdentity() staff: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ApproveChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.approve(staff, id, dto.reviewToken);
  }

  @Post(':id/rejection')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'An operator other than its maker rejects it, saying why; nothing happens' })
  reject(
    @CurrentIdentity() staff: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: RejectChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.reject(staff, id, dto.reason);
  }

  @Post(':id/withdrawal')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'Its maker withdraws a pending request' })
  withdraw(@CurrentIdentity() staff: StaffIdentity, @UuidParam('id') id: string): Promise<ChangeRequestView> {
    return this.requests.withdraw(staff, id);
  }
}
