import type { Command } from 'commander';
import type { AuditVerifyResult } from '../../../src-shared/contracts/audit.contract';
import { EXIT } from '../output';
import type { Run } from './kit';

/**
 * `vanthu audit verify`: exit 0 when the hash chain is intact; exit 4 (Conflict) naming the first
 * bad entry when an entry was edited or removed. --json prints the result object either way.
 */
export function registerAuditCommands(program: Command, run: Run): void {
  const audit = program.command('audit').description('Nhật ký kiểm tra (append-only, chuỗi băm)');
  audit
    .command('verify')
    .description('Kiểm tra toàn bộ chuỗi băm của nhật ký; báo mục đầu tiên bị sửa hoặc xóa')
    .action(() =>
      run(async (ctx) => {
        const res = await ctx.call('audit.verify', {});
        if (!res.ok) return ctx.output.error(res.error);
        const r = res.value as AuditVerifyResult;
        ctx.output.result(r, () =>
          r.ok
            ? `Nhật ký toàn vẹn: ${r.count} mục, mã băm cuối ${r.headHash ?? '(trống)'}.`
            : `NHẬT KÝ KHÔNG TOÀN VẸN tại mục ${r.firstBadSeq}: ${r.problem}`,
        );
        if (!r.ok) process.stderr.write(`vanthu: nhật ký không toàn vẹn tại mục ${r.firstBadSeq}.\n`);
        return r.ok ? EXIT.ok : EXIT.Conflict;
      }),
    );
}
