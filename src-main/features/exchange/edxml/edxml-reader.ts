/**
 * Reads the parsed element tree into the JSON model, leniently (edxml.md: "parse by local-name and
 * ignore order"): both `Bussiness` and `Business` spellings, `Status` or `MessageHeader` as the
 * status node, a SOAP-wrapped legacy status, `cid:` or bare content ids, empty or "null" trace
 * OrganIds, `dd/MM/yyyy` dates. What cannot be read but is not essential becomes a warning; what is
 * essential (the namespace, the sender, a status code) is a clear error.
 */
import {
  BUSINESS_DOC_REASONS,
  EDXML_NAMESPACE,
  STATUS_CODES,
  type Bussiness,
  type EdocHeader,
  type Organization,
  type ResponseFor,
  type StaffInfo,
  type StatusCode,
  type StatusPacket,
  type TraceHeader,
} from '../../../../src-shared/contracts/exchange-model.contract';
import { urgencyFromEdxmlPriority } from '../../../../src-shared/domain';
import { canonicalDocumentId } from './edoc-builder';
import { parseEdxmlDate, parseEdxmlTimestamp } from './edxml-dates';
import { edxmlError } from './edxml-limits';
import { child, children, find, text, textOf, type XNode } from './xml-tree';

export type Warn = (message: string) => void;

function setIf<T extends object>(o: T, key: keyof T, value: string | undefined): void {
  if (value !== undefined) (o as Record<keyof T, unknown>)[key] = value;
}

export function readOrganization(
  n: XNode | undefined,
  what: { element: string; role: 'sender' | 'recipient' | 'statusSender' },
  required: boolean,
): Organization | undefined {
  if (!n) {
    if (required) throw edxmlError('edxml.missingOrganization', 'missing-element', what);
    return undefined;
  }
  const organId = text(n, 'OrganId');
  if (required && !organId) throw edxmlError('edxml.missingOrganId', 'missing-element', what);
  const o: Organization = { OrganId: organId ?? '', OrganName: text(n, 'OrganName') ?? '' };
  setIf(o, 'OrganizationInCharge', text(n, 'OrganizationInCharge'));
  for (const k of ['OrganAdd', 'Email', 'Telephone', 'Fax', 'Website'] as const) setIf(o, k, text(n, k));
  return o;
}

function readDate(n: XNode | undefined, what: string, warn: Warn): string | null | undefined {
  const raw = textOf(n);
  if (raw === undefined) return undefined;
  if (raw === '') return null;
  const d = parseEdxmlDate(raw);
  if (d === null) warn(`${what} "${raw}" không đọc được thành ngày; bỏ qua.`);
  return d;
}

export function readResponseFor(n: XNode, warn: Warn): ResponseFor {
  const r: ResponseFor = {};
  setIf(r, 'OrganId', text(n, 'OrganId'));
  setIf(r, 'Code', text(n, 'Code'));
  const date = readDate(child(n, 'PromulgationDate'), 'ResponseFor/PromulgationDate', warn);
  if (date !== undefined) r.PromulgationDate = date;
  setIf(r, 'DocumentId', text(n, 'DocumentId'));
  return r;
}

export function readStaffInfo(n: XNode | undefined): StaffInfo | undefined {
  if (!n) return undefined;
  const s: StaffInfo = {};
  for (const k of ['Department', 'DepartmentId', 'Staff', 'StaffId', 'Email', 'Mobile'] as const) setIf(s, k, text(n, k));
  return s;
}

function int(n: XNode | undefined, what: string, fallback: number, warn: Warn): number {
  const raw = textOf(n);
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d{1,9}$/.test(raw)) {
    warn(`${what} "${raw}" không phải số nguyên; dùng ${fallback}.`);
    return fallback;
  }
  return Number(raw);
}

function optInt(n: XNode | undefined, what: string, warn: Warn): number | undefined {
  const raw = textOf(n);
  if (raw === undefined || raw === '') return undefined;
  const v = int(n, what, -1, warn);
  return v < 0 ? undefined : v;
}

