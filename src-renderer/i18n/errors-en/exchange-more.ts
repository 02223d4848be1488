/** English error texts — electronic exchange: status packets, recall/update requests, the hub secret, edXML packets and the outbox. Merged in ../errors.en.ts. */
import type { EXCHANGE_MORE_TEXTS } from '../../../src-shared/rpc/error-texts/exchange-more';

export const EXCHANGE_MORE_EN: Readonly<Record<keyof typeof EXCHANGE_MORE_TEXTS, string>> = {
  'exchange.noAgencyForStatus': 'No agency profile (identifier) yet: finish "vanthu init" before sending exchange statuses.',
  'exchange.statusNoSender': 'The status cannot be sent: the sending agency of the document is unknown (OrganId).',
  'exchange.registerWrongState': 'Document {{documentId}} is already in state "{{state}}"; it cannot be registered.',
  'exchange.refuseNotNew': 'Only an incoming document not yet registered can be refused (current state: {{state}}).',
  'exchange.incomingNotFound': 'There is no incoming electronic document with identifier {{documentId}}.',
  'exchange.statusBeforeRegistered': 'Document {{documentId}} is not in the incoming register yet; status {{code}} cannot be reported yet.',
  'exchange.outgoingNotFound': 'There is no outgoing exchanged document with identifier {{documentId}}.',
  'exchange.notAwaitingAnswer': 'Packet {{id}} is not a recall/update request awaiting an answer (state: {{state}}).',
  'exchange.mainNotPdf': 'The main file "{{name}}" is not a PDF file (no %PDF- header), though it was sent as PDF.',
  'exchange.secretKeyEnvInvalid': 'VANTHU_SECRET_KEY must be 32 bytes encoded in base64.',
  'exchange.secretKeyFileBroken': 'The key file {{file}} is damaged; configure the exchange hub again.',
  'exchange.secretOtherScheme':
    'The hub secret was encrypted by another mechanism; configure the exchange hub again (vanthu hub configure).',
  'exchange.secretKeyChanged': 'The hub secret cannot be decrypted (the encryption key has changed); configure the exchange hub again.',
  'exchange.secretOsKeyring': "The hub secret cannot be decrypted with the operating system's keyring; configure the exchange hub again.",
  'exchange.attachmentUnreadable': 'Cannot read the attachment "{{path}}".',
  'exchange.attachmentTooBig': 'The attachment "{{name}}" is {{size}}, over the limit of {{max}}.',
  'exchange.diskFull': 'The disk ran out of space while decoding the attachments.',
  'exchange.packetFileNotFound': 'Packet file "{{path}}" not found.',
  'exchange.registerNotWired': 'The exchange is not connected to the document register in this session.',
  'exchange.noAgency': 'No agency profile (identifier) yet: finish "vanthu init" first.',
  'exchange.onlyOwnOutgoing': "Only your agency's outgoing documents can be used for this ({{action}}).",
  'exchange.notSentByHub': 'Document {{number}} has not been sent through the hub; there is nothing to act on ({{action}}).',
  'exchange.recallNoFile': 'Document {{number}} no longer has its file; the recall packet cannot be made.',
  'exchange.replaceSame': 'The replacement must be another outgoing document.',
  'exchange.replacementCancelled': 'Document {{number}} has a cancelled number.',
  'exchange.replacementNoFile': 'Document {{number}} has no PDF file yet; attach one before sending.',
  'exchange.statusNeedsNoAnswer': 'This packet is a status, not a request; it needs no answer.',
  'exchange.documentNotRequest': 'This is a document to register (or return), not a recall/update/take-back request.',
  'exchange.recallTargetMissing':
    'The document this recall request is about has not been received (identifier {{documentId}}): there is nothing to recall. It can only be refused (16) with a reason.',
  'exchange.updateTargetMissing':
    'The document this update request is about has not been received (identifier {{documentId}}): there is nothing to update. It can only be refused (16) with a reason.',
  'exchange.takeBackTargetMissing':
    'The document this take-back request is about has not been received (identifier {{documentId}}): there is nothing to take back. It can only be refused (16) with a reason.',
  'exchange.reasonRequired': 'A reason for refusing is required.',
  'exchange.hubNotConfigured':
    'The exchange hub is not configured: run "vanthu hub configure --url … --system-id … --secret-env …" or go to Settings › Exchange.',
  'exchange.outboxNotFound': 'No outgoing packet with id {{id}}.',
  'exchange.alreadySent': 'This packet has already been sent; there is no need to send it again.',
};
