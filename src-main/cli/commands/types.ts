import type { Command } from 'commander';
import type { CustomDocumentType } from '../../../src-shared/contracts/document-types.contract';
import { callAndReport, type Run } from './kit';

function describeType(t: CustomDocumentType): string {
  const dirs = [t.incoming ? 'đến' : null, t.outgoing ? 'đi' : null].filter(Boolean).join(', ');
  return `${t.code.padEnd(28)} ${t.name}${t.abbreviation ? ` (${t.abbreviation})` : ''} — ${t.system === 'party' ? 'Đảng' : 'nhà nước'}; văn bản ${dirs}${t.disabled ? ' [ĐÃ TẮT]' : ''}`;
}

/** `vanthu type …`: the agency's own document types, offered after the built-in groups. */
export function registerTypeCommands(program: Command, run: Run): void {
  const type = program.command('type').description('Loại văn bản do cơ quan bổ sung (ngoài danh mục Nghị định 30/2020 và của Đảng)');
  type
    .command('list')
    .description('Danh sách loại văn bản cơ quan đã bổ sung (cả loại đã tắt)')
    .action(() =>
      callAndReport(run, 'agency.listTypes', {}, (v) => {
        const items = (v as { items: CustomDocumentType[] }).items;
        return items.length === 0 ? 'Cơ quan chưa bổ sung loại văn bản nào.' : items.map(describeType).join('\n');
      }),
    );
  type
    .command('add')
    .description('Thêm loại văn bản; chữ viết tắt trùng với loại sẵn có cùng hệ thống bị từ chối')
    .requiredOption('--name <text>', 'tên loại, ví dụ "Phiếu trình"')
    .option('--abbr <text>', 'chữ viết tắt tên loại dùng trong ký hiệu, ví dụ PTr')
    .option('--system <state|party>', 'bảng loại văn bản: state (nhà nước) hoặc party (Đảng)', 'state')
    .option('--incoming-only', 'chỉ dùng cho văn bản đến')
    .option('--outgoing-only', 'chỉ dùng cho văn bản đi')
    .action((o: { name: string; abbr?: string; system: string; incomingOnly?: boolean; outgoingOnly?: boolean }) =>
      callAndReport(
        run,
        'agency.addType',
        {
          name: o.name,
          abbreviation: o.abbr ?? null,
          system: o.system,
          incoming: !o.outgoingOnly,
          outgoing: !o.incomingOnly,
        },
        (v) => `Đã thêm loại văn bản:\n${describeType(v as CustomDocumentType)}`,
      ),
    );
  type
    .command('rename <code>')
    .description('Đổi tên (và chữ viết tắt, khi chưa cấp số nào với nó) của một loại cơ quan bổ sung')
    .option('--name <text>', 'tên mới')
    .option('--abbr <text>', 'chữ viết tắt mới')
    .action((code: string, o: { name?: string; abbr?: string }) =>
      callAndReport(
        run,
        'agency.updateType',
        { code, ...(o.name ? { name: o.name } : {}), ...(o.abbr ? { abbreviation: o.abbr } : {}) },
        (v) => `Đã cập nhật:\n${describeType(v as CustomDocumentType)}`,
      ),
    );
  for (const [verb, disabled, what] of [
    ['disable', true, 'Tắt (không còn chọn được; văn bản đã đăng ký giữ nguyên loại)'],
    ['enable', false, 'Bật lại'],
  ] as const) {
    type
      .command(`${verb} <code>`)
      .description(`${what} một loại cơ quan bổ sung`)
      .action((code: string) => callAndReport(run, 'agency.updateType', { code, disabled }, (v) => describeType(v as CustomDocumentType)));
  }
}
