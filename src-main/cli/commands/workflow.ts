/**
 * `vanthu den trinh|chidao|chuyen|ykien|tiendo|giahan|hoanthanh|molai|thuhoi|lichsu ID …` and `vanthu viec`:
 * the workflow of an incoming document (workflow.step / workflow.get / workflow.todo). Every step
 * also takes --input step.json (the contract's step object) instead of flags. Units and people are
 * named as in the directory: a unit by name or short name, a person with the prefix "cb:"
 * ("cb:Nguyễn Văn An"), or either by its UUID.
 */
import type { Command } from 'commander';
import type { StepInput, TodoItem, WorkflowView } from '../../../src-shared/contracts/workflow.contract';
// Leaf modules, not the src-shared/domain barrel (see calendar.ts).
import {
  COMPLETION_LABELS,
  DEADLINE_SOURCE_LABELS,
  isOpenState,
  DEADLINE_STATUS_LABELS,
  WORKFLOW_STATE_LABELS,
  WORKFLOW_STEP_LABELS,
} from '../../../src-shared/domain/workflow';
import { URGENCY_LABELS } from '../../../src-shared/domain/priority';
import { report } from '../output';
import { collect, dmy, readJsonFile, type Run, usage } from './kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Phòng Tổng hợp" → unit; "cb:Nguyễn Văn An" → person; a UUID → id (kind as given by default). */
function ref(text: string, kind: 'unit' | 'person' = 'unit') {
  const t = text.trim();
  const m = /^(cb|dv):\s*(.*)$/i.exec(t);
  const k = m ? (m[1]!.toLowerCase() === 'cb' ? 'person' : 'unit') : kind;
  const v = m ? m[2]!.trim() : t;
  return UUID.test(v) ? { kind: k, id: v } : { kind: k, name: v };
}

function describeView(v: WorkflowView): string {
  const lines = [
    `Số đến ${v.arrivalNumber ?? '?'} ngày ${dmy(v.arrivalDate)} — ${v.typeName} ${v.soKyHieu ?? ''} của ${v.organName}`,
    `  ${v.subject}`,
    `Trạng thái: ${WORKFLOW_STATE_LABELS[v.state]}${v.urgency !== 'thuong' ? ` (${URGENCY_LABELS[v.urgency]})` : ''}${v.viaHub ? ' — nhận qua trục liên thông' : ''}`,
    `Hạn giải quyết: ${v.deadline ? `${dmy(v.deadline.dueDate)} (${DEADLINE_SOURCE_LABELS[v.deadline.source].toLowerCase()}) — ${DEADLINE_STATUS_LABELS[v.deadlineStatus]}${isOpenState(v.state) ? '' : ' (đã đóng)'}` : 'không có'}`,
  ];
  if (v.direction)
    lines.push(
      `Chủ trì: ${v.direction.chuTri.name}${v.direction.phoiHop.length ? `; phối hợp: ${v.direction.phoiHop.map((p) => p.name).join(', ')}` : ''}`,
    );
  if (v.handedTo) lines.push(`Đã chuyển: ${v.handedTo} ngày ${dmy(v.handedOn)}`);
  if (v.unitDirection) {
    const u = v.unitDirection;
    lines.push(
      `Ý kiến lãnh đạo đơn vị (${u.decidedBy.name}, ${dmy(u.at)}): ${u.text}${u.assignee ? ` — giao ${u.assignee.name}${u.dueDate ? `, hạn ${dmy(u.dueDate)}` : ''}` : ''}`,
    );
  }
  if (v.completion)
    lines.push(
      `Hoàn thành: ${COMPLETION_LABELS[v.completion.how]} ngày ${dmy(v.completion.on)}${v.completion.reply ? ` — trả lời bằng ${v.completion.reply.soKyHieu ?? ''}` : ''}`,
    );
  lines.push(`Bước tiếp theo được phép: ${v.allowedSteps.map((s) => WORKFLOW_STEP_LABELS[s]).join(', ') || '(không)'}`);
  return lines.join('\n');
}

function describeHistory(v: WorkflowView): string {
  return [
    describeView(v),
    'Lịch sử xử lý:',
    ...v.steps.map(
      (s) => `  #${s.seq} ${s.at} ${WORKFLOW_STEP_LABELS[s.kind]}${s.decidedBy ? ` (${s.decidedBy.name})` : ''} — nhập bởi ${s.enteredBy}`,
    ),
  ].join('\n');
}

