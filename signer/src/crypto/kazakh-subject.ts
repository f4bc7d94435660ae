import { z } from 'zod';
import type * as x509 from './x509.js';

/** X.520 attribute types of a Kazakh certificate subject. */
export const NAME_OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
} as const;

const twelveDigits = z.string().regex(/^\d{12}$/, 'twelve digits');

/**
 * The subject the National Certification Authority puts in certificates: the holder's IIN in
 * serialNumber (`IIN…`), the organization's BIN in OU (`BIN…`), the name, the organization, `C=KZ`.
 */
export const kazakhSubjectSchema = z.object({
  iin: twelveDigits,
  bin: twelveDigits.optional(),
  commonName: z.string().trim().min(1).max(64),
  surname: z.string().trim().min(1).max(64).optional(),
  givenName: z.string().trim().min(1).max(64).optional(),
  organization: z.string().trim().min(1).max(64).optional(),
  country: z.literal('KZ').default('KZ'),
});

export type KazakhSubject = z.infer<typeof kazakhSubjectSchema>;

/** In the National Certification Authority's order: CN, SURNAME, SERIALNUMBER, C, O, OU, G. */
export function kazakhName(subject: KazakhSubject): x509.JsonName {
  const rdns: x509.JsonName = [{ [NAME_OID.commonName]: [subject.commonName] }];
  if (subject.surname) rdns.push({ [NAME_OID.surname]: [subject.surname] });
  rdns.push({ [NAME_OID.serialNumber]: [`IIN${subject.iin}`] }, { [NAME_OID.country]: [subject.country] });
  if (subject.organization) rdns.push({ [NAME_OID.organization]: [subject.organization] });
  if (subject.bin) rdns.push({ [NAME_OID.organizationalUnit]: [`BIN${subject.bin}`] });
  if (subject.givenName) rdns.push({ [NAME_OID.givenName]: [subject.givenName] });
  return rdns;
}

/** The IIN and BIN a subject carries: IIN in serialNumber; BIN in OU, or in serialNumber on some. */
export function subjectIdentifiers(name: x509.Name): { iin: string | null; bin: string | null } {
  const serialNumbers = name.getField(NAME_OID.serialNumber);
  const units = name.getField(NAME_OID.organizationalUnit);
  const pick = (values: string[], prefix: string) =>
    values.map((value) => new RegExp(`^${prefix}(\\d{12})$`).exec(value)?.[1]).find(Boolean) ?? null;
  return { iin: pick(serialNumbers, 'IIN'), bin: pick(units, 'BIN') ?? pick(serialNumbers, 'BIN') };
}
