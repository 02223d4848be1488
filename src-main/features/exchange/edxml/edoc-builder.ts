import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUSINESS_DOC_REASONS,
  type Bussiness,
  type EdocBuildInput,
  type EdocHeader,
  type TraceHeader,
} from '../../../../src-shared/contracts/exchange-model.contract';
import { formatSoKyHieu } from '../../../../src-shared/domain';
import { appError } from '../../../../src-shared/rpc/errors';
import { formatEdxmlDate, formatEdxmlTimestamp } from './edxml-dates';
import { EDXML_LIMITS, edxmlError, mb } from './edxml-limits';
import { writeOrganization, writeResponseFor, writeStaffInfo } from './status-builder';
import { ENVELOPE_ATTRS, EdxmlWriter, ROOT_OPEN, XML_DECLARATION } from './xml-writer';
import { zipSingleFile } from './zip';

/**
 * The zip rule of the reference libraries: these extensions travel base64 as they are, with their
 * own MIME type; any other file is first put in a one-entry ZIP (`application/zip`).
 */
export const AS_IS_TYPES: Readonly<Record<string, string>> = Object.freeze({
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
});

export interface BuildDeps {
  now: Date;
  /** Where temporary ZIPs are made (removed before returning). */
  tempDir: string;
  newId: () => string;
}

export interface BuiltAttachment {
  ContentId: string;
  AttachmentName: string;
  Description: string;
  ContentType: string;
  size: number;
}

export interface BuiltEdoc {
  path: string;
  size: number;
  sha256: string;
  header: EdocHeader;
  trace: TraceHeader[];
  bussiness: Bussiness;
  attachments: BuiltAttachment[];
}

/** The canonical DocumentId (edxml.md §A.2): `<OrganId>,<yyyy/MM/dd>,<CodeNumber>/<CodeNotation>`. */
export function canonicalDocumentId(organId: string, isoDate: string, codeNumber: string, codeNotation: string): string {
  return `${organId},${formatEdxmlDate(isoDate)},${formatSoKyHieu({ codeNumber, codeNotation })}`;
}

interface Payload extends BuiltAttachment {
  file: string;
  temp: boolean;
}

async function preparePayloads(input: EdocBuildInput, deps: BuildDeps): Promise<Payload[]> {
  const out: Payload[] = [];
  try {
    for (const a of input.Attachments) {
      const name = (a.AttachmentName ?? path.basename(a.path)).normalize('NFC');
      let size: number;
      try {
        const st = await fs.promises.stat(a.path);
        if (!st.isFile()) throw new Error('not a file');
        size = st.size;
      } catch {
        throw appError('exchange.attachmentUnreadable', { path: a.path }, { field: 'Attachments', path: a.path });
      }
      if (size > EDXML_LIMITS.maxAttachmentBytes) {
        throw appError(
          'exchange.attachmentTooBig',
          { name, size: mb(size), max: mb(EDXML_LIMITS.maxAttachmentBytes) },
          { field: 'Attachments', path: a.path },
        );
      }
      const ext = path.extname(name).slice(1).toLowerCase();
      const cid = a.ContentId ? (a.ContentId.startsWith('cid:') ? a.ContentId : `cid:${a.ContentId}`) : `cid:${deps.newId()}`;
      const base = { ContentId: cid, AttachmentName: name, Description: a.Description ?? name, size };
      const asIs = AS_IS_TYPES[ext];
      if (asIs) {
        out.push({ ...base, ContentType: asIs, file: a.path, temp: false });
      } else {
        const zipPath = path.join(deps.tempDir, `${deps.newId()}.zip`);
        out.push({ ...base, ContentType: 'application/zip', file: zipPath, temp: true });
        await zipSingleFile(a.path, zipPath, ext ? `${deps.newId()}.${ext}` : deps.newId(), deps.now);
      }
    }
    return out;
  } catch (err) {
    await Promise.all(out.filter((p) => p.temp).map((p) => fs.promises.rm(p.file, { force: true })));
    throw err;
  }
}

