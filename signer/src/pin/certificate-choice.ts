/** One certificate the user may choose on the PIN page, as the page describes it. */
export interface CertificateChoice {
  holder: string;
  iin: string | null;
  bin: string | null;
  organization: string;
  purpose: 'signing' | 'authentication' | 'other';
  notBefore: Date;
  notAfter: Date;
  issuer: string;
  token: string;
}
