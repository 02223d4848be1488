import { createContext, useContext } from 'react';
import type { OperationName } from '../../src-shared/contracts';

/**
 * Whether the signed-in account may call an operation (permissions.ts), for trimming buttons the
 * account could not use: main refuses them anyway, the screen just does not offer them. Open to all
 * when no provider is set (no accounts in the data folder, or a screen test).
 */
const MayContext = createContext<(op: OperationName) => boolean>(() => true);

export const MayProvider = MayContext.Provider;
export const useMay = () => useContext(MayContext);
