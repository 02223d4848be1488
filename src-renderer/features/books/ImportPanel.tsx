import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  IMPORT_FIELDS_OF,
  MAX_IMPORT_BYTES,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
} from '../../../src-shared/contracts/books-import.contract';
import type { Direction } from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { fileToBase64 } from '../../components/file-to-base64';
import { showDate } from '../../i18n/dates';
import { errorText } from '../../i18n/error-text';

type Encoding = NonNullable<ImportMapping['Encoding']>;

const ENCODING_NAMES: Record<string, string> = {
  unicode: 'Unicode',
  tcvn3: 'TCVN3 (ABC, .VnTime)',
  vni: 'VNI',
  mixed: 'Unicode + TCVN3/VNI',
};
/** Stored values as the clerk reads them: dates dd/mm/yyyy. */
const shown = (v: string | null | undefined): string => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? showDate(v) : (v ?? ''));

/** Import an old register: choose the file, check the column mapping and the preview, then import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [direction, setDirection] = useState<Direction>('den');
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [columns, setColumns] = useState<Record<number, ImportField | null>>({});
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [skipBad, setSkipBad] = useState(false);

  const mapping = (preview: ImportPreview | undefined): ImportMapping => {
    const m: ImportMapping = { Encoding: encoding };
    if (!preview || Object.keys(columns).length === 0) return m;
    const assigned: Partial<Record<ImportField, number | null>> = {};
    for (const f of IMPORT_FIELDS) if (preview.Columns.some((c) => c.Field === f)) assigned[f] = null;
    for (const [index, field] of Object.entries(columns)) if (field) assigned[field] = Number(index);
    return { ...m, HeaderRow: preview.HeaderRow, Columns: assigned };
  };

  const preview = useMutation({
    mutationFn: (v: { file: { name: string; data: string }; mapping: ImportMapping }) =>
      client.call('books.importPreview', { Direction: direction, DataBase64: v.file.data, FileName: v.file.name, Mapping: v.mapping }),
  });
  const run = useMutation({
    mutationFn: () =>
      client.call('books.import', {
        Direction: direction,
        DataBase64: file!.data,
        FileName: file!.name,
        Mapping: mapping(preview.data),
        SkipBadRows: skipBad,
      }),
    onSuccess: (r) => {
      void message.success(t('books.import.done', { n: r.Imported }));
      setFile(null);
      preview.reset();
      void queryClient.invalidateQueries({ queryKey: ['register.rows'] });
    },
  });

  const choose = async (f: File) => {
    if (f.size > MAX_IMPORT_BYTES) {
      void message.error(t('books.import.tooBig'));
      return false;
    }
    const chosen = { name: f.name, data: await fileToBase64(f) };
    setFile(chosen);
    setColumns({});
    run.reset();
    preview.mutate({ file: chosen, mapping: { Encoding: encoding } });
    return false;
  };
  // Re-run the preview after the mapping or the encoding changes.
  const refresh = (cols: Record<number, ImportField | null>, enc: Encoding) => {
    setColumns(cols);
    setEncoding(enc);
    if (!file) return;
    const base = mapping(preview.data);
    const assigned: Partial<Record<ImportField, string | number | null>> = { ...base.Columns };
    for (const f of Object.keys(assigned) as ImportField[]) assigned[f] = null;
    for (const [index, field] of Object.entries(cols)) if (field) assigned[field] = Number(index);
    preview.mutate({ file, mapping: { ...base, Encoding: enc, ...(Object.keys(cols).length ? { Columns: assigned } : {}) } });
  };

  const p = preview.data;
  const fieldOptions = [
    { value: '', label: t('books.import.notImported') },
    ...IMPORT_FIELDS_OF[direction].map((f) => ({ value: f, label: t(`books.fields.${f}`) })),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('books.import.help')} {t('books.import.allOrNothing')}
      </Typography.Paragraph>
      <Space wrap>
        <Radio.Group
          value={direction}
          onChange={(e) => {
            setDirection(e.target.value as Direction);
            setFile(null);
            preview.reset();
            run.reset();
          }}
        >
          <Radio.Button value="den">{t('books.direction.den')}</Radio.Button>
          <Radio.Button value="di">{t('books.direction.di')}</Radio.Button>
        </Radio.Group>
        <Upload accept=".xlsx,.csv,.txt" showUploadList={false} beforeUpload={choose}>
          <Button icon={<UploadOutlined />} data-testid="books-import-choose">
            {file ? file.name : t('books.import.choose')}
          </Button>
        </Upload>
        <span>{t('books.import.encoding')}:</span>
        <Select<Encoding>
          value={encoding}
          onChange={(v) => refresh(columns, v)}
          style={{ width: 150 }}
          options={[
            { value: 'auto', label: t('books.import.encodingAuto') },
            { value: 'unicode', label: 'Unicode' },
            { value: 'tcvn3', label: 'TCVN3 (ABC)' },
            { value: 'vni', label: 'VNI' },
          ]}
        />
      </Space>
      {preview.isError && <Alert type="error" showIcon title={preview.error.message} />}
      {p && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type={p.RejectedCount ? 'warning' : 'success'}
            showIcon
            title={t('books.import.summary', { rows: p.DataRows, ok: p.Accepted, bad: p.RejectedCount })}
            description={[
              t('books.import.detected', { enc: ENCODING_NAMES[p.Encoding.Detected] ?? p.Encoding.Detected, n: p.Encoding.ConvertedCells }),
              ...p.KeyedWarnings.map((w) => errorText(w)),
              ...p.Continues.map((c) => t('books.import.continues', { year: c.Year, next: c.Next })),
            ].join(' · ')}
          />
          <Table
            size="small"
            rowKey="Index"
            pagination={false}
            dataSource={p.Columns.filter((c) => c.Header || c.Field)}
            columns={[
              { title: t('books.import.column'), render: (_, c) => `${c.Letter} — ${c.Header}` },
              {
                title: t('books.import.field'),
                render: (_, c) => (
                  <Select
                    size="small"
                    style={{ width: 260 }}
                    value={(columns[c.Index] !== undefined ? columns[c.Index] : c.Field) ?? ''}
                    options={fieldOptions}
                    onChange={(v: string) =>
                      refresh(
                        {
                          ...Object.fromEntries(p.Columns.map((x) => [x.Index, x.Field])),
                          ...columns,
                          [c.Index]: (v || null) as ImportField | null,
                        },
                        encoding,
                      )
                    }
                  />
                ),
              },
            ]}
          />
          <Typography.Title level={5}>{t('books.import.preview')}</Typography.Title>
          <Table
            size="small"
            rowKey="Row"
            pagination={false}
            scroll={{ x: true }}
            dataSource={p.Preview}
            columns={[
              { title: t('books.import.row'), dataIndex: 'Row' },
              ...['Number', 'ArrivalDate', 'SoKyHieu', 'IssuedDate', 'OrganName', 'TypeName', 'Subject', 'ToPlaces', 'Recipients'].map(
                (k) => ({
                  title: k === 'Number' ? '#' : t(`books.fields.${k}`),
                  render: (_: unknown, r: ImportPreview['Preview'][number]) => shown(r.Values[k]),
                }),
              ),
            ]}
          />
          {p.RejectedCount > 0 && (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <Typography.Title level={5}>{t('books.import.rejected')}</Typography.Title>
              <Table
                size="small"
                rowKey="Row"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={p.Rejected}
                columns={[
                  { title: t('books.import.row'), dataIndex: 'Row', width: 80 },
                  {
                    title: t('books.import.reasons'),
                    render: (_, r) =>
                      r.Keyed.map((x) => (
                        <Tag key={x.message} color="red" style={{ whiteSpace: 'normal' }}>
                          {errorText(x)}
                        </Tag>
                      )),
                  },
                ]}
              />
            </Space>
          )}
          <Space>
            <Checkbox checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)}>
              {t('books.import.skipBad')}
            </Checkbox>
            <Button
              type="primary"
              disabled={p.Accepted === 0 || (p.RejectedCount > 0 && !skipBad)}
              loading={run.isPending}
              onClick={() => run.mutate()}
              data-testid="books-import-run"
            >
              {t('books.import.run')}
            </Button>
          </Space>
        </Space>
      )}
      {run.isError && <Alert type="error" showIcon title={run.error.message} />}
    </Space>
  );
}
