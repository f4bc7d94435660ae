import { ApiProperty } from '@nestjs/swagger';

export class RootCertificateView {
  @ApiProperty() subject!: string;
  @ApiProperty() serialNumber!: string;
  @ApiProperty() notBefore!: string;
  @ApiProperty() notAfter!: string;
  @ApiProperty() fingerprintSha256!: string;
  @ApiProperty({ description: 'DER, base64' }) certificate!: string;
  @ApiProperty() pem!: string;
}

export class CrlView {
  @ApiProperty({ description: 'The CRL number extension: grows by one with each CRL' }) number!: number;
  @ApiProperty() issuer!: string;
  @ApiProperty() thisUpdate!: string;
  @ApiProperty() nextUpdate!: string;
  @ApiProperty({ description: 'DER, base64; also served as is at /api/pki/crl.crl' }) crl!: string;
}
