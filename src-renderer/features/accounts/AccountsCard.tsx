import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Account, type Role } from '../../../src-shared/contracts/accounts.contract';
import { useClient } from '../../bridge/context';
import { STATUS_KEY } from './AccountGate';

const EMPTY = {
  username: '',
  fullName: '',
  roles: [] as Role[],
  unitId: null as string | null,
  personId: null as string | null,
  password: '',
};

/** A labelled text box (or password box) editing `field` of a draft; its test id is `<prefix>-<field>`. */
function TextItem<F extends string, D extends Record<F, string>>(props: {
  label: string;
  draft: D;
  onDraft: (d: D) => void;
  field: F;
  prefix: string;
  password?: boolean;
}) {
  const Box = props.password ? Input.Password : Input;
  const { draft, field } = props;
  return (
    <Form.Item label={props.label}>
      <Box
        value={draft[field]}
        onChange={(e) => props.onDraft({ ...draft, [field]: e.target.value })}
        data-testid={`${props.prefix}-${field}`}
      />
    </Form.Item>
  );
}

/** One of the directory's units or people, or none, for `field` of a draft. */
function PickOne<F extends string, D extends Record<F, string | null>>(props: {
  label: string;
  draft: D;
  onDraft: (d: D) => void;
  field: F;
  options: { value: string; label: string }[];
  testId: string;
}) {
  const { draft, field } = props;
  return (
    <Form.Item label={props.label}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={draft[field] ?? undefined}
        onChange={(v: string | undefined) => props.onDraft({ ...draft, [field]: v ?? null })}
        options={props.options}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** The first administrator, from Cài đặt when the wizard's optional step was skipped. */
function FirstAdmin() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ username: '', fullName: '', password: '' });
  const draft = { draft: v, onDraft: setV };
  const create = useMutation({
    mutationFn: () => client.call('accounts.createFirstAdmin', v),
    onSuccess: (s) => {
      setV({ username: '', fullName: '', password: '' });
      queryClient.setQueryData(STATUS_KEY, s);
      void queryClient.invalidateQueries({ queryKey: ['accounts.list'] });
    },
  });
  return (
    <Form layout="vertical" onFinish={() => create.mutate()} style={{ maxWidth: 420 }}>
      <Alert type="info" showIcon title={t('accounts.card.none')} style={{ marginBottom: 16 }} />
      <TextItem label={t('accounts.signIn.username')} {...draft} field="username" prefix="admin" />
      <TextItem label={t('accounts.card.fullName')} {...draft} field="fullName" prefix="admin" />
      <TextItem label={t('accounts.signIn.password')} {...draft} field="password" prefix="admin" password />
      {create.error && <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="admin-create">
        {t('accounts.card.firstAdmin')}
      </Button>
    </Form>
  );
}

