import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DuplicateDialog } from './DuplicateDialog';
import type { useRegistration } from './use-registration';

/** The end of both entry forms: the error, the keyboard hint, the submit button and the duplicate round trip. */
export function RegistrationFooter({ reg, submit, label }: { reg: ReturnType<typeof useRegistration>; submit: () => void; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {reg.error && <Alert type="error" showIcon title={reg.error.message} style={{ marginBottom: 12 }} />}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('register.form.keyboardHint')}</Typography.Text>
        <Button type="primary" onClick={submit} loading={reg.busy} data-testid="register-submit">
          {label}
        </Button>
      </Space>
      <DuplicateDialog matches={reg.matches} onCancel={reg.dropDuplicate} onConfirm={reg.confirmNotDuplicate} busy={reg.busy} />
    </>
  );
}
