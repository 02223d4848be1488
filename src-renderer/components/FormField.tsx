import { Form } from 'antd';
import type { ReactElement } from 'react';
import { Controller, get, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { inputErrorText } from '../i18n/error-text';

/**
 * One labelled form field bound to react-hook-form: the error shown is the message of the shared
 * zod schema (in Vietnamese, so the screen and the CLI say the same thing), in the window's language
 * when the contract worded it from a key.
 */
export function FormField<T extends FieldValues, N extends FieldPath<T>>(props: {
  name: N;
  label: string;
  control: Control<T>;
  required?: boolean;
  help?: string;
  /** Shown as a warning (yellow) when there is no error, e.g. a value read by OCR with low confidence. */
  warning?: string | undefined;
  extra?: string;
  render: (field: ControllerRenderProps<T, N>) => ReactElement;
  style?: React.CSSProperties;
}) {
  return (
    <Controller
      name={props.name}
      control={props.control}
      render={({ field, formState }) => {
        const error = get(formState.errors, props.name) as { message?: string } | undefined;
        return (
          <Form.Item
            label={props.label}
            required={props.required}
            validateStatus={error?.message ? 'error' : props.warning ? 'warning' : undefined}
            help={error?.message !== undefined ? inputErrorText(error.message) : (props.warning ?? props.help)}
            extra={props.extra}
            style={props.style}
          >
            {props.render(field)}
          </Form.Item>
        );
      }}
    />
  );
}
