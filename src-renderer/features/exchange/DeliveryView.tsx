import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Timeline, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { exchangeKey, formatTime, useErrorMessage } from './use-exchange';

const CODE_COLOR: Record<string, string> = {
  '01': 'blue',
  '02': 'red',
  '03': 'green',
  '04': 'cyan',
  '05': 'gold',
  '06': 'green',
  '13': 'orange',
  '15': 'purple',
  '16': 'volcano',
};

/** Per-recipient latest status and the full status history of one outgoing document. */
export function DeliveryView({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const query = useQuery({
    queryKey: exchangeKey('deliveries', documentId),
    queryFn: () => client.call('exchange.deliveries', { documentId }),
  });
  useErrorMessage(query.error);
  const d = query.data;
  const label = (code: string) => t(`exchange.status.${code}`, { defaultValue: code });
  const names = new Map((d?.Recipients ?? []).map((r) => [r.OrganId, r.OrganName]));

  return (
    <Card size="small" title={t('exchange.delivery.title')} data-testid="delivery-view">
      <Table
        rowKey="OrganId"
        size="small"
        pagination={false}
        dataSource={d?.Recipients ?? []}
        onRow={() => ({ 'data-testid': 'delivery-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('exchange.delivery.organ'), render: (_, r) => `${r.OrganName} (${r.OrganId})` },
          {
            title: t('exchange.delivery.latest'),
            render: (_, r) =>
              r.LatestCode ? (
                <Tag color={CODE_COLOR[r.LatestCode]} data-testid="delivery-latest">
                  {label(r.LatestCode)}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('exchange.delivery.none')}</Typography.Text>
              ),
          },
          { title: t('exchange.delivery.at'), render: (_, r) => formatTime(r.LatestAt) },
        ]}
      />
      {d && d.History.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('exchange.delivery.history')}
          </Typography.Title>
          <Timeline
            data-testid="delivery-history"
            items={d.History.map((h) => ({
              color: CODE_COLOR[h.StatusCode] ?? 'gray',
              children: (
                <>
                  <Typography.Text strong>{label(h.StatusCode)}</Typography.Text> · {names.get(h.OrganId) ?? h.OrganId} · {formatTime(h.At)}{' '}
                  <Typography.Text type="secondary">({t(`exchange.delivery.${h.direction}`)})</Typography.Text>
                  {h.Description && <div style={{ color: '#666' }}>{h.Description}</div>}
                </>
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}
