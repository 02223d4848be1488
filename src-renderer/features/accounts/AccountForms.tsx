import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../src-shared/contracts/accounts.contract';
import { useClient } from '../../bridge/context';
import { useStatusMutation } from './AccountGate';

/*
 * The account screens that take a password (sign-in, lock screen, password change): a chunk of their
 * own, fetched only when one is shown (AccountGate). A data folder without accounts, or a signed-in
 * clerk, never loads antd's Form, Input and Card (and the Tabs that Card brings) at start-up.
 */

function Centered({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: 440 }} data-testid={testId}>
        {children}
      </Card>
    </div>
  );
}

export function SignIn() {
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

export function LockScreen({ status }: { status: SessionStatus }) {
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

function ChangePasswordForm({ minLength, onDone }: { minLength: number; onDone?: () => void }) {
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

/** The first sign-in (or a reset) must change the password before anything else. */
export function FirstPasswordChange({ minLength }: { minLength: number }) {
  const { t } = useTranslation();
  return (
    <Centered testId="change-password">
      <Typography.Title level={3}>{t('accounts.change.title')}</Typography.Title>
      <Typography.Paragraph>{t('accounts.change.introFirst')}</Typography.Paragraph>
      <ChangePasswordForm minLength={minLength} />
    </Centered>
  );
}

/** The password change the expiry notice opens, above the screens. */
export function ChangePasswordCard({ minLength, onDone }: { minLength: number; onDone: () => void }) {
  return (
    <Card style={{ maxWidth: 440, margin: 16 }}>
      <ChangePasswordForm minLength={minLength} onDone={onDone} />
    </Card>
  );
}
