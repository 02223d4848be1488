import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import { foldVietnamese } from '../../../src-shared/domain/text-fold';
import { useClient } from '../../bridge/context';
import { EXCHANGE_KEY, errorText, useErrorMessage, useHubAgencies } from './use-exchange';

const folded = (input: string, o?: { label?: unknown }) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input));

/**
 * Send a registered outgoing document (with its PDF) to agencies from the hub directory. The window
 * names the entry and the recipients; main builds the packet from the register and queues it.
 */
export function SendForm({ info, onSent }: { info: AppInfo; onSent: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const page = useQuery({
    queryKey: ['register.rows', 'exchange.sendable'],
    queryFn: () => client.call('register.list', { Direction: 'di', Status: 'registered', limit: 200 }),
  });
  const agencies = useHubAgencies();
  useErrorMessage(page.error ?? agencies.error);
  const entries = (page.data?.items ?? []).filter((e) => e.File && e.CodeNumber);
  const [entryId, setEntryId] = useState<string>();
  const [to, setTo] = useState<string[]>([]);

  const send = useMutation({
    mutationFn: (v: { entryId: string; to: string[]; confirmRestricted?: boolean }) => client.call('exchange.sendEntry', v),
    onSuccess: (r) => {
      void message.success(t(r.alreadyQueued ? 'exchange.send.alreadyQueued' : 'exchange.send.queued'));
      if (r.releaseWarnings?.length) void message.warning(t('safety.releaseWarning', { warnings: r.releaseWarnings.join(' ') }), 10);
      setEntryId(undefined);
      setTo([]);
      onSent();
    },
    onError: (err) => void message.error(errorText(err)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] }),
  });

  const chosen = entries.find((e) => e.id === entryId);
  // Mật never goes through the hub (the main process refuses too); a restricted category asks first.
  const secret = chosen && chosen.Confidentiality !== 'none';
  const submit = () => {
    if (!entryId || !chosen) return;
    if (!chosen.ChannelRestriction) return send.mutate({ entryId, to });
    modal.confirm({
      title: t('safety.sendRestrictedTitle'),
      content: t('safety.sendRestrictedBody', { label: t(`safety.restrictionLabel.${chosen.ChannelRestriction}`) }),
      okText: t('safety.sendRestrictedOk'),
      onOk: () => send.mutate({ entryId, to, confirmRestricted: true }),
    });
  };
  const own = info.agency?.code;
  const list = agencies.data ?? [];
  return (
    <Form layout="vertical" style={{ maxWidth: 720 }} data-testid="send-form">
      {page.data && entries.length === 0 && (
        <Alert type="info" showIcon message={t('exchange.send.noEntries')} style={{ marginBottom: 12 }} />
      )}
      <Form.Item label={t('exchange.send.entry')} required>
        <Select
          data-testid="send-entry"
          value={entryId}
          onChange={(id: string) => {
            setEntryId(id);
            setTo([]);
          }}
          placeholder={t('exchange.send.entryPlaceholder')}
          showSearch
          filterOption={folded}
          options={entries.map((e) => ({
            value: e.id,
            label:
              e.Confidentiality === 'none'
                ? `${e.SoKyHieu ?? ''} · ${e.Subject}`
                : `${e.SoKyHieu ?? ''} · ${t(`safety.level.${e.Confidentiality}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('exchange.send.recipients')}
        required
        extra={agencies.data && list.length === 0 ? t('exchange.send.noAgencies') : undefined}
      >
        <Select
          data-testid="send-recipients"
          mode="multiple"
          value={to}
          onChange={setTo}
          placeholder={t('exchange.send.recipientsPlaceholder')}
          filterOption={folded}
          options={list.filter((a) => a.code !== own).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
        />
      </Form.Item>
      {secret && (
        <Alert
          type="error"
          showIcon
          title={t('safety.sendSecret', { level: t(`safety.level.${chosen.Confidentiality}`) })}
          style={{ marginBottom: 12 }}
          data-testid="send-secret"
        />
      )}
      <Button
        type="primary"
        icon={<SendOutlined />}
        disabled={!entryId || to.length === 0 || secret}
        title={secret ? t('safety.sendSecret', { level: t(`safety.level.${chosen.Confidentiality}`) }) : undefined}
        loading={send.isPending}
        onClick={submit}
        data-testid="send-submit"
      >
        {t('exchange.send.submit')}
      </Button>
    </Form>
  );
}
