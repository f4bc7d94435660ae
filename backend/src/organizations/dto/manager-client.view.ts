import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/validation/page.query.js';
import { RegistrationSummaryView } from '../../registrations/dto/registration.view.js';
import { ReissueSummaryView } from '../../registrations/dto/reissue.view.js';

export class ClientSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'BIN/IIN (or its start), part of the name, an account IBAN (spaces and case ignored) or a user’s mobile number (+7…, 8…, spaces ignored); none lists every client',
    example: '940140',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

/** A client in the managers' search results. */
export class ClientSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'] }) legalForm!: string;
  @ApiProperty() binIin!: string;
  @ApiProperty() accounts!: number;
  @ApiProperty() users!: number;
  @ApiProperty({ description: 'Whether an active user has the Standard channel (the tariff depends on it)' })
  standardConnected!: boolean;
  @ApiProperty() createdAt!: string;
}

/** One page of the managers' search results, newest client first. */
export class ClientSearchPage {
  @ApiProperty({ type: [ClientSummaryView] }) items!: ClientSummaryView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Clients found in all' }) total!: number;
}

export class ClientAccountView {
  @ApiProperty() id!: string;
  @ApiProperty() iban!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status!: 'OPEN' | 'CLOSED';
}

/** An OTP device: what it is and its state, never its secret. */
export class ClientDeviceView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['TOKEN', 'CARD'] }) kind!: string;
  @ApiProperty() serial!: string;
  @ApiProperty({ enum: ['ACTIVE', 'BLOCKED', 'REVOKED'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) blockedReason!: string | null;
}

export class ClientCertificateView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['SIGNING', 'AUTHENTICATION'] }) purpose!: string;
  @ApiProperty({ description: 'The subject as issued (CN, serialNumber=IIN…, O, OU=BIN…)' }) subject!: string;
  @ApiProperty() serialNumber!: string;
  @ApiProperty({ enum: ['PENDING', 'ACTIVE', 'REVOKED', 'EXPIRED'] }) status!: string;
  @ApiProperty() notBefore!: string;
  @ApiProperty() notAfter!: string;
}

export class ClientUserView {
  @ApiProperty() id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() iin!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ enum: SIGNATURE_RIGHTS }) signatureRight!: SignatureRight;
  @ApiProperty({ enum: CHANNELS, isArray: true }) channels!: Channel[];
  @ApiProperty({ enum: ['ACTIVE', 'BLOCKED'] }) status!: string;
  @ApiProperty({ type: [ClientDeviceView], description: 'Newest first, revoked ones included' })
  devices!: ClientDeviceView[];
  @ApiProperty({ type: [ClientCertificateView], description: 'Newest first' })
  certificates!: ClientCertificateView[];
  @ApiProperty({ type: [RegistrationSummaryView], description: 'Token registrations, newest first' })
  registrations!: RegistrationSummaryView[];
  @ApiProperty({ type: [ReissueSummaryView], description: 'Token reissues, newest first' })
  reissues!: ReissueSummaryView[];
}

/** One client as a manager sees it: the organization, its accounts, its users with their means. */
export class ClientOverviewView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'] }) legalForm!: string;
  @ApiProperty() binIin!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty() noneMayPrepare!: boolean;
  @ApiProperty() standardConnected!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: [ClientAccountView] }) accounts!: ClientAccountView[];
  @ApiProperty({ type: [ClientUserView] }) users!: ClientUserView[];
}
