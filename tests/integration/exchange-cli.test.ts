import fs from 'node:fs';
import path from 'node:path';
import { EXIT } from '../../src-main/cli/output';
import { describe, expect, it } from 'vitest';
import { E1_NEW_DOCUMENT, SAMPLE_PDF } from '../../src-main/features/exchange/edxml/edxml.samples';
import { initArgs, runVanthu } from '../support/app-harness';
import { AGENCY_A, AGENCY_B, hubLetter } from '../support/exchange-harness';
import { useHubSimulator } from '../support/hub-apps';

const hub = useHubSimulator('vanthu-exch-cli-');

const init = (data: string, a: typeof AGENCY_A) =>
  runVanthu([
    '--data',
    data,
    ...initArgs({
      name: a.name,
      parentName: 'UBND tỉnh Mẫu',
      code: a.organId,
      abbreviation: 'SO',
      address: '01 Đường Chính',
      placeName: 'TP Mẫu',
    }),
  ]);

describe('vanthu edxml / hub / outbox / inbox', () => {
  it('edxml parse reads a packet (and extracts attachments); bad packets exit 2 with the reason', () => {
    const data = path.join(hub.dir, 'p');
    const file = path.join(hub.dir, 'e1.edxml');
    fs.writeFileSync(file, E1_NEW_DOCUMENT);
    const r = runVanthu(['--data', data, 'edxml', 'parse', file, '--extract', path.join(hub.dir, 'att'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      kind: 'edoc',
      MessageHeader: { DocumentId: '000.00.07.H99,2025/03/05,125/STT-VP' },
      Attachments: [{ AttachmentName: '125-STT-VP.pdf', size: SAMPLE_PDF.length }],
    });
    expect(fs.readFileSync(path.join(hub.dir, 'att', '125-STT-VP.pdf'))).toEqual(SAMPLE_PDF);

    const bad = path.join(hub.dir, 'bad.edxml');
    fs.writeFileSync(bad, E1_NEW_DOCUMENT.replace(/QCVN_102_2016/g, 'khac'));
    const rb = runVanthu(['--data', data, 'edxml', 'parse', bad, '--json']);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toMatch(/Sai không gian tên/);
    const huge = path.join(hub.dir, 'huge.edxml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 500 * 1024 * 1024);
    expect(runVanthu(['--data', data, 'edxml', 'parse', huge]).stderr).toMatch(/500 MB, vượt giới hạn/);
  });

  it('configure, send, sync, list: a document and its 01 make the round trip; the secret is never stored in clear', () => {
    const a = path.join(hub.dir, 'a');
    const b = path.join(hub.dir, 'b');
    expect(init(a, AGENCY_A).code).toBe(0);
    expect(init(b, AGENCY_B).code).toBe(0);
    expect(
      runVanthu(['--data', a, 'hub', 'configure', '--url', hub.sim.url, '--system-id', AGENCY_A.systemId, '--secret-env', 'NO_SUCH_VAR'])
        .code,
    ).toBe(2);
    expect(
      runVanthu(['--data', a, 'hub', 'configure', '--url', hub.sim.url, '--system-id', AGENCY_A.systemId, '--secret-env', 'HUB_SECRET'], {
        HUB_SECRET: AGENCY_A.secret,
      }).code,
    ).toBe(0);
    expect(
      runVanthu(
        ['--data', b, 'hub', 'configure', '--url', hub.sim.url, '--system-id', AGENCY_B.systemId, '--secret-env', 'HUB_SECRET', '--json'],
        { HUB_SECRET: AGENCY_B.secret },
      ).json(),
    ).toMatchObject({
      configured: true,
      systemId: AGENCY_B.systemId,
    });

    const pdf = path.join(hub.dir, 'vb.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const doc = hubLetter(pdf, {
      CodeNumber: '7',
      CodeNotation: 'STT-VP',
      PromulgationDate: '2025-03-05',
      Subject: 'V/v thử dòng lệnh',
      Priority: 1,
    });
    const input = path.join(hub.dir, 'doc.json');
    fs.writeFileSync(input, JSON.stringify(doc));
    const built = runVanthu(['--data', a, 'edxml', 'build', '--input', input, '--out', path.join(hub.dir, 'doc.edxml'), '--json']);
    expect(built.json()).toMatchObject({ kind: 'edoc', DocumentId: `${AGENCY_A.organId},2025/03/05,7/STT-VP` });
    expect(fs.readFileSync(path.join(hub.dir, 'doc.edxml'), 'utf8')).toContain('<edXML:Bussiness>');

    expect(runVanthu(['--data', a, 'outbox', 'send', '--input', input]).code).toBe(0);
    expect(runVanthu(['--data', a, 'hub', 'sync', '--once', '--json']).json()).toEqual({ sent: 1, received: 0, statuses: 0, errors: [] });
    expect(runVanthu(['--data', b, 'hub', 'sync', '--once', '--json']).json()).toEqual({ sent: 1, received: 1, statuses: 0, errors: [] });
    const inbox = runVanthu(['--data', b, 'inbox', 'list', '--json']).json() as { State: string; Subject: string }[];
    expect(inbox).toMatchObject([{ State: 'new', Subject: 'V/v thử dòng lệnh' }]);
    expect(runVanthu(['--data', a, 'hub', 'sync', '--once', '--json']).json()).toMatchObject({ statuses: 1 });
    expect(runVanthu(['--data', a, 'outbox', 'list', '--json']).json()).toMatchObject([{ State: 'sent', kind: 'edoc' }]);
    expect(runVanthu(['--data', b, 'outbox', 'list', '--json']).json()).toMatchObject([
      { State: 'sent', kind: 'status', StatusCode: '01' },
    ]);

    // Every kind with its priority and verdicts; a document is returned (02) with its reason, not "accepted".
    const [item] = inbox as unknown as { id: string; Kind: string; Priority: number; Signature: { state: string } }[];
    expect(item).toMatchObject({ Kind: 'document', Priority: 1 });
    expect(item!.Signature?.state).toMatch(/^(unsigned|damaged)$/);
    const accept = runVanthu(['--data', b, 'inbox', 'accept', item!.id, '--json']);
    expect(accept.code).toBe(EXIT.Validation);
    expect(accept.stderr).toContain('không phải yêu cầu thu hồi');
    const returned = runVanthu(['--data', b, 'inbox', 'return', item!.id, '--reason', 'Gửi nhầm nơi nhận', '--json']);
    expect(returned.json()).toMatchObject({ State: 'refused', Reason: 'Gửi nhầm nơi nhận' });
    expect(runVanthu(['--data', a, 'di', 'recall', 'khong-co', '--reason', 'Sai', '--json']).stderr).toContain(
      'Không tìm thấy văn bản có mã khong-co',
    );

    for (const root of [a, b]) {
      const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
      for (const f of files)
        expect(fs.readFileSync(path.join(f.parentPath, f.name)).includes(root === a ? AGENCY_A.secret : AGENCY_B.secret)).toBe(false);
    }
  });
});
