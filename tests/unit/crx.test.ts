import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extensionIdFor, updateManifest, writeCrx3 } from '../../scripts/crx';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const zip = Buffer.from('PK\x03\x04 a stand-in for the extension zip');

/** Reads length-delimited protobuf fields, as Chrome's CRX verifier does. */
function fields(data: Buffer): Map<number, Buffer[]> {
  const found = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = data[at++]!;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < data.length) {
    const tag = varint();
    expect(tag % 8).toBe(2);
    const length = varint();
    found.set(Math.floor(tag / 8), [...(found.get(Math.floor(tag / 8)) ?? []), data.subarray(at, at + length)]);
    at += length;
  }
  return found;
}

describe('the CRX3 package', () => {
  it('is Cr24 version 3 with a header whose RSA signature covers the signed data and the zip, then the zip', () => {
    const crx = writeCrx3(zip, pem);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    const header = fields(crx.subarray(12, 12 + headerLength));
    expect(crx.subarray(12 + headerLength)).toEqual(zip);

    const signedData = header.get(10000)![0]!;
    const proof = fields(header.get(2)![0]!);
    const publicKey = proof.get(1)![0]!;
    const signature = proof.get(2)![0]!;
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00'), length, signedData, zip]);
    expect(verify('sha256', signed, { key: publicKey, format: 'der', type: 'spki' }, signature)).toBe(true);
    // The CRX id in the signed data is the key's: a package re-signed with another key is another extension.
    expect(fields(signedData).get(1)![0]).toEqual(createHash('sha256').update(publicKey).digest().subarray(0, 16));
  });

  it('names the extension id Chrome derives from the key: 32 letters a to p, the same for the same key', () => {
    const id = extensionIdFor(pem);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFor(pem)).toBe(id);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(extensionIdFor(other)).not.toBe(id);
  });

  it('writes an update manifest that points Chrome at the hosted CRX and its version', () => {
    const xml = updateManifest('abcdefghijklmnopabcdefghijklmnop', '0.1.0', 'https://ehr.example.nhs.uk/coplan/coplan-0.1.0.crx?a=1&b=2');
    expect(xml).toContain("<app appid='abcdefghijklmnopabcdefghijklmnop'>");
    expect(xml).toContain("codebase='https://ehr.example.nhs.uk/coplan/coplan-0.1.0.crx?a=1&amp;b=2' version='0.1.0'");
  });
});
