// The backups folder as the host lists it, reloaded whenever a backup is made or pruned.
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/trust';
import { errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { useBackupSchedule } from './backup-schedule';

export interface BackupsFolder {
  dir: string;
  keep: number;
  items: BackupInfo[];
}

export function useBackups(): { folder: BackupsFolder | null; error: string | null } {
  const { backupsVersion } = useBackupSchedule();
  const [folder, setFolder] = useState<BackupsFolder | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('backup.list', {})
      .then((f) => {
        if (!live) return;
        setFolder(f);
        setError(null);
      })
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [backupsVersion]);

  return { folder, error };
}
