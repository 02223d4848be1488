import { useQuery } from '@tanstack/react-query';
import type { ModuleReport, Verdict } from '../../../src-shared/contracts/signing.contract';
import { useClient } from '../../bridge/context';

export type TokenReport = ModuleReport['tokens'][number];
export type CertificateReport = TokenReport['certificates'][number];

export const SETTINGS_KEY = ['signing.settings'] as const;
export const REVISIONS_KEY = 'signing.revisions';
export const VERIFY_KEY = 'signing.verifyStored';

export function useSigningSettings() {
  const client = useClient();
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => client.call('signing.getSettings', {}) });
}

/**
 * Tokens and certificates of the library selected in the settings, read without a PIN (the library is
 * probed in a child process). A window never names a library path: main probes the selected one.
 */
export function useTokens(modulePath: string | null) {
  const client = useClient();
  return useQuery({
    queryKey: ['signing.listTokens', modulePath],
    queryFn: () => client.call('signing.listTokens', { selected: true }),
    enabled: modulePath !== null,
    staleTime: 30_000,
  });
}

/** Antd colours of the verdicts: green when valid, orange when trust is unknown, red when broken. */
export function verdictColor(v: Verdict): 'success' | 'warning' | 'error' {
  if (v === 'VALID' || v === 'VALID_WITH_LATER_SIGNATURES') return 'success';
  if (v === 'UNTRUSTED_CHAIN' || v === 'EXPIRED') return 'warning';
  return 'error';
}
