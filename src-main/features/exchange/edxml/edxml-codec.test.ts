import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EdocBuildInputSchema,
  STATUS_CODES,
  StatusBuildInputSchema,
  type EdocPacket,
  type ParsedPacket,
  type StatusPacket,
} from '../../../../src-shared/contracts/exchange-model.contract';
import { buildEdocPacket } from './edoc-builder';
import { formatEdxmlTimestamp, parseEdxmlDate, parseEdxmlTimestamp } from './edxml-dates';
import { discardAttachments, parseEdxmlFile, parseEdxmlStream } from './edxml-parser';
import { E1_NEW_DOCUMENT, E2_STATUS_01, SAMPLE_PDF } from './edxml.samples';
import { buildStatusPacket } from './status-builder';

let dir: string;
let tmp: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edxml-test-'));
  tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const opts = () => ({ tempDir: tmp, newId: randomUUID });
const parseText = (xml: string, limits = {}) => parseEdxmlStream([Buffer.from(xml, 'utf8')], { ...opts(), limits });
const NOW = new Date('2025-03-05T02:15:00Z');
const deps = () => ({ now: NOW, tempDir: tmp, newId: randomUUID });

async function rejects(xml: string, pattern: RegExp, limits = {}): Promise<void> {
  await expect(parseText(xml, limits)).rejects.toMatchObject({ kind: 'Validation', message: expect.stringMatching(pattern) });
  expect(fs.readdirSync(tmp)).toEqual([]); // nothing half-written is left behind
}

/** Build input from a parsed packet: same header, trace and business block, attachments by path. */
function rebuildInput(p: EdocPacket) {
  return EdocBuildInputSchema.parse({
    MessageHeader: p.MessageHeader,
    TraceHeaderList: p.TraceHeaderList,
    Bussiness: p.Bussiness,
    Attachments: p.Attachments.map((a) => ({
      path: a.path!,
      AttachmentName: a.AttachmentName,
      Description: a.Description,
      ContentId: a.ContentId,
    })),
  });
}

describe('edXML dates', () => {
  it('emits yyyy/MM/dd HH:mm:ss in Vietnam time and reads the forms seen in the field', () => {
    expect(formatEdxmlTimestamp('2025-03-05T02:16:42Z')).toBe('2025/03/05 09:16:42');
    expect(formatEdxmlTimestamp('2025-12-31T17:30:00Z')).toBe('2026/01/01 00:30:00');
    expect(parseEdxmlTimestamp('2025/03/05 09:16:42')).toBe('2025-03-05T09:16:42+07:00');
    expect(parseEdxmlTimestamp('05/03/2025 09:16:42')).toBe('2025-03-05T09:16:42+07:00');
    expect(parseEdxmlTimestamp('2025-03-05T09:16:42')).toBe('2025-03-05T09:16:42+07:00');
    expect(parseEdxmlTimestamp('null')).toBeNull();
    expect(parseEdxmlTimestamp('2025/02/30 10:00:00')).toBeNull();
    expect(parseEdxmlDate('2025/03/05')).toBe('2025-03-05');
    expect(parseEdxmlDate('05/03/2025')).toBe('2025-03-05');
    expect(parseEdxmlDate('2025-3-5')).toBe('2025-03-05');
  });
});

