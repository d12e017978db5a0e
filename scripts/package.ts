/**
 * `npm run package`: everything a trust deploys (README, "Deploying Coplan in a trust").
 *
 * - `wxt zip`: the Chrome Web Store zip, and the Firefox zip with the sources zip AMO asks for;
 * - the Firefox XPI: the same zip under the name Firefox installs from (`install_url` in policies.json);
 * - with `COPLAN_CRX_KEY` (the path of the trust's RSA key, kept by the trust and never committed):
 *   a CRX3 signed with it, and `updates.xml` pointing at `COPLAN_UPDATE_URL` (where the trust
 *   hosts the CRX) for ExtensionInstallForcelist.
 *
 * `--throwaway-key` makes a fresh key under .output for the tests, so they can install the CRX
 * exactly as shipped; that key is never the trust's.
 */
import { execSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdFor, updateManifest, writeCrx3 } from './crx';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.output');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const artefact = (name: string) => resolve(out, name);

function zip(args: string): void {
  execSync(`npx wxt zip ${args}`, { cwd: root, stdio: 'inherit' });
}

/** The path of the key to sign with: the trust's, or a throwaway one for tests. */
function signingKey(): string | undefined {
  if (process.argv.includes('--throwaway-key')) {
    const path = artefact('throwaway-test-key.pem');
    if (!existsSync(path)) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    return path;
  }
  return process.env.COPLAN_CRX_KEY;
}

zip('');
zip('-b firefox --mv3');
const chromeZip = artefact(`coplan-${version}-chrome.zip`);
const firefoxZip = artefact(`coplan-${version}-firefox.zip`);
for (const file of [chromeZip, firefoxZip, artefact(`coplan-${version}-sources.zip`)]) {
  if (!existsSync(file)) throw new Error(`wxt zip did not make ${file}`);
}
copyFileSync(firefoxZip, artefact(`coplan-${version}.xpi`));

const keyPath = signingKey();
if (!keyPath) {
  console.log(`
No CRX made: set COPLAN_CRX_KEY to the path of the trust's signing key to make one, e.g.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out coplan-key.pem
Keep that key safe and out of the repository: every update must be signed with the same key.`);
} else {
  const key = readFileSync(keyPath, 'utf8');
  const id = extensionIdFor(key);
  const crxName = `coplan-${version}.crx`;
  writeFileSync(artefact(crxName), writeCrx3(readFileSync(chromeZip), key));
  const base = process.env.COPLAN_UPDATE_URL ?? 'https://extensions.example.nhs.uk/coplan/';
  writeFileSync(artefact('updates.xml'), updateManifest(id, version, new URL(crxName, base.endsWith('/') ? base : `${base}/`).href));
  console.log(`\nCRX for extension id ${id}: .output/${crxName}, with .output/updates.xml (CRX hosted at ${base}).`);
}
console.log(`Firefox: .output/coplan-${version}.xpi (sign it with AMO before deploying; see the README).`);
