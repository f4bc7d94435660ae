import { describe, expect, it } from '@jest/globals';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { createCmsSignature, SignerCertificate } from './cms-signature.js';
import { RSA_2048_SHA256 } from './signing-profile.js';
import { bufferSource } from './buffer-source.js';
import { softwareSigner } from '../../test/software-signer.js';

describe(createCmsSignature.name, () => {
  it('puts the signed attributes in DER order and embeds the certificate byte for byte', async () => {
    const { certificate, sign } = await softwareSigner();
    const content = Buffer.from('payment order');
    for (const signingTime of [new Date(), new Date('2049-12-31T23:59:59Z')]) {
      const cms = await createCmsSignature(
        {
          content,
          digested: false,
          encapsulate: false,
          certificate: SignerCertificate.fromDer(new Uint8Array(certificate.rawData)),
          profile: RSA_2048_SHA256,
          signingTime,
        },
        sign,
      );
      const signedData = new pkijs.SignedData({
        schema: pkijs.ContentInfo.fromBER(bufferSource(cms)).content,
      });
      const encodings = signedData.signerInfos[0]!.signedAttrs!.attributes.map((attribute) =>
        Buffer.from(attribute.toSchema().toBER()),
      );
      expect([...encodings].sort(Buffer.compare)).toEqual(encodings);
      expect(cms.includes(Buffer.from(certificate.rawData))).toBe(true);
      const verified = await signedData.verify({
        signer: 0,
        data: content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength),
        extendedMode: true,
      });
      expect(verified.signatureVerified).toBe(true);
    }
  });

  it.each([false, true])(
    'is exactly the DER pkijs encodes from scratch, though parts are encoded once (encapsulated: %s)',
    async (encapsulate) => {
      const { certificate, sign } = await softwareSigner();
      const cms = await createCmsSignature(
        {
          content: Buffer.from('payment order'),
          digested: false,
          encapsulate,
          certificate: SignerCertificate.fromDer(new Uint8Array(certificate.rawData)),
          profile: RSA_2048_SHA256,
          signingTime: new Date(),
        },
        sign,
      );
      // Read back and encoded anew by pkijs, the signed attributes under their [0] tag included.
      const contentInfo = pkijs.ContentInfo.fromBER(bufferSource(cms));
      const signedData = new pkijs.SignedData({ schema: contentInfo.content });
      const fresh = new pkijs.ContentInfo({
        contentType: contentInfo.contentType,
        content: signedData.toSchema(true),
      });
      expect(Buffer.from(fresh.toSchema().toBER()).equals(cms)).toBe(true);
      expect(asn1js.fromBER(cms).offset).toBe(cms.length);
    },
  );
});
