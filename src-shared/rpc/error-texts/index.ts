/**
 * The error catalog: each key a clerk can meet, its kind and its Vietnamese text (`{{name}}` marks a
 * param), one file per feature group beside this one, merged here. The main process words its errors
 * from here (`appError` in errors.ts), the CLI and the logs show that Vietnamese text, and the window
 * shows the text of its language for the same key (English in src-renderer/i18n/errors-en/, one file
 * per group of this folder). Keys are stable: rename one only with its English.
 * No zod, no Node. The window's start-up chunk does not import this file (fill.ts is its part).
 */
import { SCAN_ERROR_CODES, SCAN_ERROR_TEXTS } from '../../contracts/intake-scan-error-texts';
import type { ErrorKind } from '../errors';

export { ERROR_MARK, fillErrorText, keyedErrorData, type ErrorParams } from './fill';
import { ACCOUNTS_TEXTS } from './accounts';
import { AGENCY_TEXTS } from './agency';
import { BACKUP_TEXTS } from './backup';
import { BOOKS_TEXTS } from './books';
import { COMMON_TEXTS } from './common';
import { DOMAIN_TEXTS } from './domain';
import { EDXML_TEXTS } from './edxml';
import { EXCHANGE_TEXTS } from './exchange';
import { FILES_TEXTS } from './files';
import { INPUT_TEXTS } from './input';
import { INTAKE_TEXTS } from './intake';
import { POST_TEXTS } from './post';
import { REGISTER_TEXTS } from './register';
import { SIGNING_TEXTS } from './signing';
import { SIGNING_FILES_TEXTS } from './signing-files';
import { SYSTEM_TEXTS } from './system';

const TEXTS = {
  ...COMMON_TEXTS,
  ...DOMAIN_TEXTS,
  ...ACCOUNTS_TEXTS,
  ...REGISTER_TEXTS,
  ...AGENCY_TEXTS,
  ...BOOKS_TEXTS,
  ...INPUT_TEXTS,
  ...POST_TEXTS,
  ...INTAKE_TEXTS,
  ...SIGNING_TEXTS,
  ...SIGNING_FILES_TEXTS,
  ...EXCHANGE_TEXTS,
  ...EDXML_TEXTS,
  ...BACKUP_TEXTS,
  ...FILES_TEXTS,
  ...SYSTEM_TEXTS,
};

type ScanErrorKey = `scan.${(typeof SCAN_ERROR_CODES)[number]}`;

/**
 * The kind of each scan code: a scanner in use, jammed or open is a Conflict (try again once it is
 * free), one that cannot be reached is Offline, a transfer error is Internal, the rest (settings the
 * device refuses, an empty feeder, a cancelled run) Validation.
 */
const SCAN_KINDS: Readonly<Record<(typeof SCAN_ERROR_CODES)[number], ErrorKind>> = {
  NO_DEVICE: 'Offline',
  DEVICE_GONE: 'Offline',
  BUSY: 'Conflict',
  FEEDER_EMPTY: 'Validation',
  JAMMED: 'Conflict',
  COVER_OPEN: 'Conflict',
  UNSUPPORTED_SETTINGS: 'Validation',
  CANCELLED: 'Validation',
  IO: 'Internal',
  TIMEOUT: 'Offline',
  NOT_AVAILABLE: 'Offline',
};

/**
 * Scan errors: the sentence of each scan code (intake-scan-error-texts.ts, which also holds the
 * English), then `detail` — ": <the device's own words>" or "." when the device said nothing.
 */
const SCAN_TEXTS = Object.fromEntries(
  SCAN_ERROR_CODES.map((code) => [
    `scan.${code}`,
    { kind: SCAN_KINDS[code], vi: `${SCAN_ERROR_TEXTS[code].vi.replace(/\.$/, '')}{{detail}}` },
  ]),
) as Record<ScanErrorKey, { kind: ErrorKind; vi: string }>;

export const ERROR_TEXTS: Readonly<Record<keyof typeof TEXTS | ScanErrorKey, { readonly kind: ErrorKind; readonly vi: string }>> = {
  ...TEXTS,
  ...SCAN_TEXTS,
};

export type ErrorCode = keyof typeof ERROR_TEXTS;
