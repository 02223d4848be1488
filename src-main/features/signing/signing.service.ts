import fs from 'node:fs';
import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';
import type {
  signingImportTrust,
  signingListTokens,
  signingSign,
  signingSignBatch,
  signingVerify,
  ModuleReport,
  SignResult,
} from '../../../src-shared/contracts/signing.contract';
import { toVnIso } from '../../../src-shared/domain/vn-time';
import type { ParsedInputOf, OutputOf } from '../../../src-shared/rpc/define';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { EventBus } from '../../rpc/events';
import type { TimestampAuthority } from './cms/timestamp';
import { sha256Hex, writeFileAtomic } from './file-io';
import { fontPath, readFileBounded } from './pdf/appearance';
import { PDF_LIMITS } from './pdf/pdf-input';
import { readTextItems, type TextReader } from './pdf/text-layer';
import { checkSigningCertificate, parseTokenCerts, signDocument, type SignContext } from './sign-document';
import { candidateModules } from './token/module-discovery';
import { batchDocumentError, TOKEN_LOCKED_MESSAGE } from './token/pkcs11-errors';
import type { PinStatus, TokenProvider, TokenSession } from './token/token-provider';
import { agencyTrustStore, loadPins, screenTrustImport, type TrustStore } from './trust/trust-store';
import { verifyPdfFile, type PdfVerification } from './verify/pdf-verifier';

export interface SigningServiceDeps {
  tokens: TokenProvider;
  clock: Clock;
  logger: Logger;
  /** Shipped resources: fonts/ (Liberation Serif) and trust/pins.json. */
  resourcesDir: string;
  /** The agency data folder: trust/pinned (imported official CA files) and trust/user (admin roots). */
  dataDir: string;
  appVersion: string;
  events?: EventBus;
  tsaFactory?: (url: string) => TimestampAuthority;
  maxPages?: number;
  /** The PDF text reader; the app gives the long-work thread's, tests may leave the in-process one. */
  readText?: TextReader;
  /** Antivirus on a signed PDF before it is written to the chosen path. */
  scanOutput?: SignContext['scanOutput'];
}

type In<D> = ParsedInputOf<D>;
type Out<D> = OutputOf<D>;
export type TokenRef = Pick<In<typeof signingSign>, 'modulePath' | 'token' | 'keyId' | 'pin' | 'acceptFinalTry' | 'tsaUrl'>;

export function pinWarning(pin: PinStatus): string | undefined {
  if (pin.locked) return TOKEN_LOCKED_MESSAGE;
  if (pin.finalTry) return 'Chỉ còn MỘT lần thử PIN: nhập sai lần nữa token sẽ bị khóa (token VGCA khóa sau 3 lần sai).';
  if (pin.countLow) return 'Đã có lần nhập sai PIN; token VGCA khóa sau 3 lần sai liên tiếp.';
  if (pin.toBeChanged) return 'Token yêu cầu đổi PIN trước khi dùng (dùng công cụ của nhà cung cấp).';
  return undefined;
}

/**
 * Signing and verification. Invariants: the PIN is used inside one call and dropped with the
 * session; an output file is written only after our verifier accepted the new signature; a batch
 * gives one result per document and never stops at the first failure.
 */
