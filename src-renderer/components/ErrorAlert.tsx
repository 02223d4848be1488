import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** "Có lỗi" with what failed, and a retry button when there is something to retry. */
export function ErrorAlert(props: { error: Error; onRetry?: () => void; style?: CSSProperties; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      style={props.style}
      title={t('common.errorTitle')}
      description={props.error.message}
      action={props.onRetry && <Button onClick={props.onRetry}>{t('common.retry')}</Button>}
      data-testid={props.testId}
    />
  );
}
