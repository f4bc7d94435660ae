import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorators.js';
import { parseCertificate, toPem } from '../common/pki/parsed-certificate.js';
import { CertificateAuthority } from './certificate-authority.js';
import { CrlView, RootCertificateView } from './dto/pki.view.js';

/** What relying parties download without logging in: the CA's root certificate and its CRL. */
@ApiTags('pki')
@Public()
@Controller('pki')
export class PkiController {
  constructor(private readonly ca: CertificateAuthority) {}

  @Get('root')
  @ApiOperation({ summary: "The CA's root certificate and its details" })
  async root(): Promise<RootCertificateView> {
    const root = parseCertificate(await this.ca.currentRoot());
    return {
      subject: root.subject,
      serialNumber: root.serialNumber,
      notBefore: root.notBefore.toISOString(),
      notAfter: root.notAfter.toISOString(),
      fingerprintSha256: root.fingerprint,
      certificate: root.der.toString('base64'),
      pem: toPem(root.der),
    };
  }

  @Get('root.cer')
  @ApiProduces('application/pkix-cert')
  @ApiOperation({ summary: "The CA's root certificate, DER" })
  async rootDer(): Promise<StreamableFile> {
    return new StreamableFile(await this.ca.currentRoot(), {
      type: 'application/pkix-cert',
      disposition: 'attachment; filename="root.cer"',
    });
  }

  @Get('crl')
  @ApiOperation({ summary: 'The current CRL: number, thisUpdate, nextUpdate, and the DER in base64' })
  async crl(): Promise<CrlView> {
    const crl = await this.ca.crl();
    return {
      number: crl.number,
      issuer: crl.issuer,
      thisUpdate: crl.thisUpdate.toISOString(),
      nextUpdate: crl.nextUpdate.toISOString(),
      crl: crl.der.toString('base64'),
    };
  }

  @Get('crl.crl')
  @ApiProduces('application/pkix-crl')
  @ApiOperation({ summary: 'The current CRL, DER: the distribution point named in issued certificates' })
  async crlDer(): Promise<StreamableFile> {
    const crl = await this.ca.crl();
    return new StreamableFile(crl.der, {
      type: 'application/pkix-crl',
      disposition: 'attachment; filename="crl.crl"',
    });
  }
}
