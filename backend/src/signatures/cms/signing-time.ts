import * as asn1js from 'asn1js';

/** A signing-time attribute value as a date: UTCTime or GeneralizedTime, and a real moment. */
export function signingTimeOf(value: asn1js.AsnType): Date | undefined {
  if (!(value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime)) return undefined;
  const date = value.toDate();
  return Number.isNaN(date.getTime()) ? undefined : date;
}
