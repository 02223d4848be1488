import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, AutoComplete, DatePicker, Select, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import {
  builtInDocumentKinds,
  kindLabel,
  kindMatches,
  type DocumentKind,
  type DocumentKindGroup,
} from '../../../src-shared/domain/document-kinds';
import {
  CHANNEL_RESTRICTIONS,
  CONFIDENTIALITY_LEVELS,
  URGENCY_LEVELS,
  type ChannelRestriction,
  type Confidentiality,
  type Urgency,
} from '../../../src-shared/domain/priority';
import { foldVietnamese } from '../../../src-shared/domain/text-fold';
import { useClient } from '../../bridge/context';
import { fileToBase64 } from '../../components/file-to-base64';
import { useDebounced } from './use-register-rows';
import { useDates } from '../../i18n/dates';
import { typeGloss } from '../../i18n/document-types';

/** Options filtered through the shared folding function: "quyet" finds "Quyết định". */
export const foldedFilter = (input: string, option?: { label?: unknown; value?: unknown }) =>
  foldVietnamese(String(option?.label ?? option?.value ?? '')).includes(foldVietnamese(input));

/** A date typed as dd/mm/yyyy; the form value is the ISO date string the contract expects. */
export function DateInput(props: { value?: string | null; onChange: (v: string | null) => void; onBlur?: () => void; id?: string }) {
  const { picker } = useDates();
  return (
    <DatePicker
      id={props.id}
      format={picker}
      value={props.value ? dayjs(props.value) : null}
      onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : null)}
      onBlur={props.onBlur}
      style={{ width: '100%' }}
      placeholder="dd/mm/yyyy"
    />
  );
}

type KindMode = 'incoming' | 'outgoing-state' | 'outgoing-party';

const GROUPS_OF: Record<KindMode, readonly DocumentKindGroup[]> = {
  incoming: ['administrative', 'legal', 'party', 'party-paper', 'other', 'custom'],
  'outgoing-state': ['administrative', 'copy', 'custom'],
  'outgoing-party': ['party', 'party-paper', 'copy', 'custom'],
};

/**
 * Tên loại, grouped: the 29 ND30 types, legal-normative, the Party types and papers (own table),
 * common others — searchable by name (without diacritics) or abbreviation. Names are the value
 * where they are unique; Party types, whose names repeat State ones, use their code ("dang-quy-che"),
 * which the register resolves as well.
 */
