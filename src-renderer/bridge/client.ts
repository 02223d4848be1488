import type { OperationByName, OperationName } from '../../src-shared/contracts';
import type { InputOf, OutputOf } from '../../src-shared/rpc/define';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { errorText } from '../i18n/error-text';
import { pickTransport, type Transport } from './transport';

/**
 * A failed operation, carrying the main process's error data for the UI to switch on `kind`. Its
 * `message` is read in the window's current language (from the error's key), so every screen that
 * shows `error.message` follows a language switch.
 */
export class BridgeError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'BridgeError';
    this.data = data;
    Object.defineProperty(this, 'message', { get: () => errorText(data), enumerable: false, configurable: true });
  }
}

export interface Client {
  transport: Transport['kind'];
  call<N extends OperationName>(name: N, input: InputOf<OperationByName<N>>): Promise<OutputOf<OperationByName<N>>>;
  subscribe: Transport['subscribe'];
  fileSource: Transport['fileSource'];
}

export function createClient(transport: Transport = pickTransport()): Client {
  return {
    transport: transport.kind,
    async call(name, input) {
      const envelope = await transport.invoke(name, input);
      if (!envelope.ok) throw new BridgeError(envelope.error);
      return envelope.value as never;
    },
    subscribe: transport.subscribe,
    fileSource: transport.fileSource,
  };
}
