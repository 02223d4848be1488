import { createApp, type App } from '../app/create-app';
import { resolveDataDir } from '../core/data-paths';
import { AppError } from '../../src-shared/rpc/errors';
import type { Envelope } from '../../src-shared/rpc/envelope';
import { createOutput, type Output } from './output';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

export interface CliContext {
  output: Output;
  /** Opens the data folder lazily, once; the CLI never takes the app's instance lock. */
  app(): App;
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

export function createCliContext(opts: GlobalOptions): CliContext {
  let app: App | undefined;
  const output = createOutput(Boolean(opts.json));
  const open = () => (app ??= createApp({ dataDir: resolveDataDir(opts.data) }));
  return {
    output,
    app: open,
    async call(name, input) {
      try {
        return await open().router.call(name, input, { transport: 'cli' });
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
