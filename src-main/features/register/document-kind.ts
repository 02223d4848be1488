/**
 * Which document type a register entry has: the catalogue lives in src-shared/domain/document-kinds.ts
 * (ND30 types, copies, legal normative, Party types and papers, common others, agency-defined).
 */
export {
  LEGAL_NORMATIVE_TYPES,
  builtInDocumentKinds as allDocumentKinds,
  resolveDocumentKind,
  type DocumentKind,
  type DocumentKindGroup,
} from '../../../src-shared/domain';
