/**
 * Which document type a register entry has: the catalogue lives in src-shared/domain/document-kinds.ts
 * (ND30 types, copies, legal normative, Party types and papers, common others, agency-defined).
 */
export { resolveDocumentKind, type DocumentKind } from '../../../src-shared/domain';
