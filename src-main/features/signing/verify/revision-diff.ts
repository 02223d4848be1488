import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';

/**
 * What changed in the file after a signature's revision, judged by an allow-list (ISO 32000-1
 * §12.8.2.2 in spirit; what Acrobat calls "changes allowed"): new signature fields and their
 * widgets, the AcroForm bookkeeping they need, /DSS and /Metadata in the catalog, the Info
 * dictionary. Anything else — page content, a page added, an annotation that is not a signature
 * widget, a changed object — makes the earlier signature MODIFIED_AFTER_SIGNING.
 */
export interface RevisionDiff {
  allowed: boolean;
  laterSignatures: number;
  notes: string[];
  violations: string[];
}

const CATALOG_KEYS = new Set(['AcroForm', 'DSS', 'Metadata']);
const ACROFORM_KEYS = new Set(['Fields', 'SigFlags', 'DR', 'DA', 'NeedAppearances']);

function same(a: PDFObject, b: PDFObject): boolean {
  if (a instanceof PDFStream || b instanceof PDFStream) {
    if (!(a instanceof PDFStream && b instanceof PDFStream)) return false;
    if (a.dict.toString() !== b.dict.toString()) return false;
    const ca = a instanceof PDFRawStream ? a.contents : a.getContents();
    const cb = b instanceof PDFRawStream ? b.contents : b.getContents();
    return Buffer.from(ca).equals(Buffer.from(cb));
  }
  return a.toString() === b.toString();
}

function changedKeys(a: PDFDict, b: PDFDict): string[] {
  const keys = new Set([...a.keys(), ...b.keys()].map((k) => k.decodeText()));
  return [...keys].filter((k) => {
    const va = a.get(PDFName.of(k));
    const vb = b.get(PDFName.of(k));
    return !(va && vb && va.toString() === vb.toString());
  });
}

