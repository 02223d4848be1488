import type { PartialHandlers } from '../../rpc/router';
import type { BackupService } from './backup.service';

export function backupHandlers(backup: BackupService) {
  return {
    'backup.status': () => backup.status(),
    'backup.saveSettings': (input) => backup.saveSettings(input),
    'backup.folderChoices': () => backup.folderChoices(),
    'backup.chooseFolder': (input) => backup.chooseFolder(input.id),
    'backup.setPassphrase': (input) => backup.setPassphrase(input.passphrase),
    'backup.run': (input) => backup.run(input),
    'backup.list': (input) => backup.list(input),
    'backup.verify': (input) => backup.verify(input),
    'backup.restore': (input) => backup.restore(input),
  } satisfies PartialHandlers;
}
