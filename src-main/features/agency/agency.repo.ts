import { eq } from 'drizzle-orm';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { Db } from '../../db/open';
import { agencyProfile } from '../../db/schema';

const ROW_ID = 1;

export function createAgencyRepo(db: Db) {
  return {
    get(): AgencyProfile | null {
      const row = db.select().from(agencyProfile).where(eq(agencyProfile.id, ROW_ID)).get();
      if (!row) return null;
      const { id: _id, updatedAt: _u, ...profile } = row;
      return profile;
    },
    save(profile: AgencyProfile, at: string): void {
      db.insert(agencyProfile)
        .values({ id: ROW_ID, ...profile, updatedAt: at })
        .onConflictDoUpdate({ target: agencyProfile.id, set: { ...profile, updatedAt: at } })
        .run();
    },
  };
}

export type AgencyRepo = ReturnType<typeof createAgencyRepo>;
