/**
 * ISO 3166-1 alpha-2 country codes: the 249 officially assigned ones (not the reserved or
 * user-assigned ones). Beneficiaries abroad, SWIFT BICs and IBANs name their country with them.
 */
const CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
  'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU ' +
  'WF WS YE YT ZA ZM ZW'
).split(' ');

/**
 * Kosovo has no ISO 3166 code yet; SWIFT BICs, the IBAN registry and payment messages use the
 * user-assigned XK for it, so a transfer to a Kosovar beneficiary must be expressible.
 */
export const KOSOVO = 'XK';

export const ISO_3166_ALPHA_2_CODES: readonly string[] = CODES;
const KNOWN: ReadonlySet<string> = new Set([...CODES, KOSOVO]);

/** True for an upper-case ISO 3166-1 alpha-2 code of a country or territory (and XK, Kosovo). */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && KNOWN.has(code);
}
