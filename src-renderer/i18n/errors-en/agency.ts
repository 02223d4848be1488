/**
 * English error texts — the agency's settings: party terms (nhiệm kỳ) and its document types. Merged
 * in ../errors.en.ts.
 */
import type { AGENCY_TEXTS } from '../../../src-shared/rpc/error-texts/agency';

export const AGENCY_EN: Readonly<Record<keyof typeof AGENCY_TEXTS, string>> = {
  'agency.termOverlap':
    'Term "{{name}}" ({{from}} – {{to}}) overlaps term "{{other}}" ({{otherFrom}} – {{otherTo}}); terms must not overlap. End the earlier term, then add the new one.',
  'agency.termStateAgency':
    'A State agency (Decree 30/2020) numbers and keeps its registers by year; terms (Term) are for Party bodies only. Choose a year (Year).',
  'agency.termNotFound': 'There is no term "{{ref}}". Terms declared: {{known}}.',
  'agency.termNotFoundNone': 'There is no term "{{ref}}". No term has been declared yet (Settings → Terms, or "vanthu term add").',
  'agency.termEndBeforeStart': "The term's end date ({{end}}) is before its start date ({{start}}).",
  'agency.termIdNotFound': 'There is no term with id {{id}}.',
  'agency.termEndBeforeStartOf': 'The end date ({{end}}) is before the start of term "{{name}}" ({{start}}).',
  'agency.termNumberedAfterEnd': 'Term "{{name}}" has given document numbers on {{date}}, after the end date {{end}} entered.',
  'agency.typeBuiltIn': '"{{name}}" is already in the list of document types ({{builtIn}}); choose that type instead of adding a new one.',
  'agency.typeSameName': 'The agency already has a document type "{{name}}".',
  'agency.abbreviationBuiltInState':
    'The abbreviation "{{abbreviation}}" already belongs to {{owner}} in the State document types (Decree 30/2020); the numbers and notations of the two types would be confused. Choose another abbreviation.',
  'agency.abbreviationBuiltInParty':
    'The abbreviation "{{abbreviation}}" already belongs to {{owner}} in the Party document types (Regulation 399-QĐ/TW); the numbers and notations of the two types would be confused. Choose another abbreviation.',
  'agency.abbreviationTaken': 'The abbreviation "{{abbreviation}}" already belongs to the type "{{name}}" added by the agency.',
  'agency.typeNotFound': 'There is no document type added by the agency with code "{{code}}".',
  'agency.typeNoDirection': 'A document type must be used for incoming documents, outgoing documents or both.',
  'agency.abbreviationUsed':
    'Type "{{name}}" has been used to give {{count}} outgoing numbers with the abbreviation "{{abbreviation}}"; the abbreviation of given numbers is not changed. Turn this type off and add a new one.',
};