describe('edXML round trip of the §E examples', () => {
  it('E.1 parses to the model and builds back byte for byte', async () => {
    const p = (await parseText(E1_NEW_DOCUMENT)) as EdocPacket;
    expect(p.kind).toBe('edoc');
    expect(p.warnings).toEqual([]);
    const h = p.MessageHeader;
    expect(h.From).toMatchObject({ OrganId: '000.00.07.H99', OrganName: 'Sở Thông tin tỉnh Mẫu', Telephone: '', Fax: '' });
    expect(h.To).toEqual([{ OrganId: '000.00.00.H99', OrganizationInCharge: 'UBND tỉnh Mẫu', OrganName: 'Văn phòng UBND tỉnh Mẫu' }]);
    expect(h.DocumentId).toBe('000.00.07.H99,2025/03/05,125/STT-VP');
    expect(h.PromulgationInfo.PromulgationDate).toBe('2025-03-05');
    expect(h.DueDate).toBe('2025-03-20');
    expect(h.OtherInfo).toMatchObject({ Priority: 1, PageAmount: 2, Direction: false, Appendixes: ['Phụ lục số liệu'] });
    expect(h.ToPlaces).toEqual(['Như trên', 'Lưu: VT']);
    expect(p.TraceHeaderList).toEqual([{ OrganId: '000.00.07.H99', Timestamp: '2025-03-05T09:15:00+07:00' }]);
    expect(p.Bussiness).toMatchObject({
      BussinessDocType: 0,
      BussinessDocReason: 'Văn bản điện tử mới',
      Paper: 0,
      StaffInfo: { Mobile: '0900000000' },
    });
    expect(p.Attachments).toHaveLength(1);
    expect(p.Attachments[0]).toMatchObject({
      ContentId: 'cid:7d1f0c2a-0001',
      AttachmentName: '125-STT-VP.pdf',
      ContentType: 'application/pdf',
      unzipped: false,
      size: SAMPLE_PDF.length,
    });
    expect(fs.readFileSync(p.Attachments[0]!.path!)).toEqual(SAMPLE_PDF);

    const out = path.join(dir, 'e1.edxml');
    const built = await buildEdocPacket(rebuildInput(p), out, deps());
    expect(fs.readFileSync(out, 'utf8')).toBe(E1_NEW_DOCUMENT);
    expect(built.size).toBe(Buffer.byteLength(E1_NEW_DOCUMENT));
    await discardAttachments(p);
  });

  it('E.2 parses to a status packet and builds back byte for byte', async () => {
    const s = (await parseText(E2_STATUS_01)) as StatusPacket;
    expect(s).toMatchObject({
      kind: 'status',
      StatusCode: '01',
      Timestamp: '2025-03-05T09:16:42+07:00',
      ResponseFor: {
        OrganId: '000.00.07.H99',
        Code: '125/STT-VP',
        PromulgationDate: '2025-03-05',
        DocumentId: '000.00.07.H99,2025/03/05,125/STT-VP',
      },
    });
    const { kind: _k, warnings: _w, ...rest } = s;
    expect(buildStatusPacket(StatusBuildInputSchema.parse(rest), NOW)).toBe(E2_STATUS_01);
  });
});

