import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RegisterCertificateDto {
  @ApiProperty({
    description: "A certificate of another CA (the National Certification Authority's): base64 DER or PEM",
  })
  @IsString()
  @Length(1, 16_000)
  certificate!: string;
}
