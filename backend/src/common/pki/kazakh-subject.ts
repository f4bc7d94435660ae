import * as x509 from './x509.js';

/** X.520 attribute types of a Kazakh certificate subject. */
export const NAME_OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
} as const;

/** Extended key usages of the National Certification Authority's certificates. */
export const EKU = {
  /** Signing certificates (`RSA256_…`). */
  signing: '1.3.6.1.5.5.7.3.4',
  /** Authentication certificates (`AUTH_RSA256_…`): TLS client authentication. */
  clientAuthentication: '1.3.6.1.5.5.7.3.2',
} as const;

/**
 * Role OIDs of the National Certification Authority (domain §11), carried among the extended key
 * usages: pages that sign filter certificates by them (NCALayer's role filter).
 */
export const ROLE_OID = {
  individual: '1.2.398.3.3.4.1.1',
  legalEntity: '1.2.398.3.3.4.1.2',
  head: '1.2.398.3.3.4.1.2.1',
  maySign: '1.2.398.3.3.4.1.2.2',
} as const;

export interface KazakhSubject {
  iin: string;
  /** The organization's BIN (or an individual entrepreneur's IIN), in OU as `BIN…`. */
  bin: string;
  commonName: string;
  organization: string;
}

/** X.520 upper bound of CN and O (ub-common-name, ub-organization-name). */
const MAX_NAME = 64;

/**
 * The subject layout of the National Certification Authority, in its order: CN, serialNumber
 * `IIN…`, C=KZ, O, OU `BIN…`. Names are UTF8String (Kazakh and Russian letters, quotes as in
 * `ТОО "…"` kept literally), identifiers and country PrintableString as X.520 requires.
 */
export function kazakhName(subject: KazakhSubject): x509.Name {
  const text = (value: string) => ({ utf8String: value.trim().slice(0, MAX_NAME) });
  const printable = (value: string) => ({ printableString: value });
  return new x509.Name([
    { [NAME_OID.commonName]: [text(subject.commonName)] },
    { [NAME_OID.serialNumber]: [printable(`IIN${subject.iin}`)] },
    { [NAME_OID.country]: [printable('KZ')] },
    { [NAME_OID.organization]: [text(subject.organization)] },
    { [NAME_OID.organizationalUnit]: [printable(`BIN${subject.bin}`)] },
  ]);
}

/** The IIN and BIN a subject carries: IIN in serialNumber; BIN in OU, or in serialNumber on some. */
export function subjectIdentifiers(name: x509.Name): { iin: string | null; bin: string | null } {
  const serialNumbers = name.getField(NAME_OID.serialNumber);
  const units = name.getField(NAME_OID.organizationalUnit);
  const pick = (values: string[], prefix: string) =>
    values.map((value) => new RegExp(`^${prefix}(\\d{12})$`).exec(value)?.[1]).find(Boolean) ?? null;
  return { iin: pick(serialNumbers, 'IIN'), bin: pick(units, 'BIN') ?? pick(serialNumbers, 'BIN') };
}
