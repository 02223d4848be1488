import { indexByName } from '../rpc/define';
import { agencyOperations } from './agency.contract';
import { appEvents, appOperations } from './app.contract';
import { auditEvents, auditOperations } from './audit.contract';
import { backupEvents, backupOperations } from './backup.contract';
import { filesOperations } from './files.contract';
import { registerEvents, registerOperations } from './register.contract';
import { intakeEvents, intakeOperations } from './intake.contract';
import { exchangeEvents, exchangeOperations } from './exchange.contract';
import { booksEvents, booksOperations } from './books.contract';
import { signingEvents, signingOperations } from './signing.contract';
import { calendarOperations } from './calendar.contract';
import { documentTypesOperations } from './document-types.contract';
import { directoryOperations } from './directory.contract';
import { workflowEvents, workflowOperations } from './workflow.contract';
import { workflowPrintOperations } from './workflow-print.contract';
import { accountsOperations } from './accounts.contract';
import { postOperations } from './post.contract';
import { syncHealthOperations } from './sync-health.contract';
import { workflowReplyOperations } from './workflow-reply.contract';

export * from './agency.contract';
export * from './app.contract';
export * from './audit.contract';
export * from './backup.contract';
export * from './files.contract';
export * from './register.contract';
export * from './register-settings.contract';
export * from './intake.contract';
export * from './intake-ocr.contract';
export * from './exchange.contract';
export * from './books.contract';
export * from './signing.contract';
export * from './calendar.contract';
export * from './document-types.contract';
export * from './directory.contract';
export * from './workflow.contract';
export * from './workflow-print.contract';
export * from './accounts.contract';
export * from './locked-book.contract';
export * from './post.contract';
export * from './sync-health.contract';
export * from './workflow-reply.contract';

/** Every operation of the app. Names are unique; `indexByName` throws at load time on a clash. */
export const operations = [
  ...appOperations,
  ...agencyOperations,
  ...registerOperations,
  ...filesOperations,
  ...auditOperations,
  ...intakeOperations,
  ...exchangeOperations,
  ...booksOperations,
  ...signingOperations,
  ...calendarOperations,
  ...documentTypesOperations,
  ...directoryOperations,
  ...workflowOperations,
  ...workflowPrintOperations,
  ...accountsOperations,
  ...backupOperations,
  ...postOperations,
  ...syncHealthOperations,
  ...workflowReplyOperations,
] as const;
export const events = [
  ...appEvents,
  ...auditEvents,
  ...registerEvents,
  ...intakeEvents,
  ...exchangeEvents,
  ...booksEvents,
  ...signingEvents,
  ...workflowEvents,
  ...backupEvents,
] as const;

export const operationsByName = indexByName(operations);
export const eventsByName = indexByName(events);

export type Operation = (typeof operations)[number];
export type OperationName = Operation['name'];
export type OperationByName<N extends OperationName> = Extract<Operation, { name: N }>;
export type AppEvent = (typeof events)[number];
export type EventName = AppEvent['name'];
export type EventByName<N extends EventName> = Extract<AppEvent, { name: N }>;
