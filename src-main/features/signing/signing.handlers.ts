import type { PartialHandlers } from '../../rpc/router';
import type { SigningService } from './signing.service';

export function signingHandlers(signing: SigningService) {
  return {
    'signing.listTokens': (input) => signing.listTokens(input),
    'signing.sign': (input) => signing.sign(input),
    'signing.signBatch': (input) => signing.signBatch(input),
    'signing.verify': (input) => signing.verify(input),
    'signing.importTrust': (input) => signing.importTrust(input),
  } satisfies PartialHandlers;
}
