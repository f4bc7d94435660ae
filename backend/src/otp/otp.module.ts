import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OtpChallenge } from './otp-challenge.entity.js';
import { OtpChallengesService } from './otp-challenges.service.js';
import { OtpCodeVerifier } from './otp-code-verifier.js';
import { OtpDevice } from './otp-device.entity.js';
import { OtpDevicesService } from './otp-devices.service.js';
import { OtpEvidenceVerifier } from './otp-evidence.verifier.js';
import { OtpManagerController } from './otp-manager.controller.js';

/**
 * OTP devices and challenges. The documents feature takes OtpEvidenceVerifier as the OTP kind of
 * signature evidence; the challenge API over documents is OtpApprovalsModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OtpDevice, OtpChallenge]), OrganizationsModule, AuditModule],
  controllers: [OtpManagerController],
  providers: [OtpDevicesService, OtpCodeVerifier, OtpChallengesService, OtpEvidenceVerifier],
  exports: [OtpDevicesService, OtpChallengesService, OtpEvidenceVerifier],
})
export class OtpModule {}
