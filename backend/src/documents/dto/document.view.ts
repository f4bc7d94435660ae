import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath, PickType } from '@nestjs/swagger';
import {
  CHANNELS,
  DOCUMENT_STATUSES,
  SIGNATURE_RIGHTS,
  type Awaiting,
  type Beneficiary,
  type Channel,
  type DocumentStatus,
  type EmployeeRow,
  PAYMENT_KINDS,
  type PaymentKind,
  type SignatureMethod,
  type SignatureRecord,
  type SignatureRight,
  type SignatureSlot,
  type TengePaymentOrder,
} from '@qoltanba/workflows/domain';

// Each view `implements` the domain type it shows, so the documented schema cannot drift from it.

export class BeneficiaryView implements Beneficiary {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'BIN or IIN, 12 digits' }) binIin!: string;
  @ApiProperty() iban!: string;
  @ApiProperty() bic!: string;
  @ApiProperty({ description: 'КБе' }) kbe!: string;
}

export class EmployeeRowView implements EmployeeRow {
  @ApiProperty() iin!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ description: 'Integer tiyn' }) amountTiyn!: number;
  @ApiPropertyOptional({ description: 'Contributions' }) birthDate?: string;
  @ApiPropertyOptional({ description: 'Contributions: MMYYYY' }) period?: string;
  @ApiPropertyOptional({ description: 'Salary' }) iban?: string;
}

export class PaymentOrderView implements TengePaymentOrder {
  @ApiPropertyOptional({ enum: PAYMENT_KINDS, description: 'Absent: an ordinary payment' })
  kind?: PaymentKind;
  @ApiProperty() number!: string;
  @ApiProperty() date!: string;
  @ApiProperty() valueDate!: string;
  @ApiProperty() payerIban!: string;
  @ApiProperty({ description: 'КОд' }) kod!: string;
  @ApiProperty({ description: 'Integer tiyn' }) amountTiyn!: number;
  @ApiProperty({ enum: ['KZT'] }) currency!: 'KZT';
  @ApiProperty({ type: BeneficiaryView }) beneficiary!: BeneficiaryView;
  @ApiProperty({ description: 'КНП' }) knp!: string;
  @ApiProperty() purpose!: string;
  @ApiPropertyOptional({ description: 'КБК, for budget payments' }) kbk?: string;
  @ApiPropertyOptional({ type: [EmployeeRowView] }) employees?: EmployeeRowView[];
  @ApiPropertyOptional() templateId?: string;
}

export class SignatureView implements SignatureRecord {
  @ApiProperty({ enum: ['SINGLE', 'FIRST', 'SECOND', 'DISPATCH'] }) slot!: SignatureSlot;
  @ApiProperty() signerId!: string;
  @ApiProperty() signerName!: string;
  @ApiProperty({ enum: SIGNATURE_RIGHTS, enumName: 'SignatureRight' }) right!: SignatureRight;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ enum: ['EDS', 'OTP'] }) method!: SignatureMethod;
  @ApiProperty() contentHash!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() signedAt!: string;
  @ApiProperty() evidenceId!: string;
}

export class AwaitedUserView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

type AwaitingOf<K extends Awaiting['kind']> = Extract<Awaiting, { kind: K }>;

export class AwaitingSubmissionView implements AwaitingOf<'SUBMISSION'> {
  @ApiProperty({ enum: ['SUBMISSION'] }) kind!: 'SUBMISSION';
  @ApiProperty() authorId!: string;
}

export class AwaitingSignatureView implements AwaitingOf<'SIGNATURE'> {
  @ApiProperty({ enum: ['SIGNATURE'] }) kind!: 'SIGNATURE';
  @ApiProperty({ enum: SIGNATURE_RIGHTS, enumName: 'SignatureRight', isArray: true })
  rights!: SignatureRight[];
  @ApiProperty({ type: [String] }) excludedUserIds!: string[];
  @ApiPropertyOptional({ type: [AwaitedUserView], description: 'Who holds those rights (on the detail)' })
  users?: AwaitedUserView[];
}

export class AwaitingDispatchEdsView implements AwaitingOf<'DISPATCH_EDS'> {
  @ApiProperty({ enum: ['DISPATCH_EDS'] }) kind!: 'DISPATCH_EDS';
  @ApiProperty({ enum: SIGNATURE_RIGHTS, enumName: 'SignatureRight', isArray: true })
  rights!: SignatureRight[];
  @ApiPropertyOptional({ type: [AwaitedUserView], description: 'Who holds those rights (on the detail)' })
  users?: AwaitedUserView[];
}