function headerXml(h: EdocHeader, trace: TraceHeader[], b: Bussiness, payloads: Payload[]): string {
  const w = new EdxmlWriter();
  w.raw(XML_DECLARATION).raw(ROOT_OPEN).setDepth(1);
  w.open('edXMLEnvelope', ENVELOPE_ATTRS).open('edXMLHeader').open('MessageHeader');
  writeOrganization(w, 'From', h.From);
  for (const to of h.To) writeOrganization(w, 'To', to);
  w.leaf('DocumentId', h.DocumentId);
  w.open('Code').leaf('CodeNumber', h.Code.CodeNumber).leaf('CodeNotation', h.Code.CodeNotation).close('Code');
  w.open('PromulgationInfo')
    .leaf('Place', h.PromulgationInfo.Place)
    .leaf('PromulgationDate', h.PromulgationInfo.PromulgationDate ? formatEdxmlDate(h.PromulgationInfo.PromulgationDate) : '')
    .close('PromulgationInfo');
  w.open('DocumentType')
    .leaf('Type', h.DocumentType.Type)
    .leaf('TypeDetail', h.DocumentType.TypeDetail)
    .leaf('TypeName', h.DocumentType.TypeName)
    .close('DocumentType');
  w.leaf('Subject', h.Subject).leaf('Content', h.Content);
  w.open('SignerInfo')
    .leaf('Competence', h.SignerInfo.Competence)
    .leaf('Position', h.SignerInfo.Position)
    .leaf('FullName', h.SignerInfo.FullName)
    .close('SignerInfo');
  w.leaf('DueDate', h.DueDate ? formatEdxmlDate(h.DueDate) : undefined);
  const o = h.OtherInfo;
  w.open('OtherInfo')
    .leaf('Priority', o.Priority)
    .leaf('SphereOfPromulgation', o.SphereOfPromulgation)
    .leaf('TyperNotation', o.TyperNotation)
    .leaf('PromulgationAmount', o.PromulgationAmount)
    .leaf('PageAmount', o.PageAmount)
    .leaf('Direction', o.Direction ? 'true' : 'false');
  if (o.Appendixes.length > 0) {
    w.open('Appendixes');
    for (const a of o.Appendixes) w.leaf('Appendix', a);
    w.close('Appendixes');
  }
  w.close('OtherInfo');
  for (const r of h.ResponseFor) writeResponseFor(w, r);
  w.leaf('SteeringType', h.SteeringType);
  if (h.ToPlaces.length > 0) {
    w.open('ToPlaces');
    for (const p of h.ToPlaces) w.leaf('Place', p);
    w.close('ToPlaces');
  }
  w.close('MessageHeader');

  w.open('TraceHeaderList');
  for (const t of trace) {
    w.open('TraceHeader')
      .leaf('OrganId', t.OrganId ?? '')
      .leaf('Timestamp', t.Timestamp ? formatEdxmlTimestamp(t.Timestamp) : '')
      .close('TraceHeader');
  }
  w.open('Bussiness')
    .leaf('DocumentId', b.DocumentId)
    .leaf('BussinessDocType', b.BussinessDocType)
    .leaf('BussinessDocReason', b.BussinessDocReason)
    .leaf('Paper', b.Paper);
  if (b.BussinessDocumentInfo) {
    const i = b.BussinessDocumentInfo;
    w.open('BussinessDocumentInfo').leaf('DocumentInfo', i.DocumentInfo).leaf('DocumentReceiver', i.DocumentReceiver).open('ReceiverList');
    for (const r of i.ReceiverList) w.open('Receiver').leaf('OrganId', r.OrganId).leaf('ReceiverType', r.ReceiverType).close('Receiver');
    w.close('ReceiverList').close('BussinessDocumentInfo');
  }
  if (b.ReplacementInfoList) {
    w.open('ReplacementInfoList');
    for (const r of b.ReplacementInfoList) {
      w.open('ReplacementInfo').leaf('DocumentId', r.DocumentId).open('OrganIdList');
      for (const id of r.OrganIdList) w.leaf('OrganId', id);
      w.close('OrganIdList').close('ReplacementInfo');
    }
    w.close('ReplacementInfoList');
  }
  if (b.StaffInfo) writeStaffInfo(w, b.StaffInfo, 'business');
  w.close('Bussiness').close('TraceHeaderList').close('edXMLHeader');

  w.open('edXMLBody');
  if (payloads.length === 0) w.raw('<edXML:edXMLManifest version="1.0"/>');
  else {
    w.open('edXMLManifest', ' version="1.0"');
    for (const p of payloads) {
      w.open('Reference')
        .leaf('ContentId', p.ContentId)
        .leaf('ContentType', p.ContentType)
        .leaf('Description', p.Description)
        .leaf('AttachmentName', p.AttachmentName)
        .close('Reference');
    }
    w.close('edXMLManifest');
  }
  w.close('edXMLBody').close('edXMLEnvelope');
  return w.toString();
}

