import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { BridgeError, type Client } from '../../bridge/client';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../src-shared/contracts/accounts.contract';
import { useClient } from '../../bridge/context';
import { showDateTime } from '../../i18n/dates';

export const STATUS_KEY = ['accounts.status'];

/** The session status the gate waits for; App asks it together with app.info, not after it. */
export const statusQuery = (client: Client) => ({ queryKey: STATUS_KEY, queryFn: () => client.call('accounts.status', {}) });

// The screens that take a password load on first use (AccountForms.tsx).
const forms = () => import('./AccountForms');
const SignIn = lazy(() => forms().then((m) => ({ default: m.SignIn })));
const LockScreen = lazy(() => forms().then((m) => ({ default: m.LockScreen })));
const FirstPasswordChange = lazy(() => forms().then((m) => ({ default: m.FirstPasswordChange })));
const ChangePasswordCard = lazy(() => forms().then((m) => ({ default: m.ChangePasswordCard })));

export function useStatusMutation<I>(fn: (input: I) => Promise<SessionStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (status) => {
      queryClient.setQueryData(STATUS_KEY, status);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
    },
  });
}

/** The expiry warning and the "your permissions changed" notice, above every screen until dealt with. */
function Notices({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const client = useClient();
  const [changing, setChanging] = useState(false);
  const confirm = useStatusMutation(() => client.call('accounts.confirmPermissions', {}));
  const pc = status.permissionsChanged;
  const days = status.passwordExpiresInDays;
  return (
    <>
      {pc && (
        <Alert
          type="warning"
          showIcon
          banner
          data-testid="permissions-changed"
          title={t('accounts.permissionsChanged', {
            at: showDateTime(pc.at),
            by: pc.by,
            roles: pc.roles.map((r) => t(`accounts.roles.${r}`)).join(', '),
          })}
          action={
            <Button size="small" onClick={() => confirm.mutate(undefined)} data-testid="permissions-confirm">
              {t('accounts.confirm')}
            </Button>
          }
        />
      )}
      {days !== null && (
        <Alert
          type="info"
          showIcon
          banner
          data-testid="password-expiry"
          title={days === 0 ? t('accounts.expiryToday') : t('accounts.expiry', { days })}
          action={
            <Button size="small" onClick={() => setChanging(!changing)}>
              {t('accounts.changeNow')}
            </Button>
          }
        />
      )}
      {changing && (
        <Suspense fallback={<Spin style={{ margin: 16 }} />}>
          <ChangePasswordCard minLength={status.minLength} onDone={() => setChanging(false)} />
        </Suspense>
      )}
    </>
  );
}

/**
 * Between the app and its screens: with no account in the data folder it shows the app as before;
 * otherwise sign-in, the lock screen, the forced password change, then the app with its notices.
 * The session itself is held by main (cookie or window), never by this code.
 */
export function AccountGate({ children }: { children: (status: SessionStatus) => ReactNode }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const status = useQuery({ ...statusQuery(client), refetchInterval: 30_000 });
  // Any call refused for the session (idle lock, disabled account, password due) brings the gate back at once.
  useEffect(() => {
    const seen = (err: unknown) => {
      if (err instanceof BridgeError && err.data.kind === 'Unauthenticated') void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    };
    const offQ = queryClient.getQueryCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') seen(e.action.error);
    });
    const offM = queryClient.getMutationCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') seen(e.action.error);
    });
    return () => {
      offQ();
      offM();
    };
  }, [queryClient]);
  if (status.isPending) return <Spin size="large" fullscreen tip={t('common.loading')} />;
  if (status.isError) return <Alert type="error" showIcon style={{ margin: 48 }} title={status.error.message} />;
  const s = status.data;
  if (!s.accountsExist) return <>{children(s)}</>;
  const form = !s.account ? (
    <SignIn />
  ) : s.locked ? (
    <LockScreen status={s} />
  ) : s.mustChangePassword ? (
    <FirstPasswordChange minLength={s.minLength} />
  ) : null;
  if (form) return <Suspense fallback={<Spin size="large" fullscreen tip={t('common.loading')} />}>{form}</Suspense>;
  return (
    <>
      <Notices status={s} />
      {children(s)}
    </>
  );
}
