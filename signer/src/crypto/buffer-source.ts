/**
 * The bytes as pkijs and @peculiar/x509 are typed to take them: DOM's `BufferSource`, a view of a
 * plain ArrayBuffer. That type is in scope because the types of xmldom (the XML parser beside
 * xml-crypto) bring in the DOM library; Node's Buffers never sit on a SharedArrayBuffer here, so
 * this only names what they already are.
 */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}
