import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { BridgeError } from '../../bridge/client';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../src-shared/contracts/accounts.contract';
import { useClient } from '../../bridge/context';
import { showDateTime } from '../../i18n/dates';

export const STATUS_KEY = ['accounts.status'];

function Centered({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: 440 }} data-testid={testId}>
        {children}
      </Card>
    </div>
  );
}

function useStatusMutation<I>(fn: (input: I) => Promise<SessionStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (status) => {
      queryClient.setQueryData(STATUS_KEY, status);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
    },
  });
}

function SignIn() {
  const { t } = useTranslation();
  const client = useClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useStatusMutation((i: { username: string; password: string }) => client.call('accounts.signIn', i));
  const submit = () => {
    signIn.mutate({ username, password });
    setPassword('');
  };
  return (
    <Centered testId="sign-in">
      <Typography.Title level={3}>{t('accounts.signIn.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('accounts.signIn.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('accounts.signIn.username')}>
          <Input
            autoFocus
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="sign-in-username"
          />
        </Form.Item>
        <Form.Item label={t('accounts.signIn.password')}>
          <Input.Password
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="sign-in-password"
          />
        </Form.Item>
        {signIn.error && (
          <Alert type="error" showIcon title={signIn.error.message} style={{ marginBottom: 16 }} data-testid="sign-in-error" />
        )}
        <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="sign-in-submit">
          {t('accounts.signIn.submit')}
        </Button>
      </Form>
    </Centered>
  );
}

function LockScreen({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const client = useClient();
  const [password, setPassword] = useState('');
  const unlock = useStatusMutation((pw: string) => client.call('accounts.unlockSession', { password: pw }));
  const signOut = useStatusMutation(() => client.call('accounts.signOut', {}));
  return (
    <Centered testId="lock-screen">
      <Typography.Title level={3}>{t('accounts.lock.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('accounts.lock.intro', { name: status.account?.fullName, minutes: status.idleMinutes })}
      </Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={() => {
          unlock.mutate(password);
          setPassword('');
        }}
      >
        <Form.Item label={t('accounts.signIn.password')}>
          <Input.Password autoFocus value={password} onChange={(e) => setPassword(e.target.value)} data-testid="lock-password" />
        </Form.Item>
        {unlock.error && <Alert type="error" showIcon title={unlock.error.message} style={{ marginBottom: 16 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={unlock.isPending} data-testid="lock-submit">
            {t('accounts.lock.submit')}
          </Button>
          <Button onClick={() => signOut.mutate(undefined)}>{t('accounts.lock.other')}</Button>
        </Space>
      </Form>
    </Centered>
  );
}

export function ChangePasswordForm({ minLength, onDone }: { minLength: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [v, setV] = useState({ current: '', next: '', again: '' });
  const [mismatch, setMismatch] = useState(false);
  const change = useStatusMutation((i: { current: string; next: string }) => client.call('accounts.changePassword', i));
  const submit = () => {
    if (v.next !== v.again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ current: v.current, next: v.next }, { onSuccess: () => onDone?.() });
    setV({ current: '', next: '', again: '' });
  };
  const field = (k: keyof typeof v, label: string) => (
    <Form.Item label={label}>
      <Input.Password
        autoComplete={k === 'current' ? 'current-password' : 'new-password'}
        value={v[k]}
        onChange={(e) => setV({ ...v, [k]: e.target.value })}
        data-testid={`password-${k}`}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" onFinish={submit}>
      {field('current', t('accounts.change.current'))}
      {field('next', t('accounts.change.next'))}
      {field('again', t('accounts.change.again'))}
      <Typography.Paragraph type="secondary">{t('accounts.change.rules', { min: minLength })}</Typography.Paragraph>
      {(mismatch || change.error) && (
        <Alert
          type="error"
          showIcon
          title={mismatch ? t('accounts.change.mismatch') : change.error?.message}
          style={{ marginBottom: 16 }}
          data-testid="password-error"
        />
      )}
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
        {t('accounts.change.submit')}
      </Button>
    </Form>
  );
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
        <Card style={{ maxWidth: 440, margin: 16 }}>
          <ChangePasswordForm minLength={status.minLength} onDone={() => setChanging(false)} />
        </Card>
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
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => client.call('accounts.status', {}), refetchInterval: 30_000 });
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
  if (!s.account) return <SignIn />;
  if (s.locked) return <LockScreen status={s} />;
  if (s.mustChangePassword)
    return (
      <Centered testId="change-password">
        <Typography.Title level={3}>{t('accounts.change.title')}</Typography.Title>
        <Typography.Paragraph>{t('accounts.change.introFirst')}</Typography.Paragraph>
        <ChangePasswordForm minLength={s.minLength} />
      </Centered>
    );
  return (
    <>
      <Notices status={s} />
      {children(s)}
    </>
  );
}
