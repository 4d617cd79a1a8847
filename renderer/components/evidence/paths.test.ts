import { describe, expect, it } from 'vitest';
import { fileName, formatBytes, isAbsolutePath, joinPath, parentDir } from './paths';

describe('paths the host returned, handled in the window', () => {
  it('the workspace folder is the parent of its backups folder, on Linux and on Windows', () => {
    expect(parentDir('/home/dpo/.config/DPO Desk/workspace/backups')).toBe('/home/dpo/.config/DPO Desk/workspace');
    expect(parentDir('C:\\Users\\dpo\\AppData\\DPO Desk\\workspace\\backups')).toBe('C:\\Users\\dpo\\AppData\\DPO Desk\\workspace');
    expect(parentDir('C:\\backups')).toBe('C:\\');
    expect(parentDir('/backups/')).toBe('/');
  });

  it('an evidence bundle named for its case is put in the folder with that folder\'s separator', () => {
    expect(joinPath('/home/dpo', 'DPO-2026-0001-evidence.zip')).toBe('/home/dpo/DPO-2026-0001-evidence.zip');
    expect(joinPath('D:\\Evidence', 'DPO-2026-0001-evidence.zip')).toBe('D:\\Evidence\\DPO-2026-0001-evidence.zip');
    expect(joinPath('/', 'a.zip')).toBe('/a.zip');
    expect(fileName('D:\\Evidence\\DPO-2026-0001-evidence.zip')).toBe('DPO-2026-0001-evidence.zip');
  });

  it('a relative path is told apart before the host refuses it', () => {
    expect(isAbsolutePath('/tmp/b.zip')).toBe(true);
    expect(isAbsolutePath('C:\\tmp\\b.zip')).toBe(true);
    expect(isAbsolutePath('\\\\nas\\dpo\\b.zip')).toBe(true);
    expect(isAbsolutePath('b.zip')).toBe(false);
    expect(isAbsolutePath('~/b.zip')).toBe(false);
  });

  it('a backup of 3.2 million bytes reads as 3.1 MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3_200_000)).toBe('3.1 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
  });
});