export function createSigningService(deps: SigningServiceDeps) {
  const log = deps.logger;
  // Read on first use, not when the app starts: every CLI command and window start builds this
  // service, few of them sign (the two fonts are ~0.8 MB).
  let pinsRead: ReturnType<typeof loadPins> | undefined;
  const pins = () => (pinsRead ??= loadPins(deps.resourcesDir));
  let fontsRead: SignContext['fonts'] | undefined;
  const fonts = () =>
    (fontsRead ??= {
      regular: readFileBounded(fontPath(deps.resourcesDir), 4 * 1024 * 1024, 'font'),
      italic: readFileBounded(path.join(deps.resourcesDir, 'fonts', 'LiberationSerif-Italic.ttf'), 4 * 1024 * 1024, 'font'),
    });

  const trustStore = (extraDirs: string[] = []): TrustStore => {
    for (const d of extraDirs) {
      if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
        throw appError('signing.trustDirMissing', { folder: d }, { field: 'trustDirs' });
      }
    }
    return agencyTrustStore(pins(), deps.dataDir, extraDirs);
  };

  /** Opens the token, guards the PIN (locked / last try), logs in and picks the signing key. */
  async function openForSigning(ref: TokenRef, trust: TrustStore): Promise<{ session: TokenSession; ctx: SignContext }> {
    const session = await deps.tokens.open(ref.modulePath, ref.token);
    try {
      const pin = session.pinStatus();
      if (pin.locked) throw appError('token.locked', undefined, { pin });
      if (pin.finalTry && !ref.acceptFinalTry) {
        throw appError('signing.finalTryConfirm', undefined, {
          reason: 'pin-final-try',
          pin,
        });
      }
      const certs = parseTokenCerts(session.token.certificates);
      const signing = certs.filter((c) => !c.info.isCA);
      let chosen = ref.keyId ? certs.find((c) => c.id === ref.keyId!.toLowerCase()) : undefined;
      if (ref.keyId && !chosen) {
        throw appError(
          'signing.noCertificate',
          { keyId: ref.keyId },
          {
            field: 'keyId',
            available: signing.map((c) => c.id),
          },
        );
      }
      if (!chosen) {
        if (signing.length !== 1) {
          throw appError(
            'signing.chooseCertificate',
            { count: signing.length, list: signing.map((c) => `${c.id} "${c.info.commonName}"`).join(', ') },
            {
              field: 'keyId',
              available: signing.map((c) => c.id),
            },
          );
        }
        chosen = signing[0]!;
      }
      checkSigningCertificate(chosen.info, deps.clock.now());
      await session.login(ref.pin);
      const signer = session.signer(chosen.id);
      return {
        session,
        ctx: {
          signer,
          signerCert: chosen.info,
          tokenCaCerts: certs.filter((c) => c.info.isCA).map((c) => c.info),
          trust,
          now: () => deps.clock.now(),
          fonts: fonts(),
          readText: deps.readText ?? readTextItems,
          appVersion: deps.appVersion,
          ...(ref.tsaUrl ? { tsaUrl: ref.tsaUrl } : {}),
          ...(deps.tsaFactory ? { tsaFactory: deps.tsaFactory } : {}),
          maxPages: deps.maxPages ?? PDF_LIMITS.maxPages,
          ...(deps.scanOutput ? { scanOutput: deps.scanOutput } : {}),
        },
      };
    } catch (err) {
      session.close();
      throw err;
    }
  }

  return {
    /**
     * Opens the token, logs in with the PIN, runs `fn` with the signing context and closes the
     * session (dropping the PIN) whatever happens. For callers that sign something other than a
     * file path (the file store).
     */
    async withToken<T>(ref: TokenRef, fn: (ctx: SignContext) => Promise<T>): Promise<T> {
      const { session, ctx } = await openForSigning(ref, trustStore());
      try {
        return await fn(ctx);
      } finally {
        session.close();
      }
    },

    /** Verifies PDF bytes against this data folder's trust store. */
    async verifyBytes(bytes: Uint8Array): Promise<PdfVerification> {
      return verifyPdfFile(bytes, trustStore(), deps.clock.now());
    },

    async listTokens(input: In<typeof signingListTokens>): Promise<Out<typeof signingListTokens>> {
      const paths = input.modulePath ? [input.modulePath] : candidateModules(input.extraModulePaths);
      const now = deps.clock.now();
      const modules: ModuleReport[] = [];
      for (const p of paths) {
        const probe = await deps.tokens.probe(p);
        modules.push({
          modulePath: probe.modulePath,
          ok: probe.ok,
          ...(probe.failure ? { failure: probe.failure } : {}),
          ...(probe.message ? { message: probe.message } : {}),
          ...(probe.code ? { code: probe.code, params: probe.params } : {}),
          ...(probe.library ? { library: probe.library } : {}),
          tokens: probe.tokens.map((t) => {
            const warning = pinWarning(t.pin);
            return {
              label: t.label,
              serialNumber: t.serialNumber,
              manufacturer: t.manufacturer,
              model: t.model,
              pin: t.pin,
              ...(warning ? { pinWarning: warning } : {}),
              certificates: parseTokenCerts(t.certificates).map(({ id, info }) => ({
                id,
                label: t.certificates.find((c) => c.id === id)?.label ?? '',
                commonName: info.commonName,
                organization: info.organization,
                subject: info.subject,
                issuer: info.issuer,
                serialNumber: info.serialHex,
                notBefore: toVnIso(info.notBefore),
                notAfter: toVnIso(info.notAfter),
                keyAlgorithm: info.keyAlgorithm,
                isCA: info.isCA,
                canSign: !info.isCA && (!info.keyUsage || info.keyUsage.digitalSignature || info.keyUsage.nonRepudiation),
                expired: now < info.notBefore || now > info.notAfter,
              })),
            };
          }),
        });
      }
      return { modules };
    },

    async sign(input: In<typeof signingSign>): Promise<SignResult> {
      const { session, ctx } = await openForSigning(input, trustStore());
      try {
        const result = await signDocument(input, ctx);
        log.info('document signed', {
          input: result.inputPath,
          output: result.outputPath,
          field: result.fieldName,
          level: result.level,
          keyId: ctx.signer.keyId,
        });
        return result;
      } finally {
        session.close();
      }
    },

    async signBatch(input: In<typeof signingSignBatch>): Promise<Out<typeof signingSignBatch>> {
      const { session, ctx } = await openForSigning(input, trustStore());
      const results: Out<typeof signingSignBatch>['results'] = [];
      try {
        for (const [index, doc] of input.documents.entries()) {
          try {
            const result = await signDocument(doc, ctx);
            results.push({ ok: true, inputPath: result.inputPath, result });
            deps.events?.emit('signing.batchProgressed', { index, total: input.documents.length, inputPath: doc.inputPath, ok: true });
          } catch (err) {
            const e = batchDocumentError(err);
            if (e.kind === 'Internal') log.error('batch document failed', { input: doc.inputPath, error: (err as Error).stack });
            results.push({ ok: false, inputPath: doc.inputPath, error: { kind: e.kind, message: e.message } });
            deps.events?.emit('signing.batchProgressed', {
              index,
              total: input.documents.length,
              inputPath: doc.inputPath,
              ok: false,
              message: e.message,
            });
          }
        }
      } finally {
        session.close();
      }
      const signed = results.filter((r) => r.ok).length;
      log.info('batch signed', { signed, failed: results.length - signed });
      return { results, signed, failed: results.length - signed };
    },

    async verify(input: In<typeof signingVerify>): Promise<Out<typeof signingVerify>> {
      const file = path.resolve(input.path);
      const bytes = readFileBounded(file, PDF_LIMITS.maxBytes, path.basename(file));
      return { path: file, sha256: sha256Hex(bytes), ...(await verifyPdfFile(bytes, trustStore(input.trustDirs), deps.clock.now())) };
    },

    importTrust(input: In<typeof signingImportTrust>): Out<typeof signingImportTrust> {
      const files = input.paths.map((p) => ({
        file: path.resolve(p),
        bytes: readFileBounded(path.resolve(p), 256 * 1024, 'certificateFile'),
      }));
      const r = screenTrustImport(pins(), files, input.asUserAnchor);
      for (const c of r.toStore) {
        const dir = path.join(deps.dataDir, 'trust', c.folder);
        fs.mkdirSync(dir, { recursive: true });
        const b64 = Buffer.from(c.der)
          .toString('base64')
          .replace(/(.{64})/g, '$1\n');
        writeFileAtomic(
          path.join(dir, `${c.sha256}.pem`),
          Buffer.from(`-----BEGIN CERTIFICATE-----\n${b64.trim()}\n-----END CERTIFICATE-----\n`),
        );
      }
      log.info('trust certificates imported', {
        accepted: r.accepted.map((a) => a.sha256),
        rejected: r.rejected.length,
        asUserAnchor: input.asUserAnchor,
      });
      return { accepted: r.accepted, rejected: r.rejected };
    },
  };
}

export type SigningService = ReturnType<typeof createSigningService>;
