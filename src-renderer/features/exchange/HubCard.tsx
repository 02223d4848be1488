import { ApiOutlined, CloudDownloadOutlined, SyncOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { exchangeConfigureHub } from '../../../src-shared/contracts/exchange.contract';
import { useClient } from '../../bridge/context';
import { FormField } from '../../components/FormField';
import { EXCHANGE_KEY, errorText, exchangeKey, useErrorMessage } from './use-exchange';
import { showDate } from '../../i18n/dates';

const HubSchema = exchangeConfigureHub.input;
type HubInput = z.input<typeof HubSchema>;
type HubValues = z.output<typeof HubSchema>;
const BLANK: HubInput = { url: '', systemId: '', secret: '' };

/** Hub endpoint and credentials (checked by the contract's own schema), "Đồng bộ ngay" and the directory download. */
export function HubCard() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const form = useForm<HubInput, unknown, HubValues>({ resolver: zodResolver(HubSchema), defaultValues: BLANK });
  const hubQuery = useQuery({ queryKey: exchangeKey('hubInfo'), queryFn: () => client.call('exchange.hubInfo', {}) });
  useErrorMessage(hubQuery.error);
  const hub = hubQuery.data;
  useEffect(() => {
    // Show the stored endpoint (never the secret) while the clerk has not typed anything.
    if (hub?.configured && !form.formState.isDirty) form.reset({ url: hub.url ?? '', systemId: hub.systemId ?? '', secret: '' });
  }, [hub, form]);
  const refreshAll = () => queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] });

  const save = useMutation({
    mutationFn: async (v: HubValues) => {
      const info = await client.call('exchange.configureHub', v);
      // The directory comes from the hub: fetch it now so the send form can pick recipients.
      await client.call('exchange.refreshAgencies', {}).catch(() => undefined);
      return info;
    },
    onSuccess: (info) => {
      form.reset({ url: info.url ?? '', systemId: info.systemId ?? '', secret: '' });
      void message.success(t('exchange.hub.saved'));
    },
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });
  const sync = useMutation({
    mutationFn: () => client.call('exchange.sync', {}),
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });
  const refresh = useMutation({
    mutationFn: () => client.call('exchange.refreshAgencies', {}),
    onSuccess: (r) => void message.success(t('exchange.hub.agenciesLoaded', { count: r.count })),
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });
  const submit = () => void form.handleSubmit((v) => save.mutate(v))();
  const result = sync.data;
  // Sync and the directory refresh: usable once the hub is configured, busy while they run.
  const hubAction = (run: { isPending: boolean; mutate: () => void }, icon: ReactNode, testId: string, label: string, primary = false) => (
    <Button
      type={primary ? 'primary' : undefined}
      icon={icon}
      loading={run.isPending}
      disabled={!hub?.configured}
      onClick={() => run.mutate()}
      data-testid={testId}
    >
      {label}
    </Button>
  );

  return (
    <Card title={t('exchange.hub.title')} size="small" data-testid="hub-card">
      {hub?.changedAt && (
        <Alert
          type={hub.rotationDue ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="hub-rotation"
          title={t(hub.rotationDue ? 'exchange.hub.rotationDue' : 'exchange.hub.changed', {
            at: showDate(hub.changedAt),
            by: hub.changedBy ?? '—',
          })}
        />
      )}
      {/* A real <form> (the password field belongs to one); Enter or the button submits through react-hook-form. */}
      <Form layout="inline" onFinish={submit}>
        <FormField
          name="url"
          label={t('exchange.hub.url')}
          control={form.control}
          required
          render={(f) => <Input {...f} style={{ width: 260 }} data-testid="hub-url" placeholder="https://" />}
        />
        <FormField
          name="systemId"
          label={t('exchange.hub.systemId')}
          control={form.control}
          required
          render={(f) => <Input {...f} style={{ width: 160 }} data-testid="hub-system-id" />}
        />
        <FormField
          name="secret"
          label={t('exchange.hub.secret')}
          control={form.control}
          required
          render={(f) => (
            <Input.Password
              {...f}
              style={{ width: 180 }}
              data-testid="hub-secret"
              placeholder={hub?.configured ? t('exchange.hub.secretKept') : ''}
              autoComplete="off"
            />
          )}
        />
        <Button htmlType="submit" icon={<ApiOutlined />} loading={save.isPending} data-testid="hub-save">
          {t('exchange.hub.save')}
        </Button>
      </Form>
      <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
        <Typography.Text type={hub?.configured ? undefined : 'secondary'} data-testid="hub-info">
          {hub?.configured ? t('exchange.hub.configured', { url: hub.url, systemId: hub.systemId }) : t('exchange.hub.notConfigured')}
        </Typography.Text>
        <Space>
          {hubAction(sync, <SyncOutlined />, 'sync-now', t('exchange.hub.sync'), true)}
          {hubAction(refresh, <CloudDownloadOutlined />, 'refresh-agencies', t('exchange.hub.refreshAgencies'))}
        </Space>
        {result && (
          <Alert
            data-testid="sync-result"
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            message={t('exchange.hub.syncResult', result)}
            description={
              result.errors.length ? (
                <>
                  {t('exchange.hub.syncErrors', { count: result.errors.length })}
                  <ul style={{ margin: 0 }}>
                    {result.errors.slice(0, 5).map((e, i) => (
                      <li key={i}>{e.message}</li>
                    ))}
                  </ul>
                </>
              ) : undefined
            }
          />
        )}
      </Space>
    </Card>
  );
}
