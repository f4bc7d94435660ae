/** `-----BEGIN CMS-----`, `-----BEGIN PKCS7-----` and the like, with their END lines. */
const ARMOUR = /^-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*)-----END \1-----\s*$/;

/**
 * The base64 of a CMS, whether it came bare (as our agent sends it) or in PEM armour (as NCALayer
 * returns it: `-----BEGIN CMS-----` … `-----END CMS-----`), with line breaks and spaces removed.
 */
export function cmsBase64(text: string): string {
  const armoured = ARMOUR.exec(text.trim());
  return (armoured ? armoured[2]! : text).replace(/\s+/g, '');
}
