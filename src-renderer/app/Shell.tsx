import {
  ApiOutlined,
  BookOutlined,
  CheckSquareOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Spin } from 'antd';
import { Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, SessionStatus } from '../../src-shared/contracts/accounts.contract';
import type { AppInfo } from '../../src-shared/contracts/app.contract';
import type { OperationName } from '../../src-shared/contracts';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { ShellText } from '../components/ShellText';
import { SignedInBadge } from '../features/accounts/SignedInBadge';
import { BackupWarning } from '../features/backup/BackupWarning';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { useTodo, useWorkflowEvents, useWorkflowNotifications } from '../features/workflow/use-todo';
import { BooksScreen, ExchangeScreen, RegisterScreen, SettingsScreen, SigningScreen, TodoScreen } from './sections';
import { may, visibleSections, visibleSettingsTabs, type Section } from './nav-sections';
import { MayProvider } from './use-may';
import { useHashRoute } from './use-hash-route';

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
export function Shell({ info, status, onToggleLanguage }: { info: AppInfo; status: SessionStatus; onToggleLanguage: () => void }) {
  const { t } = useTranslation();
  // Only the screens the account may use (permissions.ts); a quản trị starts on Cài đặt.
  const { accountsExist } = status;
  const rolesKey = status.account?.roles.join(',') ?? '';
  const [sections, settingsTabs, mayOp] = useMemo(() => {
    const who = { accountsExist, roles: rolesKey ? (rolesKey.split(',') as Role[]) : [] };
    return [visibleSections(who), visibleSettingsTabs(who), (op: OperationName) => may(who, [op])] as const;
  }, [accountsExist, rolesKey]);
  // Việc cần làm is the start screen; its counts are badges in the sidebar, refreshed on the bus events.
  const home = sections[0] ?? 'todo';
  const [section, go] = useHashRoute(sections, home);
  const agency = info.agency!;
  useWorkflowEvents();
  useWorkflowNotifications();
  const counts = useTodo(20, sections.includes('todo')).data?.counts;
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
    settings: <SettingsScreen info={info} tabs={settingsTabs} />,
  };

  return (
    <MayProvider value={mayOp}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0', minHeight: '100vh' }}>
          <div style={{ padding: '16px 20px' }}>
            <ShellText as="h4" style={{ margin: 0, color: '#b71c1c' }}>
              {t('app.name')}
            </ShellText>
            <ShellText type="secondary">{t('app.tagline')}</ShellText>
          </div>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            onClick={(e) => go(e.key as Section)}
            items={sections.map((key) => ({
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
          <BackupWarning onOpen={mayOp('backup.run') ? () => go('settings') : null} />
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
              <ShellText type="secondary" style={{ fontSize: 12, textTransform: 'uppercase' }}>
                {agency.parentName}
              </ShellText>
              <div>
                <ShellText strong style={{ fontSize: 16, textTransform: 'uppercase' }} data-testid="agency-name">
                  {agency.name}
                </ShellText>
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
            <ScreenBoundary key={section} onHome={() => go(home)}>
              <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '64px auto' }} data-testid="screen-loading" />}>
                {sections.includes(section) ? content[section] : null}
              </Suspense>
            </ScreenBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </MayProvider>
  );
}
