import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import { OtpDeviceView } from './dto/otp-device.dto.js';
import { OtpDevicesService } from './otp-devices.service.js';

/**
 * Managers see a client's OTP devices. Issuing, blocking, unblocking and replacing one are change
 * requests a second manager checks (`POST /api/manager/change-requests`).
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class OtpManagerController {
  constructor(private readonly devices: OtpDevicesService) {}

  @Get('otp-devices/:id')
  get(@UuidParam('id') id: string): Promise<OtpDeviceView> {
    return this.devices.view(id);
  }

  @Get('users/:id/otp-devices')
  @ApiOperation({ summary: "A user's devices, newest first (replaced ones included)" })
  listForUser(@UuidParam('id') userId: string): Promise<OtpDeviceView[]> {
    return this.devices.listForUser(userId);
  }
}
