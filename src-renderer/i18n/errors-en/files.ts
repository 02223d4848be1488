/**
 * English error texts — the file store (import, purge), the holiday calendar and the release antivirus
 * check. Merged in ../errors.en.ts.
 */
import type { FILES_TEXTS } from '../../../src-shared/rpc/error-texts/files';

export const FILES_EN: Readonly<Record<keyof typeof FILES_TEXTS, string>> = {
  'files.alreadyPurged': 'This file was purged from the store at {{at}} ({{by}}: {{reason}}).',
  'files.notBase64': 'The file content (dataBase64) is not valid base64.',
  'files.tooBigForDirect': 'The file is too large to send directly (at most {{max}} MB).',
  'files.purgeNeedsAdmin':
    'Purging a file from the window needs a signed-in administrator account. Create accounts (Settings › Accounts) or use the command "vanthu purge <file id> --reason …".',
  'calendar.unknownRules': 'There is no rest-day rule "{{rules}}".',
  'calendar.noticeNotBase64': 'Notice file: the content is not valid base64.',
  'calendar.versionNotFound': "Calendar version {{id}} not found: this deadline was not computed by this data folder's calendar.",
  'safety.releaseNotInStore': 'There is no file {{sha}} in the store; it cannot be sent or released.',
};
