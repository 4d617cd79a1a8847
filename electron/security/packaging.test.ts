// The packaged app's fuses and the one door to the outside browser, read from the sources so that
// weakening either fails the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowOpenExternal } from './policies';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the packaged app', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build?: { asar?: boolean; files?: string[]; electronFuses?: Record<string, boolean> } };

  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS, encrypted cookies, asar integrity, app only from asar', () => {
    expect(pkg.build?.asar).toBe(true);
    expect(pkg.build?.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built output', () => {
    expect(pkg.build?.files).toContain('out/**');
    expect(pkg.build?.files?.some((f) => /^(electron|renderer|shared|test)\b/.test(f))).toBe(false);
  });
});

describe('links opened in the system browser', () => {
  const calls = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))].flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (/\bopenExternal\(/.test(line) ? [{ where: `${file}:${i + 1}`, line }] : [])));

  it('every shell.openExternal call is guarded by the http(s)-only check on the same URL', () => {
    expect(calls.length).toBeGreaterThan(0);
    for (const { where, line } of calls) {
      const url = /openExternal\(([^)]+)\)/.exec(line)?.[1].trim();
      expect(line, where).toContain(`allowOpenExternal(${url})`);
    }
  });

  it('the check lets through only plain http and https links', () => {
    expect(allowOpenExternal('http://example.org/policy')).toBe(true);
    for (const url of ['HTTPS://example.org/', 'https://example.org/a?b=c#d']) expect(allowOpenExternal(url), url).toBe(true);
    for (const url of ['file:///etc/passwd', 'vbscript:msgbox', 'data:text/html,x', 'tel:+441234', 'sms:1', 'ftp://example.org/', '//example.org', ' javascript:alert(1)']) {
      expect(allowOpenExternal(url), url).toBe(false);
    }
  });
});
