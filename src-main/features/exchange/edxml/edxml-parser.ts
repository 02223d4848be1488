import { packetCode } from '../packet-code';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EdocPacket, ParsedAttachment, ParsedPacket } from '../../../../src-shared/contracts/exchange-model.contract';
import { AppError, appError } from '../../../../src-shared/rpc/errors';
import { EDXML_LIMITS, edxmlError, mb, type EdxmlLimits } from './edxml-limits';
import { locate, readBussiness, readEdocHeader, readStatus, readTrace } from './edxml-reader';
import { XmlSplitter, Base64Decoder } from './xml-splitter';
import { child, children, find, text, XmlTreeBuilder, type XNode } from './xml-tree';
import { unzipSingleEntry } from './zip';

export interface ParseOptions {
  /** Where decoded attachments are written; the caller moves or deletes them (see discardAttachments). */
  tempDir: string;
  newId: () => string;
  limits?: Partial<EdxmlLimits>;
}

interface Payload {
  file: string;
  fd: number;
  size: number;
  hash: ReturnType<typeof createHash>;
  decoder: Base64Decoder;
}

const stripCid = (id: string | undefined): string => (id ?? '').trim().replace(/^<|>$/g, '').replace(/^cid:/i, '').trim();

/**
 * Parses an edXML packet from a byte stream. Attachments are base64-decoded straight to files in
 * `tempDir` as the bytes arrive (never held whole in memory), then checked against the manifest and
 * unzipped where the zip rule says so. On any error every temp file is removed and a Validation
 * AppError names the problem; nothing is returned half.
 */
export async function parseEdxmlStream(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  opts: ParseOptions,
): Promise<ParsedPacket> {
  const limits: EdxmlLimits = { ...EDXML_LIMITS, ...opts.limits };
  const tree = new XmlTreeBuilder(limits);
  const payloads: Payload[] = [];
  let open: Payload | null = null;
  const temps: string[] = [];
  const splitter = new XmlSplitter(
    {
      xml: (b) => tree.write(b),
      attachmentStart: () => {
        const node = tree.current();
        if (!node) return;
        if (payloads.length >= limits.maxAttachments)
          throw edxmlError('edxml.tooManyAttachments', 'too-many-attachments', { limit: limits.maxAttachments });
        const file = path.join(opts.tempDir, `${opts.newId()}.part`);
        temps.push(file);
        const fd = fs.openSync(file, 'w');
        const hash = createHash('sha256');
        const p: Payload = {
          file,
          fd,
          size: 0,
          hash,
          decoder: new Base64Decoder(
            (bytes) => {
              hash.update(bytes);
              fs.writeSync(fd, bytes);
            },
            limits.maxAttachmentBytes,
            payloads.length + 1,
          ),
        };
        node.payload = payloads.length;
        payloads.push(p);
        open = p;
      },
      attachment: (b) => open?.decoder.push(b),
      attachmentEnd: () => {
        if (!open) return;
        const p: Payload = open;
        open = null;
        p.size = p.decoder.end();
        fs.closeSync(p.fd);
        p.fd = -1;
      },
    },
    limits,
  );
  try {
    let total = 0;
    for await (const chunk of source) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += buf.length;
      if (total > limits.maxPacketBytes) {
        throw edxmlError(
          'edxml.packetTooLarge',
          'packet-too-large',
          { limit: mb(limits.maxPacketBytes) },
          { limit: limits.maxPacketBytes },
        );
      }
      splitter.push(buf);
    }
    splitter.end();
    const root = tree.close();
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const located = locate(root);
    if (located.kind === 'status') {
      const status = readStatus(located.node, warn);
      return { ...status, warnings };
    }
    const packet: EdocPacket = {
      kind: 'edoc',
      MessageHeader: readEdocHeader(located.header, warn),
      TraceHeaderList: readTrace(located.trace, warn),
      Bussiness: readBussiness(
        child(located.trace, 'Bussiness', 'Business') ?? find(root, ['Bussiness', 'Business'], ['AttachmentEncoded']),
        warn,
      ),
      Attachments: [],
      warnings,
    };
    try {
      packet.Attachments = await matchAttachments(root, payloads, opts, limits, temps);
    } catch (err) {
      // The header was readable: say who sent which document, so the receiver can answer 02.
      if (err instanceof AppError && err.details) {
        const h = packet.MessageHeader;
        err.details.packet = {
          fromOrgan: h.From.OrganId,
          documentId: h.DocumentId,
          code: packetCode(h.Code),
          promulgationDate: h.PromulgationInfo.PromulgationDate,
        };
      }
      throw err;
    }
    const kept = new Set(packet.Attachments.map((a) => a.path));
    await Promise.all(temps.filter((f) => !kept.has(f)).map((f) => fs.promises.rm(f, { force: true })));
    return packet;
  } catch (err) {
    for (const p of payloads) if (p.fd >= 0) fs.closeSync(p.fd);
    await Promise.all(temps.map((f) => fs.promises.rm(f, { force: true })));
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw appError('exchange.diskFull');
    throw edxmlError('edxml.unreadable', 'unreadable', { error: (err as Error).message });
  }
}

