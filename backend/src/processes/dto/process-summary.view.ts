import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AWAITED_PARTIES, type AwaitedParty } from '@qoltanba/workflows/domain';
import { TRACKED_PROCESS_TYPES, type TrackedProcessType } from './list-processes.query.js';

export class ProcessAmountView {
  @ApiProperty({ description: 'Integer minor units' }) minor!: number;
  @ApiProperty() currency!: string;
}

/** One line of "My applications": any process the organization sent, as the read model holds it. */
export class ProcessSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TRACKED_PROCESS_TYPES }) type!: TrackedProcessType;
  @ApiProperty({ description: 'TENGE_PAYMENT or the application kind' }) kind!: string;
  @ApiProperty({ description: 'Number and subject, without a language' }) title!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ type: ProcessAmountView }) amount?: ProcessAmountView;
  @ApiPropertyOptional() accountIban?: string;
  @ApiProperty({ enum: AWAITED_PARTIES }) awaiting!: AwaitedParty;
  @ApiProperty({ description: 'Whether it awaits the signed-in user' }) awaitingMe!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class ProcessPage {
  @ApiProperty({ type: [ProcessSummaryView] }) items!: ProcessSummaryView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: "How many of the organization's processes await the signed-in user" })
  awaitingMe!: number;
}
