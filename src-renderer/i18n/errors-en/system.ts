/** English error texts — data folder and lock, database, worker, command line, browser-mode bridge. Merged in ../errors.en.ts. */
import type { SYSTEM_TEXTS } from '../../../src-shared/rpc/error-texts/system';

export const SYSTEM_EN: Readonly<Record<keyof typeof SYSTEM_TEXTS, string>> = {
  'system.dataDirNotWritable': 'Cannot write to the data folder "{{dir}}": {{error}}. Choose another folder or grant write access.',
  'system.dataDirInUse': 'The data folder is in use by another vanthu session ({{owner}}, PID {{pid}}). Close that session first.',
  'system.dataDirInUseByApp': 'The data folder is in use by another vanthu session (the app, PID {{pid}}). Close that session first.',
  'system.noLock': 'Could not take the lock of the data folder.',
  'system.workerStopped': 'The background worker stopped unexpectedly: {{error}}',
  'db.damaged':
    'The database file "{{file}}" is damaged or is not a vanthu database. Restore it from a backup; the current file is left as it is.',
  'db.cannotOpen': 'Cannot open the database "{{file}}": {{error}}',
  'db.migrationsMissing': 'Migration files are missing: {{path}}. The installation is incomplete.',
  'db.newerSchema':
    'The database belongs to a newer vanthu (schema {{current}}; this app knows up to {{known}}). Update vanthu; the data was not changed.',
  'db.migrationFailed': 'Upgrading the database failed; nothing was changed: {{error}}',
  'cli.passwordEnvEmpty': 'Environment variable {{name}} (--password-env) holds no password.',
  'cli.passwordCancelled': 'Password entry cancelled.',
  'cli.passwordTooLong': 'A password has at most 256 characters.',
  'cli.passwordMissing': 'No password entered (use --password-env VARIABLE when running without a keyboard).',
  'bridge.internal': 'Internal error of the HTTP bridge.',
  'bridge.badHost': 'Invalid Host.',
  'bridge.methodNotAllowed': 'Method not supported.',
  'bridge.pageNotFound': 'Not found: {{path}}',
  'bridge.badToken': 'Session code (token) missing or wrong.',
  'bridge.postOnly': 'Only POST is accepted.',
  'bridge.tooLarge': 'Request too large (at most {{max}} bytes).',
  'bridge.notJson': 'The request body is not valid JSON.',
  'settings.notJson':
    'The setting "{{name:setting}}" ({{name}}) in the database is damaged (not JSON). The app does not use the default in its place; open Settings and save this setting again before going on.',
  'settings.damaged':
    'The setting "{{name:setting}}" ({{name}}) in the database is damaged ({{problem}}). The app does not use the default in its place; open Settings and save this setting again before going on.',
  'cli.badPort': 'Invalid port: {{port}}',
};
