import { indexByName } from '../rpc/define';
import { agencyOperations } from './agency.contract';
import { appEvents, appOperations } from './app.contract';

export * from './agency.contract';
export * from './app.contract';

/** Every operation of the app. Names are unique; `indexByName` throws at load time on a clash. */
export const operations = [...appOperations, ...agencyOperations] as const;
export const events = [...appEvents] as const;

export const operationsByName = indexByName(operations);
export const eventsByName = indexByName(events);

export type Operation = (typeof operations)[number];
export type OperationName = Operation['name'];
export type OperationByName<N extends OperationName> = Extract<Operation, { name: N }>;
export type AppEvent = (typeof events)[number];
export type EventName = AppEvent['name'];
export type EventByName<N extends EventName> = Extract<AppEvent, { name: N }>;
