/**
 * English texts of the main process's errors, by the keys of src-shared/rpc/error-texts.ts (which
 * holds the Vietnamese). Same `{{param}}` marks as the Vietnamese text. A key missing here (a newer
 * main process) falls back to the Vietnamese message the error carries.
 */
import { SCAN_ERROR_CODES, SCAN_ERROR_TEXTS } from '../../src-shared/contracts/intake-scan-error-texts';
import type { ErrorCode } from '../../src-shared/rpc/error-texts';

type ScanKey = `scan.${(typeof SCAN_ERROR_CODES)[number]}`;

const TEXTS: Readonly<Record<Exclude<ErrorCode, ScanKey>, string>> = {
  'common.inFile': 'File "{{name}}": {{inner}}',

  'bridge.offline': 'Lost the connection to the vanthu main process.',
  'bridge.badResponse': 'Unreadable answer (HTTP {{status}}).',

  'rpc.invalidInput': 'The data {{what}} is not valid — {{summary}}',
  'rpc.unknownOperation': 'There is no operation "{{name}}".',
  'rpc.noPermissionDeclared': 'Operation {{name}} has no declared permission, so it is refused.',
  'rpc.wrongTransport': '{{name}} cannot be called from {{transport}}; only from: {{allowed}}.{{why}}',
  'rpc.pathFromWindow':
    'A file path ({{fields}}) cannot be sent to {{name}} from {{transport}}; choose the file so that its content is sent. File paths are for the command line only.',
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
  'accounts.notFound': 'There is no account "{{username}}".',
  'accounts.usernameTaken': 'The user name "{{username}}" is already taken.',
  'accounts.adminExists': 'An administrator account already exists; sign in with it.',
  'accounts.firstMustBeAdmin':
    'This data folder has no account yet: the first account must have the administrator role (--role quantri) to manage the others; once accounts exist, every command needs a sign-in.',
  'accounts.currentPasswordWrong': 'The current password is wrong.',
  'accounts.samePassword': 'The new password must differ from the current one.',
  'accounts.passwordReused': 'The new password must not repeat any of the last {{count}} passwords.',
  'accounts.alreadyDisabled': 'Account "{{username}}" is already out of use.',

  'register.busy': 'Another session is writing to the register; try again in a moment. No number has been given.',
  'register.numberTaken': 'This number was already given to another document (same number in the year); nothing was written.',
  'register.entryHidden': 'Document not found.',
  'register.entryNotFound': 'No document with id {{id}} in the register.',
  'register.alreadyCancelled': 'Number {{number}} was already cancelled ({{at}}).',
  'register.correctCancelled': 'The number is cancelled; a cancelled document cannot be corrected.',
  'register.numberingLocked':
    'Year {{year}} already has {{issued}} outgoing numbers under the current numbering; the numbering can only change before the first number of the year.',
  'register.noAgencyProfile': 'The agency profile (name, abbreviation) is missing: finish the setup before numbering outgoing documents.',
  'register.searchEmpty': 'Enter at least one word or number to search for (q).',

  'workflow.entryNotFound': 'There is no document with id {{id}} in the register.',
  'workflow.notIncoming': 'Document {{id}} is an outgoing document; only incoming documents are presented, directed and handed over.',
  'workflow.stepBeforeArrival': "The step's date {{date}} is before the document's arrival date ({{arrival}}).",
  'workflow.handOverBeforeArrival': "The hand-over date {{date}} is before the document's arrival date ({{arrival}}).",
  'workflow.presentToPerson': 'A document is presented to a leader (a person), not to a unit.',
  'workflow.noRecipients':
    "No unit or person to receive it: record the leader's direction (or a direct hand-over) or choose the recipients.",
  'workflow.unitLeaderIsPerson': "The unit leader's opinion is given by a person (the unit leader), not by a unit.",
  'workflow.assignToPerson': 'The unit leader assigns the document to a person, not to a unit.',
  'workflow.dueNeedsAssignee': 'A deadline for a person needs the person it is assigned to.',
  'workflow.extensionNeedsDue': 'An extension needs a new deadline (dueDate) or a number of working days (dueInWorkingDays).',
  'workflow.replyMissing': 'Completed by a reply: choose the outgoing reply document (replyEntryId).',
  'workflow.replyNotFound': "Reply document: there is no document with id {{id}} in the agency's register.",
  'workflow.replyNotOutgoing': 'The reply must be an outgoing document of the agency; the chosen document is an incoming one.',
  'workflow.replyCancelled': 'The chosen reply is a cancelled outgoing number.',
  'workflow.noActionNeedsReason': 'Completing as "no action needed" needs a reason.',
  'workflow.noProjection': 'Document {{id}} has no workflow tracking row (incoming_workflow).',
  'workflow.staleStep': 'Another step was just recorded on this document; reload, then record again.',
  'workflow.unknownUnit':
    '{{label}}: there is no unit "{{name}}" in the internal directory. Add this unit to the directory, then record again.',
  'workflow.unknownPerson':
    '{{label}}: there is no staff member "{{name}}" in the internal directory. Add this person to the directory, then record again.',
  'workflow.inactiveUnit': '{{label}}: unit "{{name}}" is marked inactive in the directory.',
  'workflow.inactivePerson': '{{label}}: staff member "{{name}}" is marked inactive in the directory.',
  'workflow.ambiguousUnit': '{{label}}: {{count}} units are named "{{name}}" in the directory; choose one from the suggestions (by id).',
  'workflow.ambiguousPerson':
    '{{label}}: {{count}} staff members are named "{{name}}" in the directory; choose one from the suggestions (by id).',
  'workflow.assigneeStepNotAllowed':
    'Staff can only record progress and completion of documents assigned to them; the step "{{step}}" is for the records clerk and leaders.',
  'workflow.completeNotLead':
    'Only the person or unit in charge (or the one the document was handed to) can record completion; this document is not assigned to you to lead.',
  'workflow.progressNotAssigned':
    'This document is not assigned to you or your unit (in charge or cooperating), so you cannot record its progress.',
  'workflow.noProcess': 'Document {{id}} is an outgoing document; it has no incoming-document workflow.',
  'workflow.fromAfterTo': 'The start date must be on or before the end date.',

  'directory.unitNotFound': 'There is no unit with id {{id}} in the directory.',
  'directory.personNotFound': 'There is no staff member with id {{id}} in the directory.',
  'directory.unitExists': 'The directory already has a unit "{{name}}".',
  'directory.parentIsSelf': 'A unit cannot be its own parent unit.',
  'directory.parentIsChild': "A unit's parent cannot be one of its own sub-units.",
  'directory.fileNotBase64': 'Directory file: the content is not valid base64.',
  'directory.missingColumnUnits': 'Units directory file: row 1 lacks the column "{{column}}". Accepted columns: {{columns}}.',
  'directory.missingColumnPeople': 'Staff directory file: row 1 lacks the column "{{column}}". Accepted columns: {{columns}}.',
  'directory.importErrorsUnits': 'The units directory file has {{count}} errors; no row was imported.\n{{errors}}',
  'directory.importErrorsPeople': 'The staff directory file has {{count}} errors; no row was imported.\n{{errors}}',

  'token.pinWrong': 'Wrong PIN.',
  'token.pinWrongFinal': 'Wrong PIN. ONE try left: one more wrong PIN locks the token.',
  'token.pinWrongLow': 'Wrong PIN. Fewer tries are left; a VGCA token locks after 3 wrong PINs.',
  'token.locked':
    'The token is locked after too many wrong PINs. Contact the certificate provider (Government Cipher Committee / vendor) to unlock it; do not try more PINs.',
  'token.pinExpired': "The PIN has expired: change it with the vendor's token tool, then sign again.",
  'token.pinCancelled': 'PIN entry on the device was cancelled.',
  'token.removed': 'Lost the connection to the token (pulled out or a device error). Plug it in again and retry.',
  'token.loginRequired': 'The token needs the PIN before signing.',
  'token.failed': 'Token error while {{during}}: {{error}}',
  'token.notFound': 'Token "{{token}}" not found. Tokens plugged in: {{seen}}.',
  'token.noneFound': 'Token "{{token}}" not found. No token is plugged in.',
  'token.sessionClosed': 'The token session is closed.',
  'token.pinNeeded': 'Enter the PIN before signing.',
  'token.pinEachSignature': 'This key needs the PIN for every signature.',
  'token.noCertificate': 'The token has no certificate with CKA_ID {{keyId}}.',
  'token.noPrivateKey': 'The token has no private key for the certificate with CKA_ID {{keyId}}.',
  'token.keyTypeUnsupported': 'The key on the token is of type {{type}}, which is not supported (RSA or ECDSA only).',
  'token.keyMismatch': 'The private key on the token (CKA_ID {{keyId}}) does not match its certificate; not signing.',
  'signing.finalTryConfirm': 'ONE PIN try left before the token locks. Check the PIN carefully, then confirm to try.',
  'signing.noCertificate': 'The token has no certificate with CKA_ID {{keyId}}.',
  'signing.chooseCertificate': 'The token holds {{count}} signing certificates; choose one (CKA_ID): {{list}}.',
  'signing.noModule': 'No PKCS#11 library chosen for the token; choose it under "Signing token".',
  'signing.entryNotFound': 'No document {{id}} in the register.',
  'signing.entryCancelled': 'This document’s number is cancelled in the register; a cancelled document cannot be signed.',
  'signing.notCurrent':
    'This file is not the latest version of the document (signed again since, or it belongs to another document). Reload the list and sign the latest version.',
  'signing.signedElsewhere': 'This version was just signed in another session; reload the list and sign the latest version.',
  'signing.certificateExpired': 'Certificate "{{name}}" is not valid now ({{from}} – {{to}}); cannot sign.',
  'signing.certificateNotForSigning': 'Certificate "{{name}}" is not for signing (no digitalSignature/nonRepudiation).',
  'signing.failed': 'Signing failed: {{error}}',

  'exchange.noAgencyProfile': 'No agency profile (identifier) yet: finish "vanthu init" before sending documents through the hub.',
  'exchange.onlyOutgoing': 'Only outgoing documents can be sent through the hub.',
  'exchange.entryCancelled': 'Document {{number}} has a cancelled number; it cannot be sent.',
  'exchange.entryRecalled': 'Document {{number}} was recalled on {{date}} (reason: {{reason}}); it cannot be sent any more.',
  'exchange.noNumber': 'The outgoing document has no number and notation yet; it cannot be sent.',
  'exchange.noFile': 'Document {{number}} has no PDF file; attach one before sending it through the hub.',
  'exchange.sendToSelf': 'Recipient {{code}} is your own agency.',
  'exchange.unknownRecipients': 'Not in the hub directory: {{codes}}. Reload the agency directory and choose the recipients again.',
  'exchange.inboxNotFound': 'No incoming packet with id {{id}}.',
  'exchange.inboxIsStatus': 'This packet is a status report, not a document; it cannot be registered.',
  'exchange.registeredButMissing': 'This document was registered (incoming no. {{number}}) but its register entry is missing.',
  'exchange.inboxState': 'This incoming document is in state "{{state}}"; only unprocessed documents can be registered.',
  'exchange.inboxStateChanged': 'This incoming document has just moved to state "{{state}}"; it cannot be registered.',
  'exchange.signatureBroken':
    'The document’s digital signature is not valid: {{reason}} Return it (02) to the sender with a reason, or confirm registering it despite the invalid signature.',

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
};

const SCAN = Object.fromEntries(
  SCAN_ERROR_CODES.map((code) => [`scan.${code}`, `${SCAN_ERROR_TEXTS[code].en.replace(/\.$/, '')}{{detail}}`]),
) as Record<ScanKey, string>;

export const errorsEn: Readonly<Record<ErrorCode, string>> = { ...TEXTS, ...SCAN };
