import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Awaiting,
  DocumentStatus,
  SignatureRecord,
  TengePaymentOrder,
} from '@qoltanba/workflows/domain';

/** A document as clients see it; amounts as decimal strings and integer tiyn, never floats. */
export class DocumentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['TENGE_PAYMENT'] }) type!: 'TENGE_PAYMENT';
  @ApiProperty() status!: DocumentStatus;
  @ApiProperty({ description: 'Starts at 1; an edit makes a new revision and discards signatures' })
  revision!: number;
  @ApiProperty({ description: 'SHA-256 of the canonical content: what a signature must be made over' })
  contentHash!: string;
  @ApiProperty({ example: '1250.50' }) amount!: string;
  @ApiProperty() content!: TengePaymentOrder;
  @ApiProperty() signatures!: SignatureRecord[];
  @ApiProperty({ description: 'What the document waits for next, and from whom' })
  awaiting!: Awaiting & { users?: { id: string; name: string }[] };
  @ApiProperty() deadline!: string;
  @ApiProperty() authorId!: string;
  @ApiPropertyOptional() rejection?: { userId: string; name: string; reason: string; at: string };
  @ApiProperty() bank!: { reference?: string; reason?: string };
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class DocumentPage {
  @ApiProperty({ type: [DocumentView] }) items!: DocumentView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class TimelineEntryView {
  @ApiProperty() seq!: number;
  @ApiProperty() event!: string;
  @ApiProperty() status!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional() actor?: { userId: string; name: string; channel: string };
  @ApiPropertyOptional() details?: Record<string, unknown>;
}

/** What proves one of a document's signatures, for download: the CMS and its report, or the OTP proof. */
export class SignatureEvidenceView {
  @ApiProperty() documentId!: string;
  @ApiProperty({ description: "Position in the document's signatures, from 0" }) index!: number;
  @ApiProperty() slot!: string;
  @ApiProperty() signerId!: string;
  @ApiProperty() signerName!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ enum: ['EDS', 'OTP'] }) method!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty() signedAt!: string;
  @ApiProperty({ description: 'The verifier that accepted it: CMS, OTP (DEV in development)' }) kind!: string;
  @ApiProperty() verifiedAt!: string;
  @ApiPropertyOptional({ description: 'The detached CMS, base64 (kind CMS)' }) cms?: string;
  @ApiPropertyOptional({ description: 'The verification report (kind CMS)' }) report?: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ description: 'Whatever else the verifier kept (an OTP challenge…)' })
  payload?: Record<string, unknown>;
}

export class DocumentContentView {
  @ApiProperty() revision!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ description: 'The exact text to sign (canonical JSON), UTF-8' }) content!: string;
  @ApiProperty({ description: 'The same bytes in base64, as the signing agent takes them' })
  contentBase64!: string;
}
