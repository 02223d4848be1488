import { ApiOutlined, CloudDownloadOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncResult } from '../../../src-shared/contracts/exchange.contract';
import { useClient } from '../../bridge/context';
import { errorText, useLoaded } from './use-exchange';

interface HubForm {
  url: string;
  systemId: string;
  secret: string;
}

/** Hub endpoint and credentials, "Đồng bộ ngay" and the directory download. */
export function HubCard({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<HubForm>();
  const [busy, setBusy] = useState<'save' | 'sync' | 'dir' | null>(null);
  const [result, setResult] = useState<SyncResult | null>(null);
  const hub = useLoaded(() => client.call('exchange.hubInfo', {}), version, null);
  useEffect(() => {
    // Show the stored endpoint (never the secret) when the fields are still empty.
    if (hub?.configured && !form.getFieldValue('url')) form.setFieldsValue({ url: hub.url ?? '', systemId: hub.systemId ?? '' });
  }, [hub, form]);

  const run = async (kind: 'save' | 'sync' | 'dir', work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await work();
      onChanged();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const save = (v: HubForm) =>
    run('save', async () => {
      await client.call('exchange.configureHub', { url: v.url.trim(), systemId: v.systemId.trim(), secret: v.secret });
      form.setFieldValue('secret', '');
      void message.success(t('exchange.hub.saved'));
      // The directory comes from the hub: fetch it now so the send form can pick recipients.
      await client.call('exchange.refreshAgencies', {}).catch(() => undefined);
    });

  const sync = () => run('sync', async () => setResult(await client.call('exchange.sync', {})));

  const refresh = () =>
    run('dir', async () => {
      const r = await client.call('exchange.refreshAgencies', {});
      void message.success(t('exchange.hub.agenciesLoaded', { count: r.count }));
    });

  return (
    <Card title={t('exchange.hub.title')} size="small" data-testid="hub-card">
      <Form form={form} layout="inline" onFinish={(v) => void save(v)} initialValues={{ url: '', systemId: '', secret: '' }}>
        <Form.Item name="url" label={t('exchange.hub.url')} rules={[{ required: true }]}>
          <Input style={{ width: 260 }} data-testid="hub-url" placeholder="https://" />
        </Form.Item>
        <Form.Item name="systemId" label={t('exchange.hub.systemId')} rules={[{ required: true }]}>
          <Input style={{ width: 160 }} data-testid="hub-system-id" />
        </Form.Item>
        <Form.Item name="secret" label={t('exchange.hub.secret')} rules={[{ required: true }]}>
          <Input.Password style={{ width: 180 }} data-testid="hub-secret" placeholder={hub?.configured ? t('exchange.hub.secretKept') : ''} autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" icon={<ApiOutlined />} loading={busy === 'save'} data-testid="hub-save">
          {t('exchange.hub.save')}
        </Button>
      </Form>
      <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
        <Typography.Text type={hub?.configured ? undefined : 'secondary'} data-testid="hub-info">
          {hub?.configured ? t('exchange.hub.configured', { url: hub.url, systemId: hub.systemId }) : t('exchange.hub.notConfigured')}
        </Typography.Text>
        <Space>
          <Button type="primary" icon={<SyncOutlined />} loading={busy === 'sync'} disabled={!hub?.configured} onClick={() => void sync()} data-testid="sync-now">
            {t('exchange.hub.sync')}
          </Button>
          <Button icon={<CloudDownloadOutlined />} loading={busy === 'dir'} disabled={!hub?.configured} onClick={() => void refresh()} data-testid="refresh-agencies">
            {t('exchange.hub.refreshAgencies')}
          </Button>
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