describe('edXML build', () => {
  const base = async () => {
    const p = (await parseText(E1_NEW_DOCUMENT)) as EdocPacket;
    return rebuildInput(p);
  };

  it('fills in DocumentId, trace and business block, and zips files outside the as-is list', async () => {
    const input = await base();
    const txt = path.join(dir, 'ghi chú.txt');
    fs.writeFileSync(txt, 'Nội dung ghi chú\n'.repeat(1000));
    input.MessageHeader.DocumentId = undefined;
    input.TraceHeaderList = undefined;
    input.Bussiness = undefined;
    input.Attachments.push({ path: txt, Description: 'Ghi chú' });
    const out = path.join(dir, 'new.edxml');
    const built = await buildEdocPacket(input, out, deps());
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml).toContain('<edXML:DocumentId>000.00.07.H99,2025/03/05,125/STT-VP</edXML:DocumentId>');
    expect(xml).toContain('<edXML:Timestamp>2025/03/05 09:15:00</edXML:Timestamp>');
    expect(xml).toContain('<edXML:BussinessDocType>0</edXML:BussinessDocType>');
    expect(built.attachments[1]).toMatchObject({ AttachmentName: 'ghi chú.txt', ContentType: 'application/zip' });
    expect(xml).toMatch(/<ContentType>application\/zip<\/ContentType>\n\s+<edXML:ContentTransferEncoded[^>]*>UEsDB/);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.zip'))).toEqual([]);

    const back = (await parseEdxmlFile(out, opts())) as EdocPacket;
    expect(back.Attachments[1]).toMatchObject({ AttachmentName: 'ghi chú.txt', unzipped: true });
    expect(fs.readFileSync(back.Attachments[1]!.path!)).toEqual(fs.readFileSync(txt));
    await discardAttachments(back);
  });

  it('builds revoke, update and replace packets that read back the same', async () => {
    const cases = [
      { BussinessDocType: 1 as const },
      {
        BussinessDocType: 2 as const,
        DocumentId: '000.00.07.H99,2025/03/01,120/STT-VP',
        BussinessDocumentInfo: { DocumentInfo: 1, DocumentReceiver: 1, ReceiverList: [{ OrganId: '000.00.01.H99', ReceiverType: 1 }] },
      },
      {
        BussinessDocType: 3 as const,
        ReplacementInfoList: [{ DocumentId: '000.00.07.H99,2025/03/01,120/STT-VP', OrganIdList: ['000.00.00.H99'] }],
      },
    ];
    for (const b of cases) {
      const input = await base();
      input.Bussiness = { ...b, Paper: 0 };
      const out = path.join(dir, `b${b.BussinessDocType}.edxml`);
      await buildEdocPacket(input, out, deps());
      const back = (await parseEdxmlFile(out, opts())) as EdocPacket;
      expect(back.Bussiness).toMatchObject({ ...b, Paper: 0 });
      expect(back.Bussiness.BussinessDocReason).not.toBe('');
      await discardAttachments(back);
    }
    const bad = await base();
    bad.Bussiness = { BussinessDocType: 2, Paper: 0 };
    await expect(buildEdocPacket(bad, path.join(dir, 'x.edxml'), deps())).rejects.toMatchObject({ kind: 'Validation' });
  });

  it('builds every status code and reads it back', async () => {
    for (const code of STATUS_CODES) {
      const xml = buildStatusPacket(
        StatusBuildInputSchema.parse({
          From: { OrganId: '000.00.00.H99', OrganName: 'Văn phòng <UBND> & Co' },
          ResponseFor: { OrganId: '000.00.07.H99', Code: '125/STT-VP', PromulgationDate: '2025-03-05', DocumentId: 'X' },
          StatusCode: code,
          Description: code === '02' ? 'Sai nơi nhận' : undefined,
        }),
        NOW,
      );
      const s = (await parseText(xml)) as StatusPacket;
      expect(s.StatusCode).toBe(code);
      expect(s.From.OrganName).toBe('Văn phòng <UBND> & Co');
      expect(s.Timestamp).toBe('2025-03-05T09:15:00+07:00');
      if (code === '02') expect(s.Description).toBe('Sai nơi nhận');
    }
  });
});

