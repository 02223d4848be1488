/**
 * English error texts — sending outgoing documents by post (sổ gửi bưu điện, envelopes). Merged in
 * ../errors.en.ts.
 */
import type { POST_TEXTS } from '../../../src-shared/rpc/error-texts/post';

export const POST_EN: Readonly<Record<keyof typeof POST_TEXTS, string>> = {
  'post.noAgencyProfile': 'The agency profile (agency name, address) is missing: finish the setup before printing.',
  'post.notOutgoing': 'Only outgoing documents are sent by post.',
  'post.entryCancelled': 'Document {{number}} has a cancelled number; it is not sent by post.',
  'post.notARecipient':
    '"{{recipient}}" is not among the recipients of document {{number}} (or is the file copy). Recipients: {{recipients}}.',
  'post.notARecipientNoList':
    '"{{recipient}}" is not among the recipients of document {{number}} (or is the file copy). Recipients: (none).',
  'post.sentByHub': '"{{recipient}}" already received the document through the hub; there is no need to post it.',
  'post.sentInFuture': 'The sending date {{date}} is in the future (today is {{today}}).',
  'post.sentBeforeIssued': "The sending date {{date}} is before the document's date {{issued}}.",
  'post.volumeLocked':
    '{{date}} falls in volume {{volume}} of {{year}} of the post register, which is locked; it cannot be recorded or changed.',
  'post.unknownRecipients': 'Not a postal recipient of this document: {{names}}.',
  'post.noPaperRecipients': 'No recipient is sent by post ({{what}}).',
};
