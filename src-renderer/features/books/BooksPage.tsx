import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PrintPanel } from './PrintPanel';
import { ReportsPanel } from './ReportsPanel';
import { TransferPanel } from './TransferPanel';
import { VolumesPanel } from './VolumesPanel';
import { FollowUpPanel } from '../workflow/FollowUpPanel';
import { PostPanel } from '../post/PostPanel';

/** The "Sổ đăng ký" section: print and lock books, locked volumes, statistics, Excel export / import. */
export function BooksPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="books-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('books.title')}
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'print', label: t('books.tabs.print'), children: <PrintPanel /> },
          { key: 'volumes', label: t('books.tabs.volumes'), children: <VolumesPanel /> },
          { key: 'reports', label: t('books.tabs.reports'), children: <ReportsPanel /> },
          {
            key: 'follow-up',
            label: <span data-testid="books-tab-follow-up">{t('workflow.followUp.title')}</span>,
            children: <FollowUpPanel />,
          },
          {
            key: 'post',
            label: <span data-testid="books-tab-post">{t('post.tab')}</span>,
            children: <PostPanel />,
          },
          { key: 'transfer', label: t('books.tabs.transfer'), children: <TransferPanel /> },
        ]}
      />
    </div>
  );
}
