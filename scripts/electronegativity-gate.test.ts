// The security gate fails the build on a HIGH electronegativity finding, and passes the one known
// false positive only where the window really gets the secure webPreferences.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/helpers/temp-workspace';
import { scan, scanProject } from './electronegativity-gate';

describe('the electronegativity gate', () => {
  it('blocks a window without context isolation, and accepts one built with secureWebPreferences', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'insecure.ts'), `import { BrowserWindow } from 'electron';
export function open() {
  const win = new BrowserWindow({
    webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false },
  });
  return win;
}
`);
    writeFileSync(join(dir, 'src', 'secure.ts'), `import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './web-preferences';
export function open() {
  const win = new BrowserWindow({
    width: 800,
    webPreferences: secureWebPreferences('/p/index.cjs'),
  });
  return win;
}
`);
    const findings = await scan([{ dir }], join(dir, 'reports'));
    const high = findings.filter((f) => f.severity === 'HIGH');
    const blocking = high.filter((f) => !f.waived);
    expect(blocking.some((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK' && f.file.endsWith('insecure.ts'))).toBe(true);
    expect(blocking.filter((f) => f.file.endsWith('secure.ts') && !f.file.endsWith('insecure.ts'))).toEqual([]);
    expect(high.some((f) => f.file.endsWith('/secure.ts') && f.waived)).toBe(true);

    // The reports are complete when scan returns (nothing still being written into a folder about to go).
    const reports = readdirSync(join(dir, 'reports'));
    expect(reports.filter((f) => f.endsWith('.csv') || f.endsWith('.sarif'))).toHaveLength(2);
    const csv = readFileSync(join(dir, 'reports', reports.find((f) => f.endsWith('.csv'))!), 'utf8');
    expect(csv.split('\n').filter(Boolean)).toHaveLength(findings.length + 1);
    expect(csv).toMatch(/"CONTEXT_ISOLATION_JS_CHECK","HIGH",.*insecure\.ts/);
    const sarif = JSON.parse(readFileSync(join(dir, 'reports', reports.find((f) => f.endsWith('.sarif'))!), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(findings.length);
  }, 180_000);

  it('finds no HIGH finding in DPO Desk\'s own main process and renderer, so the build stays green only while that holds', async () => {
    const findings = await scanProject(join(tempDir(), 'reports'));
    const blocking = findings.filter((f) => f.severity === 'HIGH' && !f.waived);
    expect(findings.length).toBeGreaterThan(0); // it did scan something
    expect(blocking).toEqual([]);
  }, 180_000);
});
