import { Col, Input, InputNumber } from 'antd';
import type { ComponentProps, ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControllerRenderProps, FieldPath, FieldValues, Path } from 'react-hook-form';
import { FormField } from '../../components/FormField';
import { ChannelRestrictionSelect, ConfidentialitySelect, DateInput, OrganNameInput, PrioritySelect, TypeNameSelect } from './inputs';

/** Each register field's label (and help) once, for both registration forms. */
const FIELD_TEXTS = {
  OrganName: { label: 'register.form.organName' },
  IssuedDate: { label: 'register.form.issuedDate' },
  TypeName: { label: 'register.form.typeName' },
  Subject: { label: 'register.form.subject' },
  'SignerInfo.Position': { label: 'register.form.signerPosition' },
  'SignerInfo.FullName': { label: 'register.form.signerName' },
  PageAmount: { label: 'register.form.pageAmount' },
  Priority: { label: 'register.form.priority' },
  ArrivalDate: { label: 'register.form.arrivalDate' },
  DueDate: { label: 'register.form.dueDate' },
  ToPlaces: { label: 'register.form.toPlaces' },
  Description: { label: 'register.form.description' },
  IssuerAbbreviation: { label: 'register.form.partyIssuer', help: 'register.form.partyIssuerHelp' },
  TypeAbbreviation: { label: 'register.form.typeAbbreviation', help: 'register.form.typeAbbreviationHelp' },
  UnitAbbreviation: { label: 'register.form.unit', help: 'register.form.unitHelp' },
  IssuedAmount: { label: 'register.form.issuedAmount' },
  ArchiveKeeper: { label: 'register.form.archiveKeeper' },
  Confidentiality: { label: 'safety.confidentiality', help: 'safety.confidentialityHelp' },
  ChannelRestriction: { label: 'safety.restriction', help: 'safety.restrictionHelp' },
} satisfies Record<string, { label: string; help?: string }>;

type RegisterFieldName = keyof typeof FIELD_TEXTS;

/** A register field's name inside a component generic over both forms' values. */
export const fieldName = <T extends FieldValues, K extends RegisterFieldName>(name: K) => name as K & Path<T>;

/**
 * FormField's props without its render, label and help (the field's name brings them), plus the
 * grid column it takes when it stands in a Row.
 */
type FieldProps<T extends FieldValues, N extends FieldPath<T> & RegisterFieldName> = Omit<
  ComponentProps<typeof FormField<T, N>>,
  'render' | 'label' | 'help'
> & { testId?: string; span?: number };

type Editor = (field: ControllerRenderProps<FieldValues, string>, testId: string | undefined) => ReactElement;

/** One register field: its name's label and help, `editor` to edit it, in its column when it has a span. */
function RegisterField<T extends FieldValues, N extends FieldPath<T> & RegisterFieldName>({
  testId,
  span,
  editor,
  ...props
}: FieldProps<T, N> & { editor: Editor }) {
  const { t } = useTranslation();
  const texts: { label: string; help?: string } = FIELD_TEXTS[props.name];
  const field = (
    <FormField
      {...props}
      label={t(texts.label)}
      help={texts.help && t(texts.help)}
      render={(f) => editor(f as unknown as ControllerRenderProps<FieldValues, string>, testId)}
    />
  );
  return span === undefined ? field : <Col span={span}>{field}</Col>;
}

function fieldWith(editor: Editor) {
  return function EditedField<T extends FieldValues, N extends FieldPath<T> & RegisterFieldName>(props: FieldProps<T, N>) {
    return <RegisterField {...props} editor={editor} />;
  };
}

/** A one-line text (an empty form value shows as ''). */
export const TextField = fieldWith((f, testId) => <Input {...f} value={(f.value as string | null) ?? ''} data-testid={testId} />);

/** Several lines (trích yếu). */
export const TextAreaField = fieldWith((f, testId) => <Input.TextArea {...f} autoSize={{ minRows: 2, maxRows: 5 }} data-testid={testId} />);

/** A count of pages or copies: 0–999. */
export const CountField = fieldWith((f) => <InputNumber {...f} min={0} max={999} style={{ width: '100%' }} />);

export const DateField = fieldWith((f) => <DateInput {...f} />);

export const PriorityField = fieldWith((f) => <PrioritySelect {...f} />);

export const ConfidentialityField = fieldWith((f) => <ConfidentialitySelect {...f} />);

export const ChannelRestrictionField = fieldWith((f) => <ChannelRestrictionSelect {...f} />);

export const OrganNameField = fieldWith((f) => <OrganNameInput {...f} />);

/** Tên loại: the outgoing register offers copies, and the Party's types to a Party agency. */
export function TypeNameField<T extends FieldValues, N extends FieldPath<T> & RegisterFieldName>({
  withCopies,
  party,
  ...props
}: FieldProps<T, N> & { withCopies?: boolean; party?: boolean }) {
  return <RegisterField {...props} editor={(f) => <TypeNameSelect {...f} withCopies={withCopies} party={party} />} />;
}
