import { Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import { HubCard } from './HubCard';
import { InboxTab } from './InboxTab';
import { OutboxTab } from './OutboxTab';
import { SendForm } from './SendForm';
import { useExchangeEvents } from './use-exchange';

/** "Liên thông": hub connection and sync, documents waiting to be registered, sent documents and their delivery, sending. */
export function ExchangePage({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  useExchangeEvents();
  const [tab, setTab] = useState('inbox');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="exchange-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('exchange.title')}
      </Typography.Title>
      <HubCard />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'inbox', label: <span data-testid="tab-inbox">{t('exchange.tabs.inbox')}</span>, children: <InboxTab /> },
          { key: 'outbox', label: <span data-testid="tab-outbox">{t('exchange.tabs.outbox')}</span>, children: <OutboxTab /> },
          {
            key: 'send',
            label: <span data-testid="tab-send">{t('exchange.tabs.send')}</span>,
            children: <SendForm info={info} onSent={() => setTab('outbox')} />,
          },
        ]}
      />
    </Space>
  );
}
