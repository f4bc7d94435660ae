import { ApiProperty } from '@nestjs/swagger';

export class BankView {
  @ApiProperty({ example: '601' }) bankCode!: string;
  @ApiProperty({ example: 'HSBKKZKX' }) bic!: string;
  @ApiProperty({ example: 'Halyk Bank' }) name!: string;
  @ApiProperty({ description: 'The bank this platform runs for' }) own!: boolean;
}

export class KbkView {
  @ApiProperty({ example: '101201' }) code!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() labelRu!: string;
  @ApiProperty() labelKk!: string;
  @ApiProperty() active!: boolean;
}

export class TaxOfficeView {
  @ApiProperty({ example: '080141113734' }) bin!: string;
  @ApiProperty({ example: '6001' }) code!: string;
  @ApiProperty() nameRu!: string;
  @ApiProperty() nameKk!: string;
  @ApiProperty() active!: boolean;
}

/** What a salary payment is addressed to: this bank, which credits the employees' accounts. */
export class OwnBankView {
  @ApiProperty({ example: '998' }) bankCode!: string;
  @ApiProperty({ example: 'QOLTKZKA' }) bic!: string;
  @ApiProperty({ example: 'Qoltanba Bank' }) name!: string;
  @ApiProperty({ example: '991140000077' }) bin!: string;
  @ApiProperty({ description: "The bank's account salary payments are addressed to" })
  salaryTransitIban!: string;
}
