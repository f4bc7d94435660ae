import { createRequire } from 'node:module';
import { webcrypto } from 'node:crypto';
import type * as XmlDsig from 'xmldsigjs';

/**
 * An XMLDSig verifier written apart from xml-crypto (the agent's and the server's library):
 * xmldsigjs over WebCrypto. It brings its own DOM (xmldom 0.9) and XPath, which its README says to
 * register; they are loaded from where xmldsigjs resolves them, so the two libraries share nothing.
 * All through `require`: the dependencies are registered on the same (CommonJS) copy that verifies.
 */
const fromHere = createRequire(import.meta.url);
const xmldsig = fromHere('xmldsigjs') as typeof XmlDsig;
const fromXmldsig = createRequire(fromHere.resolve('xmldsigjs'));
const xmlCore = fromXmldsig('xml-core') as {
  setNodeDependencies(dependencies: Record<string, unknown>): void;
};
const xmldom = fromXmldsig('@xmldom/xmldom') as Record<string, unknown>;
xmlCore.setNodeDependencies({
  DOMParser: xmldom['DOMParser'],
  XMLSerializer: xmldom['XMLSerializer'],
  DOMImplementation: xmldom['DOMImplementation'],
  xpath: fromXmldsig('xpath') as unknown,
});
xmldsig.Application.setEngine('NodeJS', webcrypto as unknown as Crypto);

const DSIG = 'http://www.w3.org/2000/09/xmldsig#';

/** Whether the document's one signature holds, with the certificate in its KeyInfo. */
export async function independentlyVerified(xml: string): Promise<boolean> {
  const document = xmldsig.Parse(xml);
  const signatures = Array.from(document.getElementsByTagNameNS(DSIG, 'Signature'));
  if (signatures.length !== 1) throw new Error(`${signatures.length} signatures in the document`);
  const signed = new xmldsig.SignedXml(document);
  signed.LoadXml(signatures[0]!);
  return signed.Verify();
}
