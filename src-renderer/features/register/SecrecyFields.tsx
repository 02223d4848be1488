import { Alert, Col, Row } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChannelRestrictionField, ConfidentialityField } from './fields';

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
        <Col span={8}>
          <ConfidentialityField
            name={'Confidentiality' as Path<T>}
            label={t('safety.confidentiality')}
            help={t('safety.confidentialityHelp')}
            warning={warning}
            control={control}
          />
        </Col>
        <Col span={10}>
          <ChannelRestrictionField
            name={'ChannelRestriction' as Path<T>}
            label={t('safety.restriction')}
            help={t('safety.restrictionHelp')}
            control={control}
          />
        </Col>
      </Row>
      {secret && (
        <Alert type="warning" showIcon title={t('safety.secretNotice')} style={{ marginBottom: 12 }} data-testid="secret-notice" />
      )}
    </>
  );
}
