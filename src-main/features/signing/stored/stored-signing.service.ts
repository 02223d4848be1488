import type {
  signingListRevisions,
  signingSignStored,
  signingSignStoredBatch,
  signingVerifyStored,
  SigningSettings,
  StoredBatchResult,
  StoredSignResult,
} from '../../../../src-shared/contracts/signing.contract';
import type { OutputOf, ParsedInputOf } from '../../../../src-shared/rpc/define';
import { toVnIso } from '../../../../src-shared/domain/vn-time';
import { appError } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import type { Logger } from '../../../core/logger';
import type { Sqlite } from '../../../db/open';
import type { EventBus } from '../../../rpc/events';
import type { AuditService } from '../../audit/audit.service';
import type { FilesService } from '../../files/files.service';
import { signBytes, stampFields, type SignContext } from '../sign-document';
import type { SigningService, TokenRef } from '../signing.service';
import { batchDocumentError } from '../token/pkcs11-errors';
import type { RevisionRepo } from './revision.repo';
import type { SettingSlot } from '../../settings/settings-store';
import { appearanceFor, signedFileName, type StoredFiles } from './stored-files';

/** What signing needs to know about a register entry (the register owns the row). */
export interface EntryFacts {
  id: string;
  status: 'registered' | 'cancelled';
  fileSha256: string | null;
}

export interface StoredSigningDeps {
  signing: SigningService;
  sqlite: Sqlite;
  files: FilesService;
  stored: StoredFiles;
  revisions: RevisionRepo;
  settings: SettingSlot<SigningSettings>;
  audit: AuditService;
  entry: (id: string) => EntryFacts | undefined;
  clock: Clock;
  logger: Logger;
  events?: EventBus;
}

type In<D> = ParsedInputOf<D>;
type Out<D> = OutputOf<D>;
type StoredDoc = In<typeof signingSignStoredBatch>['documents'][number];
type StoredRef = Omit<In<typeof signingSignStoredBatch>, 'documents' | 'batchId'>;

export const ENTRY_ENTITY = 'register_entry';

/**
 * Signing files of the content-addressed store. Invariants: the source file is never changed — the
 * signed PDF is a new stored file; a file belonging to a register entry may be signed only while it
 * is the entry's current revision, and the new revision row and its audit entry commit together
 * (a fork by two concurrent signers is refused by the unique (entry, parent) index).
 */
