/**
 * English error texts — signing: the token (PKCS#11) and the signing of a document. Merged in
 * ../errors.en.ts.
 */
import type { SIGNING_TEXTS } from '../../../src-shared/rpc/error-texts/signing';

export const SIGNING_EN: Readonly<Record<keyof typeof SIGNING_TEXTS, string>> = {
  'token.pinWrong': 'Wrong PIN.',
  'token.pinWrongFinal': 'Wrong PIN. ONE try left: one more wrong PIN locks the token.',
  'token.pinWrongLow': 'Wrong PIN. Fewer tries are left; a VGCA token locks after 3 wrong PINs.',
  'token.locked':
    'The token is locked after too many wrong PINs. Contact the certificate provider (Government Cipher Committee / vendor) to unlock it; do not try more PINs.',
  'token.pinExpired': "The PIN has expired: change it with the vendor's token tool, then sign again.",
  'token.pinCancelled': 'PIN entry on the device was cancelled.',
  'token.removed': 'Lost the connection to the token (pulled out or a device error). Plug it in again and retry.',
  'token.loginRequired': 'The token needs the PIN before signing.',
  'token.moduleNotFound': 'Library {{path}} not found.',
  'token.moduleTimeout': 'Library {{path}} did not answer within {{seconds}} s.',
  'token.moduleOutput': 'Library {{path}} gave abnormal output; the app is not affected.',
  'token.moduleCrashed': 'Library {{path}} failed while loading (exit code {{exit}}); the app is not affected.',
  'token.moduleLoadFailed': 'Could not load library {{path}}: {{error}}',
  'token.moduleNotLoaded': 'Could not load library {{path}}.',
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
};