function isSigWidget(doc: PDFDocument, obj: PDFObject | undefined): boolean {
  let d = obj instanceof PDFRef ? doc.context.lookupMaybe(obj, PDFDict) : obj instanceof PDFDict ? obj : undefined;
  if (!d || d.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Widget') return false;
  for (let depth = 0; d && depth < 10; depth++) {
    if (d.lookupMaybe(PDFName.of('FT'), PDFName)?.asString() === '/Sig') return true;
    d = d.lookupMaybe(PDFName.of('Parent'), PDFDict);
  }
  return false;
}

function isSigField(doc: PDFDocument, obj: PDFObject | undefined): boolean {
  const d = obj instanceof PDFRef ? doc.context.lookupMaybe(obj, PDFDict) : obj instanceof PDFDict ? obj : undefined;
  return d?.lookupMaybe(PDFName.of('FT'), PDFName)?.asString() === '/Sig';
}

function entries(doc: PDFDocument, v: PDFObject | undefined): string[] {
  const arr = v instanceof PDFRef ? doc.context.lookupMaybe(v, PDFArray) : v instanceof PDFArray ? v : undefined;
  return arr ? arr.asArray().map((e) => e.toString()) : [];
}

export async function diffRevisions(bytes: Uint8Array, revisionEnd: number, finalDoc?: PDFDocument): Promise<RevisionDiff> {
  const load = (b: Uint8Array) => loadPdfDocument(b, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  const before = await load(bytes.subarray(0, revisionEnd));
  const after = finalDoc ?? (await load(bytes));
  const notes: string[] = [];
  const violations: string[] = [];
  let laterSignatures = 0;
  const catalogRef = after.context.trailerInfo.Root;
  const infoRef = after.context.trailerInfo.Info;

  const checkList = (
    what: string,
    oldV: PDFObject | undefined,
    newV: PDFObject | undefined,
    accept: (o: PDFObject | undefined) => boolean,
  ) => {
    const oldE = entries(before, oldV);
    const newE = new Set(entries(after, newV));
    if (oldE.some((e) => !newE.has(e))) violations.push(`${what}: có mục bị xóa.`);
    const oldSet = new Set(oldE);
    for (const e of newE) {
      if (oldSet.has(e)) continue;
      const arr = newV instanceof PDFRef ? after.context.lookupMaybe(newV, PDFArray) : (newV as PDFArray | undefined);
      const item = arr?.asArray().find((x) => x.toString() === e);
      if (accept(item)) {
        if (what.startsWith('Trang')) laterSignatures++;
      } else violations.push(`${what}: thêm đối tượng không phải chữ ký số (${e}).`);
    }
  };
  const checkAcroForm = (a: PDFDict | undefined, b: PDFDict | undefined) => {
    if (!b) return;
    for (const k of a ? changedKeys(a, b) : [...b.keys()].map((x) => x.decodeText())) {
      if (!ACROFORM_KEYS.has(k)) violations.push(`AcroForm: khóa /${k} bị thay đổi.`);
    }
    checkList('Danh sách trường biểu mẫu', a?.get(PDFName.of('Fields')), b.get(PDFName.of('Fields')), (o) => isSigField(after, o));
  };

  const pageOfAnnots = new Map<string, number>();
  after.getPages().forEach((p, i) => {
    const v = p.node.get(PDFName.of('Annots'));
    if (v instanceof PDFRef) pageOfAnnots.set(v.toString(), i);
  });
  const acroRef = after.catalog.get(PDFName.of('AcroForm'));
  const fieldsRef = after.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)?.get(PDFName.of('Fields'));

  for (const [ref, obj] of after.context.enumerateIndirectObjects()) {
    const old = before.context.lookup(ref);
    if (old === undefined || same(old, obj)) continue;
    const type =
      obj instanceof PDFDict
        ? obj.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText()
        : obj instanceof PDFStream
          ? obj.dict.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText()
          : undefined;
    if (type === 'XRef' || type === 'ObjStm') continue;
    const id = ref.toString();
    if (catalogRef && id === catalogRef.toString() && obj instanceof PDFDict && old instanceof PDFDict) {
      for (const k of changedKeys(old, obj)) {
        if (!CATALOG_KEYS.has(k)) violations.push(`Danh mục tài liệu (Catalog): khóa /${k} bị thay đổi.`);
        else if (k !== 'AcroForm') notes.push(`Thêm/cập nhật /${k}.`);
      }
      if (!(acroRef instanceof PDFRef))
        checkAcroForm(old.lookupMaybe(PDFName.of('AcroForm'), PDFDict), obj.lookupMaybe(PDFName.of('AcroForm'), PDFDict));
    } else if (type === 'Page' && obj instanceof PDFDict && old instanceof PDFDict) {
      const pageNo = after.getPages().findIndex((p) => p.ref.toString() === id) + 1;
      for (const k of changedKeys(old, obj)) {
        if (k !== 'Annots') violations.push(`Trang ${pageNo}: /${k} bị thay đổi (nội dung trang).`);
      }
      if (!(obj.get(PDFName.of('Annots')) instanceof PDFRef)) {
        checkList(`Trang ${pageNo}`, old.get(PDFName.of('Annots')), obj.get(PDFName.of('Annots')), (o) => isSigWidget(after, o));
      }
    } else if (acroRef instanceof PDFRef && id === acroRef.toString()) {
      checkAcroForm(old as PDFDict, obj as PDFDict);
    } else if (pageOfAnnots.has(id)) {
      checkList(`Trang ${pageOfAnnots.get(id)! + 1}`, old, ref, (o) => isSigWidget(after, o));
    } else if (fieldsRef instanceof PDFRef && id === fieldsRef.toString()) {
      checkList('Danh sách trường biểu mẫu', old, ref, (o) => isSigField(after, o));
    } else if (infoRef && id === infoRef.toString()) {
      notes.push('Thông tin tài liệu (Info) được cập nhật.');
    } else {
      violations.push(`Đối tượng ${id}${type ? ` (/${type})` : ''} bị thay đổi sau khi ký.`);
    }
  }
  if (laterSignatures > 0) notes.push(`Có ${laterSignatures} chữ ký số được thêm sau chữ ký này.`);
  return { allowed: violations.length === 0, laterSignatures, notes, violations };
}
