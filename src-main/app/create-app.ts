import { systemClock, type Clock } from '../core/clock';
import { dataLayout, ensureWritableDataDir } from '../core/data-paths';
import { createLogger, fileSink, type Logger, type LogLevel } from '../core/logger';
import { shippedDir } from '../core/shipped-paths';
import { APP_VERSION } from '../core/version';
import { loadMigrations, migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { createAgencyRepo } from '../features/agency/agency.repo';
import { agencyHandlers } from '../features/agency/agency.handlers';
import { createAgencyService } from '../features/agency/agency.service';
import { appHandlers } from '../features/app/app.handlers';
import { createEventBus, type EventBus } from '../rpc/events';
import { createRouter, type HandlerMap, type Router } from '../rpc/router';

export interface AppConfig {
  dataDir: string;
  migrationsDir?: string;
  logLevel?: LogLevel;
}

/** Ports: everything outside the process. Tests pass real adapters or test ones; nothing is global. */
export interface AppPorts {
  clock?: Clock;
  logger?: Logger;
}

export interface App {
  router: Router;
  events: EventBus;
  logger: Logger;
  dataDir: string;
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
  const clock = ports.clock ?? systemClock;

  const database = openDatabase(layout.database);
  let schemaVersion: number;
  try {
    schemaVersion = migrate(database.sqlite, loadMigrations(config.migrationsDir ?? shippedDir('migrations')));
  } catch (err) {
    database.close();
    sink?.close();
    throw err;
  }

  const events = createEventBus();
  const agency = createAgencyService({ repo: createAgencyRepo(database.db), clock, logger: logger.child('agency') });

  const handlers: HandlerMap = {
    ...appHandlers({ version: APP_VERSION, dataDir: layout.root, schemaVersion }, agency),
    ...agencyHandlers(agency),
  };
  const router = createRouter(handlers, logger);
  logger.info('app started', { dataDir: layout.root, schemaVersion, version: APP_VERSION });

  return {
    router,
    events,
    logger,
    dataDir: layout.root,
    close() {
      database.close();
      sink?.close();
    },
  };
}
