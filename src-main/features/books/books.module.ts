/**
 * Wiring of the books feature for the composition root: its repository, the font source (system
 * Times New Roman, else the shipped Liberation Serif), the output store over the file store, and
 * the service and handlers. create-app calls this once.
 */
import type { RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import type { EventBus } from '../../rpc/events';
import { createRegisterRangesRepo } from '../register/register-ranges.repo';
import type { RegisterRepo } from '../register/register.repo';
import type { RegisterService } from '../register/register.service';
import { booksHandlers } from './books.handlers';
import { createBooksRepo } from './books.repo';
import { createBooksService, type BooksDeps } from './books.service';
import { printOutputs, type PrintModuleDeps } from './print-module';
import { createVolumesRepo } from './volumes.repo';

export function createBooksModule(
  d: PrintModuleDeps & {
    registerRepo: RegisterRepo;
    register: RegisterService;
    settings: () => RegisterSettings;
    term: BooksDeps['term'];
    customKinds?: BooksDeps['customKinds'];
    events?: EventBus;
  },
) {
  const service = createBooksService({
    sqlite: d.sqlite,
    repo: createBooksRepo(d.sqlite),
    volumes: createVolumesRepo(d.sqlite),
    registerRepo: d.registerRepo,
    ranges: createRegisterRangesRepo(d.sqlite),
    register: d.register,
    settings: d.settings,
    agency: d.agency,
    term: d.term,
    customKinds: d.customKinds,
    ...printOutputs(d),
    audit: d.audit,
    clock: d.clock,
    logger: d.logger,
    events: d.events,
    renderBook: d.renderBook,
  });
  return { service, handlers: booksHandlers(service) };
}