export function registerWorkflowCommands(program: Command, run: Run): void {
  const den = program.commands.find((c) => c.name() === 'den') ?? program.command('den');

  const sendStep = (id: string, input: string | undefined, build: () => StepInput | string) =>
    run(async (ctx) => {
      let step: unknown;
      if (input !== undefined) {
        const file = readJsonFile(ctx, input);
        if (!file.ok) return file.code;
        step = file.value;
      } else {
        const built = build();
        if (typeof built === 'string') return usage(ctx, built);
        step = built;
      }
      return report(ctx.output, (await ctx.call('workflow.step', { entryId: id, step })) as never, describeView);
    });

  den
    .command('trinh <id>')
    .description('Trình văn bản đến cho lãnh đạo (Điều 23.1: trong ngày, chậm nhất ngày làm việc tiếp theo; khẩn: ngay)')
    .option('--lanh-dao <ten>', 'lãnh đạo được trình (họ tên trong danh bạ hoặc mã)')
    .option('--at <ngay>', 'thời điểm trình (YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM)')
    .option('--ghi-chu <text>')
    .option('--input <step.json>', 'bước xử lý dạng JSON thay cho các tùy chọn')
    .action((id: string, o: { lanhDao?: string; at?: string; ghiChu?: string; input?: string }) =>
      sendStep(id, o.input, () =>
        o.lanhDao
          ? { kind: 'trinh', leader: ref(o.lanhDao, 'person'), at: o.at, note: o.ghiChu }
          : 'Thiếu --lanh-dao (lãnh đạo được trình).',
      ),
    );

  den
    .command('chidao <id>')
    .description('Ghi ý kiến chỉ đạo: chủ trì, phối hợp, để biết, hạn giải quyết (hoặc --thang: chuyển thẳng theo quy chế)')
    .option('--y-kien <text>', 'ý kiến chỉ đạo')
    .option('--chu-tri <don-vi>', 'đơn vị chủ trì (tên, tên viết tắt; cá nhân: "cb:Họ tên")')
    .option('--phoi-hop <don-vi>', 'đơn vị phối hợp (lặp lại được)', collect)
    .option('--de-biet <don-vi>', 'đơn vị để biết (lặp lại được)', collect)
    .option('--han <ngay>', 'hạn giải quyết (YYYY-MM-DD hoặc dd/mm/yyyy)')
    .option('--han-ngay <n>', 'hạn giải quyết: số ngày làm việc kể từ ngày chỉ đạo')
    .option('--lanh-dao <ten>', 'lãnh đạo cho ý kiến (mặc định: người được trình)')
    .option('--thang', 'chuyển thẳng, không qua lãnh đạo (quy chế đã xác định đơn vị)')
    .option('--can-cu <text>', 'căn cứ chuyển thẳng')
    .option('--at <ngay>')
    .option('--input <step.json>')
    .action(
      (
        id: string,
        o: {
          yKien?: string;
          chuTri?: string;
          phoiHop?: string[];
          deBiet?: string[];
          han?: string;
          hanNgay?: string;
          lanhDao?: string;
          thang?: boolean;
          canCu?: string;
          at?: string;
          input?: string;
        },
      ) =>
        sendStep(id, o.input, () => {
          if (!o.chuTri) return 'Thiếu --chu-tri (đơn vị chủ trì).';
          const common = {
            chuTri: ref(o.chuTri),
            phoiHop: (o.phoiHop ?? []).map((p) => ref(p)),
            deBiet: (o.deBiet ?? []).map((p) => ref(p)),
            at: o.at,
          };
          if (o.thang) return { kind: 'chuyen-thang', basis: o.canCu, ...common };
          if (!o.yKien) return 'Thiếu --y-kien (ý kiến chỉ đạo).';
          if (o.hanNgay !== undefined && !/^\d{1,4}$/.test(o.hanNgay)) return `--han-ngay "${o.hanNgay}" không phải số ngày làm việc.`;
          return {
            kind: 'chi-dao',
            direction: o.yKien,
            ...common,
            ...(o.lanhDao ? { decidedBy: ref(o.lanhDao, 'person') } : {}),
            ...(o.han ? { dueDate: o.han } : {}),
            ...(o.hanNgay !== undefined ? { dueInWorkingDays: Number(o.hanNgay) } : {}),
          };
        }),
    );

  den
    .command('chuyen <id>')
    .description('Chuyển văn bản cho đơn vị, người nhận (điền cột "Đơn vị hoặc người nhận", "Ngày chuyển" của sổ đến)')
    .option('--cach <giay|dien-tu>', 'giấy (có ký nhận) hoặc điện tử', 'giay')
    .option('--noi-nhan <don-vi>', 'nơi nhận (lặp lại được; mặc định theo ý kiến chỉ đạo)', collect)
    .option('--ngay <ngay>', 'ngày chuyển (mặc định hôm nay)')
    .option('--ky-nhan <ten>', 'người ký nhận bản giấy')
    .option('--ghi-chu <text>')
    .option('--input <step.json>')
    .action((id: string, o: { cach: string; noiNhan?: string[]; ngay?: string; kyNhan?: string; ghiChu?: string; input?: string }) =>
      sendStep(id, o.input, () => ({
        kind: 'chuyen',
        // Anything but giay / dien-tu is refused by the contract, naming the field.
        method: (o.cach === 'giay' ? 'giay-ky-nhan' : o.cach) as 'giay-ky-nhan' | 'dien-tu',
        recipients: (o.noiNhan ?? []).map((p) => ref(p)),
        date: o.ngay,
        receivedBy: o.kyNhan,
        note: o.ghiChu,
      })),
    );

  den
    .command('ykien <id>')
    .description('Ghi ý kiến của lãnh đạo đơn vị (ô 2 của phiếu giải quyết): giao cho cá nhân, thời hạn đối với cá nhân')
    .option('--lanh-dao <ten>', 'lãnh đạo đơn vị cho ý kiến (họ tên trong danh bạ hoặc mã)')
    .option('--y-kien <text>', 'ý kiến của lãnh đạo đơn vị')
    .option('--giao <ten>', 'cá nhân được giao giải quyết')
    .option('--han <ngay>', 'thời hạn giải quyết đối với cá nhân (YYYY-MM-DD hoặc dd/mm/yyyy)')
    .option('--at <ngay>', 'ngày cho ý kiến')
    .option('--input <step.json>')
    .action((id: string, o: { lanhDao?: string; yKien?: string; giao?: string; han?: string; at?: string; input?: string }) =>
      sendStep(id, o.input, () => {
        if (!o.lanhDao) return 'Thiếu --lanh-dao (lãnh đạo đơn vị cho ý kiến).';
        if (!o.yKien) return 'Thiếu --y-kien (ý kiến của lãnh đạo đơn vị).';
        return {
          kind: 'y-kien-don-vi',
          decidedBy: ref(o.lanhDao, 'person'),
          direction: o.yKien,
          ...(o.giao ? { assignee: ref(o.giao, 'person') } : {}),
          ...(o.han ? { dueDate: o.han } : {}),
          at: o.at,
        };
      }),
    );

  den
    .command('tiendo <id>')
    .description('Ghi tiến độ giải quyết')
    .option('--ghi-chu <text>', 'nội dung tiến độ')
    .option('--at <ngay>')
    .option('--input <step.json>')
    .action((id: string, o: { ghiChu?: string; at?: string; input?: string }) =>
      sendStep(id, o.input, () => (o.ghiChu ? { kind: 'tien-do', note: o.ghiChu, at: o.at } : 'Thiếu --ghi-chu (nội dung tiến độ).')),
    );

  den
    .command('giahan <id>')
    .description('Gia hạn giải quyết (hạn cũ được giữ lại)')
    .option('--han <ngay>', 'hạn mới')
    .option('--han-ngay <n>', 'hạn mới: số ngày làm việc cộng thêm vào hạn hiện tại')
    .option('--ly-do <text>')
    .option('--lanh-dao <ten>', 'người quyết định gia hạn')
    .option('--input <step.json>')
    .action((id: string, o: { han?: string; hanNgay?: string; lyDo?: string; lanhDao?: string; input?: string }) =>
      sendStep(id, o.input, () => {
        if (!o.lyDo) return 'Thiếu --ly-do (lý do gia hạn).';
        if (o.hanNgay !== undefined && !/^\d{1,4}$/.test(o.hanNgay)) return `--han-ngay "${o.hanNgay}" không phải số ngày làm việc.`;
        return {
          kind: 'gia-han',
          reason: o.lyDo,
          ...(o.han ? { dueDate: o.han } : {}),
          ...(o.hanNgay !== undefined ? { dueInWorkingDays: Number(o.hanNgay) } : {}),
          ...(o.lanhDao ? { decidedBy: ref(o.lanhDao, 'person') } : {}),
        };
      }),
    );

  den
    .command('hoanthanh <id>')
    .description(
      'Hoàn thành: bằng văn bản trả lời (--tra-loi MÃ_VĂN_BẢN_ĐI), lưu để biết (--luu), hoặc không phải giải quyết (--khong-giai-quyet --ly-do)',
    )
    .option('--tra-loi <id>', 'mã văn bản đi trả lời')
    .option('--luu', 'lưu, để biết')
    .option('--khong-giai-quyet', 'không phải giải quyết')
    .option('--ly-do <text>')
    .option('--at <ngay>')
    .option('--input <step.json>')
    .action((id: string, o: { traLoi?: string; luu?: boolean; khongGiaiQuyet?: boolean; lyDo?: string; at?: string; input?: string }) =>
      sendStep(id, o.input, () => {
        const how = o.traLoi ? 'tra-loi' : o.luu ? 'luu-de-biet' : o.khongGiaiQuyet ? 'khong-giai-quyet' : null;
        if (!how) return 'Chọn một cách hoàn thành: --tra-loi <mã văn bản đi>, --luu hoặc --khong-giai-quyet --ly-do "…".';
        return { kind: 'hoan-thanh', how, replyEntryId: o.traLoi, reason: o.lyDo, at: o.at };
      }),
    );

  for (const [name, kind, label] of [
    ['molai', 'mo-lai', 'Mở lại văn bản đã hoàn thành (có lý do)'],
    ['thuhoi', 'thu-hoi', 'Thu hồi văn bản theo yêu cầu của nơi gửi (từ mọi trạng thái)'],
  ] as const) {
    den
      .command(`${name} <id>`)
      .description(label)
      .option('--ly-do <text>')
      .option('--at <ngay>')
      .option('--input <step.json>')
      .action((id: string, o: { lyDo?: string; at?: string; input?: string }) =>
        sendStep(id, o.input, () => (o.lyDo ? { kind, reason: o.lyDo, at: o.at } : 'Thiếu --ly-do.')),
      );
  }

  den
    .command('lichsu <id>')
    .description('Trạng thái, hạn giải quyết và toàn bộ các bước xử lý của một văn bản đến')
    .action((id: string) =>
      run(async (ctx) => report(ctx.output, (await ctx.call('workflow.get', { entryId: id })) as never, describeHistory)),
    );

  program
    .command('viec')
    .description('Việc cần làm: chờ trình, chờ chuyển, sắp đến hạn, quá hạn, chưa có trả lời (khẩn trước)')
    .option('--limit <n>', 'số dòng mỗi danh sách (tối đa 200)', '20')
    .action((o: { limit: string }) =>
      run(async (ctx) => {
        if (!/^\d{1,3}$/.test(o.limit)) return usage(ctx, `--limit "${o.limit}" không phải số.`);
        const res = await ctx.call('workflow.todo', { limit: Number(o.limit) });
        return report(
          ctx.output,
          res as never,
          (v: { today: string; counts: Record<string, number>; lists: Record<string, TodoItem[]> }) => {
            const titles: Record<string, string> = {
              'cho-trinh': 'Chờ trình',
              'cho-chuyen': 'Chờ chuyển',
              'sap-den-han': 'Sắp đến hạn',
              'qua-han': 'Quá hạn',
              'chua-tra-loi': 'Chưa có trả lời',
            };
            const out = [`Việc cần làm ngày ${dmy(v.today)}`];
            for (const [k, t] of Object.entries(titles)) {
              out.push(`${t}: ${v.counts[k] ?? 0}`);
              for (const i of v.lists[k] ?? [])
                out.push(
                  `  ${i.arrivalNumber ?? '?'} ${i.urgency !== 'thuong' ? `[${URGENCY_LABELS[i.urgency]}] ` : ''}${i.soKyHieu ?? ''} ${i.subject}${i.dueDate ? ` — hạn ${dmy(i.dueDate)}` : ''}  (${i.entryId})`,
                );
            }
            return out.join('\n');
          },
        );
      }),
    );
}
