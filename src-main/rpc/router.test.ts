import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/rpc/errors';
import { memoryLogger, SAMPLE_AGENCY } from '../../tests/support/app-harness';
import { operations } from '../../src-shared/contracts';
import { createRouter, type HandlerMap } from './router';

/** Every operation gets a handler that must not be reached, then the ones a test cares about. */
function handlers(over: Partial<HandlerMap> = {}): HandlerMap {
  const unused = Object.fromEntries(
    operations.map((op) => [
      op.name,
      () => {
        throw new Error(`unexpected call to ${op.name}`);
      },
    ]),
  );
  return {
    ...(unused as unknown as HandlerMap),
    'app.info': () => ({ version: '1', dataDir: '/d', schemaVersion: 1, firstRun: true, agency: null, transport: 'direct' }),
    'agency.getProfile': () => null,
    'agency.saveProfile': (p) => p,
    ...over,
  };
}

describe('router', () => {
  it('refuses to start when an operation has no handler', () => {
    const partial = handlers() as Partial<HandlerMap>;
    delete partial['agency.getProfile'];
    expect(() => createRouter(partial as HandlerMap, memoryLogger())).toThrow(/agency.getProfile/);
  });

  it('turns a thrown AppError into an error envelope with its kind', async () => {
    const router = createRouter(
      handlers({
        'agency.getProfile': () => {
          throw new AppError('NotFound', 'Chưa có hồ sơ.');
        },
      }),
      memoryLogger(),
    );
    expect(await router.call('agency.getProfile', {}, { transport: 'direct' })).toEqual({
      ok: false,
      error: { kind: 'NotFound', message: 'Chưa có hồ sơ.' },
    });
  });

  it('an unexpected exception becomes Internal and is logged, with secret-looking input (a PIN) redacted', async () => {
    const logger = memoryLogger();
    const router = createRouter(
      handlers({
        'agency.saveProfile': () => {
          throw new Error('disk on fire');
        },
      }),
      logger,
    );
    const r = await router.call('agency.saveProfile', { ...SAMPLE_AGENCY, pin: '123456' }, { transport: 'http' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Internal' } });
    expect(logger.lines.join('')).toContain('disk on fire');
    expect(logger.lines.join('')).not.toContain('123456');
  });

  it('a handler throwing a TypeError gives Internal with a correlation id that its log line (with the stack) carries too', async () => {
    const logger = memoryLogger();
    const router = createRouter(
      handlers({
        'agency.getProfile': () => (null as unknown as { name: string }).name as never,
      }),
      logger,
    );
    const r = await router.call('agency.getProfile', {}, { transport: 'http' });
    expect(r.ok).toBe(false);
    const error = (r as { ok: false; error: { kind: string; message: string; details: { correlationId: string } } }).error;
    expect(error.kind).toBe('Internal');
    const id = error.details.correlationId;
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(error.message).toMatch(new RegExp(`^Lỗi nội bộ khi thực hiện agency.getProfile: .+ \\(mã lỗi ${id}\\)$`));
    const lines = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.correlationId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'call failed', name: 'agency.getProfile' });
    expect(String(lines[0]!.error)).toMatch(/^TypeError: /);
    expect(String(lines[0]!.error)).toContain('router.test.ts');
    // Two failures, two ids.
    const again = await router.call('agency.getProfile', {}, { transport: 'http' });
    expect((again as typeof r & { error: { details: { correlationId: string } } }).error.details.correlationId).not.toBe(id);
  });

  it('refuses output that breaks the contract instead of passing it on', async () => {
    const router = createRouter(handlers({ 'app.info': () => ({ version: 1 }) as never }), memoryLogger());
    expect(await router.call('app.info', {}, { transport: 'direct' })).toMatchObject({ ok: false, error: { kind: 'Internal' } });
  });

  it('rejects extra input keys on strict operations', async () => {
    const router = createRouter(handlers(), memoryLogger());
    expect(await router.call('app.info', { sneaky: 1 }, { transport: 'direct' })).toMatchObject({ ok: false, error: { kind: 'Validation' } });
  });
});
