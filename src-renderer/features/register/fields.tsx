import { Input, InputNumber } from 'antd';
import type { ComponentProps } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { FormField } from '../../components/FormField';
import { ChannelRestrictionSelect, ConfidentialitySelect, DateInput, PrioritySelect } from './inputs';

/** FormField's props without its render: each field below names its editor once for both registration forms. */
type FieldProps<T extends FieldValues, N extends FieldPath<T>> = Omit<ComponentProps<typeof FormField<T, N>>, 'render'> & {
  testId?: string;
};

/** A one-line text (an empty form value shows as ''). */
export function TextField<T extends FieldValues, N extends FieldPath<T>>({ testId, ...props }: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} data-testid={testId} />} />;
}

/** Several lines (trích yếu). */
export function TextAreaField<T extends FieldValues, N extends FieldPath<T>>({ testId, ...props }: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2, maxRows: 5 }} data-testid={testId} />} />;
}

/** A count of pages or copies: 0–999. */
export function CountField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <InputNumber {...f} min={0} max={999} style={{ width: '100%' }} />} />;
}

export function DateField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <DateInput {...f} />} />;
}

export function PriorityField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <PrioritySelect {...f} />} />;
}

export function ConfidentialityField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <ConfidentialitySelect {...f} />} />;
}

export function ChannelRestrictionField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  return <FormField {...props} render={(f) => <ChannelRestrictionSelect {...f} />} />;
}
