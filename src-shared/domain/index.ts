/**
 * Public API of the shared domain layer: pure rules both processes need (ND30 document types,
 * "Số, ký hiệu", Vietnamese text folding, agency codes, urgency/confidentiality, Vietnam dates).
 * Import from here, not from the individual files.
 */
export * from './agency-code';
export * from './calendar-explain';
export * from './calendar-model';
export * from './calendar-year';
export * from './code-notation';
export * from './document-types';
export * from './document-kinds';
export * from './lunar';
export * from './domain-result';
export * from './notation-check';
export { CODE_NOTATION_MAX_LENGTH, CODE_NUMBER_MAX_LENGTH, checkAbbreviationGroup, normaliseNotationText } from './notation-text';
export * from './priority';
export * from './so-ky-hieu';
export * from './text-fold';
export * from './vn-time';
export * from './working-calendar';
export * from './workflow';
