import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/version';
import { registerAgencyCommands } from './commands/agency';
import { registerIntakeCommands } from './commands/intake';
import { registerAuditCommands } from './commands/audit';
import { registerRegisterCommands } from './commands/register';
import type { CliContext, GlobalOptions } from './context';
import { createOutput, EXIT } from './output';
import { registerExchangeCommands } from './commands/exchange';
import { registerExchangeActionCommands } from './commands/exchange-actions';
import { registerBooksCommands } from './commands/books';
import { registerSigningCommands } from './commands/signing';
import { registerCalendarCommands } from './commands/calendar';
import { registerTypeCommands } from './commands/types';
import { registerWorkflowCommands } from './commands/workflow';
import { registerDirectoryCommands } from './commands/directory';
import { registerAccountCommands } from './commands/account';
import { registerBackupCommands } from './commands/backup';
import { registerPostCommands } from './commands/post';
import { registerWorkflowSettingsCommands } from './commands/workflow-settings';

/**
 * The `vanthu` command: the same router as the app, called with transport 'cli'.
 * Every command takes --json; failures print a clear message and exit non-zero (see EXIT).
 */
export async function runCli(argv: string[]): Promise<number> {
  let exitCode = EXIT.ok;
  const program = new Command();
  program
    .name('vanthu')
    .description('vanthu — sổ đăng ký văn bản, ký số và liên thông văn bản (Nghị định 30/2020)')
    .version(APP_VERSION)
    .option('--data <dir>', 'thư mục dữ liệu (mặc định: $VANTHU_DATA, rồi thư mục dữ liệu người dùng)')
    .option('--json', 'in kết quả dạng JSON')
    .option('--user <tên>', 'đăng nhập bằng tài khoản này (bắt buộc khi thư mục dữ liệu đã có tài khoản)')
    .option('--password-env <BIẾN>', 'lấy mật khẩu từ biến môi trường này (không bao giờ ghi mật khẩu trên dòng lệnh); mặc định: hỏi')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const run = async (action: (ctx: CliContext) => Promise<number>) => {
    // The app (database, every feature and its libraries) loads only when a command runs:
    // --version and --help never evaluate it, let alone open the data folder.
    const { createCliContext } = await import('./context');
    const ctx = createCliContext(program.opts<GlobalOptions>());
    try {
      exitCode = await action(ctx);
    } finally {
      ctx.close();
    }
  };
  registerAgencyCommands(program, run);
  registerIntakeCommands(program, run);
  registerRegisterCommands(program, run);
  registerAuditCommands(program, run);
  registerExchangeCommands(program, run);
  registerExchangeActionCommands(program, run);
  registerBooksCommands(program, run);
  registerSigningCommands(program, run);
  registerCalendarCommands(program, run);
  registerTypeCommands(program, run);
  registerWorkflowCommands(program, run);
  registerDirectoryCommands(program, run);
  registerAccountCommands(program, run);
  registerBackupCommands(program, run);
  registerPostCommands(program, run);
  registerWorkflowSettingsCommands(program, run);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      if (err.code === 'commander.help' || err.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.usage;
    }
    const json = argv.includes('--json');
    return createOutput(json).error({ kind: 'Internal', message: (err as Error).message });
  }
  return exitCode;
}
