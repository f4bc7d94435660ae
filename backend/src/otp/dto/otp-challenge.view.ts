import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ChallengePayeeView {
  @ApiProperty() name!: string;
  @ApiProperty() iban!: string;
  @ApiProperty() binIin!: string;
}

export class ChallengeDocumentView {
  @ApiProperty() documentId!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ example: '1250.50' }) amount!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty() payee!: ChallengePayeeView;
  @ApiProperty({ description: 'The content hash the approval is bound to' }) contentHash!: string;
}

/**
 * What to show the user with the code prompt: the amount and payee (the total and every payee for
 * a batch), and which code to enter: the token's current code, or the named cell of the card.
 */
export class OtpChallengeView {
  @ApiProperty() challengeId!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({
    description: '"TOKEN": the token’s current code; { card: n }: the code in cell n of the card',
    oneOf: [
      { type: 'string', enum: ['TOKEN'] },
      { type: 'object', properties: { card: { type: 'integer' }, serial: { type: 'string' } } },
    ],
  })
  device!: 'TOKEN' | { card: number; serial: string };
  @ApiProperty({ description: 'The amount (a batch: the total), decimal, in `currency`' }) amount!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiPropertyOptional({ description: 'The payee of a single document' }) payee?: ChallengePayeeView;
  @ApiProperty({ description: 'Documents the code approves (one, or the batch)' })
  documents!: ChallengeDocumentView[];
  @ApiProperty({ description: 'SHA-256 the challenge is bound to: documents, hashes, amounts, payees' })
  digest!: string;
}
