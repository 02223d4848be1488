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
            {!files.data?.Recalled && may('exchange.recallEntry') && <RequestButton entry={entry} kind="recall" />}
            {!files.data?.Recalled && may('exchange.takeBackEntry') && <RequestButton entry={entry} kind="takeBack" />}
            {may('exchange.replaceEntry') && <SendNewerButton entry={entry} mode="replace" />}
            {may('exchange.replaceEntry') && <SendNewerButton entry={entry} mode="update" />}
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

/**
 * A request to every recipient with a reason: thu hồi (revoke packet; the entry is frozen) or lấy lại
 * (status 13, a document sent by mistake).
 */
const REQUESTS = {
  recall: { op: 'exchange.recallEntry', testId: 'entry-recall', danger: true },
  takeBack: { op: 'exchange.takeBackEntry', testId: 'entry-take-back', danger: false },
} as const;

function RequestButton({ entry, kind }: { entry: RegisterEntry; kind: keyof typeof REQUESTS }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const refresh = useRefresh(entry.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { op, testId, danger } = REQUESTS[kind];
  const request = useMutation({
    mutationFn: () => client.call(op, { entryId: entry.id, reason }),
    onSuccess: (r) => {
      void message.success(t(r.alreadyQueued ? 'exchange.send.alreadyQueued' : `exchange.entry.${kind}Queued`));
      setOpen(false);
    },
    onSettled: refresh,
  });
  return (
    <>
      <Button danger={danger} onClick={() => setOpen(true)} data-testid={testId}>
        {t(`exchange.entry.${kind}`)}
      </Button>
      <Modal
        open={open}
        title={`${t(`exchange.entry.${kind}`)} ${entry.SoKyHieu ?? ''}`}
        okText={t(`exchange.entry.${kind}`)}
        okButtonProps={{ danger, disabled: !reason.trim(), loading: request.isPending, 'data-testid': `${testId}-confirm` }}
        onOk={() => request.mutate()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t(`exchange.entry.${kind}Reason`)}</Typography.Paragraph>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid={`${testId}-reason`} />
        {request.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorText(request.error)} />}
      </Modal>
    </>
  );
}

/**
 * A newer registered outgoing entry (with its PDF) goes to the same recipients: văn bản thay thế
 * (BussinessDocType 3) or bản cập nhật (2); the two entries are linked.
 */
function SendNewerButton({ entry, mode }: { entry: RegisterEntry; mode: 'replace' | 'update' }) {
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
    mutationFn: () => client.call('exchange.replaceEntry', { entryId: entry.id, byEntryId: by!, mode }),
    onSuccess: (r) => {
      void message.success(t(r.alreadyQueued ? 'exchange.send.alreadyQueued' : `exchange.entry.${mode}Queued`));
      setOpen(false);
      setBy(undefined);
    },
    onSettled: refresh,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid={`entry-${mode}`}>
        {t(`exchange.entry.${mode}`)}
      </Button>
      <Modal
        open={open}
        title={`${t(`exchange.entry.${mode}`)} ${entry.SoKyHieu ?? ''}`}
        okText={t(`exchange.entry.${mode}Ok`)}
        okButtonProps={{ disabled: !by, loading: replace.isPending, 'data-testid': `entry-${mode}-confirm` }}
        onOk={() => replace.mutate()}
        onCancel={() => setOpen(false)}
        width={640}
      >
        <Typography.Paragraph>{t(`exchange.entry.${mode}Hint`)}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          data-testid={`entry-${mode}-by`}
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
