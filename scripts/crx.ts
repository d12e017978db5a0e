import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/*
 * CRX3, the package Chrome and Edge install from a trust's own server
 * (https://chromium.googlesource.com/chromium/src/+/main/components/crx_file/crx3.proto):
 * "Cr24", version 3, the header's length, a protobuf CrxFileHeader, then the extension's zip.
 * Written here in a few lines rather than taken from a package: the one on npm needs Node 22.
 */

/** Protobuf varint. */
function varint(value: number): Buffer {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return Buffer.from(bytes);
}

/** One length-delimited protobuf field. */
function field(number: number, data: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(data.length), data]);
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/** The public key as Chrome stores it: DER SubjectPublicKeyInfo. */
function publicKeyDer(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** The first 16 bytes of the public key's SHA-256: the CRX id. */
function crxId(publicKey: Buffer): Buffer {
  return createHash('sha256').update(publicKey).digest().subarray(0, 16);
}

/** The extension id Chrome shows for a key: the CRX id's hex digits written a–p. */
export function extensionIdFor(privateKeyPem: string): string {
  const id = crxId(publicKeyDer(createPrivateKey(privateKeyPem)));
  return [...id.toString('hex')].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Signs an extension's zip into a CRX3 file with the trust's RSA key (PEM). */
export function writeCrx3(zip: Buffer, privateKeyPem: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const publicKey = publicKeyDer(key);
  // SignedData { bytes crx_id = 1; }
  const signedHeaderData = field(1, crxId(publicKey));
  const signature = sign('sha256', Buffer.concat([Buffer.from('CRX3 SignedData\x00'), u32(signedHeaderData.length), signedHeaderData, zip]), key);
  // CrxFileHeader { AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
  const header = Buffer.concat([field(2, Buffer.concat([field(1, publicKey), field(2, signature)])), field(10000, signedHeaderData)]);
  return Buffer.concat([Buffer.from('Cr24'), u32(3), u32(header.length), header, zip]);
}

/** The update manifest Chrome's ExtensionInstallForcelist points at when a trust hosts the CRX itself. */
export function updateManifest(extensionId: string, version: string, crxUrl: string): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${attr(extensionId)}'>`,
    `    <updatecheck codebase='${attr(crxUrl)}' version='${attr(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
