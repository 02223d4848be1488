import { Row } from 'antd';
import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DateField, fieldName, TextField } from './fields';
import { PdfUpload } from './inputs';

/**
 * The end of both registration forms: a row of `lead`, hạn giải quyết and `trail`, then the note and
 * the PDF. A file already stored for this form (a scan's) shows `stored.note` instead of the upload.
 */
export function ClosingFields<T extends FieldValues>(props: {
  control: Control<T>;
  lead: ReactNode;
  trail: ReactNode;
  stored?: { sha256: string; note: ReactNode } | undefined;
}) {
  const { t } = useTranslation();
  const { control, stored } = props;
  return (
    <>
      <Row gutter={12}>
        {props.lead}
        <DateField span={6} name={fieldName<T, 'DueDate'>('DueDate')} control={control} />
        {props.trail}
      </Row>
      <TextField name={fieldName<T, 'Description'>('Description')} control={control} />
      <FormField
        name={'FileSha256' as Path<T>}
        label={t('register.form.file')}
        control={control}
        render={(f) => (stored && f.value === stored.sha256 ? <>{stored.note}</> : <PdfUpload value={f.value} onChange={f.onChange} />)}
      />
    </>
  );
}
