import { Alert, Button, Form, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enterMovesOn } from '../../components/enter-moves-on';
import { DuplicateDialog } from './DuplicateDialog';
import type { useRegistration } from './use-registration';

/**
 * Both entry forms' frame: Enter moves on and Ctrl+Enter submits; at the end the error, the keyboard
 * hint, the submit button and the duplicate round trip.
 */
export function RegistrationForm(props: {
  testId: string;
  reg: ReturnType<typeof useRegistration>;
  submit: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { reg } = props;
  return (
    <Form layout="vertical" component="div" onKeyDown={enterMovesOn(props.submit)} data-testid={props.testId}>
      {props.children}
      {reg.error && <Alert type="error" showIcon title={reg.error.message} style={{ marginBottom: 12 }} />}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('register.form.keyboardHint')}</Typography.Text>
        <Button type="primary" onClick={props.submit} loading={reg.busy} data-testid="register-submit">
          {props.submitLabel}
        </Button>
      </Space>
      <DuplicateDialog matches={reg.matches} onCancel={reg.dropDuplicate} onConfirm={reg.confirmNotDuplicate} busy={reg.busy} />
    </Form>
  );
}