export class AwaitingBankView implements AwaitingOf<'BANK'> {
  @ApiProperty({ enum: ['BANK'] }) kind!: 'BANK';
}

export class AwaitingNothingView implements AwaitingOf<'NOTHING'> {
  @ApiProperty({ enum: ['NOTHING'] }) kind!: 'NOTHING';
}

export const AWAITING_VIEWS = {
  SUBMISSION: AwaitingSubmissionView,
  SIGNATURE: AwaitingSignatureView,
  DISPATCH_EDS: AwaitingDispatchEdsView,
  BANK: AwaitingBankView,
  NOTHING: AwaitingNothingView,
};

export class RejectionView {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() at!: string;
}

export class BankProgressView {
  @ApiPropertyOptional({ description: "The bank's reference" }) reference?: string;
  @ApiPropertyOptional({ description: 'Why the bank refused it' }) reason?: string;
}

/** A document as clients see it; amounts as decimal strings and integer tiyn, never floats. */
@ApiExtraModels(...Object.values(AWAITING_VIEWS))
export class DocumentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['TENGE_PAYMENT'] }) type!: 'TENGE_PAYMENT';
  @ApiProperty({ enum: DOCUMENT_STATUSES, enumName: 'DocumentStatus' }) status!: DocumentStatus;
  @ApiProperty({ description: 'Starts at 1; an edit makes a new revision and discards signatures' })
  revision!: number;
  @ApiProperty({ description: 'SHA-256 of the canonical content: what a signature must be made over' })
  contentHash!: string;
  @ApiProperty({ example: '1250.50' }) amount!: string;
  @ApiProperty({ type: PaymentOrderView }) content!: PaymentOrderView;
  @ApiProperty({ type: [SignatureView] }) signatures!: SignatureView[];
  @ApiProperty({
    description: 'What the document waits for next, and from whom',
    oneOf: Object.values(AWAITING_VIEWS).map((view) => ({ $ref: getSchemaPath(view) })),
    discriminator: {
      propertyName: 'kind',
      mapping: Object.fromEntries(
        Object.entries(AWAITING_VIEWS).map(([kind, view]) => [kind, getSchemaPath(view)]),
      ),
    },
  })
  awaiting!: Awaiting & { users?: AwaitedUserView[] };
  @ApiProperty() deadline!: string;
  @ApiProperty() authorId!: string;
  @ApiPropertyOptional({ type: RejectionView }) rejection?: RejectionView;
  @ApiProperty({ type: BankProgressView }) bank!: BankProgressView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** What waits for the caller (GET /api/documents/awaiting-me). */
export class AwaitingMeView {
  @ApiProperty({ description: 'Documents awaiting my signature (EDS) or approval (OTP)' }) toSign!: number;
  @ApiProperty({ description: 'Documents approved by OTP awaiting my EDS from the Standard channel' })
  toDispatch!: number;
  @ApiProperty({ type: () => [DocumentView], description: 'The first of them, oldest deadline first' })
  items!: DocumentView[];
}

export class DocumentPage {
  @ApiProperty({ type: [DocumentView] }) items!: DocumentView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class TimelineActorView {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: string;
}

export class TimelineEntryView {
  @ApiProperty() seq!: number;
  @ApiProperty() event!: string;
  @ApiProperty({
    enum: DOCUMENT_STATUSES,
    enumName: 'DocumentStatus',
    description: 'The status after the event',
  })
  status!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ type: TimelineActorView }) actor?: TimelineActorView;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
}

/** What proves one of a document's signatures, for download: the CMS and its report, or the OTP proof. */
export class SignatureEvidenceView extends PickType(SignatureView, [
  'slot',
  'signerId',
  'signerName',
  'channel',
  'method',
  'revision',
  'contentHash',
  'signedAt',
] as const) {
  @ApiProperty() documentId!: string;
  @ApiProperty({ description: "Position in the document's signatures, from 0" }) index!: number;
  @ApiProperty({ description: 'The verifier that accepted it: CMS, OTP (DEV in development)' }) kind!: string;
  @ApiProperty() verifiedAt!: string;
  @ApiPropertyOptional({ description: 'The detached CMS, base64 (kind CMS)' }) cms?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'The verification report (kind CMS)',
  })
  report?: Record<string, unknown>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Whatever else the verifier kept (an OTP challenge…)',
  })
  payload?: Record<string, unknown>;
}

export class DocumentContentView {
  @ApiProperty() revision!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ description: 'The exact text to sign (canonical JSON), UTF-8' }) content!: string;
  @ApiProperty({ description: 'The same bytes in base64, as the signing agent takes them' })
  contentBase64!: string;
}
