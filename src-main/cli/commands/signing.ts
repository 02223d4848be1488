import type { Command } from 'commander';
import type { ModuleReport, SignatureReport, SigningSettings, SignResult } from '../../../src-shared/contracts/signing.contract';
import { EXIT, report } from '../output';
import { callAndReport, type Run } from './kit';

/** `vanthu verify` exits 10 when a signature is not valid (or there is none), so scripts can branch. */
export const EXIT_NOT_VALID = 10;

function parseRect(s: string): { x: number; y: number; width: number; height: number } | undefined {
  const n = s.split(',').map((v) => Number(v.trim()));
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return undefined;
  return { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]! };
}

function describeSignature(s: SignatureReport, i: number): string {
  return [
    `#${i + 1} ${s.fieldName}: ${s.verdict} — ${s.message}`,
    `   Người ký:  ${s.signer}${s.organization ? ` (${s.organization})` : ''}`,
    `   Thời điểm: ${s.signingTime ?? '?'} (${s.timeSource === 'timestamp' ? 'dấu thời gian' : 'người ký khai'})`,
    `   Phạm vi:   ${s.coversWholeFile ? 'toàn bộ tệp' : 'một phiên bản trước của tệp'}; mức ${s.level}`,
    `   Chuỗi:     ${s.chain.map((c) => c.commonName).join(' → ')}${s.chainTrusted ? ' (tin cậy)' : ' (KHÔNG tin cậy)'}`,
    ...s.problems.map((p) => `   ! ${p}`),
    ...s.notes.map((n) => `   · ${n}`),
  ].join('\n');
}

function describeModules(modules: ModuleReport[]): string {
  if (modules.length === 0) return 'Không tìm thấy thư viện token nào trên máy; chỉ định bằng --module.';
  return modules
    .map((m) =>
      [
        `${m.modulePath}: ${m.ok ? `${m.library?.manufacturer ?? ''} ${m.library?.description ?? ''}`.trim() : `LỖI (${m.failure}) ${m.message ?? ''}`}`,
        ...m.tokens.flatMap((t) => [
          `  Token "${t.label}" (số sê-ri ${t.serialNumber}, ${t.manufacturer} ${t.model})${t.pinWarning ? ` — ${t.pinWarning}` : ''}`,
          ...t.certificates.map(
            (c) =>
              `    [${c.id}] ${c.commonName}${c.organization ? ` — ${c.organization}` : ''}; ${c.keyAlgorithm}; hiệu lực đến ${c.notAfter.slice(0, 10)}${c.isCA ? '; CA' : ''}${c.expired ? '; HẾT HẠN' : ''}`,
          ),
        ]),
      ].join('\n'),
    )
    .join('\n');
}

