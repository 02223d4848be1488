import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  OutgoingInputSchema,
  type OutgoingInput,
  type OutgoingRecord,
  type RegisterEntry,
  type RegisterWarning,
} from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { FormField } from '../../components/FormField';
import { EntryPicker } from '../workflow/EntryPicker';
import { ClosingFields } from './ClosingFields';
import { RegistrationForm } from './RegistrationForm';
import { findDocumentKindByCode } from '../../../src-shared/domain/document-kinds';
import { CountField, PriorityField, TextAreaField, TextField, TypeNameField } from './fields';
import { SecrecyFields } from './SecrecyFields';
import { useRegistration } from './use-registration';

const blank = (): OutgoingInput => ({
  TypeName: '',
  UnitAbbreviation: '',
  IssuerAbbreviation: '',
  TypeAbbreviation: '',
  Congress: false,
  Subject: '',
  SignerInfo: { Position: '', FullName: '' },
  To: [],
  IssuedAmount: null,
  PageAmount: null,
  Priority: 'thuong',
  Confidentiality: 'none',
  ChannelRestriction: null,
  Medium: 'dien-tu',
  DueDate: null,
  ArchiveKeeper: '',
  Description: '',
  FileSha256: null,
});

/** Recipients typed one per line become the contract's To list. */
function linesToRecipients(text: string): OutgoingInput['To'] {
  return (
    text
      .split('\n')
      // "- Như Điều 3;" as written in a Nơi nhận block: drop the bullet and the trailing punctuation.
      .map((l) =>
        l
          .replace(/^[-–•+]\s*/, '')
          .replace(/[;,.]+\s*$/, '')
          .trim(),
      )
      .filter((l) => l.length > 0)
      .map((OrganName) => ({ OrganName }))
  );
}

/** Đăng ký văn bản đi: the register gives số and composes ký hiệu; the form never types a number. */
export function OutgoingForm({ onRegistered }: { onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const form = useForm<OutgoingInput, unknown, OutgoingRecord>({ resolver: zodResolver(OutgoingInputSchema), defaultValues: blank() });
  const [recipients, setRecipients] = useState('');
  // The incoming documents this one answers: completed "có văn bản trả lời" in the same transaction as its number.
  const [answers, setAnswers] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const afterAnswered = async () => {
    setAnswers([]);
    await queryClient.invalidateQueries({ queryKey: ['workflow'] });
  };
  // The agency's system decides the types offered and the notation fields (Party: issuer, congress series).
  const profile = useQuery({ queryKey: ['agency.getProfile'], queryFn: () => client.call('agency.getProfile', {}) });
  const party = profile.data?.system === 'party';
  // A Party type the catalogue marks "chưa có ký hiệu chuẩn": the clerk types its abbreviation.
  const typeName = form.watch('TypeName');
  // The agency's own types share the picker's query (Cài đặt › Loại văn bản do cơ quan bổ sung).
  const customTypes = useQuery({ queryKey: ['agency.listTypes'], queryFn: () => client.call('agency.listTypes', {}), enabled: party });
  const chosenKind =
    party && typeName ? (findDocumentKindByCode(typeName) ?? customTypes.data?.items.find((c) => c.code === typeName)) : undefined;
  const needsTypeAbbreviation = chosenKind !== undefined && !chosenKind.abbreviation;
  const reg = useRegistration(
    // With documents it answers, the reply and their completion are one operation (all or nothing).
    (input: OutgoingInput) =>
      answers.length > 0
        ? client.call('workflow.registerReply', { Record: input, Answers: answers })
        : client.call('register.addOutgoing', input),
    (entry, warnings) => {
      void afterAnswered();
      onRegistered(entry, warnings);
      form.reset(blank());
      setRecipients('');
    },
  );
  const submit = () => {
    form.setValue('To', linesToRecipients(recipients));
    void form.handleSubmit(() => reg.submit(form.getValues()))();
  };

  const { control } = form;
  return (
    <RegistrationForm testId="outgoing-form" reg={reg} submit={submit} submitLabel={t('register.form.submitOutgoing')}>
      <Row gutter={12}>
        <TypeNameField span={10} name="TypeName" required control={control} withCopies party={party} />
        <Col span={6}>
          {party ? (
            <>
              <TextField name="IssuerAbbreviation" control={control} testId="field-IssuerAbbreviation" />
              {needsTypeAbbreviation && <TextField name="TypeAbbreviation" required control={control} testId="field-TypeAbbreviation" />}
              <FormField
                name="Congress"
                label=""
                control={control}
                render={(f) => (
                  <Checkbox checked={Boolean(f.value)} onChange={(e) => f.onChange(e.target.checked)} data-testid="field-Congress">
                    {t('register.form.congress')}
                  </Checkbox>
                )}
              />
            </>
          ) : (
            <TextField name="UnitAbbreviation" control={control} testId="field-UnitAbbreviation" />
          )}
        </Col>
        <PriorityField span={4} name="Priority" control={control} />
        <CountField span={4} name="PageAmount" control={control} />
      </Row>
      <TextAreaField name="Subject" required control={control} testId="field-Subject" />
      <SecrecyFields control={control} />
      <Row gutter={12}>
        <TextField span={12} name="SignerInfo.Position" control={control} testId="field-SignerPosition" />
        <TextField span={12} name="SignerInfo.FullName" control={control} testId="field-SignerName" />
      </Row>
      <Form.Item label={t('workflow.outgoingReplies.label')} help={t('workflow.outgoingReplies.help')}>
        <EntryPicker
          direction="den"
          multiple
          value={answers}
          onChange={(ids) => setAnswers(ids)}
          placeholder={t('workflow.outgoingReplies.placeholder')}
          testId="field-Answers"
        />
      </Form.Item>
      <Form.Item label={t('register.form.recipients')}>
        <Input.TextArea
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds a recipient line here; Ctrl+Enter still registers.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.stopPropagation();
          }}
          autoSize={{ minRows: 2, maxRows: 6 }}
          data-testid="field-To"
        />
      </Form.Item>
      <ClosingFields
        control={control}
        lead={<CountField span={6} name="IssuedAmount" control={control} />}
        trail={<TextField span={12} name="ArchiveKeeper" control={control} />}
      />
    </RegistrationForm>
  );
}
