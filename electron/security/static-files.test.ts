import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp-workspace';
import { resolveInside } from './static-files';

describe('serving the UI only from its own folder', () => {
  function uiFolder() {
    const base = tempDir();
    const root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    writeFileSync(join(base, 'keyfile.json'), '{}');
    symlinkSync(join(base, 'keyfile.json'), join(root, 'assets', 'link.json'));
    return { base, root };
  }

  it('serves index.html for the root and files inside the folder', () => {
    const { root } = uiFolder();
    expect(resolveInside(root, '/')).toMatch(/index\.html$/);
    expect(resolveInside(root, '/assets/app.js?v=1')).toMatch(/app\.js$/);
  });

  it('refuses paths that climb out of the folder, however they are spelt', () => {
    const { root } = uiFolder();
    for (const path of ['/../keyfile.json', '/assets/../../keyfile.json', '/%2e%2e/keyfile.json', '/..%2fkeyfile.json', '/assets/link.json', '/index.html%00.js', '/%E0%A4%A']) {
      expect(resolveInside(root, path), path).toBeNull();
    }
  });

  it('answers nothing for a missing file', () => {
    expect(resolveInside(uiFolder().root, '/nope.js')).toBeNull();
  });
});
