import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TODO_LISTS, type TodoItem, type TodoList } from '../../../src-shared/contracts/workflow.contract';
import { useClient } from '../../bridge/context';
import { SyncStaleAlert } from '../../components/SyncStaleAlert';
import { LazyEntryDetail } from '../register/LazyEntryDetail';
import { useTodo, WORKFLOW_KEY } from './use-todo';
import { showDate } from '../../i18n/dates';

const d = (iso: string | null) => showDate(iso, true);
const PAGE = 50;

function TodoTable({ list, first, total, onOpen }: { list: TodoList; first: TodoItem[]; total: number; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [page, setPage] = useState(1);
  // The first page came with the counts; further pages are asked for one by one.
  const more = useQuery({
    queryKey: [WORKFLOW_KEY, 'todoList', list, page],
    queryFn: () => client.call('workflow.todoList', { list, limit: PAGE, offset: (page - 1) * PAGE }),
    enabled: page > 1 || total > first.length,
  });
  const items = more.data?.items ?? first;
  return (
    <Table<TodoItem>
      rowKey="entryId"
      size="small"
      dataSource={items}
      loading={more.isFetching}
      locale={{ emptyText: t('workflow.todo.empty') }}
      pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
      onRow={(r) => ({
        onClick: () => onOpen(r.entryId),
        onKeyDown: (e) => {
          if (e.key === 'Enter') onOpen(r.entryId);
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
        'data-testid': `todo-row-${r.arrivalNumber ?? r.entryId}`,
      })}
      columns={[
        {
          title: t('workflow.todo.col.arrival'),
          dataIndex: 'arrivalNumber',
          width: 80,
          render: (n: number | null) => <b>{n ?? '—'}</b>,
        },
        { title: t('register.col.arrivalDate'), dataIndex: 'arrivalDate', width: 110, render: d },
        {
          title: t('workflow.todo.col.soKyHieu'),
          dataIndex: 'soKyHieu',
          width: 150,
          render: (s: string | null, r) => (
            <Space size={4}>
              {s ?? '—'}
              {r.urgency !== 'thuong' && <Tag color="red">{t(`urgency.${r.urgency}`)}</Tag>}
              {r.viaHub && <Tag color="blue">{t('workflow.todo.hub')}</Tag>}
            </Space>
          ),
        },
        { title: t('workflow.todo.col.organ'), dataIndex: 'organName', width: 200 },
        { title: t('workflow.todo.col.subject'), dataIndex: 'subject' },
        { title: t('workflow.todo.col.handedTo'), dataIndex: 'handedTo', width: 160, render: (s: string | null) => s ?? '' },
        {
          title: t('workflow.todo.col.due'),
          dataIndex: 'dueDate',
          width: 150,
          render: (due: string | null, r) => (
            <Space size={4} direction="vertical">
              <span>{d(due)}</span>
              {(r.deadlineStatus === 'qua-han' || r.deadlineStatus === 'sap-den-han') && (
                <Tag color={r.deadlineStatus === 'qua-han' ? 'red' : 'orange'}>{t(`workflow.deadline.${r.deadlineStatus}`)}</Tag>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** Việc cần làm: the clerk's start screen. Urgent documents come first in every list (main orders them). */
export function TodoPage() {
  const { t } = useTranslation();
  const todo = useTodo();
  const [tab, setTab] = useState<TodoList>('cho-trinh');
  const [open, setOpen] = useState<string | null>(null);
  const data = todo.data;
  return (
    <div data-testid="todo-page">
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('workflow.todo.title')}
        </Typography.Title>
        {data && (
          <Typography.Text type="secondary" data-testid="todo-today">
            {t('workflow.todo.today', { today: d(data.today), soon: d(data.soonUntil) })}
          </Typography.Text>
        )}
      </Space>
      {typeof Notification !== 'undefined' && Notification.permission === 'default' && (
        <Button size="small" style={{ marginBottom: 8 }} onClick={() => void Notification.requestPermission()}>
          {t('workflow.todo.notify.enable')}
        </Button>
      )}
      <SyncStaleAlert />
      {todo.error && <Alert type="error" showIcon title={todo.error.message} />}
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TodoList)}
        items={TODO_LISTS.map((list) => ({
          key: list,
          label: (
            <span data-testid={`todo-tab-${list}`}>
              {t(`workflow.todo.lists.${list}`)}{' '}
              <Badge
                count={data?.counts[list] ?? 0}
                showZero
                overflowCount={9999}
                color={list === 'qua-han' ? 'red' : list === 'sap-den-han' ? 'orange' : 'blue'}
                data-testid={`todo-count-${list}`}
              />
            </span>
          ),
          children: (
            <TodoTable
              key={`${list}-${data?.counts[list] ?? 0}`}
              list={list}
              first={data?.lists[list] ?? []}
              total={data?.counts[list] ?? 0}
              onOpen={setOpen}
            />
          ),
        }))}
      />
      <LazyEntryDetail id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
