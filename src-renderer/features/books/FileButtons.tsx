import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import { useClient } from '../../bridge/context';
import { downloadStored, openStored } from './stored-file';

/** "Mở PDF" and "Tải về" for a generated file. */
export function FileButtons({ file, testId }: { file: StoredOutput; testId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <Space data-testid={testId}>
      <Button icon={<FilePdfOutlined />} onClick={() => void openStored(client, file)} data-testid={`${testId}-open`}>
        {t('books.open')}
      </Button>
      <Button icon={<DownloadOutlined />} onClick={() => void downloadStored(client, file)} data-testid={`${testId}-download`}>
        {t('books.download')}
      </Button>
    </Space>
  );
}