export function TypeNameSelect(props: {
  value?: string;
  onChange: (v: string) => void;
  onBlur?: () => void;
  withCopies?: boolean;
  party?: boolean;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  const mode: KindMode = props.withCopies ? (props.party ? 'outgoing-party' : 'outgoing-state') : 'incoming';
  const client = useClient();
  const withGloss = (label: string, name: string) => {
    const gloss = i18n.language === 'en' ? typeGloss(name) : undefined;
    return gloss ? `${label} — ${gloss}` : label;
  };
  // The agency's own types (Cài đặt), offered for the direction and system they were added for.
  const custom = useQuery({ queryKey: ['agency.listTypes'], queryFn: () => client.call('agency.listTypes', {}) });
  const own: DocumentKind[] = (custom.data?.items ?? [])
    .filter(
      (c) => !c.disabled && (mode === 'incoming' ? c.incoming : c.outgoing && c.system === (mode === 'outgoing-party' ? 'party' : 'state')),
    )
    .map((c) => ({ code: c.code, name: c.name, abbreviation: c.abbreviation, group: 'custom' }));
  const kinds = [...builtInDocumentKinds(), ...own];
  const options = GROUPS_OF[mode]
    .map((g) => ({
      label: t(`register.kindGroups.${g}`),
      options: kinds
        .filter((k) => k.group === g)
        .map((k) => ({
          value: k.group === 'party' || k.group === 'party-paper' || k.group === 'custom' ? k.code : k.name,
          label: withGloss(kindLabel(k), k.name),
          kind: k,
        })),
    }))
    .filter((g) => g.options.length > 0);
  return (
    <Select
      id={props.id}
      showSearch={{
        filterOption: (input, option) =>
          Boolean(option && 'kind' in option && option.kind && kindMatches(option.kind as DocumentKind, input)),
      }}
      value={props.value || undefined}
      onChange={props.onChange}
      onBlur={props.onBlur}
      options={options}
      data-testid="field-TypeName"
    />
  );
}

/** A choice among stored keys, each shown by its translation; a value not set yet shows `fallback`. */
function KeySelect<K extends string>(props: {
  value?: unknown;
  onChange: (v: K) => void;
  id?: string;
  keys: readonly K[];
  fallback: K;
  label: (key: K) => string;
  testId?: string;
}) {
  return (
    <Select
      id={props.id}
      value={typeof props.value === 'string' ? (props.value as K) : props.fallback}
      onChange={props.onChange}
      options={props.keys.map((k) => ({ value: k, label: props.label(k) }))}
      data-testid={props.testId}
    />
  );
}

export function PrioritySelect(props: { value?: unknown; onChange: (v: Urgency) => void; id?: string }) {
  const { t } = useTranslation();
  return <KeySelect {...props} keys={URGENCY_LEVELS} fallback="thuong" label={(u) => t(`urgency.${u}`)} />;
}

/** Độ mật: Thường, Mật, Tối mật, Tuyệt mật (the form value is the stored key). */
export function ConfidentialitySelect(props: { value?: unknown; onChange: (v: Confidentiality) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <KeySelect
      {...props}
      keys={CONFIDENTIALITY_LEVELS}
      fallback="none"
      label={(c) => t(`safety.level.${c}`)}
      testId="field-Confidentiality"
    />
  );
}

/** A category kept off the electronic channel, or none. */
export function ChannelRestrictionSelect(props: { value?: unknown; onChange: (v: ChannelRestriction | null) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      id={props.id}
      value={typeof props.value === 'string' ? props.value : ''}
      onChange={(v: string) => props.onChange(v === '' ? null : (v as ChannelRestriction))}
      options={[
        { value: '', label: t('safety.restrictionNone') },
        ...CHANNEL_RESTRICTIONS.map((c) => ({ value: c, label: t(`safety.restrictionLabel.${c}`) })),
      ]}
      data-testid="field-ChannelRestriction"
    />
  );
}

/** Cơ quan ban hành with autocomplete from the register's history (folded prefix match). */
export function OrganNameInput(props: { value?: string; onChange: (v: string) => void; onBlur?: () => void; id?: string }) {
  const client = useClient();
  const prefix = useDebounced(props.value ?? '', 150);
  const { data } = useQuery({
    queryKey: ['register.organNames', prefix],
    queryFn: () => client.call('register.organNames', { prefix, limit: 8 }),
    enabled: prefix.trim().length >= 1,
    staleTime: 30_000,
  });
  return (
    <AutoComplete
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      options={(data?.items ?? []).map((o) => ({ value: o.OrganName }))}
      data-testid="field-OrganName"
    />
  );
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The document's PDF: checked and stored by the main process; the form keeps its sha256. */
export function PdfUpload(props: { value?: string | null; onChange: (sha: string | null) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [stored, setStored] = useState<StoredFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <Upload.Dragger
        accept="application/pdf,.pdf"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={async (file) => {
          setBusy(true);
          setError(null);
          try {
            const f = await client.call('files.importBytes', { fileName: file.name, dataBase64: await fileToBase64(file) });
            setStored(f);
            props.onChange(f.sha256);
          } catch (err) {
            setStored(null);
            props.onChange(null);
            setError((err as Error).message);
          } finally {
            setBusy(false);
          }
          return false;
        }}
        data-testid="field-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('register.form.fileHint')}</p>
      </Upload.Dragger>
      {stored && props.value === stored.sha256 && (
        <Typography.Text type="success">
          {stored.originalName} — {t('register.form.fileStored', { pages: stored.pageCount ?? '?', size: size(stored.size) })}
        </Typography.Text>
      )}
      {stored?.avWarning && props.value === stored.sha256 && (
        <Alert
          type="warning"
          showIcon
          title={t('safety.avWarning', { warning: stored.avWarning })}
          style={{ marginTop: 8 }}
          data-testid="file-av-warning"
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </div>
  );
}
