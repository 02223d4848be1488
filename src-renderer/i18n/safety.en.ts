/** Confidentiality, channel restrictions and antivirus notices (issue 17), English. */
export const safetyEn = {
  level: { none: 'Not classified', mat: 'Confidential (Mật)', 'toi-mat': 'Secret (Tối mật)', 'tuyet-mat': 'Top secret (Tuyệt mật)' },
  confidentiality: 'Classification',
  confidentialityHelp: 'As stamped on the document (box 10a, under the number).',
  secretNotice:
    'Classified document: numbered in its own series, kept out of the ordinary books and of search by subject; it can never be sent through the hub.',
  restriction: 'Electronic-channel restriction',
  restrictionNone: 'None',
  restrictionLabel: { 'khen-thuong-ky-luat': 'Awards and discipline file', 'ho-so-goc': 'Original file', 'nhay-cam': 'Sensitive content' },
  restrictionHelp: 'The agency keeps this category off the electronic channel: sending through the hub asks for confirmation.',
  avWarning: 'Warning: {{warning}} The agency setting lets the file in.',
  sendSecret: 'A {{level}} document cannot be sent through the hub (classified documents travel under the state-secrets law only).',
  sendRestrictedTitle: 'Send a restricted document?',
  sendRestrictedBody: 'This document is marked "{{label}}": the agency keeps this category off the electronic channel. Send anyway?',
  sendRestrictedOk: 'Send anyway',
  releaseWarning: 'Sent, but: {{warnings}}',
};