export function readEdocHeader(mh: XNode, warn: Warn): EdocHeader {
  const from = readOrganization(child(mh, 'From'), { element: 'From', role: 'sender' }, true)!;
  const to = children(mh, 'To').map((t) => readOrganization(t, { element: 'To', role: 'recipient' }, false)!);
  if (to.length === 0) warn('Gói tin không có nơi nhận (To).');
  const code = child(mh, 'Code');
  const pi = child(mh, 'PromulgationInfo');
  const dt = child(mh, 'DocumentType');
  const signer = child(mh, 'SignerInfo');
  const other = child(mh, 'OtherInfo');
  const promulgationDate = readDate(child(pi, 'PromulgationDate'), 'PromulgationDate', warn) ?? null;
  const codeNumber = text(code, 'CodeNumber') ?? '';
  const codeNotation = text(code, 'CodeNotation') ?? '';
  let documentId = text(mh, 'DocumentId');
  if (!documentId) {
    documentId = promulgationDate && codeNumber ? canonicalDocumentId(from.OrganId, promulgationDate, codeNumber, codeNotation) : '';
    warn(`Gói tin không có DocumentId; dùng "${documentId}".`);
  }
  const subject = text(mh, 'Subject') ?? '';
  if (subject === '') warn('Gói tin không có trích yếu (Subject).');
  const priorityRaw = text(other, 'Priority') ?? '0';
  const priority = urgencyFromEdxmlPriority(priorityRaw);
  if (!priority) warn(`Độ khẩn (Priority) "${priorityRaw}" không thuộc 0–4; coi là Thường (0).`);
  const direction = (text(other, 'Direction') ?? 'false').toLowerCase();
  const header: EdocHeader = {
    From: from,
    To: to,
    DocumentId: documentId,
    Code: { CodeNumber: codeNumber, CodeNotation: codeNotation },
    PromulgationInfo: { Place: text(pi, 'Place') ?? '', PromulgationDate: promulgationDate },
    DocumentType: {
      Type: int(child(dt, 'Type'), 'DocumentType/Type', 0, warn),
      TypeDetail: int(child(dt, 'TypeDetail'), 'DocumentType/TypeDetail', 0, warn),
      TypeName: text(dt, 'TypeName') ?? '',
    },
    Subject: subject,
    SignerInfo: { FullName: text(signer, 'FullName') ?? '' },
    OtherInfo: {
      Priority: priority ? Number(priorityRaw.trim()) : 0,
      Direction: direction === 'true' || direction === '1',
      Appendixes: children(child(other, 'Appendixes'), 'Appendix').map((a) => textOf(a)!),
    },
    ResponseFor: children(mh, 'ResponseFor')
      .map((r) => readResponseFor(r, warn))
      .filter((r) => Object.values(r).some((v) => v !== undefined && v !== '' && v !== null)),
    SteeringType: int(child(mh, 'SteeringType'), 'SteeringType', 0, warn),
    ToPlaces: children(child(mh, 'ToPlaces'), 'Place').map((p) => textOf(p)!),
  };
  setIf(header, 'Content', text(mh, 'Content'));
  setIf(header.SignerInfo, 'Competence', text(signer, 'Competence'));
  setIf(header.SignerInfo, 'Position', text(signer, 'Position'));
  const due = readDate(child(mh, 'DueDate'), 'DueDate', warn);
  if (due !== undefined) header.DueDate = due;
  setIf(header.OtherInfo, 'SphereOfPromulgation', text(other, 'SphereOfPromulgation'));
  setIf(header.OtherInfo, 'TyperNotation', text(other, 'TyperNotation'));
  const amount = optInt(child(other, 'PromulgationAmount'), 'PromulgationAmount', warn);
  if (amount !== undefined) header.OtherInfo.PromulgationAmount = amount;
  const pages = optInt(child(other, 'PageAmount'), 'PageAmount', warn);
  if (pages !== undefined) header.OtherInfo.PageAmount = pages;
  return header;
}

export function readTrace(list: XNode | undefined, warn: Warn): TraceHeader[] {
  return children(list, 'TraceHeader').map((t) => {
    const id = text(t, 'OrganId');
    const tsRaw = text(t, 'Timestamp');
    const ts = tsRaw ? parseEdxmlTimestamp(tsRaw) : null;
    if (tsRaw && ts === null) warn(`TraceHeader/Timestamp "${tsRaw}" không đọc được.`);
    return { OrganId: id && id.toLowerCase() !== 'null' ? id : null, Timestamp: ts };
  });
}

