import type { Command } from 'commander';
import type { Account, Role } from '../../../src-shared/contracts/accounts.contract';
import { report } from '../output';
import { callAndReport, collect, type Run } from './kit';

/**
 * The roles' names live in the accounts contract, whose zod schemas cost ~30 ms to build: taken from
 * the app side (src-main/cli/context.ts, its own bundle) when an account command runs, which loads it
 * anyway — never at every start (--version, --help).
 */
let ROLE_NAMES: Record<Role, string>;
const withRoleNames =
  (run: Run): Run =>
  (action) =>
    run(async (ctx) => {
      ROLE_NAMES ??= (await import('../context')).ROLE_NAMES;
      return action(ctx);
    });

function describe(a: Account): string {
  const flags = [
    a.disabled ? 'NGỪNG SỬ DỤNG' : null,
    a.lockedUntil ? `tạm khóa đến ${a.lockedUntil.slice(11, 16)}` : null,
    a.mustChangePassword ? 'phải đổi mật khẩu' : null,
  ].filter(Boolean);
  return `${a.username.padEnd(20)} ${a.fullName} — ${a.roles.map((r) => ROLE_NAMES[r]).join(', ')}${a.unitName ? `; ${a.unitName}` : ''}${flags.length ? ` [${flags.join('; ')}]` : ''}`;
}

/**
 * `vanthu account …`: account administration (quản trị). Passwords come from an environment variable
 * (--password-env on the subcommand) or a prompt, never from the command line.
 */
export function registerAccountCommands(program: Command, runCommand: Run): void {
  const run = withRoleNames(runCommand);
  const account = program
    .command('account')
    .description('Tài khoản người dùng (quản trị): thêm, xem, ngừng sử dụng, mở khóa, đặt lại mật khẩu');
  account
    .command('add')
    .description('Thêm tài khoản; người dùng phải đổi mật khẩu ở lần đăng nhập đầu')
    .requiredOption('--username <tên>', 'tên đăng nhập (chữ không dấu, số, . _ -)')
    .requiredOption('--name <họ tên>', 'họ và tên')
    .requiredOption('--role <vai trò>', 'vanthu | lanhdao | chuyenvien | quantri (lặp lại để giao nhiều vai trò)', collect)
    .option('--unit <mã đơn vị>', 'đơn vị trong danh bạ')
    .option('--person <mã cá nhân>', 'cá nhân trong danh bạ')
    .option('--new-password-env <BIẾN>', 'mật khẩu ban đầu lấy từ biến môi trường này; mặc định: hỏi')
    .action((o: { username: string; name: string; role: string[]; unit?: string; person?: string; newPasswordEnv?: string }) =>
      run(async (ctx) => {
        const password = await ctx.password(`Mật khẩu ban đầu của ${o.username}: `, o.newPasswordEnv);
        return report(
          ctx.output,
          await ctx.call('accounts.add', {
            username: o.username,
            fullName: o.name,
            roles: o.role as Role[],
            unitId: o.unit ?? null,
            personId: o.person ?? null,
            password,
          }),
          (v) => `Đã thêm tài khoản:\n${describe(v as Account)}`,
        );
      }),
    );
  account
    .command('list')
    .description('Danh sách tài khoản (cả tài khoản đã ngừng sử dụng)')
    .action(() =>
      callAndReport(
        run,
        'accounts.list',
        {},
        (v) => (v as { items: Account[] }).items.map(describe).join('\n') || 'Chưa có tài khoản nào.',
      ),
    );
  account
    .command('disable <username>')
    .description('Ngừng sử dụng tài khoản (không xóa); văn bản đang giải quyết được bàn giao cho --handover-to')
    .option('--handover-to <tên>', 'tài khoản nhận bàn giao văn bản đang giải quyết')
    .action((username: string, o: { handoverTo?: string }) =>
      callAndReport(run, 'accounts.disable', { username, ...(o.handoverTo ? { handoverTo: o.handoverTo } : {}) }, (v) => {
        const r = v as { account: Account; handedOver: number; notHandedOver: { entryId: string; reason: string }[] };
        return [
          `Đã ngừng sử dụng: ${describe(r.account)}`,
          `Đã bàn giao ${r.handedOver} văn bản.`,
          ...r.notHandedOver.map((n) => `Chưa bàn giao được ${n.entryId}: ${n.reason}`),
        ].join('\n');
      }),
    );
  account
    .command('unlock <username>')
    .description('Mở khóa tài khoản bị tạm khóa do nhập sai mật khẩu')
    .action((username: string) => callAndReport(run, 'accounts.unlock', { username }, (v) => `Đã mở khóa: ${describe(v as Account)}`));
  account
    .command('reset-password <username>')
    .description('Đặt mật khẩu dùng một lần; người dùng phải đổi ở lần đăng nhập tới')
    .action((username: string) =>
      callAndReport(run, 'accounts.resetPassword', { username }, (v) => {
        const r = v as { account: Account; oneTimePassword: string };
        return `Mật khẩu dùng một lần của ${r.account.username}: ${r.oneTimePassword}\n(Trao trực tiếp cho người dùng; phải đổi ở lần đăng nhập tới.)`;
      }),
    );
  account
    .command('password')
    .description('Đổi mật khẩu của chính tài khoản đang đăng nhập (--user)')
    .option('--new-password-env <BIẾN>', 'mật khẩu mới lấy từ biến môi trường này; mặc định: hỏi')
    .option('--current-password-env <BIẾN>', 'mật khẩu hiện tại lấy từ biến này; mặc định: như --password-env')
    .action((o: { newPasswordEnv?: string; currentPasswordEnv?: string }) =>
      run(async (ctx) => {
        const current = await ctx.password(
          'Mật khẩu hiện tại: ',
          o.currentPasswordEnv ?? program.opts<{ passwordEnv?: string }>().passwordEnv,
        );
        const next = await ctx.password('Mật khẩu mới: ', o.newPasswordEnv);
        return report(ctx.output, await ctx.call('accounts.changePassword', { current, next }), () => 'Đã đổi mật khẩu.');
      }),
    );
}
