import { verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { subjectMismatch } from '@qoltanba/backend/certificates/subject-match';
import { parseDetachedCms } from '@qoltanba/backend/signatures/cms/detached-cms';
import { verifyCms } from '@qoltanba/backend/signatures/cms/cms-verifier';
import { TrustAnchors } from '@qoltanba/backend/signatures/cms/trust-anchors';
import { parseCertificate } from '@qoltanba/backend/common/pki/parsed-certificate';

/**
 * The backend's EDS verification of CMS the agent already made, alone in this process (which the
 * benchmark pins to one core): `node verification-rate.js <input.json>`, answering JSON on stdout.
 */
export interface VerificationInput {
  /** Base64 DER of the trusted root. */
  root: string;
  signatures: { cms: string; content: string }[];
  holder: { iin: string; bin: string };
  phaseSeconds: number;
  rounds: number;
}

export type VerificationRates = Record<VerificationMode, number[]>;
export type VerificationMode = 'warm' | 'cold' | 'readFull' | 'readFromLayout' | 'signatureOnly';

function main(): void {
  const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as VerificationInput;
  const trust = new TrustAnchors([
    { certificate: parseCertificate(Buffer.from(input.root, 'base64')), source: 'CONFIGURED' },
  ]);
  const items = input.signatures.map((signature) => ({
    cms: Buffer.from(signature.cms, 'base64'),
    content: Buffer.from(signature.content, 'base64'),
  }));
  const user = { iin: input.holder.iin };
  const organization = { binIin: input.holder.bin, legalForm: 'LEGAL_ENTITY' as const };
  // What the service does before its database lookups, for one CMS.
  const fullCheck = (cache: boolean) => (item: (typeof items)[number]) => {
    const verified = verifyCms({
      cms: item.cms,
      content: item.content,
      purpose: 'SIGNING',
      trust,
      now: new Date(),
      clockSkewMs: 300_000,
      cache,
    });
    if (subjectMismatch(verified.signer, user, organization)) throw new Error('subject mismatch');
  };
  const parsed = items.map((item) => parseDetachedCms(item.cms, { cache: false }));
  const signerKey = parseCertificate(parsed[0]!.signerCertificate).publicKey;
  const modes: Record<VerificationMode, (index: number) => void> = {
    warm: (index) => fullCheck(true)(items[index]!),
    cold: (index) => fullCheck(false)(items[index]!),
    readFull: (index) => void parseDetachedCms(items[index]!.cms, { cache: false }),
    readFromLayout: (index) => void parseDetachedCms(items[index]!.cms),
    signatureOnly: (index) => {
      const cms = parsed[index]!;
      if (!verify('sha256', cms.signedAttributes, signerKey, cms.signature)) throw new Error('bad signature');
    },
  };
  const rates = Object.fromEntries(
    Object.keys(modes).map((mode) => [mode, [] as number[]]),
  ) as VerificationRates;
  // Warm-up: JIT, and the warm mode's certificate and chain caches.
  for (const run of Object.values(modes)) for (let index = 0; index < items.length; index++) run(index);
  for (let round = 0; round < input.rounds; round++) {
    for (const [mode, run] of Object.entries(modes) as [VerificationMode, (index: number) => void][]) {
      const started = process.hrtime.bigint();
      const deadline = started + BigInt(input.phaseSeconds * 1e9);
      let done = 0;
      while (process.hrtime.bigint() < deadline) {
        run(done % items.length);
        done++;
      }
      rates[mode].push(done / (Number(process.hrtime.bigint() - started) / 1e9));
    }
  }
  process.stdout.write(`${JSON.stringify(rates)}\n`);
}

main();
