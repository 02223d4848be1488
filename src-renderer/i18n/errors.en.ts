/**
 * English texts of the main process's errors, by the keys of src-shared/rpc/error-texts/ (which
 * holds the Vietnamese), one file per group in errors-en/, merged here. Same `{{param}}` marks as the
 * Vietnamese text. A key missing here (a newer main process) falls back to the Vietnamese message the
 * error carries.
 */
import { SCAN_ERROR_CODES, SCAN_ERROR_TEXTS } from '../../src-shared/contracts/intake-scan-error-texts';
import type { ErrorCode } from '../../src-shared/rpc/error-texts';
import { ACCOUNTS_EN } from './errors-en/accounts';
import { AGENCY_EN } from './errors-en/agency';
import { BACKUP_EN } from './errors-en/backup';
import { BOOKS_EN } from './errors-en/books';
import { COMMON_EN } from './errors-en/common';
import { DOMAIN_EN } from './errors-en/domain';
import { EDXML_EN } from './errors-en/edxml';
import { EXCHANGE_EN } from './errors-en/exchange';
import { FILES_EN } from './errors-en/files';
import { INPUT_EN } from './errors-en/input';
import { INTAKE_EN } from './errors-en/intake';
import { POST_EN } from './errors-en/post';
import { REGISTER_EN } from './errors-en/register';
import { SIGNING_EN } from './errors-en/signing';
import { SIGNING_FILES_EN } from './errors-en/signing-files';
import { SYSTEM_EN } from './errors-en/system';

type ScanKey = `scan.${(typeof SCAN_ERROR_CODES)[number]}`;

const SCAN = Object.fromEntries(
  SCAN_ERROR_CODES.map((code) => [`scan.${code}`, `${SCAN_ERROR_TEXTS[code].en.replace(/\.$/, '')}{{detail}}`]),
) as Record<ScanKey, string>;

export const errorsEn: Readonly<Record<ErrorCode, string>> = {
  ...COMMON_EN,
  ...DOMAIN_EN,
  ...ACCOUNTS_EN,
  ...REGISTER_EN,
  ...AGENCY_EN,
  ...BOOKS_EN,
  ...INPUT_EN,
  ...POST_EN,
  ...INTAKE_EN,
  ...SIGNING_EN,
  ...SIGNING_FILES_EN,
  ...EXCHANGE_EN,
  ...EDXML_EN,
  ...BACKUP_EN,
  ...FILES_EN,
  ...SYSTEM_EN,
  ...SCAN,
};
