import type { PartialHandlers } from '../../rpc/router';
import type { AgencyService } from './agency.service';

export function agencyHandlers(agency: AgencyService) {
  return {
    'agency.getProfile': () => agency.getProfile(),
    'agency.saveProfile': (input) => agency.saveProfile(input),
  } satisfies PartialHandlers;
}
