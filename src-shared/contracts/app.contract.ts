import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import { AgencyProfileSchema } from './agency.contract';

export const AppInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  firstRun: z.boolean(),
  agency: AgencyProfileSchema.nullable(),
  transport: z.enum(['electron', 'http', 'cli', 'direct']),
});
export type AppInfo = z.output<typeof AppInfoSchema>;

export const appInfo = defineOperation({
  name: 'app.info',
  kind: 'query',
  input: z.object({}).strict(),
  output: AppInfoSchema,
  summary: 'Version, data folder, schema version and agency profile of this installation.',
});

export const appOperations = [appInfo] as const;

export const appConnectivityChanged = defineEvent({
  name: 'app.connectivityChanged',
  payload: z.object({ online: z.boolean(), reason: z.string().optional() }),
  summary: 'The main process saw the network (exchange hub) come or go.',
});

export const appEvents = [appConnectivityChanged] as const;
