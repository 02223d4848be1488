import {
  ApiOutlined,
  BookOutlined,
  CheckSquareOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../src-shared/contracts/app.contract';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { SignedInBadge } from '../features/accounts/SignedInBadge';
import { BackupWarning } from '../features/backup/BackupWarning';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { useTodo, useWorkflowEvents, useWorkflowNotifications } from '../features/workflow/use-todo';
import { BooksScreen, ExchangeScreen, RegisterScreen, SettingsScreen, SigningScreen, TodoScreen } from './sections';
import { useHashRoute } from './use-hash-route';

const SECTIONS = ['todo', 'incoming', 'outgoing', 'books', 'signing', 'exchange', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

const ICONS: Record<Section, ReactNode> = {
  todo: <CheckSquareOutlined />,
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
  // Việc cần làm is the start screen; its counts are badges in the sidebar, refreshed on the bus events.
  const [section, go] = useHashRoute(SECTIONS, 'todo');
  const agency = info.agency!;
  useWorkflowEvents();
  useWorkflowNotifications();
  const counts = useTodo().data?.counts;
  const badges: Partial<Record<Section, ReactNode>> = !counts
    ? {}
    : {
        todo: (
          <Space size={2} style={{ float: 'right' }} data-testid="todo-badges">
            {counts['qua-han'] > 0 && (
              <Badge count={counts['qua-han']} color="red" overflowCount={999} title={t('workflow.todo.lists.qua-han')} />
            )}
            {counts['sap-den-han'] > 0 && (
              <Badge count={counts['sap-den-han']} color="orange" overflowCount={999} title={t('workflow.todo.lists.sap-den-han')} />
            )}
          </Space>
        ),
        incoming: counts['cho-trinh'] + counts['cho-chuyen'] > 0 && (
          <Badge
            count={counts['cho-trinh'] + counts['cho-chuyen']}
            color="blue"
            overflowCount={999}
            style={{ float: 'right' }}
            title={`${t('workflow.todo.lists.cho-trinh')} + ${t('workflow.todo.lists.cho-chuyen')}`}
          />
        ),
      };

  const content: Record<Section, ReactNode> = {
    todo: <TodoScreen />,
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
          items={SECTIONS.map((key) => ({
            key,
            icon: ICONS[key],
            label: (
              <span>
                {t(`nav.${key}`)} {badges?.[key]}
              </span>
            ),
            'data-testid': `nav-${key}`,
          }))}
        />
        <BackupWarning onOpen={() => go('settings')} />
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
            <SignedInBadge />
            <OnlineIndicator />
            <Button size="small" onClick={onToggleLanguage} data-testid="lang-toggle">
              {t('lang.toggle')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {/* One boundary per section (keyed), so a failed screen never takes the sidebar with it. */}
          <ScreenBoundary key={section} onHome={() => go('todo')}>
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '64px auto' }} data-testid="screen-loading" />}>
              {content[section]}
            </Suspense>
          </ScreenBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
