import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../src-shared/contracts/exchange.contract';
import { BUSINESS_DOC_REASONS } from '../../../src-shared/contracts/exchange-model.contract';
import { useClient } from '../../bridge/context';
import { EXCHANGE_KEY, errorText, exchangeKey, formatTime, useErrorMessage } from './use-exchange';
import { showDate } from '../../i18n/dates';

/** The edXML default reasons ("Văn bản thay thế"…) only repeat the kind column: not shown as a reason. */
const DEFAULT_REASONS = new Set<string>(Object.values(BUSINESS_DOC_REASONS));
const PRIORITY_COLOR = ['default', 'orange', 'volcano', 'red'];
const SIGNATURE_COLOR = { valid: 'green', invalid: 'red', damaged: 'red', unsigned: 'default', 'not-checked': 'default' } as const;

/**
 * Incoming packets waiting for the clerk, most urgent first: documents to register (main stores
 * every file, gives the number and tells the sender, all in one step) or return with a reason, and
 * recall / update / take-back requests to accept or refuse. The signature verdict of the main PDF
 * and the antivirus result are shown before any decision; a broken signature is registered only
 * after an explicit confirmation.
 */
export function InboxTab() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: exchangeKey('inbox', 'pending'),
    queryFn: () => client.call('exchange.listInbox', { states: ['new', 'change-requested', 'waiting'], limit: 500 }),
  });
  useErrorMessage(query.error);
  const [refusing, setRefusing] = useState<InboxItem | null>(null);
  const [reason, setReason] = useState('');

  const refreshAll = async () => {
    await queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] });
    await queryClient.invalidateQueries({ queryKey: ['register.rows'] });
  };

  const [confirming, setConfirming] = useState<InboxItem | null>(null);
  const broken = (r: InboxItem) => r.Signature?.state === 'invalid' || r.Signature?.state === 'damaged';
  const register = useMutation({
    mutationFn: (row: InboxItem) =>
      client.call('exchange.registerIncoming', {
        inboxId: row.id,
        overrides: {},
        ...(broken(row) ? { confirmBrokenSignature: true } : {}),
      }),
    onSuccess: (r) => {
      for (const w of r.warnings) void message.warning(w.message);
      void message.success(t('exchange.inbox.registered', { number: r.entry.ArrivalNumber }));
    },
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });

  // An answer to a request or a refusal: said, the refusal box closed and emptied, the lists refreshed.
  const settles = (done: string) => ({
    onSuccess: () => {
      void message.success(t(done));
      setRefusing(null);
      setReason('');
    },
    onError: (err: Error) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });
  const answer = useMutation({
    mutationFn: (v: { id: string; accept: boolean; reason?: string }) => client.call('exchange.answerRequest', v),
    ...settles('exchange.inbox.answered'),
  });
  const refuse = useMutation({
    mutationFn: (v: { id: string; reason: string }) => client.call('exchange.refuseIncoming', v),
    ...settles('exchange.inbox.refused'),
  });

  return (
    <>
      <Table<InboxItem>
        data-testid="inbox-table"
        rowKey="id"
        size="small"
        dataSource={query.data ?? []}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 1600 }}
        locale={{ emptyText: <Empty description={t('exchange.inbox.empty')} /> }}
        onRow={() => ({ 'data-testid': 'inbox-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('exchange.inbox.priority'),
            width: 110,
            render: (_, r) => (
              <Tag color={PRIORITY_COLOR[r.Priority]} data-testid="inbox-priority">
                {(t('exchange.inbox.priorities', { returnObjects: true }) as string[])[r.Priority]}
              </Tag>
            ),
          },
          {
            title: t('exchange.inbox.kind'),
            width: 130,
            render: (_, r) => <Tag data-testid="inbox-kind">{t(`exchange.inbox.kinds.${r.Kind}`)}</Tag>,
          },
          {
            title: t('exchange.inbox.subject'),
            width: 280,
            render: (_, r) => (
              <>
                {/* A recall / update / take-back repeats the subject of the document it concerns (a take-back,
                    whose status packet has no subject, its reason): each said once. */}
                {!(r.Concerns && r.Kind !== 'replace' && (r.Subject === r.Concerns.Subject || r.Subject === r.Reason)) && (
                  <div>{r.Subject}</div>
                )}
                {r.Concerns ? (
                  <Typography.Text type="secondary" data-testid="inbox-concerns">
                    {t(r.Kind === 'replace' ? 'exchange.inbox.replaces' : 'exchange.inbox.concerns')}: {r.Concerns.Code}{' '}
                    {r.Concerns.Subject}
                    {r.Concerns.ArrivalNumber !== null && ` · ${t('exchange.entry.arrival', { n: r.Concerns.ArrivalNumber })}`}
                  </Typography.Text>
                ) : r.State === 'waiting' ? (
                  <Typography.Text type="warning">{t('exchange.inbox.waiting')}</Typography.Text>
                ) : null}
                {r.Reason && r.Kind !== 'document' && !DEFAULT_REASONS.has(r.Reason) ? (
                  <div data-testid="inbox-reason">
                    {t('exchange.inbox.reason')}: {r.Reason}
                  </div>
                ) : null}
              </>
            ),
          },
          { title: t('exchange.inbox.sender'), width: 160, render: (_, r) => r.From.OrganName ?? r.From.OrganId },
          { title: t('exchange.inbox.code'), dataIndex: 'Code', width: 120 },
          { title: t('exchange.inbox.dueDate'), width: 100, render: (_, r) => showDate(r.DueDate) },
          { title: t('exchange.inbox.signer'), dataIndex: 'Signer', width: 150 },
          {
            title: t('exchange.inbox.signature'),
            width: 130,
            render: (_, r) =>
              r.Signature ? (
                <Tooltip title={[r.Signature.text, ...r.Signature.signers].join(' — ')}>
                  <Tag color={SIGNATURE_COLOR[r.Signature.state]} data-testid="inbox-signature">
                    {t(`exchange.inbox.signatures.${r.Signature.state}`)}
                  </Tag>
                </Tooltip>
              ) : null,
          },
          {
            title: t('exchange.inbox.antivirus'),
            width: 120,
            render: (_, r) =>
              r.Antivirus ? (
                <Tooltip title={r.Antivirus.warning ?? r.Antivirus.engine ?? ''}>
                  <Tag color={r.Antivirus.verdict === 'clean' ? 'green' : 'gold'} data-testid="inbox-antivirus">
                    {t(`exchange.inbox.antivirusVerdicts.${r.Antivirus.verdict}`)}
                  </Tag>
                </Tooltip>
              ) : null,
          },
          {
            title: t('exchange.inbox.attachments'),
            width: 150,
            render: (_, r) => r.Attachments.map((a) => <div key={a.sha256}>{a.AttachmentName}</div>),
          },
          { title: t('exchange.inbox.receivedAt'), width: 150, render: (_, r) => formatTime(r.ReceivedAt) },
          {
            title: t('exchange.inbox.actions'),
            width: 190,
            render: (_, r) =>
              r.Kind === 'document' || r.Kind === 'replace' ? (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    loading={register.isPending && register.variables?.id === r.id}
                    disabled={register.isPending}
                    onClick={() => (broken(r) ? setConfirming(r) : register.mutate(r))}
                    data-testid="inbox-register"
                  >
                    {t('exchange.inbox.register')}
                  </Button>
                  <Button
                    danger
                    size="small"
                    onClick={() => {
                      setRefusing(r);
                      if (broken(r) && r.Signature) setReason(`${t('exchange.inbox.confirmBrokenTitle')}: ${r.Signature.text}`);
                    }}
                    data-testid="inbox-refuse"
                  >
                    {broken(r) ? t('exchange.inbox.returnBroken') : t('exchange.inbox.refuse')}
                  </Button>
                </Space>
              ) : (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    disabled={answer.isPending || r.State === 'waiting'}
                    onClick={() => answer.mutate({ id: r.id, accept: true })}
                    data-testid="inbox-accept"
                  >
                    {t('exchange.inbox.accept')}
                  </Button>
                  <Button danger size="small" onClick={() => setRefusing(r)} data-testid="inbox-refuse">
                    {t('exchange.inbox.refuse')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={confirming !== null}
        title={t('exchange.inbox.confirmBrokenTitle')}
        okText={t('exchange.inbox.confirmBrokenOk')}
        okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-broken' } as Record<string, string>) }}
        onOk={() => {
          if (confirming) register.mutate(confirming);
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      >
        <Typography.Paragraph>{t('exchange.inbox.confirmBrokenText', { reason: confirming?.Signature?.text ?? '' })}</Typography.Paragraph>
      </Modal>
      <Modal
        open={refusing !== null}
        title={
          refusing && refusing.Kind !== 'document' && refusing.Kind !== 'replace'
            ? t('exchange.inbox.refuseRequestTitle')
            : t('exchange.inbox.refuseTitle')
        }
        okText={t('exchange.inbox.refuse')}
        confirmLoading={refuse.isPending || answer.isPending}
        okButtonProps={{ danger: true, disabled: !reason.trim(), ...({ 'data-testid': 'refuse-confirm' } as Record<string, string>) }}
        onOk={() =>
          refusing &&
          (refusing.Kind === 'document' || refusing.Kind === 'replace'
            ? refuse.mutate({ id: refusing.id, reason })
            : answer.mutate({ id: refusing.id, accept: false, reason }))
        }
        onCancel={() => setRefusing(null)}
      >
        <Typography.Paragraph strong>{refusing?.Subject}</Typography.Paragraph>
        <Typography.Text>{t('exchange.inbox.refuseReason')}</Typography.Text>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="refuse-reason" />
      </Modal>
    </>
  );
}
