import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../src-shared/contracts/backup.contract';
import { useClient } from '../../bridge/context';

export const BACKUP_STATUS_KEY = ['backup.status'] as const;

/** The backup status (settings, last good, last failure), refreshed when main announces a change. */
export function useBackupStatus() {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.subscribe(
        (name, payload) => {
          if (name === 'backup.statusChanged') queryClient.setQueryData(BACKUP_STATUS_KEY, payload as BackupStatus);
        },
        () => undefined,
      ),
    [client, queryClient],
  );
  return useQuery({ queryKey: BACKUP_STATUS_KEY, queryFn: () => client.call('backup.status', {}), refetchInterval: 10 * 60_000 });
}

/** The running backup's progress (phase and permille), from backup.progressed. */
export function useBackupProgress(): { phase: 'database' | 'files' | 'verify'; done: number; total: number } | null {
  const client = useClient();
  const [progress, setProgress] = useState<{ phase: 'database' | 'files' | 'verify'; done: number; total: number } | null>(null);
  useEffect(
    () =>
      client.subscribe(
        (name, payload) => {
          if (name === 'backup.progressed') setProgress(payload as { phase: 'database' | 'files' | 'verify'; done: number; total: number });
          if (name === 'backup.statusChanged' && !(payload as BackupStatus).running) setProgress(null);
        },
        () => undefined,
      ),
    [client],
  );
  return progress;
}
