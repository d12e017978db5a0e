import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXTENSION_PATH } from './coplan';

/** Where Debian's chromium reads managed (enterprise) policy; Google Chrome reads /etc/opt/chrome/policies/managed. */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, the first 32 hex digits written with a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * A copy of the test build in a folder of its own. Its id is its own too, so policy written for
 * it reaches no other end-to-end test, which all load .output/chrome-mv3.
 */
export function copyExtension(): { path: string; id: string; remove(): void } {
  // Chromium resolves the path it is given (a symlinked /tmp would change the id), so do the same.
  const path = realpathSync(mkdtempSync(join(tmpdir(), 'coplan-policy-ext-')));
  cpSync(EXTENSION_PATH, path, { recursive: true });
  return { path, id: unpackedExtensionId(path), remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Writes managed policy for one extension, as trust IT does (README, "Enterprise policy"), in a
 * file of the caller's name; returns how to take it away again. Chromium reads it at start-up.
 */
export function writeManagedPolicy(name: string, extensionId: string, policy: Record<string, unknown>): () => void {
  return writePolicyFile(name, { '3rdparty': { extensions: { [extensionId]: policy } } });
}

/** Writes a managed policy file of the caller's name with any browser policies; returns how to take it away again. */
export function writePolicyFile(name: string, policies: Record<string, unknown>): () => void {
  const made: string[] = [];
  try {
    for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) made.unshift(dir);
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch (error) {
    throw new Error(
      `This test needs root: it writes Chromium’s managed policy to ${POLICY_DIR}, which this user cannot write ` +
        `(${(error as Error).message}). CI runs the end-to-end tests as root on Debian; run them there, or as root.`,
    );
  }
  const file = join(POLICY_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify(policies, null, 2));
  return () => {
    rmSync(file, { force: true });
    // Leave the folders as they were: remove those made here, if nothing else has been put in them.
    for (const dir of made.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  };
}

/**
 * Takes the machine-wide lock every test that writes Chromium's managed policy holds
 * (`flock /tmp/coplan-policy.lock`), since that policy reaches every Chromium here; resolves with
 * the way to let it go. flock runs `cat`, which holds the lock until its input closes.
 */
export async function holdPolicyLock(): Promise<() => void> {
  const holder = spawn('flock', ['/tmp/coplan-policy.lock', 'sh', '-c', 'echo held; exec cat'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout.once('data', () => resolve());
    holder.once('error', reject);
    holder.once('exit', (code) => reject(new Error(`flock exited with ${code} before taking the policy lock`)));
  });
  return () => holder.stdin.end();
}
