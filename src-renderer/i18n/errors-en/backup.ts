/** English error texts — backup and restore. Merged in ../errors.en.ts. */
import type { BACKUP_TEXTS } from '../../../src-shared/rpc/error-texts/backup';

export const BACKUP_EN: Readonly<Record<keyof typeof BACKUP_TEXTS, string>> = {
  'backup.folderFull': 'Backup to "{{folder}}" failed: the backup folder is full (no space left). Earlier backups are intact.',
  'backup.folderReadOnly': 'Backup to "{{folder}}" failed: the backup folder is read-only or not writable. Earlier backups are intact.',
  'backup.folderGone':
    'Backup to "{{folder}}" failed: the backup folder is no longer reachable (USB drive pulled out or network down?). Earlier backups are intact.',
  'backup.folderFailed': 'Backup to "{{folder}}" failed: error {{error}}. Earlier backups are intact.',
  'backup.noFolder': 'No backup folder chosen: choose one in Settings › Backup.',
  'backup.pickOne': 'Choose a backup.',
  'backup.folderInsideData': 'The backup folder must not be inside the data folder; choose a USB drive or a network folder.',
  'backup.passphraseFirst': 'Set a backup password before turning encryption on.',
  'backup.running': 'A backup is running; wait for it to finish.',
  'backup.passphraseMissing': 'An encrypted backup needs its password: set the backup password again.',
  'backup.restoreIntoCurrent': 'Do not restore into the data folder in use: choose a new folder.',
  'backup.notABackup': '"{{dir}}" is not a vanthu backup (no {{manifest}} manifest).',
  'backup.manifestTooBig': 'Manifest "{{file}}" is too large; this is not a vanthu backup.',
  'backup.manifestBroken': 'The manifest of backup "{{dir}}" is damaged or truncated; this backup cannot be used.',
  'backup.newerFormat': 'Backup "{{dir}}" was made by a newer vanthu (format {{format}}). Update vanthu.',
  'backup.manifestInvalid': 'The manifest of backup "{{dir}}" is not valid: {{problem}}.',
  'backup.passphraseNeeded': 'This backup is encrypted: enter the backup password.',
  'backup.manifestTampered': 'The manifest of backup "{{dir}}" was altered (authentication code mismatch).',
  'backup.folderUnreadable': 'Cannot read backup folder "{{folder}}" (missing or not accessible).',
  'backup.databaseUnreadable': 'The database in the backup cannot be opened: {{error}}.',
  'backup.hashMismatch': 'The backup is damaged or altered: {{what}} does not match the hash in the manifest.',
  'backup.newerVersion':
    'The backup was made by vanthu {{version}} (schema {{schema}}), newer than this one ({{current}}, schema {{currentSchema}}). Update vanthu, then restore.',
  'backup.otherAgency':
    'This backup belongs to another agency: "{{name}}" (code {{code}}), not the one in use (code {{current}}). Confirm if you still want to restore it into a new folder.',
  'backup.targetNotEmpty':
    'Folder "{{target}}" already holds data. Restoring only writes into a new (missing or empty) folder, never over existing data.',
  'backup.fileMissing': 'The backup is incomplete: file "{{path}}" is missing.',
  'backup.notAFolder': '"{{folder}}" is not a folder.',
  'backup.dataFileBroken':
    'File "{{path}}" in the data folder is damaged (content does not match its hash). Run the data check; no backup was made.',
  'backup.folderLocked': 'Another backup is being written to "{{folder}}". Try again once it is done.',
  'backup.badPath': 'The backup was altered: the file path "{{path}}" is not valid.',
  'backup.keyFileBroken': 'The key file "{{file}}" of the backup folder is damaged; make the encrypted backup into another folder.',
  'backup.otherPassphrase':
    'This backup folder already holds backups encrypted with another password. Use that password or choose another backup folder.',
  'backup.folderGoneFromList': 'The chosen folder is no longer in the list (drive pulled out?). Reload the list and choose again.',
  'backup.noFolderPicker': 'A browser window cannot open the folder picker: choose a folder from the list.',
  'backup.wrongPassphrase': "Wrong backup password: the backup's key cannot be opened. Enter the password used for the backup.",
  'backup.readBackMismatch': 'Part of the database read back from the backup folder does not match; no backup was made.',
  'backup.fileDamaged': 'The backup is damaged or was altered: file "{{file}}" {{flaw:backupFlaw}}.',
  'backup.dbNotIntact': 'The database in the backup is not intact: {{error}}.',
  'backup.fileReadBackMismatch': 'File "{{path}}" read back from the backup folder does not match; no backup was made.',
  'backup.dbShrank': 'The database got shorter than its size while being backed up; try again.',
  'backup.missingChunk': 'The backup is incomplete: part {{index}} of the database is missing.',
  'backup.dbTooSmall': 'The backup is damaged or was altered: the database is too small.',
};
