import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { SigningService } from './signing.service';
import type { SigningSettingsService } from './stored/signing-settings.service';
import type { StoredSigningService } from './stored/stored-signing.service';

export function signingHandlers(signing: SigningService, stored: StoredSigningService, settings: SigningSettingsService) {
  return {
    // A window names no library: it probes the one selected in the settings (a known one).
    'signing.listTokens': (input) => signing.listTokens(input.selected ? { ...input, modulePath: settings.selectedModule() } : input),
    'signing.sign': (input) => signing.sign(input),
    'signing.signBatch': (input) => signing.signBatch(input),
    'signing.verify': (input) => signing.verify(input),
    'signing.importTrust': (input) => signing.importTrust(input),
    'signing.signStored': (input, ctx) => stored.signStored(input, actorOf(ctx)),
    'signing.signStoredBatch': (input, ctx) => stored.signStoredBatch(input, actorOf(ctx)),
    'signing.verifyStored': (input) => stored.verifyStored(input),
    'signing.listRevisions': (input) => stored.listRevisions(input),
    'signing.getSettings': () => settings.get(),
    'signing.saveSettings': (input, ctx) => settings.save(input, actorOf(ctx)),
    'signing.saveImage': (input, ctx) => settings.saveImage(input, actorOf(ctx)),
    'signing.listModules': () => settings.listModules(),
  } satisfies PartialHandlers;
}
