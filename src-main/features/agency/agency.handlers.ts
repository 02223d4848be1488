import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { AgencyService } from './agency.service';
import type { DocumentTypesService } from './document-types.service';
import type { PartyTermsService } from './party-terms.service';

export function agencyHandlers(agency: AgencyService, terms: PartyTermsService, types: DocumentTypesService) {
  return {
    'agency.getProfile': () => agency.getProfile(),
    'agency.saveProfile': (input) => agency.saveProfile(input),
    'agency.listTerms': () => ({ items: terms.list() }),
    'agency.addTerm': (input, ctx) => terms.add(input, actorOf(ctx)),
    'agency.endTerm': (input, ctx) => terms.end(input.id, input.endDate, actorOf(ctx)),
    'agency.listTypes': () => ({ items: types.list() }),
    'agency.addType': (input, ctx) => types.add(input, actorOf(ctx)),
    'agency.updateType': (input, ctx) => types.update(input, actorOf(ctx)),
  } satisfies PartialHandlers;
}
