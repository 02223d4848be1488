import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, App, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import { useClient } from '../../bridge/context';
import { DeliveryView } from './DeliveryView';
import { EXCHANGE_KEY, errorText, exchangeKey, formatTime, useErrorMessage, useHubAgencies } from './use-exchange';

const STATE_COLOR: Record<OutboxItem['State'], string> = { pending: 'default', sending: 'processing', sent: 'success', failed: 'error' };
/** edXML BussinessDocType of a request packet (1 revoke, 2 update, 3 replace), named as the recipient's inbox names it. */
const REQUEST_KIND: Record<number, string> = { 1: 'recall', 2: 'update', 3: 'replace' };

/** Outgoing document packets with their queue state; a failed one can be retried; a row opens its delivery view. */
export function OutboxTab() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({ queryKey: exchangeKey('outbox'), queryFn: () => client.call('exchange.listOutbox', { limit: 500 }) });
  useErrorMessage(query.error);
  const rows = (query.data ?? []).filter((r) => r.kind === 'edoc');
  const agencies = useHubAgencies();
  const names = new Map((agencies.data ?? []).map((a) => [a.code, a.name]));
  const [open, setOpen] = useState<string | null>(null);
  const selected = rows.find((r) => r.id === open);

  const retryMutation = useMutation({
    mutationFn: (id: string) => client.call('exchange.retryOutbox', { id }),
    onSuccess: () => void message.success(t('exchange.outbox.retried')),
    onError: (err) => void message.error(errorText(err)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] }),
  });
  const retry = (id: string) => retryMutation.mutate(id);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Table<OutboxItem>
        data-testid="outbox-table"
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={query.isPending}
        pagination={false}
        locale={{ emptyText: <Empty description={t('exchange.outbox.empty')} /> }}
        // Keyed by the packet: a letter and its recall share the document id but are two rows.
        rowClassName={(r) => (r.id === open ? 'ant-table-row-selected' : '')}
        onRow={(r) =>
          ({
            'data-testid': 'outbox-row',
            onClick: () => setOpen(r.id),
            style: { cursor: 'pointer' },
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('exchange.outbox.title'),
            render: (_, r) => (
              <>
                {r.BussinessDocType !== null && REQUEST_KIND[r.BussinessDocType] && (
                  <Tag color="orange" data-testid="outbox-kind">
                    {t(`exchange.inbox.kinds.${REQUEST_KIND[r.BussinessDocType]}`)}
                  </Tag>
                )}
                {r.Notation && <Typography.Text strong>{r.Notation} · </Typography.Text>}
                {r.Title}
              </>
            ),
          },
          {
            title: t('exchange.outbox.recipients'),
            // Named from the cached hub directory (the packet holds mã định danh only); an unknown code stays a code.
            render: (_, r) => <span data-testid="outbox-recipients">{r.Recipients.map((c) => names.get(c) ?? c).join('; ')}</span>,
          },
          {
            title: t('exchange.outbox.state'),
            width: 230,
            render: (_, r) => {
              const label = r.Stuck ? t('exchange.outbox.states.stuck') : t(`exchange.outbox.states.${r.State}`);
              const tag = (
                <Tag color={r.Stuck ? 'error' : STATE_COLOR[r.State]} data-testid="outbox-state">
                  {label}
                </Tag>
              );
              return (
                <Space size={4}>
                  {r.LastError ? <Tooltip title={r.LastError}>{tag}</Tooltip> : tag}
                  {(r.State === 'failed' || r.Stuck) && (
                    <Button
                      size="small"
                      onClick={(e) => {
                        e.stopPropagation();
                        retry(r.id);
                      }}
                      data-testid="outbox-retry"
                    >
                      {t('exchange.outbox.retry')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
          { title: t('exchange.outbox.createdAt'), width: 170, render: (_, r) => formatTime(r.SentAt ?? r.CreatedAt) },
        ]}
        expandable={{
          rowExpandable: (r) => Boolean(r.LastError),
          expandedRowRender: (r) => <Typography.Text type="danger">{r.LastError}</Typography.Text>,
        }}
      />
      {selected && <DeliveryView documentId={selected.DocumentId} />}
    </Space>
  );
}
