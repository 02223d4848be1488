import { Alert, Checkbox, Input, Modal, Space, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks the token PIN for one signing call. The typed PIN lives in this dialog's state only until the
 * clerk confirms: it is then cleared from the state and the field, and handed to `onSubmit`, which
 * holds it only in the closure of that one call. Cancelling clears it too, and the field unmounts.
 */
export function PinDialog(props: {
  open: boolean;
  count: number;
  certName: string;
  finalTry: boolean;
  busy: boolean;
  error: string | null;
  onSubmit: (pin: string, acceptFinalTry: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<InputRef>(null);
  const [pin, setPin] = useState('');
  const [accept, setAccept] = useState(false);
  const [empty, setEmpty] = useState(false);

  const submit = () => {
    const typed = pin;
    setPin('');
    if (!typed) return setEmpty(true);
    setEmpty(false);
    props.onSubmit(typed, accept);
  };
  const cancel = () => {
    setPin('');
    props.onCancel();
  };

  return (
    <Modal
      open={props.open}
      title={t('signing.pin.title')}
      okText={t('signing.pin.ok')}
      cancelText={t('signing.pin.cancel')}
      onOk={submit}
      onCancel={cancel}
      okButtonProps={{ loading: props.busy, disabled: props.finalTry && !accept, 'data-testid': 'pin-ok' } as never}
      destroyOnHidden
      afterOpenChange={(open) => open && ref.current?.focus()}
      data-testid="pin-dialog"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('signing.pin.body', { count: props.count, cert: props.certName })}</Typography.Paragraph>
        {props.finalTry && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type="error" showIcon title={t('signing.pin.finalTry')} />
            <Checkbox checked={accept} onChange={(e) => setAccept(e.target.checked)}>
              {t('signing.pin.finalTryConfirm')}
            </Checkbox>
          </Space>
        )}
        <Input.Password
          ref={ref}
          autoFocus
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          aria-label={t('signing.pin.label')}
          placeholder={t('signing.pin.label')}
          disabled={props.busy}
          onPressEnter={submit}
          status={empty ? 'error' : undefined}
          data-testid="pin-input"
        />
        {empty && <Typography.Text type="danger">{t('signing.pin.empty')}</Typography.Text>}
        {props.error && <Alert type="error" showIcon title={props.error} data-testid="pin-error" />}
      </Space>
    </Modal>
  );
}
