/**
 * ISO 4217 currencies in circulation (funds and precious-metal codes left out), with their minor
 * unit exponents: amounts are integer minor units, so 1 USD = 100 minor units and 1 JPY = 1.
 */
const CODES = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
  'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
  'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
  'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
  'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD ' +
  'XCG XOF XPF YER ZAR ZMW ZWG'
).split(' ');

const EXPONENT_0 = new Set('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF'.split(' '));
const EXPONENT_3 = new Set('BHD IQD JOD KWD LYD OMR TND'.split(' '));

export const ISO_4217_CODES: readonly string[] = CODES;
const KNOWN: ReadonlySet<string> = new Set(CODES);

/** The national currency: purchases pay in it, sales are paid in it. */
export const NATIONAL_CURRENCY = 'KZT';

export function isIsoCurrency(code: unknown): code is string {
  return typeof code === 'string' && KNOWN.has(code);
}

/** Digits after the decimal point in the currency's amounts (2 for most, 0 for JPY, 3 for KWD). */
export function currencyExponent(code: string): number {
  if (!KNOWN.has(code)) throw new RangeError(`${code} is not an ISO 4217 currency in circulation.`);
  return EXPONENT_0.has(code) ? 0 : EXPONENT_3.has(code) ? 3 : 2;
}
