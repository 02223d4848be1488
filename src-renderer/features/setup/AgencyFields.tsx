import { Form, Input, Radio } from 'antd';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AgencyProfileInput } from '../../../src-shared/contracts/agency.contract';

export type AgencyField = keyof AgencyProfileInput;

const HELP: Partial<Record<AgencyField, string>> = {
  name: 'agency.nameHelp',
  parentName: 'agency.parentNameHelp',
  code: 'agency.codeHelp',
  abbreviation: 'agency.abbreviationHelp',
  placeName: 'agency.placeNameHelp',
  system: 'agency.systemHelp',
};

/** The agency-profile inputs, bound to react-hook-form; errors come from the shared zod schema. */
export function AgencyFields({
  fields,
  control,
  errors,
}: {
  fields: readonly AgencyField[];
  control: Control<AgencyProfileInput>;
  errors: FieldErrors<AgencyProfileInput>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field, i) => {
        const error = errors[field]?.message;
        const help = HELP[field];
        return (
          <Form.Item
            key={field}
            label={t(`agency.${field}`)}
            required
            validateStatus={error ? 'error' : undefined}
            help={error ?? (help ? t(help) : undefined)}
            htmlFor={`agency-${field}`}
          >
            <Controller
              name={field}
              control={control}
              render={({ field: f }) =>
                field === 'system' ? (
                  <Radio.Group
                    id="agency-system"
                    value={f.value ?? 'state'}
                    onChange={(e) => f.onChange(e.target.value)}
                    data-testid="agency-system"
                    options={[
                      { value: 'state', label: t('agency.systemState') },
                      { value: 'party', label: t('agency.systemParty') },
                    ]}
                  />
                ) : (
                  <Input {...f} id={`agency-${field}`} autoFocus={i === 0} autoComplete="off" data-testid={`agency-${field}`} />
                )
              }
            />
          </Form.Item>
        );
      })}
    </>
  );
}