export function readBussiness(n: XNode | undefined, warn: Warn): Bussiness {
  if (!n) {
    warn('Gói tin không có khối Bussiness; coi là văn bản mới (BussinessDocType=0).');
    return { BussinessDocType: 0, BussinessDocReason: BUSINESS_DOC_REASONS[0], Paper: 0 };
  }
  const typeRaw = text(n, 'BussinessDocType', 'BusinessDocType') ?? '0';
  if (!/^[0-3]$/.test(typeRaw)) {
    throw edxmlError('edxml.badBusinessType', 'bad-business-type', { value: typeRaw });
  }
  const type = Number(typeRaw) as 0 | 1 | 2 | 3;
  const b: Bussiness = {
    BussinessDocType: type,
    BussinessDocReason: text(n, 'BussinessDocReason', 'BusinessDocReason') ?? '',
    Paper: int(child(n, 'Paper'), 'Paper', 0, warn) === 1 ? 1 : 0,
  };
  setIf(b, 'DocumentId', text(n, 'DocumentId'));
  const info = child(n, 'BussinessDocumentInfo', 'BusinessDocumentInfo');
  if (info) {
    b.BussinessDocumentInfo = {
      DocumentInfo: int(child(info, 'DocumentInfo'), 'DocumentInfo', 0, warn) === 1 ? 1 : 0,
      DocumentReceiver: int(child(info, 'DocumentReceiver'), 'DocumentReceiver', 0, warn) === 1 ? 1 : 0,
      ReceiverList: children(child(info, 'ReceiverList'), 'Receiver').map((r) => ({
        OrganId: text(r, 'OrganId') ?? '',
        ReceiverType: int(child(r, 'ReceiverType'), 'ReceiverType', 0, warn),
      })),
    };
  }
  const repl = child(n, 'ReplacementInfoList');
  if (repl) {
    b.ReplacementInfoList = children(repl, 'ReplacementInfo').map((r) => ({
      DocumentId: text(r, 'DocumentId') ?? '',
      OrganIdList: children(child(r, 'OrganIdList'), 'OrganId').map((o) => textOf(o)!),
    }));
  }
  const staff = readStaffInfo(child(n, 'StaffInfo'));
  if (staff) b.StaffInfo = staff;
  return b;
}

/** "1" → "01"; anything outside the nine codes is an error naming the code. */
export function readStatusCode(raw: string | undefined): StatusCode {
  if (!raw) throw edxmlError('edxml.missingStatusCode', 'missing-element');
  const code = /^\d$/.test(raw) ? `0${raw}` : raw;
  if (!(STATUS_CODES as readonly string[]).includes(code)) {
    throw edxmlError('edxml.badStatusCode', 'bad-status-code', { value: raw }, { statusCode: raw });
  }
  return code as StatusCode;
}

export function readStatus(node: XNode, warn: Warn): StatusPacket {
  const from = readOrganization(child(node, 'From'), { element: 'From', role: 'statusSender' }, true)!;
  const rf = child(node, 'ResponseFor');
  if (!rf) throw edxmlError('edxml.missingResponseFor', 'missing-element');
  const tsRaw = text(node, 'Timestamp');
  const ts = tsRaw ? parseEdxmlTimestamp(tsRaw) : null;
  if (tsRaw && ts === null) warn(`Timestamp "${tsRaw}" không đọc được.`);
  const s: StatusPacket = {
    kind: 'status',
    From: from,
    ResponseFor: readResponseFor(rf, warn),
    StatusCode: readStatusCode(text(node, 'StatusCode')),
    Description: text(node, 'Description') ?? '',
    Timestamp: ts,
    warnings: [],
  };
  const staff = readStaffInfo(child(node, 'StaffInfo'));
  if (staff) s.StaffInfo = staff;
  return s;
}

export type Located = { kind: 'status'; node: XNode } | { kind: 'edoc'; header: XNode; trace: XNode | undefined; root: XNode };

/** Checks the root and finds the header node; tells a status packet from a document packet. */
export function locate(root: XNode): Located {
  if (root.local === 'Envelope') {
    // Legacy provincial SOAP gateway: SOAP-ENV:Envelope/Header/edXML:Status (prefix bound to the SOAP namespace).
    const status = find(root, ['Status', 'MessageHeader']);
    if (status && child(status, 'StatusCode')) return { kind: 'status', node: status };
    throw edxmlError('edxml.soapWithoutStatus', 'not-edxml');
  }
  if (root.local !== 'edXML') {
    throw edxmlError('edxml.notEdxml', 'not-edxml', { root: root.local });
  }
  if (root.uri !== EDXML_NAMESPACE) {
    throw edxmlError(
      root.uri ? 'edxml.wrongNamespace' : 'edxml.noNamespace',
      'wrong-namespace',
      { namespace: root.uri, expected: EDXML_NAMESPACE },
      { namespace: root.uri },
    );
  }
  const status = find(root, ['Status'], ['AttachmentEncoded']);
  if (status) return { kind: 'status', node: status };
  const mh = find(root, ['MessageHeader'], ['AttachmentEncoded']);
  if (!mh) throw edxmlError('edxml.missingHeader', 'missing-element');
  if (child(mh, 'StatusCode')) return { kind: 'status', node: mh };
  return { kind: 'edoc', header: mh, trace: find(root, ['TraceHeaderList'], ['AttachmentEncoded']), root };
}