describe('edXML lenient parse', () => {
  it('accepts Business spelling, any order, bare ids, empty trace ids, dd/MM/yyyy timestamps, &#13; in base64', async () => {
    const b64 = SAMPLE_PDF.toString('base64');
    const wrapped = `${b64.slice(0, 20)}&#13;\n${b64.slice(20)}`;
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<e:edXML xmlns:e="http://www.mic.gov.vn/TBT/QCVN_102_2016"><e:edXMLEnvelope><e:edXMLHeader>
<e:MessageHeader><e:Subject>V/v thử</e:Subject><e:DocumentId>abc-uuid</e:DocumentId>
<e:From><e:OrganName>Sở A</e:OrganName><e:OrganId>000.00.07.H99</e:OrganId></e:From>
<e:To><e:OrganId>000.00.00.H99</e:OrganId><e:OrganName>VP</e:OrganName></e:To>
<e:OtherInfo><e:Priority>9</e:Priority></e:OtherInfo><e:ResponseFor/></e:MessageHeader>
<e:TraceHeaderList><e:Business><e:BusinessDocType>1</e:BusinessDocType></e:Business>
<e:TraceHeader><e:OrganId>000.00.07.H99</e:OrganId><e:Timestamp>05/03/2025 09:15:00</e:Timestamp></e:TraceHeader>
<e:TraceHeader><e:OrganId/><e:Timestamp>2025/03/05 09:15:01</e:Timestamp></e:TraceHeader>
<e:TraceHeader><e:OrganId>null</e:OrganId></e:TraceHeader></e:TraceHeaderList>
</e:edXMLHeader><e:edXMLBody><e:edXMLManifest><e:Reference><e:AttachmentName>a.pdf</e:AttachmentName><e:ContentId>cid:209</e:ContentId></e:Reference></e:edXMLManifest></e:edXMLBody></e:edXMLEnvelope>
<e:AttachmentEncoded><e:Attachment><e:ContentTransferEncoded>${wrapped}</e:ContentTransferEncoded><e:ContentType>application/pdf</e:ContentType><e:ContentId>209</e:ContentId><e:AttachmentName>a.pdf</e:AttachmentName></e:Attachment></e:AttachmentEncoded></e:edXML>`;
    const p = (await parseText(xml)) as EdocPacket;
    expect(p.MessageHeader.DocumentId).toBe('abc-uuid');
    expect(p.MessageHeader.ResponseFor).toEqual([]);
    expect(p.Bussiness.BussinessDocType).toBe(1);
    expect(p.TraceHeaderList).toEqual([
      { OrganId: '000.00.07.H99', Timestamp: '2025-03-05T09:15:00+07:00' },
      { OrganId: null, Timestamp: '2025-03-05T09:15:01+07:00' },
      { OrganId: null, Timestamp: null },
    ]);
    expect(p.warnings.join(' ')).toContain('Priority');
    expect(fs.readFileSync(p.Attachments[0]!.path!)).toEqual(SAMPLE_PDF);
    await discardAttachments(p);
  });

  it('accepts a Status node and the legacy SOAP-wrapped status', async () => {
    const status = E2_STATUS_01.replace(/edXML:MessageHeader/g, 'edXML:Status');
    expect(((await parseText(status)) as StatusPacket).StatusCode).toBe('01');
    const soap = `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:edXML="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header><edXML:Status>
<edXML:From><edXML:OrganId>000.00.00.H99</edXML:OrganId><edXML:OrganName>VP</edXML:OrganName></edXML:From>
<edXML:ResponseFor><edXML:DocumentId>D1</edXML:DocumentId></edXML:ResponseFor><edXML:StatusCode>3</edXML:StatusCode>
<edXML:Timestamp>05/03/2025 10:00:00</edXML:Timestamp></edXML:Status></SOAP-ENV:Header></SOAP-ENV:Envelope>`;
    expect(await parseText(soap)).toMatchObject({ kind: 'status', StatusCode: '03', Timestamp: '2025-03-05T10:00:00+07:00' });
  });

  it('reads a packet split into 1-byte chunks the same as in one piece', async () => {
    const bytes = Buffer.from(E1_NEW_DOCUMENT, 'utf8');
    const chunks = Array.from(bytes, (b) => Buffer.of(b));
    const p = (await parseEdxmlStream(chunks, opts())) as EdocPacket;
    expect(p.MessageHeader.Subject).toBe('V/v báo cáo tình hình ứng dụng CNTT quý I');
    expect(fs.readFileSync(p.Attachments[0]!.path!)).toEqual(SAMPLE_PDF);
    await discardAttachments(p);
  });
});

describe('edXML bad input', () => {
  it('refuses malformed XML, DTDs and unknown entities with a clear Vietnamese reason', async () => {
    await rejects(E1_NEW_DOCUMENT.replace('</edXML:Subject>', '</edXML:Subjec>'), /không phải XML hợp lệ/);
    await rejects(E1_NEW_DOCUMENT.slice(0, 3000), /cắt cụt|không phải XML hợp lệ/);
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol2;</edXML>`;
    await rejects(lol, /DOCTYPE/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML>`;
    await rejects(xxe, /DOCTYPE/);
    await rejects(E2_STATUS_01.replace('Đã đến', '&xxe; Đã đến'), /thực thể/);
    await rejects(E2_STATUS_01.replace('encoding="UTF-8"', 'encoding="UTF-16"'), /UTF-8/);
  });

  it('refuses a wrong or missing namespace and a non-edXML root', async () => {
    await rejects(E1_NEW_DOCUMENT.replace(/QCVN_102_2016/g, 'QCVN_102_2015'), /Sai không gian tên.*QCVN_102_2015/);
    await rejects('<edXML><MessageHeader/></edXML>', /không khai báo không gian tên/);
    await rejects('<html><body>502 Bad Gateway</body></html>', /không phải "edXML"/);
  });

  it('refuses a missing attachment, a cid that matches nothing, bad base64 and an unknown status code', async () => {
    const noPayload = E1_NEW_DOCUMENT.replace(/<AttachmentEncoded>[\s\S]*<\/AttachmentEncoded>\n/, '');
    await rejects(noPayload, /Thiếu tệp đính kèm "125-STT-VP.pdf"/);
    const emptyPayload = E1_NEW_DOCUMENT.replace(/(<edXML:ContentTransferEncoded[^>]*>)[^<]*/, '$1');
    await rejects(emptyPayload, /không có nội dung/);
    const cid = E1_NEW_DOCUMENT.replace('<ContentId>cid:7d1f0c2a-0001</ContentId>', '<ContentId>cid:khac</ContentId>');
    await rejects(cid, /ContentId "cid:khac" không khớp/);
    await rejects(E1_NEW_DOCUMENT.replace(/(<edXML:ContentTransferEncoded[^>]*>)/, '$1*'), /không phải dữ liệu base64/);
    await rejects(E2_STATUS_01.replace('<edXML:StatusCode>01', '<edXML:StatusCode>07'), /Mã trạng thái "07"/);
    await rejects(E2_STATUS_01.replace(/<edXML:From>[\s\S]*?<\/edXML:From>/, ''), /thiếu phần tử From/);
  });

  it('refuses a 500 MB packet from its size and an oversize stream as it arrives', async () => {
    const big = path.join(dir, 'big.edxml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 500 * 1024 * 1024); // sparse: nothing is written
    await expect(parseEdxmlFile(big, opts())).rejects.toMatchObject({
      kind: 'Validation',
      message: expect.stringMatching(/lớn 500 MB, vượt giới hạn 300 MB/),
    });
    await rejects(E1_NEW_DOCUMENT, /lớn hơn giới hạn/, { maxPacketBytes: 1000 });
    await rejects(E1_NEW_DOCUMENT.replace('V/v báo cáo', 'x'.repeat(5000)), /đoạn văn bản dài hơn/, { maxTextBytes: 4000 });
  });
});

describe('edXML streaming', () => {
  it('builds and parses a 50 MB attachment without holding copies of it in memory', async () => {
    const big = path.join(dir, 'big.pdf');
    const block = Buffer.alloc(1024 * 1024);
    const fd = fs.openSync(big, 'w');
    for (let i = 0; i < 50; i++) {
      block.fill(i);
      block.write('%PDF-1.7', 0);
      fs.writeSync(fd, block);
    }
    fs.closeSync(fd);
    const input = rebuildInput((await parseText(E1_NEW_DOCUMENT)) as EdocPacket);
    input.Attachments = [{ path: big, AttachmentName: 'big.pdf' }];
    const out = path.join(dir, 'big.edxml');

    const mem = () => process.memoryUsage();
    global.gc?.();
    const before = mem();
    let peak = 0;
    const timer = setInterval(() => {
      const m = mem();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }, 5);
    let parsed: ParsedPacket;
    try {
      await buildEdocPacket(input, out, deps());
      parsed = await parseEdxmlFile(out, opts());
    } finally {
      clearInterval(timer);
    }
    const a = (parsed as EdocPacket).Attachments[0]!;
    expect(a.size).toBe(50 * 1024 * 1024);
    expect(fs.statSync(out).size).toBeGreaterThan(66 * 1024 * 1024);
    // Growth includes garbage the GC has not collected yet, so the bound is "less than ONE copy of the
    // attachment": a non-streaming codec holds the 50 MB file plus its 67 MB base64 text at once.
    expect(peak).toBeLessThan(50 * 1024 * 1024);
    await discardAttachments(parsed);
  }, 60_000);
});
