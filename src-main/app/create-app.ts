import path from 'node:path';
import { clockFromEnv, systemClock, type Clock } from '../core/clock';
import { dataLayout, ensureWritableDataDir } from '../core/data-paths';
import { createLogger, fileSink, type Logger, type LogLevel } from '../core/logger';
import { shippedDir } from '../core/shipped-paths';
import { APP_VERSION } from '../core/version';
import { loadMigrations, migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { createAgencyRepo } from '../features/agency/agency.repo';
import { agencyHandlers } from '../features/agency/agency.handlers';
import { createDocumentTypesService } from '../features/agency/document-types.service';
import { createAgencyService } from '../features/agency/agency.service';
import { createPartyTermsService } from '../features/agency/party-terms.service';
import { appHandlers } from '../features/app/app.handlers';
import { auditHandlers } from '../features/audit/audit.handlers';
import { createAuditVerifier } from '../features/audit/audit-verify';
import { createAuditRepo } from '../features/audit/audit.repo';
import { createAuditService } from '../features/audit/audit.service';
import { createFileStore } from '../features/files/file-store';
import { createWithheldFiles } from '../features/exchange/withheld-files';
import { filesHandlers } from '../features/files/files.handlers';
import { createReleaseGate } from '../features/safety/release-gate';
import { createReleaseScan } from '../features/safety/release-scan';
import { createFilesRepo } from '../features/files/files.repo';
import { createFilesService } from '../features/files/files.service';
import { createPurgeService } from '../features/files/purge.service';
import type { TermRef } from '../../src-shared/contracts/agency.contract';
import { createRegisterQueries } from '../features/register/register-queries';
import { registerHandlers } from '../features/register/register.handlers';
import { createRegisterRepo } from '../features/register/register.repo';
import { createRegisterService } from '../features/register/register.service';
import { createSettingsStore } from '../features/settings/settings-store';
import { createIntakeFeature, type IntakePorts } from '../features/intake/intake.module';
import { createEventBus, type EventBus } from '../rpc/events';
import { createTaskRunner } from '../core/worker/task-runner';
import { LONG_WORK_TASKS } from './long-work.tasks';
import type { AppCore } from './app-core';
import { wireBooks } from './wire-books';
import { wireWorkflow } from './wire-workflow';
import { createRouter, type HandlerMap, type Router } from '../rpc/router';
import { linkExchangeToRegister, registerPortFor } from './link-exchange-register';
import { exchangeAttachmentCheck, exchangeMainPdfCheck } from './link-exchange-checks';
import { createSyncHealth } from './sync-health';
import { actorOf } from '../features/audit/actor';
import { createReplyRegistration } from './register-reply';
import { exchangeHandlers } from '../features/exchange/exchange.handlers';
import { createExchange, type HubTransportFactory } from '../features/exchange/exchange.module';
import { fileKeySecretBox, type SecretBox } from '../features/exchange/secret-box';
import { createSigningModule } from '../features/signing/signing.module';
import { createPkcs11TokenProvider } from '../features/signing/token/pkcs11-token.adapter';
import type { TokenProvider } from '../features/signing/token/token-provider';
import { backupHandlers } from '../features/backup/backup.handlers';
import { createBackupService, type BackupService } from '../features/backup/backup.service';
import type { HubStatusPort } from '../features/workflow/workflow.service';
import type { PermissionService } from '../features/accounts/permission.service';
import type { ScryptParams } from '../features/accounts/password';

export interface AppConfig {
  dataDir: string;
  migrationsDir?: string;
  logLevel?: LogLevel;
  /** How often documents that became overdue are announced (workflow.overdue); default 60 s. */
  overdueCheckMs?: number;
}

/** Ports: everything outside the process. Tests pass real adapters or test ones; nothing is global. */
export interface AppPorts {
  clock?: Clock;
  logger?: Logger;
  intake?: IntakePorts;
  /** Seals the hub secret at rest (Electron: safeStorage; default: a key file in the data folder). */
  secretBox?: SecretBox;
  /** Builds the hub transport from the stored credentials (default: the VDXP adapter). */
  hubTransport?: HubTransportFactory;
  /** The USB token (PKCS#11); default: pkcs11js with vendor libraries probed in a child process. */
  tokens?: TokenProvider;
  /** scrypt cost of new password hashes (default DEFAULT_SCRYPT; tests lower it for speed). */
  passwordCost?: ScryptParams;
  /** The native folder dialog (Electron main) for the backup folder; absent in browser mode. */
  pickFolder?: () => Promise<string | null>;
  /** Where backup.folderChoices looks for drives and shares (tests give a temp folder). */
  backupFolderRoots?: () => string[];
}

export interface App {
  router: Router;
  events: EventBus;
  logger: Logger;
  dataDir: string;
  /**
   * A stored file's path and type, for the transports that stream files (app://, GET /files); null
   * when unknown. Throws Forbidden (the reason in Vietnamese) for a withheld file (recalled entry).
   */
  locateFile(sha256: string): { path: string; mediaType: string } | null;
  /** A value of the data folder's settings table (parsed JSON), or undefined (e.g. `app.updateUrl` for the updater). */
  readSetting(key: string): unknown;
  /** Accounts, sessions and the permission check (transports ask it for file downloads). */
  permissions: PermissionService;
  /** Backups (the scheduler and the exit hook of the Electron/browser-mode hosts use it). */
  backup: BackupService;
  /** Checkpoints the WAL through the change record (a timer and close do it too); false when a backup holds the record. */
  checkpoint(): boolean;
  close(): void;
}

/**
 * Composition root. Order matters: the data folder is proven writable, the database opened and
 * migrated in one transaction, and only then are services built — no service ever sees an old schema.
 */
export function createApp(config: AppConfig, ports: AppPorts = {}): App {
  const layout = dataLayout(config.dataDir);
  ensureWritableDataDir(layout.root);
  const sink = ports.logger ? undefined : fileSink(layout.root);
  const logger = ports.logger ?? createLogger([sink!], config.logLevel ?? 'info');
  const clock = ports.clock ?? clockFromEnv(process.env) ?? systemClock;

  const database = openDatabase(layout.database, {
    onCheckpointError: (err) =>
      logger.warn('checkpoint: the change record failed; the next backup hashes every chunk', { error: (err as Error).message }),
  });
  let schemaVersion: number;
  try {
    schemaVersion = migrate(database.sqlite, loadMigrations(config.migrationsDir ?? shippedDir('migrations')));
  } catch (err) {
    database.close();
    sink?.close();
    throw err;
  }

  const events = createEventBus();
  // audit.verify and book rendering run in a worker thread (architecture §4: long work off the main thread).
  const longWork = createTaskRunner({
    tasks: LONG_WORK_TASKS,
    bundled: path.join(__dirname, 'long-work-worker.cjs'),
    source: path.join(__dirname, 'long-work.worker.ts'),
    logger: logger.child('worker'),
  });
  const agency = createAgencyService({ repo: createAgencyRepo(database.db), clock, logger: logger.child('agency') });
  const audit = createAuditService({ repo: createAuditRepo(database.sqlite), clock, logger: logger.child('audit') });
  const partyTerms = createPartyTermsService({ sqlite: database.sqlite, audit, clock });
  const documentTypes = createDocumentTypesService({ sqlite: database.sqlite, audit, clock });
  // Files of a recalled incoming entry are withheld: one check, asked by every read path.
  const withheld = createWithheldFiles(database.sqlite);
  const fileStore = createFileStore(layout.files, withheld.assertReadable);
  const filesRepo = createFilesRepo(database.sqlite);
  const core: AppCore = {
    layout,
    database,
    audit,
    clock,
    logger,
    events,
    fileStore,
    filesRepo,
    agency: () => agency.getProfile(),
    longWork,
  };
  const files = createFilesService({
    sqlite: database.sqlite,
    store: fileStore,
    repo: filesRepo,
    audit,
    clock,
    logger: logger.child('files'),
    // pdf.js checks and text extraction run in the long-work worker (architecture §4).
    inspect: (bytes, onProgress) => longWork.run('pdf.inspect', { bytes }, onProgress ? { onProgress } : {}),
    // Bound after intake (which owns the antivirus setting); only called once the app runs.
    scanAttachment: (bytes, name) => releaseScan.scanBytes(bytes, name),
  });
  const registerRepo = createRegisterRepo(database.sqlite);
  const register = createRegisterService({
    sqlite: database.sqlite,
    repo: registerRepo,
    settings: createSettingsStore(database.db, logger).slot('register.numbering'),
    audit,
    fileFacts: (sha) => {
      const row = filesRepo.get(sha);
      return row ? { pageCount: row.page_count, text: row.text ?? '' } : undefined;
    },
    agency: () => agency.getProfile(),
    termAt: (date) => partyTerms.at(date),
    customKinds: () => documentTypes.activeKinds(),
    recallOf: withheld.recallOf,
    clock,
    logger: logger.child('register'),
    events,
  });
  const termPeriod = (ref: TermRef) => partyTerms.resolve(ref, agency.getProfile()?.system);
  const registerQueries = createRegisterQueries({ repo: registerRepo, service: register, termPeriod });

  const intake = createIntakeFeature({
    dataDir: layout.root,
    sqlite: database.sqlite,
    db: database.db,
    files,
    fileStore,
    audit,
    agency: () => agency.getProfile(),
    clock,
    logger: logger.child('intake'),
    // pdf.js thumbnails and page images run in the long-work worker (architecture §4).
    raster: {
      pages: (bytes, dpi, onProgress) => longWork.run('pdf.rasterPages', { bytes, dpi }, onProgress ? { onProgress } : {}),
      render: (bytes, pageIndex, dpi) => longWork.run('pdf.renderPage', { bytes, pageIndex, dpi }),
    },
    events,
    ...(ports.intake ? { ports: ports.intake } : {}),
  });

  const releaseScan = createReleaseScan({
    scanner: intake.antivirus.scanner,
    policy: intake.antivirus.policy,
    pathOf: (sha) => (filesRepo.get(sha) ? fileStore.pathFor(sha) : undefined),
    tmpDir: path.join(fileStore.root, 'tmp'),
    logger: logger.child('safety'),
  });

  const scanOutput = (bytes: Uint8Array, name: string) => releaseScan.scanBytes(bytes, name, 'output');

  const secretBox = ports.secretBox ?? fileKeySecretBox(layout.root);
  const exchange = createExchange({
    db: database.db,
    dataDir: layout.root,
    clock,
    logger: logger.child('exchange'),
    events,
    secretBox,
    agency: { getProfile: () => agency.getProfile() },
    ...(ports.hubTransport ? { transportFactory: ports.hubTransport } : {}),
    register: registerPortFor({ register, registerRepo, files, fileStore, filesRepo, audit, clock }),
    beforeRelease: createReleaseGate(releaseScan),
    // Incoming attachments pass the intake antivirus; the main PDF's signatures are verified on arrival.
    checkAttachment: exchangeAttachmentCheck(intake.av),
    // The main PDF's signature check runs in the long-work worker, with this folder's trusted roots.
    checkMainPdf: exchangeMainPdfCheck((bytes) =>
      longWork.run('signing.verifyBytes', {
        bytes,
        resourcesDir: shippedDir('resources'),
        dataDir: layout.root,
        nowMs: clock.now().getTime(),
      }),
    ),
    onRecalled: (entryId, reason) => workflow.record({ entryId, step: { kind: 'thu-hoi', reason } }, 'liên thông'),
  });

  const unlinkExchange = linkExchangeToRegister({
    registerRepo,
    events,
    logger: logger.child('exchange.link'),
    newButRegistered: exchange.newButRegistered,
    onIncomingRegistered: exchange.onIncomingRegistered,
  });

  const books = wireBooks(core, {
    registerRepo,
    register,
    term: termPeriod,
    customKinds: () => documentTypes.activeKinds(),
    hubDeliveriesOf: (entry) => exchange.hubDeliveriesOf(entry),
    scanOutput,
  });

  const signing = createSigningModule({
    tokens: ports.tokens ?? createPkcs11TokenProvider({ logger: logger.child('signing.token') }),
    clock,
    logger: logger.child('signing'),
    resourcesDir: shippedDir('resources'),
    dataDir: layout.root,
    appVersion: APP_VERSION,
    readText: (bytes, pageIndexes) => longWork.run('pdf.textItems', { bytes, pageIndexes }),
    scanOutput,
    events,
    sqlite: database.sqlite,
    db: database.db,
    files,
    fileStore,
    filesRepo,
    audit,
    entry: (id) => {
      const row = registerRepo.byId(id);
      return row ? { id: row.id, status: row.status, fileSha256: row.file_sha256 } : undefined;
    },
  });

  const hub: HubStatusPort = {
    stateOf: (documentId) => exchange.incomingState(documentId),
    report: (documentId, code, description) => {
      exchange.reportProgress(documentId, code, description);
    },
  };
  const { calendar, workflow, permissions, ...people } = wireWorkflow(core, { hub, passwordCost: ports.passwordCost });
  const settingsStore = createSettingsStore(database.db, logger);
  const backup = createBackupService({
    dataDir: layout.root,
    vanthuVersion: APP_VERSION,
    knownSchema: schemaVersion,
    agencyCode: () => agency.getProfile()?.code ?? null,
    settings: settingsStore.slot('backup.settings'),
    state: settingsStore.slot('backup.state'),
    passphrase: settingsStore.slot('backup.passphrase'),
    secretBox,
    clock,
    logger: logger.child('backup'),
    events,
    pickFolder: ports.pickFolder,
    folderRoots: ports.backupFolderRoots,
    work: {
      write: (input, onProgress) => longWork.run('backup.write', input, { onProgress }),
      verify: (input, onProgress) => longWork.run('backup.verify', input, { onProgress }),
      restore: (input, onProgress) => longWork.run('backup.restore', input, { onProgress }),
    },
  });

  const syncHealth = createSyncHealth({
    configured: () => exchange.hubInfo().configured,
    lastSync: () => exchange.lastSync(),
    officeHours: () => calendar.overview().settings.officeHours,
    addWorkingHours: (from, n) => calendar.deadline({ kind: 'workingHours', from, n }).result,
    clock,
  });

  const registerReply = createReplyRegistration({ sqlite: database.sqlite, events, register, workflow });

  const handlers: HandlerMap = {
    ...appHandlers({ version: APP_VERSION, dataDir: layout.root, schemaVersion }, agency),
    ...agencyHandlers(agency, partyTerms, documentTypes),
    ...registerHandlers(register, registerQueries),
    ...filesHandlers(
      files,
      createPurgeService({
        sqlite: database.sqlite,
        store: fileStore,
        repo: filesRepo,
        audit,
        clock,
        logger: logger.child('files.purge'),
        reindexEntriesOf: (sha, oldText) => register.reindexEntriesOf(sha, oldText),
      }),
    ),
    ...auditHandlers(
      createAuditVerifier({
        dbFile: layout.database,
        run: (input, onProgress) => longWork.run('audit.verify', input, { onProgress }),
        logger: logger.child('audit'),
        events,
      }),
    ),
    ...intake.handlers,
    ...exchangeHandlers(exchange),
    ...books.handlers,
    'exchange.syncHealth': () => syncHealth(),
    'workflow.registerReply': (input, ctx) => registerReply(input, actorOf(ctx), ctx.account?.id ?? null),
    ...signing.handlers,
    ...people.handlers,
    ...backupHandlers(backup),
  };
  const router = createRouter(handlers, logger, permissions.gate);
  books.bindRouter(router);
  // Documents that became overdue are announced (workflow.overdue) for the desktop notification.
  const overdueTimer = setInterval(() => {
    try {
      workflow.checkOverdue();
    } catch (err) {
      logger.warn('overdue check failed', { error: String(err) });
    }
  }, config.overdueCheckMs ?? 60_000);
  overdueTimer.unref();
  logger.info('app started', { dataDir: layout.root, schemaVersion, version: APP_VERSION });

  return {
    router,
    events,
    logger,
    dataDir: layout.root,
    permissions,
    locateFile(sha256) {
      const row = filesRepo.get(sha256);
      if (row) fileStore.assertReadable(sha256);
      // Scanned pages and thumbnails are not in the register's file table until assembled.
      return row ? { path: fileStore.pathFor(sha256), mediaType: row.media_type } : intake.locatePageFile(sha256);
    },
    backup,
    readSetting(key) {
      const row = database.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        return undefined;
      }
    },
    checkpoint: () => database.checkpoint(),
    close() {
      clearInterval(overdueTimer);
      unlinkExchange();
      void intake.close();
      void longWork.close();
      database.close();
      sink?.close();
    },
  };
}
