import { describe, expect, it } from 'vitest';
import { backupTarget, defaultBundlePath, fileName, formatBytes, isAbsolutePath, joinPath, parentDir } from './paths';

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

describe('where the files go by default', () => {
  const march = new Date(2026, 2, 12, 14, 5, 9);

  it('an evidence bundle for DPO-2026-0042 goes beside the workspace folder, named for the case and the day', () => {
    expect(defaultBundlePath('/home/dpo/.config/DPO Desk/workspace/backups', 'DPO-2026-0042', march)).toBe('/home/dpo/.config/DPO Desk/DPO-2026-0042-evidence-2026-03-12.zip');
    expect(defaultBundlePath('C:\\Users\\dpo\\DPO Desk\\workspace\\backups', 'DPO-2026-0042', march)).toBe('C:\\Users\\dpo\\DPO Desk\\DPO-2026-0042-evidence-2026-03-12.zip');
  });

  it('backing up into the backups folder leaves the name to the host, which keeps the last ten', () => {
    expect(backupTarget('/w/backups', '/w/backups')).toBeUndefined();
    expect(backupTarget(' /w/backups/ ', '/w/backups')).toBeUndefined();
    expect(backupTarget('', '/w/backups')).toBeUndefined();
  });

  it('a backup to an external disk gets a dated name in that folder, or the exact file the DPO typed', () => {
    const at = new Date('2026-03-12T13:05:09Z');
    expect(backupTarget('/media/usb', '/w/backups', at)).toBe('/media/usb/dpo-backup-2026-03-12T13-05-09Z.dpobackup');
    expect(backupTarget('E:\\', 'C:\\w\\backups', at)).toBe('E:\\dpo-backup-2026-03-12T13-05-09Z.dpobackup');
    expect(backupTarget('/media/usb/before-migration.DPOBACKUP', '/w/backups', at)).toBe('/media/usb/before-migration.DPOBACKUP');
  });
});
