import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseUuidParam } from '../common/validation/path-params.js';
import { CurrentIdentity, ManagerAccess } from '../access/access.decorators.js';
import type { StaffIdentity } from '../access/identity.js';
import {
  AssignOtpDeviceDto,
  IssuedOtpDeviceView,
  IssueOtpDeviceDto,
  OtpDeviceView,
} from './dto/otp-device.dto.js';
import { OtpDevicesService } from './otp-devices.service.js';

/**
 * Managers issue OTP tokens and cards and assign them. Blocking, unblocking and replacing a client's
 * device are change requests a second manager checks (`POST /api/manager/change-requests`).
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class OtpManagerController {
  constructor(private readonly devices: OtpDevicesService) {}

  @Post('otp-devices')
  @ApiOperation({ summary: 'Issue a token or card; the answer carries its secret or cells, this once only' })
  issue(
    @CurrentIdentity() manager: StaffIdentity,
    @Body() dto: IssueOtpDeviceDto,
  ): Promise<IssuedOtpDeviceView> {
    return this.devices.issue(manager, dto.kind, dto.userId);
  }

  @Get('otp-devices/:id')
  get(@Param('id', ParseUuidParam) id: string): Promise<OtpDeviceView> {
    return this.devices.view(id);
  }

  @Get('users/:id/otp-devices')
  @ApiOperation({ summary: "A user's devices, newest first (replaced ones included)" })
  listForUser(@Param('id', ParseUuidParam) userId: string): Promise<OtpDeviceView[]> {
    return this.devices.listForUser(userId);
  }

  @Post('otp-devices/:id/assignment')
  @HttpCode(HttpStatus.OK)
  assign(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) id: string,
    @Body() dto: AssignOtpDeviceDto,
  ): Promise<OtpDeviceView> {
    return this.devices.assign(manager, id, dto.userId);
  }
}
