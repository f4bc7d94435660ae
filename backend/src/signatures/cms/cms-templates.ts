import * as asn1js from 'asn1js';
import type { DetachedCms } from './detached-cms.js';
import { signingTimeOf } from './signing-time.js';

interface Range {
  start: number;
  end: number;
}

/** Where a CMS keeps what changes from one signature to the next, in bytes from its start. */
export interface CmsLayout {
  /** The signing-time element (tag, length, value). */
  signingTime: Range;
  /** The message-digest's value. */
  messageDigest: Range;
  /** The signature's value. */
  signature: Range;
  /** The signed attributes element, [0] IMPLICIT SET OF. */
  signedAttributes: Range;
}

interface Template {
  bytes: Buffer;
  layout: CmsLayout;
  read: DetachedCms;
  /** Byte ranges that may differ: the values of signing time, digest and signature. */
  variable: Range[];
}

/** Enough for the signers active on one API replica; the oldest is forgotten first. */
const LIMIT = 256;
/** The tag and length before a signing time's value: UTCTime and GeneralizedTime take one byte each. */
const TIME_HEADER = 2;

/**
 * CMS already read, as templates for the next ones of the same signer. A CMS matches a template when
 * it has the same length and the same bytes everywhere except inside the values of the signing
 * time, the message digest and the signature; every tag and length, the certificates, algorithms
 * and attribute types are then the template's, which pkijs read and checked. Only the changing values
 * are taken from the new CMS, the signing time read again by asn1js. Whatever does not match exactly
 * is read in full.
 */
export class CmsTemplates {
  private readonly templates: Template[] = [];

  remember(bytes: Buffer, read: DetachedCms, layout: CmsLayout): void {
    const value = (range: Range, header = 0) => ({ start: range.start + header, end: range.end });
    const variable = [
      value(layout.signingTime, TIME_HEADER),
      value(layout.messageDigest),
      value(layout.signature),
    ].sort((a, b) => a.start - b.start);
    if (this.templates.length >= LIMIT) this.templates.shift();
    this.templates.push({ bytes: Buffer.from(bytes), layout, read, variable });
  }

  read(bytes: Buffer): DetachedCms | undefined {
    const template = this.templates.find((candidate) => matches(candidate, bytes));
    if (!template) return undefined;
    const { layout, read } = template;
    const at = ({ start, end }: Range) => bytes.subarray(start, end);
    const parsedTime = asn1js.fromBER(at(layout.signingTime));
    if (parsedTime.offset !== layout.signingTime.end - layout.signingTime.start) return undefined;
    const signingTime = signingTimeOf(parsedTime.result);
    if (!signingTime) return undefined;
    const signedAttributes = Buffer.from(at(layout.signedAttributes));
    signedAttributes[0] = 0x31;
    return {
      ...read,
      signedAttributes,
      signature: Buffer.from(at(layout.signature)),
      messageDigest: Buffer.from(at(layout.messageDigest)),
      signingTime,
    };
  }
}

function matches(template: Template, bytes: Buffer): boolean {
  if (template.bytes.length !== bytes.length) return false;
  let from = 0;
  for (const { start, end } of [...template.variable, { start: bytes.length, end: bytes.length }]) {
    if (bytes.compare(template.bytes, from, start, from, start) !== 0) return false;
    from = end;
  }
  return true;
}
