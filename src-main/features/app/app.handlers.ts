import type { PartialHandlers } from '../../rpc/router';
import type { AgencyService } from '../agency/agency.service';

export interface AppFacts {
  version: string;
  dataDir: string;
  schemaVersion: number;
}

export function appHandlers(facts: AppFacts, agency: AgencyService) {
  return {
    'app.info': (_input, ctx) => {
      const profile = agency.getProfile();
      return { ...facts, firstRun: profile === null, agency: profile, transport: ctx.transport };
    },
  } satisfies PartialHandlers;
}
