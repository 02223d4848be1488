import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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

/**
 * A stored file (image) as an object URL: browser mode needs the per-run token header, which an
 * <img src> cannot send, so the bytes are fetched through the transport.
 */
export function useStoredObjectUrl(sha256: string | null | undefined): string | null {
  const client = useClient();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!sha256) return setUrl(null);
    let href: string | null = null;
    let cancelled = false;
    const { url: src, headers } = client.fileSource(sha256);
    void fetch(src, { headers })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (cancelled || !blob) return;
        href = URL.createObjectURL(blob);
        setUrl(href);
      })
      .catch(() => setUrl(null));
    return () => {
      cancelled = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [client, sha256]);
  return url;
}

/** Antd colours of the verdicts: green when valid, orange when trust is unknown, red when broken. */
export function verdictColor(v: Verdict): 'success' | 'warning' | 'error' {
  if (v === 'VALID' || v === 'VALID_WITH_LATER_SIGNATURES') return 'success';
  if (v === 'UNTRUSTED_CHAIN' || v === 'EXPIRED') return 'warning';
  return 'error';
}
