import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Said plainly: the section exists in the navigation, its capability arrives with a later release. */
export function Placeholder({ name }: { name: string }) {
  const { t } = useTranslation();
  return <Empty style={{ marginTop: 80 }} description={t('placeholder.body', { name })} />;
}
