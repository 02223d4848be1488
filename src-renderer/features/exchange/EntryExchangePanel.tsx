import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { foldVietnamese } from '../../../src-shared/domain/text-fold';
import { useMay } from '../../app/use-may';
import { useClient } from '../../bridge/context';
import { EXCHANGE_KEY, errorText, exchangeKey } from './use-exchange';

const folded = (input: string, o?: { label?: unknown }) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input));

/**
 * Liên thông inside an entry's detail: the entries it is linked to (replaces / is replaced by,
 * updates, answers), each one click away; for a registered outgoing entry already sent through the
 * hub, each recipient's latest status and the clerk's two actions on it: recall it (with a reason)
 * or send a newer registered entry as its replacement to the same recipients.
 */
export function EntryExchangePanel({ entry, onOpen }: { entry: RegisterEntry; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const may = useMay();
  const files = useQuery({
    queryKey: ['exchange.entryFiles', entry.id],
    queryFn: () => client.call('exchange.entryFiles', { entryId: entry.id }),
  });
  const outgoing = entry.Direction === 'di' && entry.Status === 'registered';
  const deliveries = useQuery({
    queryKey: exchangeKey('entryDeliveries', entry.id),
    queryFn: () => client.call('exchange.entryDeliveries', { entryId: entry.id }),
    enabled: outgoing,
  });
  const links = files.data?.Links ?? [];
  const others = new Map((files.data?.LinkedEntries ?? []).map((e) => [e.id, e]));
  const sent = deliveries.data?.Recipients ?? [];
  if (links.length === 0 && sent.length === 0) return null;

  return (
    <div data-testid="entry-exchange" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('exchange.entry.title')}</Typography.Title>
      {links.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={links}
          renderItem={(l) => {
            const mine = l.from === entry.id;
            const otherId = mine ? l.to : l.from;
            const other = others.get(otherId);
            const number = other ? (other.Direction === 'den' ? t('exchange.entry.arrival', { n: other.ArrivalNumber }) : '') : '';
            return (
              <List.Item data-testid="entry-link">
                <Space wrap>
                  <Tag color={l.kind === 'answers' ? 'blue' : 'orange'}>{t(`exchange.entry.links.${l.kind}.${mine ? 'from' : 'to'}`)}</Tag>
                  <Typography.Link onClick={() => onOpen(otherId)} data-testid="entry-link-open">
                    {[other?.SoKyHieu, number].filter(Boolean).join(' · ') || otherId}
                  </Typography.Link>
                  {other?.Subject && <Typography.Text type="secondary">{other.Subject}</Typography.Text>}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      {outgoing && sent.length > 0 && (
        <>
          <List
            size="small"
            style={{ marginTop: 8 }}
            header={t('exchange.entry.sentTo')}
            dataSource={sent}
            renderItem={(r) => (
              <List.Item data-testid="entry-delivery">
                <Typography.Text>{r.OrganName}</Typography.Text>
                {r.LatestCode ? (
                  <Tag>{t(`exchange.status.${r.LatestCode}`, { defaultValue: r.LatestCode })}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('exchange.delivery.none')}</Typography.Text>
                )}
              </List.Item>
            )}
          />
          <Space style={{ marginTop: 8 }}>
            {!files.data?.Recalled && may('exchange.recallEntry') && <RecallButton entry={entry} />}
            {may('exchange.replaceEntry') && <ReplaceButton entry={entry} />}
          </Space>
        </>
      )}
    </div>
  );
}

function useRefresh(entryId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] });
    await queryClient.invalidateQueries({ queryKey: ['exchange.entryFiles'] });
    await queryClient.invalidateQueries({ queryKey: ['register.get', entryId] });
  };
}

/** Thu hồi: the reason goes to every recipient with the revoke packet; the entry is frozen. */
function RecallButton({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const refresh = useRefresh(entry.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const recall = useMutation({
    mutationFn: () => client.call('exchange.recallEntry', { entryId: entry.id, reason }),
    onSuccess: (r) => {
      void message.success(t(r.alreadyQueued ? 'exchange.send.alreadyQueued' : 'exchange.entry.recallQueued'));
      setOpen(false);
    },
    onSettled: refresh,
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="entry-recall">
        {t('exchange.entry.recall')}
      </Button>
      <Modal
        open={open}
        title={`${t('exchange.entry.recall')} ${entry.SoKyHieu ?? ''}`}
        okText={t('exchange.entry.recall')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: recall.isPending, 'data-testid': 'entry-recall-confirm' }}
        onOk={() => recall.mutate()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t('exchange.entry.recallReason')}</Typography.Paragraph>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="entry-recall-reason" />
        {recall.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorText(recall.error)} />}
      </Modal>
    </>
  );
}

/** Văn bản thay thế: a newer registered outgoing entry (with its PDF) goes to the same recipients as BussinessDocType 3. */
function ReplaceButton({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const refresh = useRefresh(entry.id);
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState<string>();
  const page = useQuery({
    queryKey: ['register.rows', 'exchange.replacements'],
    queryFn: () => client.call('register.list', { Direction: 'di', Status: 'registered', limit: 200 }),
    enabled: open,
  });
  const candidates = (page.data?.items ?? []).filter((e) => e.id !== entry.id && e.File && e.CodeNumber && e.Confidentiality === 'none');
  const replace = useMutation({
    mutationFn: () => client.call('exchange.replaceEntry', { entryId: entry.id, byEntryId: by!, mode: 'replace' }),
    onSuccess: (r) => {
      void message.success(t(r.alreadyQueued ? 'exchange.send.alreadyQueued' : 'exchange.entry.replaceQueued'));
      setOpen(false);
      setBy(undefined);
    },
    onSettled: refresh,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="entry-replace">
        {t('exchange.entry.replace')}
      </Button>
      <Modal
        open={open}
        title={`${t('exchange.entry.replace')} ${entry.SoKyHieu ?? ''}`}
        okText={t('exchange.entry.replaceOk')}
        okButtonProps={{ disabled: !by, loading: replace.isPending, 'data-testid': 'entry-replace-confirm' }}
        onOk={() => replace.mutate()}
        onCancel={() => setOpen(false)}
        width={640}
      >
        <Typography.Paragraph>{t('exchange.entry.replaceHint')}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          data-testid="entry-replace-by"
          value={by}
          onChange={(id: string) => setBy(id)}
          placeholder={t('exchange.send.entryPlaceholder')}
          loading={page.isPending && open}
          showSearch
          filterOption={folded}
          options={candidates.map((e) => ({ value: e.id, label: `${e.SoKyHieu ?? ''} · ${e.Subject}` }))}
        />
        {replace.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorText(replace.error)} />}
      </Modal>
    </>
  );
}
