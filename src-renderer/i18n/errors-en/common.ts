/**
 * English error texts — any error about a file, the window's bridge, the router, signing in, sessions,
 * permissions and accounts. Merged in ../errors.en.ts.
 */
import type { COMMON_TEXTS } from '../../../src-shared/rpc/error-texts/common';

export const COMMON_EN: Readonly<Record<keyof typeof COMMON_TEXTS, string>> = {
  'common.inFile': 'File "{{name}}": {{inner}}',
  'common.rowRefused': 'Row {{row}}: {{reasons}}',
  'common.rowColumnRefused': 'Row {{row}}, column {{column}} ({{header}}): {{reasons}}',
  'common.rowRefusedInList': 'row {{row}}: {{reasons}}',
  'bridge.offline': 'Lost the connection to the vanthu main process.',
  'bridge.badResponse': 'Unreadable answer (HTTP {{status}}).',
  'rpc.invalidInput': 'The data {{via:inputVia}}{{name}} is not valid — {{summary}}',
  'rpc.unknownOperation': 'There is no operation "{{name}}".',
  'rpc.noPermissionDeclared': 'Operation {{name}} has no declared permission, so it is refused.',
  'rpc.wrongTransport': '{{name}} cannot be called from {{transport:transport}}; only from: {{allowed:transportSet}}.{{why:transportWhy}}',
  'rpc.pathFromWindow':
    'A file path ({{fields}}) cannot be sent to {{name}} from {{transport:transport}}; choose the file so that its content is sent. File paths are for the command line only.',
  'rpc.pathField': 'file paths are for the command line only',
  'rpc.internal': 'Internal error while running {{name}}: {{error}} (error id {{id}})',
  'rpc.badOutput': 'Internal error: the result of {{name}} does not match its contract. (error id {{id}})',
  'auth.wrongCredentials': 'Wrong user name or password.',
  'auth.lockedUntil':
    'The account is locked after too many wrong passwords; try again after {{until}} or ask an administrator to unlock it.',
  'auth.disabled': 'This account is no longer in use; contact an administrator.',
  'auth.disabledSessionEnded': 'This account is no longer in use; the session has ended.',
  'auth.signInRequired': 'Sign in to use this function.',
  'auth.sessionLocked': 'The session locked after a period of inactivity; enter your password again.',
  'auth.mustChangePassword': 'Change your password before continuing.',
  'auth.wrongPassword': 'Wrong password.',
  'auth.forbidden': 'Account {{username}} ({{roles}}) may not use this function ({{name}}).{{why}}',
  'auth.noRole': 'The account has no role yet.',
  'auth.fileNotFound': 'There is no file {{sha}}.',
};
