/** English error texts — electronic exchange (liên thông) through the hub. Merged in ../errors.en.ts. */
import type { EXCHANGE_TEXTS } from '../../../src-shared/rpc/error-texts/exchange';

export const EXCHANGE_EN: Readonly<Record<keyof typeof EXCHANGE_TEXTS, string>> = {
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
};