/** Fills `buf` from the file unless the end comes first, so base64 pieces stay multiples of 3. */
async function readFull(fh: fs.promises.FileHandle, buf: Buffer): Promise<number> {
  let n = 0;
  while (n < buf.length) {
    const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
    if (bytesRead === 0) break;
    n += bytesRead;
  }
  return n;
}

/**
 * Builds a document packet (new, revoke, update, replace) into `outPath`, in the official sample's
 * layout (edxml.md §E.1), streaming each attachment as base64 from disk so memory stays flat
 * whatever the file size. DocumentId, trace and business block are filled in when absent.
 * The file is fsynced before returning; its sha256 and size are what the outbox records.
 */
export async function buildEdocPacket(input: EdocBuildInput, outPath: string, deps: BuildDeps): Promise<BuiltEdoc> {
  const mh = input.MessageHeader;
  const date = mh.PromulgationInfo.PromulgationDate;
  const header: EdocHeader = {
    ...mh,
    DocumentId: mh.DocumentId ?? canonicalDocumentId(mh.From.OrganId, date, mh.Code.CodeNumber, mh.Code.CodeNotation),
  };
  const trace = input.TraceHeaderList ?? [{ OrganId: mh.From.OrganId, Timestamp: deps.now.toISOString() }];
  const b = input.Bussiness;
  const type = b?.BussinessDocType ?? 0;
  if (type === 2 && !b?.DocumentId) throw edxmlError('edxml.updateWithoutTarget', 'update-without-target');
  if (type === 3 && !b?.ReplacementInfoList?.length) throw edxmlError('edxml.replaceWithoutTarget', 'replace-without-target');
  const bussiness: Bussiness = {
    ...b,
    BussinessDocType: type,
    BussinessDocReason: b?.BussinessDocReason ?? BUSINESS_DOC_REASONS[type],
    Paper: b?.Paper ?? 0,
  };

  const payloads = await preparePayloads(input, deps);
  const hash = createHash('sha256');
  let size = 0;
  const fh = await fs.promises.open(outPath, 'w');
  const write = async (data: string | Buffer) => {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    hash.update(buf);
    size += buf.length;
    await fh.write(buf, 0, buf.length);
  };
  try {
    await write(headerXml(header, trace, bussiness, payloads));
    if (payloads.length > 0) {
      await write('  <AttachmentEncoded>\n');
      const chunk = Buffer.alloc(3 * 256 * 1024);
      for (const p of payloads) {
        const meta = new EdxmlWriter('').setDepth(3);
        meta
          .leaf('ContentId', p.ContentId)
          .leaf('AttachmentName', p.AttachmentName)
          .leaf('Description', p.Description)
          .leaf('ContentType', p.ContentType);
        await write(`    <Attachment>\n${meta.toString()}      <edXML:ContentTransferEncoded${ENVELOPE_ATTRS}>`);
        const src = await fs.promises.open(p.file, 'r');
        try {
          for (let n = await readFull(src, chunk); n > 0; n = await readFull(src, chunk)) {
            await write(Buffer.from(chunk.subarray(0, n).toString('base64'), 'latin1'));
          }
        } finally {
          await src.close();
        }
        await write('</edXML:ContentTransferEncoded>\n    </Attachment>\n');
      }
      await write('  </AttachmentEncoded>\n');
    }
    await write('</edXML>\n');
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await fs.promises.rm(outPath, { force: true });
    throw err;
  } finally {
    await fh.close().catch(() => undefined);
    await Promise.all(payloads.filter((p) => p.temp).map((p) => fs.promises.rm(p.file, { force: true })));
  }
  const attachments = payloads.map(({ file: _f, temp: _t, ...a }) => a);
  return { path: outPath, size, sha256: hash.digest('hex'), header, trace, bussiness, attachments };
}
