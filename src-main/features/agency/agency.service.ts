import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { AgencyRepo } from './agency.repo';

/** The agency profile: one per data folder; the first save ends the first-run wizard. */
export function createAgencyService(deps: { repo: AgencyRepo; clock: Clock; logger: Logger }) {
  return {
    getProfile(): AgencyProfile | null {
      return deps.repo.get();
    },
    saveProfile(profile: AgencyProfile): AgencyProfile {
      deps.repo.save(profile, deps.clock.now().toISOString());
      deps.logger.info('agency profile saved', { code: profile.code });
      return profile;
    },
  };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