/** Cài đặt › Tài khoản (quản trị): add, roles, disable with hand-over, unlock, reset to a one-time password. */
export function AccountsCard() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => client.call('accounts.status', {}) });
  const mayAdmin = status.data?.account?.roles.includes('quantri') ?? false;
  const list = useQuery({ queryKey: ['accounts.list'], queryFn: () => client.call('accounts.list', {}), enabled: mayAdmin });
  const units = useQuery({
    queryKey: ['directory.listUnits', 'accounts'],
    queryFn: () => client.call('directory.listUnits', { limit: 1000 }),
    enabled: mayAdmin,
  });
  const people = useQuery({
    queryKey: ['directory.listPeople', 'accounts'],
    queryFn: () => client.call('directory.listPeople', { limit: 1000 }),
    enabled: mayAdmin,
  });
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const [disabling, setDisabling] = useState<Account | null>(null);
  const [handoverTo, setHandoverTo] = useState<string | undefined>();
  const [otp, setOtp] = useState<{ name: string; password: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['accounts.list'] });

  const add = useMutation({
    mutationFn: () => client.call('accounts.add', form),
    onSuccess: () => {
      setAdding(false);
      setForm(EMPTY);
      void refresh();
    },
  });
  const act = useMutation({
    mutationFn: async (a: { kind: 'unlock' | 'reset' | 'disable'; account: Account }) => {
      if (a.kind === 'unlock') return client.call('accounts.unlock', { username: a.account.username });
      if (a.kind === 'reset') {
        const r = await client.call('accounts.resetPassword', { username: a.account.username });
        setOtp({ name: a.account.fullName, password: r.oneTimePassword });
        return r;
      }
      const r = await client.call('accounts.disable', { username: a.account.username, ...(handoverTo ? { handoverTo } : {}) });
      void message.success(t('accounts.card.handedOver', { count: r.handedOver }));
      setDisabling(null);
      return r;
    },
    onSuccess: () => void refresh(),
  });

  if (status.data && !status.data.accountsExist) return <Card title={t('accounts.card.title')}>{<FirstAdmin />}</Card>;
  if (!mayAdmin) return null;
  const action = (kind: 'unlock' | 'reset', a: Account) => (
    <Button size="small" onClick={() => act.mutate({ kind, account: a })} data-testid={`account-${kind}-${a.username}`}>
      {t(`accounts.card.${kind}`)}
    </Button>
  );
  const roleTags = (roles: readonly Role[]) => roles.map((r) => <Tag key={r}>{t(`accounts.roles.${r}`)}</Tag>);
  const draft = { draft: form, onDraft: setForm };
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const personOptions = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  const active = (list.data?.items ?? []).filter((a) => !a.disabled && a.username !== disabling?.username);

  return (
    <Card
      title={t('accounts.card.title')}
      data-testid="accounts-card"
      extra={
        <Button type="primary" onClick={() => setAdding(true)} data-testid="account-add">
          {t('accounts.card.add')}
        </Button>
      }
    >
      {act.error && <Alert type="error" showIcon title={act.error.message} style={{ marginBottom: 16 }} />}
      <Table<Account>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('accounts.card.col.username'), dataIndex: 'username' },
          { title: t('accounts.card.col.fullName'), dataIndex: 'fullName' },
          { title: t('accounts.card.col.roles'), render: (_, a) => roleTags(a.roles) },
          { title: t('accounts.card.col.unit'), render: (_, a) => a.unitName ?? '' },
          {
            title: t('accounts.card.col.status'),
            render: (_, a) =>
              a.disabled ? (
                <Tag>{t('accounts.card.disabled')}</Tag>
              ) : (
                <Space size={4}>
                  {a.lockedUntil ? (
                    <Tag color="red">{t('accounts.card.locked')}</Tag>
                  ) : (
                    <Tag color="green">{t('accounts.card.active')}</Tag>
                  )}
                  {a.mustChangePassword && <Tag color="gold">{t('accounts.card.mustChange')}</Tag>}
                </Space>
              ),
          },
          {
            key: 'actions',
            render: (_, a) =>
              a.disabled ? null : (
                <Space size={4}>
                  {a.lockedUntil && action('unlock', a)}
                  {action('reset', a)}
                  <Button size="small" danger onClick={() => setDisabling(a)} data-testid={`account-disable-${a.username}`}>
                    {t('accounts.card.disable')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('accounts.card.add')}
        onCancel={() => setAdding(false)}
        onOk={() => add.mutate()}
        confirmLoading={add.isPending}
        okButtonProps={{ 'data-testid': 'account-add-ok' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          <TextItem label={t('accounts.signIn.username')} {...draft} field="username" prefix="account" />
          <TextItem label={t('accounts.card.fullName')} {...draft} field="fullName" prefix="account" />
          <Form.Item label={t('accounts.card.roles')}>
            <Checkbox.Group
              value={form.roles}
              onChange={(v) => setForm({ ...form, roles: v })}
              options={ROLES.map((r) => ({ value: r, label: <span data-testid={`account-role-${r}`}>{t(`accounts.roles.${r}`)}</span> }))}
            />
          </Form.Item>
          <PickOne label={t('accounts.card.unit')} {...draft} field="unitId" options={unitOptions} testId="account-unit" />
          <PickOne label={t('accounts.card.person')} {...draft} field="personId" options={personOptions} testId="account-person" />
          <TextItem label={t('accounts.card.initialPassword')} {...draft} field="password" prefix="account" password />
          {add.error && <Alert type="error" showIcon title={add.error.message} data-testid="account-add-error" />}
        </Form>
      </Modal>
      <Modal
        open={disabling !== null}
        title={t('accounts.card.disableTitle', { name: disabling?.fullName })}
        onCancel={() => setDisabling(null)}
        onOk={() => disabling && act.mutate({ kind: 'disable', account: disabling })}
        okButtonProps={{ danger: true }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('accounts.card.disableHelp')}</Typography.Paragraph>
        <Form.Item label={t('accounts.card.handoverTo')}>
          <Select
            allowClear
            style={{ width: '100%' }}
            value={handoverTo}
            onChange={setHandoverTo}
            options={active.map((a) => ({ value: a.username, label: `${a.fullName} (${a.username})` }))}
          />
        </Form.Item>
      </Modal>
      <Modal
        open={otp !== null}
        title={t('accounts.card.otpTitle', { name: otp?.name })}
        onOk={() => setOtp(null)}
        onCancel={() => setOtp(null)}
        footer={null}
      >
        <Typography.Paragraph copyable strong style={{ fontSize: 20 }} data-testid="account-otp">
          {otp?.password}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('accounts.card.otpHelp')}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
