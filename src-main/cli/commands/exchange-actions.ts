import type { Command } from 'commander';
import type { InboxItem, OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import { callAndReport, type Run } from './kit';

const KIND_TEXT: Record<InboxItem['Kind'], string> = {
  document: 'văn bản',
  recall: 'yêu cầu thu hồi',
  update: 'yêu cầu cập nhật',
  replace: 'văn bản thay thế',
  'take-back': 'yêu cầu lấy lại (13)',
  status: 'trạng thái',
};
const PRIORITY_TEXT = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'];

export const describeInboxItem = (i: InboxItem): string =>
  [
    `${i.id}  ${i.State.padEnd(16)} ${KIND_TEXT[i.Kind]}  [${PRIORITY_TEXT[i.Priority] ?? i.Priority}]  ${i.Code ?? ''} ${i.Subject ?? (i.StatusCode ? `trạng thái ${i.StatusCode}` : '')}`,
    `    từ ${i.From.OrganName ?? i.From.OrganId ?? '?'}${i.DueDate ? `; hạn ${i.DueDate}` : ''}${i.Signer ? `; người ký ${i.Signer}` : ''}`,
    ...(i.Signature ? [`    chữ ký số: ${i.Signature.text}`] : []),
    ...(i.Antivirus ? [`    diệt virus: ${i.Antivirus.verdict}${i.Antivirus.warning ? ` — ${i.Antivirus.warning}` : ''}`] : []),
    ...i.Attachments.map((a) => `    tệp: ${a.AttachmentName} (${a.ContentType}, ${a.size} byte)`),
    ...(i.Concerns ? [`    về văn bản: ${i.Concerns.Code ?? ''} ${i.Concerns.Subject ?? ''} (${i.Concerns.State})`] : []),
    ...(i.Reason ? [`    lý do: ${i.Reason}`] : []),
  ].join('\n');

const describeQueued = (v: OutboxItem & { alreadyQueued?: boolean }) =>
  `${v.alreadyQueued ? 'Đã có trong hàng đợi' : 'Đã xếp hàng gửi'}: ${v.kind === 'edoc' ? 'văn bản' : `trạng thái ${v.StatusCode}`} ${v.Notation ?? ''} → ${v.Recipients.join(', ')}`;

/**
 * The clerk's exchange actions from the terminal (JSON in/out with --json): decide inbox items
 * (`vanthu inbox register|return|accept|refuse ID`) and act on a sent outgoing entry
 * (`vanthu di send|takeback|recall|replace|deliveries|channels ID`).
 */
export function registerExchangeActionCommands(program: Command, run: Run): void {
  const inbox = program.commands.find((c) => c.name() === 'inbox') ?? program.command('inbox').description('Gói tin đến');
  inbox
    .command('register <id>')
    .description('Vào sổ văn bản đến một văn bản từ trục (kèm mọi tệp, trong một giao dịch)')
    .option('--confirm-broken-signature', 'vẫn vào sổ dù chữ ký số không hợp lệ (được ghi nhật ký)')
    .action((id: string, o: { confirmBrokenSignature?: boolean }) =>
      callAndReport(
        run,
        'exchange.registerIncoming',
        {
          inboxId: id,
          ...(o.confirmBrokenSignature ? { confirmBrokenSignature: true } : {}),
        },
        (v) => {
          const r = v as {
            entry: { ArrivalNumber: number; Subject: string };
            alreadyRegistered: boolean;
            warnings: { message: string }[];
          };
          return [
            `${r.alreadyRegistered ? 'Đã vào sổ từ trước' : 'Đã vào sổ'}: số đến ${r.entry.ArrivalNumber} — ${r.entry.Subject}`,
            ...r.warnings.map((w) => `  lưu ý: ${w.message}`),
          ].join('\n');
        },
      ),
    );
  inbox
    .command('return <id>')
    .description('Trả lại văn bản cho nơi gửi (trạng thái 02 kèm lý do)')
    .requiredOption('--reason <text>', 'lý do trả lại')
    .action((id: string, o: { reason: string }) =>
      callAndReport(run, 'exchange.refuseIncoming', { id, reason: o.reason }, (v) => describeInboxItem(v as InboxItem)),
    );
  for (const [name, accept] of [
    ['accept', true],
    ['refuse', false],
  ] as const) {
    const cmd = inbox
      .command(`${name} <id>`)
      .description(
        accept
          ? 'Đồng ý yêu cầu thu hồi / cập nhật / lấy lại (trạng thái 15)'
          : 'Từ chối yêu cầu thu hồi / cập nhật / lấy lại (trạng thái 16 kèm lý do)',
      );
    (accept ? cmd.option('--reason <text>', 'ghi chú') : cmd.requiredOption('--reason <text>', 'lý do từ chối')).action(
      (id: string, o: { reason?: string }) =>
        callAndReport(run, 'exchange.answerRequest', { id, accept, ...(o.reason ? { reason: o.reason } : {}) }, (v) =>
          describeInboxItem(v as InboxItem),
        ),
    );
  }

  const di = program.commands.find((c) => c.name() === 'di') ?? program.command('di').description('Văn bản đi');
  di.command('send <entryId>')
    .description('Gửi văn bản đi đã đăng ký qua trục liên thông')
    .requiredOption('--to <organIds...>', 'mã định danh các nơi nhận (theo danh bạ trục)')
    .action((entryId: string, o: { to: string[] }) =>
      callAndReport(run, 'exchange.sendEntry', { entryId, to: o.to }, (v) => describeQueued(v as OutboxItem)),
    );
  di.command('takeback <entryId>')
    .description('Đề nghị nơi nhận trả lại văn bản gửi nhầm (trạng thái 13)')
    .option('--reason <text>', 'lý do', 'Văn bản gửi nhầm, đề nghị trả lại')
    .action((entryId: string, o: { reason: string }) =>
      callAndReport(run, 'exchange.takeBackEntry', { entryId, reason: o.reason }, (v) => describeQueued(v as OutboxItem)),
    );
  di.command('recall <entryId>')
    .description('Thu hồi văn bản đã gửi (gói thu hồi; văn bản đi bị khóa, ghi "thu hồi")')
    .requiredOption('--reason <text>', 'lý do thu hồi')
    .action((entryId: string, o: { reason: string }) =>
      callAndReport(run, 'exchange.recallEntry', { entryId, reason: o.reason }, (v) => describeQueued(v as OutboxItem)),
    );
  di.command('replace <entryId>')
    .description('Gửi văn bản đi khác thay thế (hoặc cập nhật, --update) văn bản đã gửi, tới cùng nơi nhận')
    .requiredOption('--by <newEntryId>', 'văn bản đi mới (đã đăng ký, có tệp PDF)')
    .option('--update', 'gửi dạng cập nhật (loại nghiệp vụ 2) thay vì thay thế (3)')
    .action((entryId: string, o: { by: string; update?: boolean }) =>
      callAndReport(run, 'exchange.replaceEntry', { entryId, byEntryId: o.by, mode: o.update ? 'update' : 'replace' }, (v) =>
        describeQueued(v as OutboxItem),
      ),
    );
  di.command('deliveries <entryId>')
    .description('Trạng thái của từng nơi nhận (01–06, 13, 15, 16)')
    .action((entryId: string) =>
      callAndReport(run, 'exchange.entryDeliveries', { entryId }, (v) => {
        const d = v as {
          Recipients: { OrganId: string; OrganName: string; LatestCode: string | null }[];
          History: { At: string; direction: string; OrganId: string; StatusCode: string; Description: string }[];
        };
        return [
          ...d.Recipients.map((r) => `${r.OrganId}  ${r.OrganName}: ${r.LatestCode ?? 'chưa có trạng thái'}`),
          ...d.History.map((h) => `  ${h.At} ${h.direction === 'in' ? '←' : '→'} ${h.OrganId} ${h.StatusCode} ${h.Description}`),
        ].join('\n');
      }),
    );
  di.command('channels <entryId>')
    .description('Nơi nhận nào nhận qua trục, nơi nào phải gửi bản giấy')
    .action((entryId: string) =>
      callAndReport(run, 'exchange.recipientChannels', { entryId }, (v) =>
        (v as { organName: string; organId: string | null; channel: string }[])
          .map((r) => `${r.channel === 'hub' ? 'trục  ' : 'giấy  '} ${r.organId ?? ''} ${r.organName}`)
          .join('\n'),
      ),
    );
}
