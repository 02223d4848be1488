import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { AgencyService } from './agency.service';
import type { PartyTermsService } from './party-terms.service';

export function agencyHandlers(agency: AgencyService, terms: PartyTermsService) {
  return {
    'agency.getProfile': () => agency.getProfile(),
    'agency.saveProfile': (input) => agency.saveProfile(input),
    'agency.listTerms': () => ({ items: terms.list() }),
    'agency.addTerm': (input, ctx) => terms.add(input, actorOf(ctx)),
    'agency.endTerm': (input, ctx) => terms.end(input.id, input.endDate, actorOf(ctx)),
  } satisfies PartialHandlers;
}
