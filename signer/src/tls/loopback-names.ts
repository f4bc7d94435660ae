import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import * as x509 from '../crypto/x509.js';

/** The only names the secure socket answers to: pages open `wss://127.0.0.1:<port>` (or localhost). */
export const LOOPBACK_IP = '127.0.0.1';
export const LOOPBACK_DNS = 'localhost';

const NAME_CONSTRAINTS_OID = '2.5.29.30';
/** GeneralName tags (RFC 5280 §4.2.1.6). */
const DNS_NAME = 2;
const IP_ADDRESS = 7;

/** The server certificate's names: the loopback address and `localhost`. */
export function loopbackAlternativeNames(): x509.SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension([
    { type: 'ip', value: LOOPBACK_IP },
    { type: 'dns', value: LOOPBACK_DNS },
  ]);
}

/**
 * Name constraints for the local CA (critical, RFC 5280 §4.2.1.10): it may vouch for 127.0.0.1/32
 * and `localhost` only. The user's browser trusts this CA, so whoever read its key could otherwise
 * impersonate any site to that browser; with the constraints, NSS, Chromium and OpenSSL refuse a
 * certificate it signed for any other name.
 */
export function loopbackNameConstraints(): x509.Extension {
  const address = new Uint8Array([127, 0, 0, 1, 255, 255, 255, 255]);
  const constraints = new pkijs.NameConstraints({
    permittedSubtrees: [
      new pkijs.GeneralSubtree({
        base: new pkijs.GeneralName({
          type: IP_ADDRESS,
          value: new asn1js.OctetString({ valueHex: address }),
        }),
      }),
      new pkijs.GeneralSubtree({ base: new pkijs.GeneralName({ type: DNS_NAME, value: LOOPBACK_DNS }) }),
    ],
  });
  return new x509.Extension(NAME_CONSTRAINTS_OID, true, constraints.toSchema().toBER(false));
}
