import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Input, Modal, Space, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../src-shared/contracts/exchange.contract';
import { useClient } from '../../bridge/context';
import { EXCHANGE_KEY, errorText, exchangeKey, formatTime, useErrorMessage } from './use-exchange';

/**
 * Electronic documents waiting for a số đến: register (main stores the PDF, gives the number and
 * tells the sender, all in one step) or refuse with a reason.
 */
export function InboxTab() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: exchangeKey('inbox', 'new'),
    queryFn: () => client.call('exchange.listInbox', { kind: 'edoc', states: ['new'], limit: 500 }),
  });
  useErrorMessage(query.error);
  const [refusing, setRefusing] = useState<InboxItem | null>(null);
  const [reason, setReason] = useState('');

  const refreshAll = async () => {
    await queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] });
    await queryClient.invalidateQueries({ queryKey: ['register.rows'] });
  };

  const register = useMutation({
    mutationFn: (row: InboxItem) => client.call('exchange.registerIncoming', { inboxId: row.id, overrides: {} }),
    onSuccess: (r) => {
      for (const w of r.warnings) void message.warning(w.message);
      void message.success(t('exchange.inbox.registered', { number: r.entry.ArrivalNumber }));
    },
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
  });

  const refuse = useMutation({
    mutationFn: (v: { id: string; reason: string }) => client.call('exchange.refuseIncoming', v),
    onSuccess: () => {
      void message.success(t('exchange.inbox.refused'));
      setRefusing(null);
      setReason('');
    },
    onError: (err) => void message.error(errorText(err)),
    onSettled: refreshAll,
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
        locale={{ emptyText: <Empty description={t('exchange.inbox.empty')} /> }}
        onRow={() => ({ 'data-testid': 'inbox-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('exchange.inbox.subject'), dataIndex: 'Subject' },
          { title: t('exchange.inbox.sender'), render: (_, r) => r.From.OrganName ?? r.From.OrganId },
          { title: t('exchange.inbox.code'), dataIndex: 'Code', width: 140 },
          { title: t('exchange.inbox.receivedAt'), width: 170, render: (_, r) => formatTime(r.ReceivedAt) },
          { title: t('exchange.inbox.attachments'), width: 80, render: (_, r) => r.Attachments.length },
          {
            title: t('exchange.inbox.actions'),
            width: 190,
            render: (_, r) => (
              <Space>
                <Button
                  type="primary"
                  size="small"
                  loading={register.isPending && register.variables?.id === r.id}
                  disabled={register.isPending}
                  onClick={() => register.mutate(r)}
                  data-testid="inbox-register"
                >
                  {t('exchange.inbox.register')}
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
        open={refusing !== null}
        title={t('exchange.inbox.refuseTitle')}
        okText={t('exchange.inbox.refuse')}
        confirmLoading={refuse.isPending}
        okButtonProps={{ danger: true, disabled: !reason.trim(), ...({ 'data-testid': 'refuse-confirm' } as Record<string, string>) }}
        onOk={() => refusing && refuse.mutate({ id: refusing.id, reason })}
        onCancel={() => setRefusing(null)}
      >
        <Typography.Paragraph strong>{refusing?.Subject}</Typography.Paragraph>
        <Typography.Text>{t('exchange.inbox.refuseReason')}</Typography.Text>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="refuse-reason" />
      </Modal>
    </>
  );
}
