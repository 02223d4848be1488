import { ApiOutlined, BookOutlined, InboxOutlined, SafetyCertificateOutlined, SendOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../src-shared/contracts/app.contract';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { BooksScreen, ExchangeScreen, RegisterScreen, SettingsScreen, SigningScreen } from './sections';
import { useHashRoute } from './use-hash-route';

const SECTIONS = ['incoming', 'outgoing', 'books', 'signing', 'exchange', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

const ICONS: Record<Section, ReactNode> = {
  incoming: <InboxOutlined />,
  outgoing: <SendOutlined />,
  books: <BookOutlined />,
  signing: <SafetyCertificateOutlined />,
  exchange: <ApiOutlined />,
  settings: <SettingOutlined />,
};

/** The clerk's workspace: sections on the left, the agency and connection state always in view. */
export function Shell({ info, onToggleLanguage }: { info: AppInfo; onToggleLanguage: () => void }) {
  const { t } = useTranslation();
  const [section, go] = useHashRoute(SECTIONS, 'incoming');
  const agency = info.agency!;

  const content: Record<Section, ReactNode> = {
    incoming: <RegisterScreen key="den" direction="den" />,
    outgoing: <RegisterScreen key="di" direction="di" />,
    books: <BooksScreen />,
    signing: <SigningScreen />,
    exchange: <ExchangeScreen info={info} />,
    settings: <SettingsScreen info={info} />,
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0', minHeight: '100vh' }}>
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          onClick={(e) => go(e.key as Section)}
          items={SECTIONS.map((key) => ({ key, icon: ICONS[key], label: t(`nav.${key}`), 'data-testid': `nav-${key}` }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            lineHeight: 1.3,
          }}
        >
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12, textTransform: 'uppercase' }}>
              {agency.parentName}
            </Typography.Text>
            <div>
              <Typography.Text strong style={{ fontSize: 16, textTransform: 'uppercase' }} data-testid="agency-name">
                {agency.name}
              </Typography.Text>
            </div>
          </div>
          <Space size="large">
            <OnlineIndicator />
            <Button size="small" onClick={onToggleLanguage} data-testid="lang-toggle">
              {t('lang.toggle')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {/* One boundary per section (keyed), so a failed screen never takes the sidebar with it. */}
          <ScreenBoundary key={section} onHome={() => go('incoming')}>
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '64px auto' }} data-testid="screen-loading" />}>
              {content[section]}
            </Suspense>
          </ScreenBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
