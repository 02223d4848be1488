import { describe, expect, it } from 'vitest';
import { AppError, appError, type AppErrorData } from '../../src-shared/rpc/errors';
import { errorText, loadEnglishErrors } from '../../src-renderer/i18n/error-text';
import { memoryLogger, SAMPLE_AGENCY } from '../../tests/support/app-harness';
import { operations } from '../../src-shared/contracts';
import { LOCAL_TRANSPORTS } from '../../src-shared/rpc/define';
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

  it('an Internal error carried back from a worker thread is logged with the worker stack and a correlation id', async () => {
    const logger = memoryLogger();
    const workerStack = "TypeError: Cannot read properties of undefined (reading 'node')\n    at assemblePdf (intake.worker.cjs:1:2)";
    const router = createRouter(
      handlers({
        'agency.getProfile': () => {
          throw new AppError('Internal', "Cannot read properties of undefined (reading 'node')", { stack: workerStack });
        },
      }),
      logger,
    );
    const r = await router.call('agency.getProfile', {}, { transport: 'http' });
    const error = (r as { ok: false; error: { kind: string; message: string; details: Record<string, unknown> } }).error;
    expect(error.kind).toBe('Internal');
    const id = error.details.correlationId as string;
    expect(error.message).toContain(`(mã lỗi ${id})`);
    expect(error.details).not.toHaveProperty('stack');
    const line = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.correlationId === id);
    expect(line).toMatchObject({ level: 'error', msg: 'call failed', error: workerStack });
  });

  it('a keyed error reaches the caller with its code and params beside the Vietnamese message (CLI and logs)', async () => {
    const router = createRouter(
      handlers({
        'agency.getProfile': () => {
          throw appError('register.entryNotFound', { id: 'e-42' }, { id: 'e-42' });
        },
      }),
      memoryLogger(),
    );
    expect(await router.call('agency.getProfile', {}, { transport: 'direct' })).toEqual({
      ok: false,
      error: {
        kind: 'NotFound',
        message: 'Không tìm thấy văn bản có mã e-42 trong sổ.',
        details: { id: 'e-42' },
        code: 'register.entryNotFound',
        params: { id: 'e-42' },
      },
    });
    // The router's own refusals are keyed too: bad input, unknown operation.
    expect(await router.call('app.info', { sneaky: 1 }, { transport: 'direct' })).toMatchObject({
      error: { kind: 'Validation', code: 'rpc.invalidInput', params: { what: 'gửi cho app.info' } },
    });
    // A date field's refusal keeps its key (and the domain refusal's, in `inner`) in details.fields.
    const badDate = await router.call('register.addIncoming', { IssuedDate: '30/02/2026' }, { transport: 'direct' });
    expect(badDate).toMatchObject({ error: { code: 'rpc.invalidInput', params: { via: 'send', name: 'register.addIncoming' } } });
    const dateField = (badDate as unknown as { error: { details: { fields: { field: string }[] } } }).error.details.fields.find(
      (f) => f.field === 'IssuedDate',
    );
    expect(dateField).toEqual({
      field: 'IssuedDate',
      message: 'Ngày, tháng, năm văn bản (IssuedDate): Ngày "30/02/2026" không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày.',
      code: 'domain.fieldDate',
      params: expect.objectContaining({ field: 'issued', tag: 'IssuedDate', inner: 'domain.dateNoSuchDay' }),
    });
    expect(await router.call('no.such', {}, { transport: 'direct' })).toMatchObject({
      error: { kind: 'NotFound', code: 'rpc.unknownOperation', params: { name: 'no.such' }, message: 'Không có thao tác "no.such".' },
    });
  });

  it('refuses output that breaks the contract instead of passing it on', async () => {
    const router = createRouter(handlers({ 'app.info': () => ({ version: 1 }) as never }), memoryLogger());
    expect(await router.call('app.info', {}, { transport: 'direct' })).toMatchObject({ ok: false, error: { kind: 'Internal' } });
  });

  it('a built-in check’s refusal (length, blank, a custom check) is keyed from its message: the window reads it in English', async () => {
    await loadEnglishErrors();
    const router = createRouter(handlers(), memoryLogger());
    const short = await router.call('register.cancelOutgoing', { id: 'e-1', Reason: 'sai' }, { transport: 'direct' });
    const error = (short as unknown as { error: AppErrorData }).error;
    expect(error.message).toBe('Dữ liệu gửi cho register.cancelOutgoing không hợp lệ — Reason: Lý do hủy số (Reason) cần ít nhất 5 ký tự');
    expect(error.details!.fields).toEqual([
      {
        field: 'Reason',
        message: 'Lý do hủy số (Reason) cần ít nhất 5 ký tự.',
        code: 'input.reasonTooShort',
        params: { field: 'cancelReason', tag: 'Reason', min: 5 },
      },
    ]);
    expect(errorText(error, 'en')).toBe(
      'The data sent to register.cancelOutgoing is not valid — Reason: Reason for cancelling the number (Reason) needs at least 5 characters',
    );
    // A custom check (superRefine) carries its key in the issue itself.
    const noYear = await router.call('books.export', { Direction: 'den', Format: 'csv' }, { transport: 'direct' });
    const refused = (noYear as unknown as { error: AppErrorData }).error;
    expect(refused.details!.fields).toEqual([
      { field: 'Year', message: 'Chọn năm (Year) hoặc nhiệm kỳ (Term) cần xuất.', code: 'input.exportYearMissing', params: {} },
    ]);
    expect(errorText(refused, 'en')).toBe(
      'The data sent to books.export is not valid — Year: Choose the year (Year) or the term (Term) to export',
    );
  });

  it('rejects extra input keys on strict operations', async () => {
    const router = createRouter(handlers(), memoryLogger());
    expect(await router.call('app.info', { sneaky: 1 }, { transport: 'direct' })).toMatchObject({
      ok: false,
      error: { kind: 'Validation' },
    });
  });

  it('refuses a path-taking operation from a window before its handler runs, and serves the CLI', async () => {
    const seen: string[] = [];
    const router = createRouter(
      handlers({
        'files.import': (i, ctx) => {
          seen.push(`${ctx.transport}:${i.path}`);
          return {
            sha256: 'a'.repeat(64),
            size: 1,
            mediaType: 'application/pdf',
            pageCount: 1,
            textChars: 0,
            originalName: null,
            createdAt: '2026-01-01T00:00:00+07:00',
            created: true,
          };
        },
      }),
      memoryLogger(),
    );
    for (const transport of ['http', 'electron'] as const) {
      const r = await router.call('files.import', { path: '/etc/shadow' }, { transport });
      expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { operation: 'files.import', transport } } });
      expect(r.ok ? '' : r.error.message).toContain('chỉ dùng được từ: dòng lệnh');
      // The transports and the reason are words of each language, not Vietnamese params.
      expect(r.ok ? '' : errorText(r.error, 'en')).toBe(
        `files.import cannot be called from ${transport === 'http' ? 'the browser window' : 'the application window'}; only from: the command line, the main process. This operation takes file paths on this computer; from a window, send the file's content or a stored file's id.`,
      );
    }
    // Refused before validation too: even a malformed input gets the transport refusal.
    expect(await router.call('files.import', {}, { transport: 'http' })).toMatchObject({
      ok: false,
      error: { details: { operation: 'files.import' } },
    });
    expect(await router.call('files.import', { path: '/tmp/a.pdf' }, { transport: 'cli' })).toMatchObject({ ok: true });
    expect(seen).toEqual(['cli:/tmp/a.pdf']);
  });

  it('a path field of a mixed operation is refused from a window; the same operation without it goes through', async () => {
    const router = createRouter(handlers({ 'intake.ocr': () => ({}) as never }), memoryLogger());
    const r = await router.call('intake.ocr', { path: '/home/clerk/x.pdf' }, { transport: 'http' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { field: 'path' } } });
    expect(r.ok ? '' : r.error.message).toContain('đường dẫn tệp (path)');
    expect(r.ok ? [] : r.error.details?.fields).toEqual([
      { field: 'path', message: 'đường dẫn tệp chỉ dùng từ dòng lệnh', code: 'rpc.pathField' },
    ]);
    expect(r.ok ? '' : errorText(r.error, 'en')).toBe(
      'A file path (path) cannot be sent to intake.ocr from the browser window; choose the file so that its content is sent. File paths are for the command line only.',
    );
    // Without the path the call reaches the handler (whose stub output then fails the contract).
    expect(await router.call('intake.ocr', { sha256: 'b'.repeat(64) }, { transport: 'http' })).toMatchObject({
      ok: false,
      error: { kind: 'Internal' },
    });
  });

  it('every operation that names a file on this machine is closed to windows', () => {
    const pathShaped = /^(path|paths|out|extractTo|inputPath|outputPath|Path|folder|modulePath|extraModulePaths|addCustomModulePath)$/;
    // A window may select a PKCS#11 library only from signing.listModules: the service refuses any other (signing-token test).
    const pickedFromKnownList = ['signing.saveSettings.modulePath'];
    const checked: string[] = [];
    for (const op of operations) {
      const shape = (op.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      const fields = Object.keys(shape).filter((k) => pathShaped.test(k) && !pickedFromKnownList.includes(`${op.name}.${k}`));
      for (const f of fields) {
        checked.push(`${op.name}.${f}`);
        const local = op.transports.every((t) => (LOCAL_TRANSPORTS as readonly string[]).includes(t));
        expect(local || op.pathFields.includes(f), `${op.name}.${f}`).toBe(true);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'books.import.Path',
        'intake.ocr.path',
        'intake.assemble.out',
        'exchange.parsePacket.path',
        'signing.sign.inputPath',
        'signing.listTokens.modulePath',
        'signing.listTokens.extraModulePaths',
        'signing.signStored.modulePath',
        'signing.saveSettings.addCustomModulePath',
      ]),
    );
    const closed = operations.filter((o) => !o.transports.includes('http')).map((o) => o.name);
    expect(closed).toEqual(
      expect.arrayContaining([
        'files.import',
        'intake.importFiles',
        'exchange.parsePacket',
        'exchange.buildPacket',
        'exchange.sendDocument',
        'signing.sign',
        'signing.signBatch',
        'signing.verify',
      ]),
    );
  });
});