export function createStoredSigningService(deps: StoredSigningDeps) {
  const log = deps.logger;

  function current(entryId: string): { entry: EntryFacts; current: string | null } {
    const entry = deps.entry(entryId);
    if (!entry) throw appError('signing.entryNotFound', { id: entryId }, { entryId });
    return { entry, current: deps.revisions.latest(entryId)?.sha256 ?? entry.fileSha256 };
  }

  /** The file must be what the entry shows now: signing an older version would fork its history. */
  function checkEntry(doc: StoredDoc): void {
    if (!doc.entryId) return;
    const { entry, current: sha } = current(doc.entryId);
    if (entry.status === 'cancelled') {
      throw appError('signing.entryCancelled', undefined, {
        entryId: doc.entryId,
        reason: 'entry-cancelled',
      });
    }
    if (sha !== doc.sha256) {
      throw appError('signing.notCurrent', undefined, {
        entryId: doc.entryId,
        currentSha256: sha,
        reason: 'not-current-revision',
      });
    }
  }

  function tokenRef(ref: StoredRef, s: SigningSettings): TokenRef {
    const modulePath = ref.modulePath ?? s.modulePath;
    if (!modulePath) {
      throw appError('signing.noModule', undefined, { field: 'modulePath' });
    }
    const tsaUrl = ref.tsaUrl ?? s.tsaUrl ?? undefined;
    return {
      modulePath,
      token: ref.token,
      pin: ref.pin,
      acceptFinalTry: ref.acceptFinalTry,
      ...(ref.keyId ? { keyId: ref.keyId } : {}),
      ...(tsaUrl ? { tsaUrl } : {}),
    };
  }

  async function signOne(doc: StoredDoc, ctx: SignContext, s: SigningSettings, actor: string): Promise<StoredSignResult> {
    checkEntry(doc);
    const source = deps.stored.readPdf(doc.sha256);
    const appearance = appearanceFor(doc.appearance, s, ctx.signerCert.commonName, deps.stored);
    const signed = await signBytes({ bytes: source.bytes, label: source.label, appearance, ...stampFields(doc) }, ctx);
    const file = await deps.files.importBytes(signed.bytes, signedFileName(source.label, doc.appearance.kind), actor);
    const r = signed.result;
    const auditData = {
      role: doc.appearance.kind,
      from: doc.sha256,
      to: file.sha256,
      signer: r.signer,
      organization: r.organization,
      fieldName: r.fieldName,
      level: r.level,
      numberStamped: r.numberStamped,
    };
    let revision = null;
    try {
      revision = deps.sqlite
        .transaction(() => {
          if (!doc.entryId) {
            deps.audit.append({ actor, action: 'signing.signed', entityType: 'file', entityId: file.sha256, data: auditData });
            return null;
          }
          checkEntry(doc); // again inside the write lock: another process may have signed meanwhile
          const rev = deps.revisions.insert({
            entryId: doc.entryId,
            sha256: file.sha256,
            parentSha256: doc.sha256,
            role: doc.appearance.kind,
            fieldName: r.fieldName,
            signer: r.signer,
            organization: r.organization,
            signingTime: r.signingTime,
            level: r.level,
            numberStamped: r.numberStamped,
            createdAt: toVnIso(deps.clock.now()),
            createdBy: actor,
          });
          deps.audit.append({
            actor,
            action: 'signing.signed',
            entityType: ENTRY_ENTITY,
            entityId: doc.entryId,
            data: { ...auditData, revision: rev.seq },
          });
          return rev;
        })
        .immediate();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw appError('signing.signedElsewhere', undefined, {
          entryId: doc.entryId,
          reason: 'not-current-revision',
        });
      }
      throw err;
    }
    log.info('stored document signed', {
      from: doc.sha256,
      to: file.sha256,
      entryId: doc.entryId ?? null,
      role: doc.appearance.kind,
      field: r.fieldName,
      keyId: ctx.signer.keyId,
    });
    return { ...r, sha256: file.sha256, sourceSha256: doc.sha256, entryId: doc.entryId ?? null, revision };
  }

  /** Preselects next time what worked this time (token, certificate per role); never the PIN. */
  function remember(ref: StoredRef, keyId: string, roles: Set<string>): void {
    const s = deps.settings.get();
    const keyByRole = { ...s.keyByRole };
    for (const role of roles) keyByRole[role as keyof typeof keyByRole] = keyId;
    deps.settings.save({ ...s, lastToken: ref.token, keyByRole }, toVnIso(deps.clock.now()));
  }

  return {
    async signStored(input: In<typeof signingSignStored>, actor: string): Promise<StoredSignResult> {
      const { sha256, entryId, appearance, number, issuedDate, reason, location, ...ref } = input;
      const doc: StoredDoc = {
        sha256,
        appearance,
        ...(entryId ? { entryId } : {}),
        ...(number ? { number } : {}),
        ...(issuedDate ? { issuedDate } : {}),
        ...(reason ? { reason } : {}),
        ...(location ? { location } : {}),
      };
      const s = deps.settings.get();
      checkEntry(doc); // before the PIN is tried: a stale version costs no PIN attempt
      return deps.signing.withToken(tokenRef(ref, s), async (ctx) => {
        const result = await signOne(doc, ctx, s, actor);
        remember(ref, ctx.signer.keyId, new Set([appearance.kind]));
        return result;
      });
    },

    async signStoredBatch(input: In<typeof signingSignStoredBatch>, actor: string): Promise<Out<typeof signingSignStoredBatch>> {
      const { documents, batchId, ...ref } = input;
      const s = deps.settings.get();
      const results: StoredBatchResult[] = [];
      await deps.signing.withToken(tokenRef(ref, s), async (ctx) => {
        for (const [index, doc] of documents.entries()) {
          const entryId = doc.entryId ?? null;
          const progress = {
            index,
            total: documents.length,
            inputPath: doc.sha256,
            sha256: doc.sha256,
            ...(batchId ? { batchId } : {}),
            ...(entryId ? { entryId } : {}),
          };
          try {
            const result = await signOne(doc, ctx, s, actor);
            results.push({ ok: true, sha256: doc.sha256, entryId, result });
            deps.events?.emit('signing.batchProgressed', { ...progress, ok: true, signedSha256: result.sha256 });
          } catch (err) {
            const e = batchDocumentError(err);
            if (e.kind === 'Internal') log.error('stored batch document failed', { sha256: doc.sha256, error: (err as Error).stack });
            results.push({ ok: false, sha256: doc.sha256, entryId, error: { kind: e.kind, message: e.message } });
            deps.events?.emit('signing.batchProgressed', { ...progress, ok: false, message: e.message });
          }
        }
        if (results.some((r) => r.ok)) remember(ref, ctx.signer.keyId, new Set(documents.map((d) => d.appearance.kind)));
      });
      const signed = results.filter((r) => r.ok).length;
      log.info('stored batch signed', { signed, failed: results.length - signed, batchId: batchId ?? null });
      return { results, signed, failed: results.length - signed };
    },

    async verifyStored(input: In<typeof signingVerifyStored>): Promise<Out<typeof signingVerifyStored>> {
      const { bytes } = deps.stored.readPdf(input.sha256);
      return { sha256: input.sha256, ...(await deps.signing.verifyBytes(bytes)) };
    },

    listRevisions(input: In<typeof signingListRevisions>): Out<typeof signingListRevisions> {
      return {
        entries: input.entryIds.map((entryId) => {
          const { entry, current: sha } = current(entryId);
          return { entryId, originalSha256: entry.fileSha256, currentSha256: sha, revisions: deps.revisions.byEntry(entryId) };
        }),
      };
    },
  };
}

export type StoredSigningService = ReturnType<typeof createStoredSigningService>;