async function matchAttachments(
  root: XNode,
  payloads: Payload[],
  opts: ParseOptions,
  limits: EdxmlLimits,
  temps: string[],
): Promise<ParsedAttachment[]> {
  const manifest = find(root, ['edXMLManifest'], ['AttachmentEncoded']);
  const refs = children(manifest, 'Reference').map((r) => ({
    id: stripCid(text(r, 'ContentId') ?? r.attrs.href),
    name: text(r, 'AttachmentName') ?? '',
    description: text(r, 'Description') ?? '',
    contentType: text(r, 'ContentType') ?? '',
    used: false,
  }));
  const encoded = child(root, 'AttachmentEncoded') ?? find(root, ['AttachmentEncoded']);
  const out: ParsedAttachment[] = [];
  for (const a of children(encoded, 'Attachment')) {
    const id = stripCid(text(a, 'ContentId'));
    const name = text(a, 'AttachmentName') ?? '';
    const label = name || id || '?';
    let ref = refs.find((r) => !r.used && r.id !== '' && r.id === id);
    if (!ref && id === '') ref = refs.find((r) => !r.used && r.name === name);
    if (manifest && !ref) {
      throw edxmlError('edxml.cidMismatch', 'cid-mismatch', { name: label, contentId: text(a, 'ContentId') ?? '' }, { contentId: id });
    }
    if (ref) ref.used = true;
    const cte = child(a, 'ContentTransferEncoded');
    const payload = cte?.payload !== undefined ? payloads[cte.payload] : undefined;
    if (!payload || payload.size === 0) throw edxmlError('edxml.attachmentEmpty', 'missing-attachment', { name: label }, { contentId: id });
    const contentType = text(a, 'ContentType') || ref?.contentType || 'application/octet-stream';
    const finalName = name || ref?.name || id;
    let file = payload.file;
    let size = payload.size;
    let sha256 = payload.hash.digest('hex');
    let unzipped = false;
    const ext = path.extname(finalName).slice(1).toLowerCase();
    if (contentType.toLowerCase() === 'application/zip' && ext !== 'zip') {
      const dest = path.join(opts.tempDir, `${opts.newId()}.bin`);
      temps.push(dest);
      size = (await unzipSingleEntry(file, dest, limits.maxAttachmentBytes, label)).size;
      await fs.promises.rm(file, { force: true });
      file = dest;
      sha256 = await sha256File(dest);
      unzipped = true;
    }
    out.push({
      ContentId: text(a, 'ContentId') ?? '',
      AttachmentName: finalName,
      Description: text(a, 'Description') ?? ref?.description ?? '',
      ContentType: contentType,
      unzipped,
      size,
      sha256,
      path: file,
    });
  }
  const missing = refs.find((r) => !r.used);
  if (missing) {
    throw edxmlError(
      'edxml.attachmentMissing',
      'missing-attachment',
      { name: missing.name || missing.id, contentId: missing.id },
      { contentId: missing.id },
    );
  }
  return out;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Parses a packet file; a file larger than the limit is refused from its size, before reading. */
export async function parseEdxmlFile(file: string, opts: ParseOptions): Promise<ParsedPacket> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch {
    throw appError('exchange.packetFileNotFound', { path: file }, { path: file });
  }
  const max = opts.limits?.maxPacketBytes ?? EDXML_LIMITS.maxPacketBytes;
  if (size > max) {
    throw edxmlError(
      'edxml.fileTooLarge',
      'packet-too-large',
      { name: path.basename(file), size: mb(size), limit: mb(max) },
      { size, limit: max },
    );
  }
  return parseEdxmlStream(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), opts);
}

/** Removes the temp files of a parsed packet's attachments (after they were stored, or on refusal). */
export async function discardAttachments(packet: ParsedPacket): Promise<void> {
  if (packet.kind !== 'edoc') return;
  await Promise.all(packet.Attachments.map((a) => (a.path ? fs.promises.rm(a.path, { force: true }) : undefined)));
}
