import type { Db, Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';
import type { FilesService } from '../files/files.service';
import { signingHandlers } from './signing.handlers';
import { createSigningService, type SigningServiceDeps } from './signing.service';
import { createRevisionRepo } from './stored/revision.repo';
import { createSettingsStore } from '../settings/settings-store';
import { createSigningSettingsService } from './stored/signing-settings.service';
import { createStoredFiles } from './stored/stored-files';
import { createStoredSigningService, type EntryFacts } from './stored/stored-signing.service';

export interface SigningModuleDeps extends SigningServiceDeps {
  sqlite: Sqlite;
  db: Db;
  files: FilesService;
  fileStore: FileStore;
  filesRepo: FilesRepo;
  audit: AuditService;
  /** The register entry a file belongs to (the register owns the row; signing only reads it). */
  entry: (id: string) => EntryFacts | undefined;
}

/** Signing by path (CLI), by stored file (UI), revisions of register entries, and signing settings. */
export function createSigningModule(deps: SigningModuleDeps) {
  const signing = createSigningService(deps);
  const stored = createStoredFiles({ store: deps.fileStore, repo: deps.filesRepo, clock: deps.clock });
  const settingsRepo = createSettingsStore(deps.db, deps.logger).slot('signing.settings');
  const settings = createSigningSettingsService({
    repo: settingsRepo,
    files: stored,
    audit: deps.audit,
    clock: deps.clock,
    logger: deps.logger.child('settings'),
  });
  const storedSigning = createStoredSigningService({
    signing,
    sqlite: deps.sqlite,
    files: deps.files,
    stored,
    revisions: createRevisionRepo(deps.sqlite),
    settings: settingsRepo,
    audit: deps.audit,
    entry: deps.entry,
    clock: deps.clock,
    logger: deps.logger.child('stored'),
    ...(deps.events ? { events: deps.events } : {}),
  });
  return { signing, storedSigning, settings, handlers: signingHandlers(signing, storedSigning, settings) };
}
