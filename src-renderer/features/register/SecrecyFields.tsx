import { Alert, Row } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChannelRestrictionField, ConfidentialityField, fieldName } from './fields';

/**
 * Độ mật and the electronic-channel restriction, one row shared by both registration forms. A
 * mật level shows what it means before the clerk registers: own number series, never the hub.
 */
export function SecrecyFields<T extends FieldValues>({ control, warning }: { control: Control<T>; warning?: string | undefined }) {
  const { t } = useTranslation();
  const level = useWatch({ control, name: 'Confidentiality' as Path<T> }) as unknown;
  const secret = typeof level === 'string' && level !== 'none';
  return (
    <>
      <Row gutter={12}>
        <ConfidentialityField span={8} name={fieldName<T, 'Confidentiality'>('Confidentiality')} warning={warning} control={control} />
        <ChannelRestrictionField span={10} name={fieldName<T, 'ChannelRestriction'>('ChannelRestriction')} control={control} />
      </Row>
      {secret && (
        <Alert type="warning" showIcon title={t('safety.secretNotice')} style={{ marginBottom: 12 }} data-testid="secret-notice" />
      )}
    </>
  );
}