export function registerSigningCommands(program: Command, run: Run): void {
  program
    .command('tokens')
    .description('Liệt kê token ký số và chứng thư (không cần PIN); mỗi thư viện được nạp thử trong tiến trình riêng')
    .option('--module <lib>', 'chỉ thử thư viện PKCS#11 này')
    .action((o: { module?: string }) =>
      callAndReport(run, 'signing.listTokens', o.module ? { modulePath: o.module } : {}, (v) =>
        describeModules((v as { modules: ModuleReport[] }).modules),
      ),
    );

  program
    .command('token-module')
    .description(
      'Thư viện PKCS#11 của token cho dữ liệu này: liệt kê, chọn một thư viện đã biết, hoặc (quản trị viên) thêm thư viện khác; cửa sổ ứng dụng chỉ chọn trong danh sách này',
    )
    .option('--add <lib>', 'thêm thư viện này (phải có trên máy) vào danh sách và chọn nó')
    .option('--select <lib>', 'chọn một thư viện trong danh sách')
    .action((o: { add?: string; select?: string }) =>
      run(async (ctx) => {
        if (o.add !== undefined || o.select !== undefined) {
          const input = o.add !== undefined ? { addCustomModulePath: o.add } : { modulePath: o.select };
          return report(ctx.output, await ctx.call('signing.saveSettings', input), (v) => `Đã chọn: ${(v as SigningSettings).modulePath}`);
        }
        return report(ctx.output, await ctx.call('signing.listModules', {}), (v) =>
          (v as { modules: { path: string; selected: boolean; custom: boolean }[] }).modules
            .map((m) => `${m.selected ? '*' : ' '} ${m.path}${m.custom ? ' (thêm bởi quản trị viên)' : ''}`)
            .join('\n'),
        );
      }),
    );

  program
    .command('sign <input>')
    .description('Ký số văn bản PDF bằng token (PAdES, cập nhật tăng dần), hình thức theo Phụ lục I Nghị định 30/2020')
    .requiredOption('--out <file>', 'tệp PDF kết quả')
    .requiredOption('--module <lib>', 'thư viện PKCS#11 của token')
    .requiredOption('--token <label>', 'nhãn hoặc số sê-ri của token')
    .requiredOption('--pin-env <VAR>', 'tên biến môi trường chứa mã PIN (không nhận PIN trên dòng lệnh)')
    .requiredOption('--appearance <kind>', 'signer | seal | attachment | copy')
    .option('--key-id <hex>', 'CKA_ID của chứng thư/khóa trên token')
    .option('--image <png>', 'ảnh chữ ký (signer) hoặc con dấu (seal), PNG nền trong suốt')
    .option('--seal-size-mm <mm>', 'đường kính thực của con dấu khi ảnh không ghi DPI', Number)
    .option('--page <n>', 'trang đặt chữ ký (đánh số từ 1)', (v) => Number(v))
    .option('--rect <x,y,w,h>', 'vùng đặt chữ ký, đơn vị point, gốc ở góc dưới trái trang')
    .option('--number <so-ky-hieu>', 'số, ký hiệu văn bản, ví dụ "05/QĐ-UBND"')
    .option('--date <YYYY-MM-DD>', 'ngày ban hành ghi vào dòng "ngày … tháng … năm …"')
    .option('--copy-form <form>', 'hình thức sao: "SAO Y" | "SAO LỤC" | "TRÍCH SAO"', 'SAO Y')
    .option('--agency <name>', 'tên cơ quan sao (mặc định: tên trên chứng thư)')
    .option('--signer-name <name>', 'họ tên người ký để tìm vị trí (mặc định: tên trên chứng thư)')
    .option('--tsa <url>', 'máy chủ dấu thời gian RFC 3161 (PAdES B-T)')
    .option('--reason <text>', 'lý do ký')
    .option('--location <text>', 'nơi ký')
    .option('--overwrite', 'cho phép ghi đè tệp kết quả')
    .option('--accept-final-try', 'đồng ý thử PIN khi token báo chỉ còn một lần thử')
    .action(
      (
        input: string,
        o: {
          out: string;
          module: string;
          token: string;
          pinEnv: string;
          appearance: string;
          keyId?: string;
          image?: string;
          sealSizeMm?: number;
          page?: number;
          rect?: string;
          number?: string;
          date?: string;
          copyForm: string;
          agency?: string;
          signerName?: string;
          tsa?: string;
          reason?: string;
          location?: string;
          overwrite?: boolean;
          acceptFinalTry?: boolean;
        },
      ) =>
        run(async (ctx) => {
          const pin = process.env[o.pinEnv];
          if (!pin) return ctx.output.error({ kind: 'Validation', message: `Biến môi trường ${o.pinEnv} (mã PIN) chưa được đặt.` });
          const rect = o.rect === undefined ? undefined : parseRect(o.rect);
          if (o.rect !== undefined && !rect)
            return ctx.output.error({ kind: 'Validation', message: '--rect phải có dạng x,y,rộng,cao (số).' });
          const place = { ...(o.page !== undefined ? { page: o.page } : {}), ...(rect ? { rect } : {}) };
          const appearance =
            o.appearance === 'signer'
              ? { kind: 'signer', imagePath: o.image, ...place, ...(o.signerName ? { signerName: o.signerName } : {}) }
              : o.appearance === 'seal'
                ? { kind: 'seal', imagePath: o.image, ...place, ...(o.sealSizeMm ? { sealSizeMm: o.sealSizeMm } : {}) }
                : o.appearance === 'copy'
                  ? { kind: 'copy', copyForm: o.copyForm, ...(o.agency ? { agencyName: o.agency } : {}) }
                  : { kind: o.appearance };
          const result = await ctx.call('signing.sign', {
            inputPath: input,
            outputPath: o.out,
            modulePath: o.module,
            token: o.token,
            pin,
            appearance,
            ...(o.keyId ? { keyId: o.keyId } : {}),
            ...(o.number ? { number: o.number } : {}),
            ...(o.date ? { issuedDate: o.date } : {}),
            ...(o.tsa ? { tsaUrl: o.tsa } : {}),
            ...(o.reason ? { reason: o.reason } : {}),
            ...(o.location ? { location: o.location } : {}),
            overwrite: Boolean(o.overwrite),
            acceptFinalTry: Boolean(o.acceptFinalTry),
          });
          return report(ctx.output, result, (v) => {
            const r = v as SignResult;
            return [
              `Đã ký: ${r.outputPath} (${r.fieldName}, mức ${r.level}, trang ${r.page})`,
              `Người ký: ${r.signer}; thời điểm ${r.signingTime}`,
              `Kiểm tra: ${r.verification.verdict} — ${r.verification.message}`,
              ...r.warnings.map((w) => `! ${w}`),
            ].join('\n');
          });
        }),
    );

  program
    .command('trust-import <files...>')
    .description('Thêm chứng thư CA vào kho tin cậy của thư mục dữ liệu: chỉ nhận chứng thư Ban Cơ yếu/NEAC khớp vân tay đã ghim')
    .option('--user-root', 'thêm làm chứng thư gốc tin cậy của quản trị viên (không cần khớp vân tay đã ghim)')
    .action((files: string[], o: { userRoot?: boolean }) =>
      callAndReport(run, 'signing.importTrust', { paths: files, asUserAnchor: Boolean(o.userRoot) }, (v) => {
        const r = v as {
          accepted: Array<{ file: string; commonName: string; role: string }>;
          rejected: Array<{ file: string; reason: string }>;
        };
        return [...r.accepted.map((a) => `+ ${a.commonName} (${a.role})`), ...r.rejected.map((x) => `- ${x.file}: ${x.reason}`)].join('\n');
      }),
    );

  program
    .command('verify <file>')
    .description(`Kiểm tra chữ ký số trong tệp PDF; thoát 0 chỉ khi mọi chữ ký hợp lệ (${EXIT_NOT_VALID} nếu không)`)
    .option(
      '--trust <dir>',
      'thư mục chứa chứng thư gốc tin cậy thêm (PEM/DER); lặp lại được',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .action((file: string, o: { trust: string[] }) =>
      run(async (ctx) => {
        const result = await ctx.call('signing.verify', { path: file, trustDirs: o.trust });
        const code = report(ctx.output, result, (v) => {
          const r = v as { path: string; fileState: 'unsigned' | 'signed' | 'damaged'; damage?: string; signatures: SignatureReport[] };
          if (r.fileState === 'unsigned') return `${r.path}: không có chữ ký số.`;
          const head = r.fileState === 'damaged' ? `${r.path}: TỆP CÓ CHỮ KÝ NHƯNG BỊ HỎNG — ${r.damage ?? ''}` : `${r.path}:`;
          return [head, ...r.signatures.map(describeSignature)].join('\n');
        });
        if (code !== EXIT.ok || !result.ok) return code;
        return (result.value as { allValid: boolean }).allValid ? EXIT.ok : EXIT_NOT_VALID;
      }),
    );
}
