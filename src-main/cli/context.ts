import { createApp, type App } from '../app/create-app';
import { resolveDataDir } from '../core/data-paths';
import { AppError, appError } from '../../src-shared/rpc/errors';
import type { Envelope } from '../../src-shared/rpc/envelope';
import type { SessionStatus } from '../../src-shared/contracts/accounts.contract';
import { createOutput, type Output } from './output';
import { readPassword } from './password-prompt';

// The app side of the CLI (its own bundle, cli-app.cjs, loaded only when a command runs: see
// scripts/build-node.mjs); the command side takes what it prints from the contracts through here.
export { ROLE_NAMES } from '../../src-shared/contracts/accounts.contract';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
  /** Signs in as this account before the command (its password from --password-env or a prompt). */
  user?: string;
  passwordEnv?: string;
}

export interface CliContext {
  output: Output;
  /** Opens the data folder lazily, once; the CLI never takes the app's instance lock. */
  app(): App;
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** A password for a command that sets one (account add): from --password-env VAR, else a prompt. */
  password(prompt: string, envVar?: string): Promise<string>;
  close(): void;
}

/**
 * One command run = one session. With --user the command signs in first (the password never on the
 * command line); on a data folder without accounts it runs as before and says so once.
 */
export function createCliContext(opts: GlobalOptions): CliContext {
  let app: App | undefined;
  const output = createOutput(Boolean(opts.json));
  const open = () => (app ??= createApp({ dataDir: resolveDataDir(opts.data) }));
  const session = { id: null as string | null };
  let signedIn: Promise<AppError | null> | undefined;

  async function password(prompt: string, envVar?: string): Promise<string> {
    if (envVar) {
      const v = process.env[envVar];
      if (v === undefined || v === '') throw appError('cli.passwordEnvEmpty', { name: envVar });
      return v;
    }
    return readPassword(prompt);
  }

  async function signIn(): Promise<AppError | null> {
    const router = open().router;
    const status = await router.call('accounts.status', {}, { transport: 'cli', session });
    const exists = status.ok && (status.value as SessionStatus).accountsExist;
    if (!exists) {
      process.stderr.write('vanthu: thư mục dữ liệu chưa có tài khoản nào — lệnh chạy như trước, không cần đăng nhập (--user).\n');
      return null;
    }
    if (!opts.user) return null; // the router answers "Cần đăng nhập" for the command itself
    const pw = await password(`Mật khẩu của ${opts.user}: `, opts.passwordEnv);
    const r = await router.call('accounts.signIn', { username: opts.user, password: pw }, { transport: 'cli', session });
    if (!r.ok) return AppError.fromData(r.error);
    if ((r.value as SessionStatus).mustChangePassword)
      process.stderr.write('vanthu: mật khẩu phải được đổi (lần đăng nhập đầu, đặt lại hoặc hết hạn): dùng "vanthu account password".\n');
    return null;
  }

  return {
    output,
    app: open,
    password,
    async call(name, input) {
      try {
        const failed = await (signedIn ??= signIn());
        if (failed) return { ok: false, error: failed.toData() };
        return await open().router.call(name, input, { transport: 'cli', session });
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toData() };
        throw err;
      }
    },
    close() {
      app?.close();
    },
  };
}
