import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { ImportPanel } from './ImportPanel';
import { downloadStored } from './stored-file';

/** Export a register year to .xlsx / CSV, and import an old register. */
export function TransferPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [direction, setDirection] = useState<Direction>('den');
  const [year, setYear] = useState(thisYear);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const exp = useMutation({
    mutationFn: () => client.call('books.export', { Direction: direction, Year: year, Format: format }),
    onSuccess: async (r) => {
      await downloadStored(client, r.File);
      void message.success(t('books.export.done', { rows: r.Rows }));
    },
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title={t('books.export.title')}>
        <Space wrap>
          <Radio.Group value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
            <Radio.Button value="den">{t('books.direction.den')}</Radio.Button>
            <Radio.Button value="di">{t('books.direction.di')}</Radio.Button>
          </Radio.Group>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 96 }}
            options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
          />
          <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as 'xlsx' | 'csv')}>
            <Radio value="xlsx">Excel (.xlsx)</Radio>
            <Radio value="csv">CSV (UTF-8)</Radio>
          </Radio.Group>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={exp.isPending}
            onClick={() => exp.mutate()}
            data-testid="books-export"
          >
            {t('books.export.run')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('books.export.help')}
        </Typography.Paragraph>
        {exp.isError && <Alert type="error" showIcon title={exp.error.message} />}
      </Card>
      <Card size="small" title={t('books.import.title')}>
        <ImportPanel />
      </Card>
    </Space>
  );
}
