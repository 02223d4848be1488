import { FolderOpenOutlined, InboxOutlined, ReloadOutlined, ScanOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Divider, Form, Input, InputNumber, Progress, Segmented, Select, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { ACCEPT } from './file-drop';
import type { IntakeBatchState, ScanSettings } from './use-intake-batch';

const DPIS = [150, 200, 300, 400, 600];

/** Scan settings the clerk picks; ND30 wants colour at 200 dpi or more, which is the default. */
export interface SourceChoice {
  source: string | null;
  dpi: number;
  mode: 'color' | 'gray' | 'bw';
  feeder: 'flatbed' | 'adf' | 'adf-duplex';
  pages: number | null;
}
export const DEFAULT_CHOICE: SourceChoice = { source: null, dpi: 200, mode: 'color', feeder: 'adf', pages: null };

export function toScanSettings(c: SourceChoice): ScanSettings | null {
  return c.source ? { source: c.source, dpi: c.dpi, mode: c.mode, feeder: c.feeder, ...(c.pages ? { pages: c.pages } : {}) } : null;
}

/** The choices offered as a segmented bar: each option's value and its label's key under intake.source. */
const SEGMENTS = {
  mode: [
    ['color', 'color'],
    ['gray', 'gray'],
    ['bw', 'bw'],
  ],
  feeder: [
    ['adf', 'adf'],
    ['adf-duplex', 'adfDuplex'],
    ['flatbed', 'flatbed'],
  ],
} as const satisfies { [N in 'mode' | 'feeder']: readonly (readonly [SourceChoice[N], string])[] };

/** One of the few options of `name` (its label: intake.source.<name>). */
function SegmentedItem<N extends keyof typeof SEGMENTS>(props: {
  name: N;
  choice: SourceChoice;
  set: (patch: Partial<SourceChoice>) => void;
  marginBottom: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t(`intake.source.${props.name}`)} style={{ marginBottom: props.marginBottom }}>
      <Segmented<string>
        block
        value={props.choice[props.name]}
        onChange={(v) => props.set({ [props.name]: v } as Partial<SourceChoice>)}
        options={SEGMENTS[props.name].map(([value, key]) => ({ value, label: t(`intake.source.${key}`) }))}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** Where pages come from: a scanner (SANE, eSCL, NAPS2/WIA), dropped files, or the shared scan folder. */
export function SourcePanel(props: {
  s: IntakeBatchState;
  choice: SourceChoice;
  onChoice: (c: SourceChoice) => void;
  onScan: () => void;
  onHotFolder: (batchIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { s, choice } = props;
  const set = (patch: Partial<SourceChoice>) => props.onChoice({ ...choice, ...patch });
  const [escl, setEscl] = useState<string[]>([]);
  const [hotNote, setHotNote] = useState<{ type: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const devices = useQuery({ queryKey: ['intake.devices'], queryFn: () => client.call('intake.listDevices', {}), staleTime: Infinity });
  const settings = useQuery({ queryKey: ['intake.settings'], queryFn: () => client.call('intake.getSettings', {}) });

  const options = [
    ...(devices.data?.devices ?? []).map((d) => ({
      value: d.id,
      label: `${d.label} (${d.id.slice(d.id.indexOf(':') + 1)}) — ${t(`intake.source.kind.${d.kind}`, { defaultValue: d.kind })}`,
    })),
    ...escl.map((u) => ({ value: `escl:${u}`, label: t('intake.source.esclOption', { url: u }) })),
  ];
  // The first scanner found is the default, so "Quét" works with one click on a one-scanner desk.
  const firstId = options[0]?.value;
  useEffect(() => {
    if (!choice.source && firstId) props.onChoice({ ...choice, source: firstId });
  }, [firstId, choice, props]);

  const scanning = s.busy === 'scan';
  const pct = s.progress?.stage === 'scan' ? (s.progress.percent ?? null) : null;

  const pollHotFolder = async () => {
    setHotNote(null);
    try {
      const r = await client.call('intake.hotFolderPoll', {});
      const text = [
        t('intake.source.hotFolderResult', { imported: r.imported.length, waiting: r.waiting.length, quarantined: r.quarantined.length }),
        ...r.quarantined.map((q) => t('intake.source.quarantined', { name: q.name, reason: q.reason })),
      ].join(' ');
      setHotNote({ type: r.quarantined.length > 0 ? 'warning' : 'success', text });
      props.onHotFolder(r.imported.map((i) => i.batchId));
    } catch (err) {
      setHotNote({ type: 'error', text: (err as Error).message });
    }
  };

  return (
    <Form layout="vertical" component="div" size="middle" data-testid="intake-source">
      <Form.Item label={t('intake.source.scanner')} style={{ marginBottom: 8 }}>
        <Space.Compact style={{ width: '100%' }}>
          <Select
            value={choice.source ?? undefined}
            onChange={(v: string) => set({ source: v })}
            options={options}
            placeholder={devices.isFetching ? t('intake.source.searching') : t('intake.source.chooseScanner')}
            loading={devices.isFetching}
            notFoundContent={t('intake.source.none')}
            style={{ width: '100%' }}
            data-testid="intake-device"
          />
          <Button
            icon={<ReloadOutlined />}
            title={t('intake.source.refresh')}
            aria-label={t('intake.source.refresh')}
            onClick={() => void devices.refetch()}
          />
        </Space.Compact>
      </Form.Item>
      {devices.data && devices.data.devices.length === 0 && escl.length === 0 && (
        <Alert type="info" showIcon title={t('intake.source.none')} style={{ marginBottom: 8 }} />
      )}
      {(devices.data?.warnings ?? []).map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <Form.Item label={t('intake.source.escl')} style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder={t('intake.source.esclPlaceholder')}
          enterButton="+"
          onSearch={(v) => {
            const url = v.trim();
            if (!/^https?:\/\/\S+$/.test(url)) return;
            if (!escl.includes(url)) setEscl([...escl, url]);
            set({ source: `escl:${url}` });
          }}
        />
      </Form.Item>
      <SegmentedItem name="mode" choice={choice} set={set} marginBottom={8} testId="intake-mode" />
      {choice.mode !== 'color' && (
        <Alert
          type="warning"
          showIcon
          title={choice.mode === 'bw' ? t('intake.source.warnBw') : t('intake.source.warnGray')}
          style={{ marginBottom: 8 }}
        />
      )}
      <Space.Compact block style={{ marginBottom: 8, gap: 8 }}>
        <Form.Item label={t('intake.source.dpi')} style={{ marginBottom: 0, width: 110 }}>
          <Select
            value={choice.dpi}
            onChange={(v: number) => set({ dpi: v })}
            options={DPIS.map((d) => ({ value: d, label: `${d} dpi` }))}
            data-testid="intake-dpi"
          />
        </Form.Item>
        <Form.Item label={t('intake.source.pages')} style={{ marginBottom: 0, flex: 1 }}>
          <InputNumber
            min={1}
            max={500}
            value={choice.pages}
            onChange={(v) => set({ pages: v ?? null })}
            placeholder={t('intake.source.pagesPlaceholder')}
            style={{ width: '100%' }}
            data-testid="intake-pages-max"
          />
        </Form.Item>
      </Space.Compact>
      {choice.dpi < 200 && <Alert type="warning" showIcon title={t('intake.source.warnDpi')} style={{ marginBottom: 8 }} />}
      <SegmentedItem name="feeder" choice={choice} set={set} marginBottom={12} />
      {scanning ? (
        <div data-testid="intake-scanning">
          <Typography.Text>{t('intake.source.scanning', { count: s.scanned })}</Typography.Text>
          <Progress percent={pct === null ? 0 : Math.round(pct)} status="active" size="small" />
          <Button danger block icon={<StopOutlined />} onClick={s.cancel} data-testid="intake-cancel">
            {t('intake.source.stop')}
          </Button>
        </div>
      ) : (
        <Button
          type="primary"
          block
          size="large"
          icon={<ScanOutlined />}
          disabled={!choice.source || s.busy !== null}
          onClick={props.onScan}
          data-testid="intake-scan"
        >
          {s.batch && s.batch.pages.length > 0 ? t('intake.source.scanMore') : t('intake.source.scan')}
        </Button>
      )}
      <Divider style={{ margin: '16px 0 12px' }} />
      <Upload.Dragger
        accept={ACCEPT}
        multiple
        showUploadList={false}
        disabled={s.busy !== null}
        beforeUpload={(file, list) => {
          // Called once per file: the first call takes the whole drop, in order, into one batch.
          if (file === list[0]) void s.importFiles(list);
          return false;
        }}
        data-testid="intake-drop"
      >
        <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
          <InboxOutlined />
        </p>
        <Typography.Text style={{ fontSize: 13 }}>{t('intake.source.drop')}</Typography.Text>
      </Upload.Dragger>
      <Divider style={{ margin: '12px 0' }} />
      <Typography.Text strong>{t('intake.source.hotFolder')}</Typography.Text>
      <div style={{ margin: '4px 0 8px' }}>
        {settings.data?.hotFolder ? (
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            {settings.data.hotFolder}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('intake.source.hotFolderNone')}</Typography.Text>
        )}
      </div>
      <Button
        block
        icon={<FolderOpenOutlined />}
        disabled={!settings.data?.hotFolder || s.busy !== null}
        onClick={() => void pollHotFolder()}
      >
        {t('intake.source.hotFolderPoll')}
      </Button>
      {hotNote && <Alert type={hotNote.type} showIcon title={hotNote.text} style={{ marginTop: 8 }} />}
    </Form>
  );
}
