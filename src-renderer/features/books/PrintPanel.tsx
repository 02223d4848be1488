import { DownloadOutlined, FilePdfOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Progress, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../src-shared/contracts/register.contract';
import { SEES_ALL_ENTRIES } from '../../../src-shared/contracts/permissions';
import { SECRET_SERIES } from '../../../src-shared/domain/priority';
import { STATUS_KEY } from '../accounts/AccountGate';
import type { OutputOf } from '../../../src-shared/rpc/define';
import type { booksPrint } from '../../../src-shared/contracts/books.contract';
import { useClient } from '../../bridge/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PdfPreview } from '../../components/PdfPreview';
import { PeriodPicker } from './PeriodPicker';
import { rangeOf, type Period } from './period';
import { downloadStored, openStored } from './stored-file';

export type PrintResult = OutputOf<typeof booksPrint>;

/** The result of a print: what was printed, the preview, and open / download. */
export function PrintResultView({ result }: { result: PrintResult }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const fail = (e: unknown) => void message.error((e as Error).message);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="books-print-result">
      <Alert
        type={result.Empty ? 'warning' : 'success'}
        showIcon
        title={t('books.result', { pages: result.Pages, entries: result.Entries, font: result.FontName })}
        description={[
          result.Empty ? t('books.resultEmpty') : null,
          result.Volume
            ? result.Source === 'generated'
              ? t('books.resultLocked', { volume: result.Volume.VolumeNo, year: result.Volume.Year })
              : t('books.resultReprint', { volume: result.Volume.VolumeNo, sha: result.Volume.PdfSha256.slice(0, 16) + '…' })
            : t('books.draft'),
          result.AmendmentRows > 0 ? t('books.amendmentRows', { count: result.AmendmentRows }) : null,
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <Space>
        <Button icon={<FilePdfOutlined />} onClick={() => openStored(client, result.File).catch(fail)} data-testid="books-open-pdf">
          {t('books.open')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => downloadStored(client, result.File).catch(fail)}>
          {t('books.download')}
        </Button>
      </Space>
      <PdfPreview sha256={result.File.sha256} width={820} />
    </Space>
  );
}

/** Choose the register, the range, the paper; preview or lock as the next volume. */
export function PrintPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const now = new Date();
  const [direction, setDirection] = useState<Direction>('den');
  const [period, setPeriod] = useState<Period>({
    kind: 'month',
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    quarter: Math.floor(now.getMonth() / 3) + 1,
  });
  const [paper, setPaper] = useState<'a4' | 'a3'>('a4');
  const [lock, setLock] = useState(false);
  const [secret, setSecret] = useState(false);
  // The mật book only for the roles that see every entry (văn thư, lãnh đạo), or with no accounts.
  const session = useQuery({ queryKey: STATUS_KEY, queryFn: () => client.call('accounts.status', {}) });
  const maySecret =
    session.data !== undefined &&
    (!session.data.accountsExist || (session.data.account?.roles ?? []).some((r) => SEES_ALL_ENTRIES.includes(r)));
  const secretOn = secret && maySecret;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const range = rangeOf(period);
  const volumes = useQuery({ queryKey: ['books.volumes'], queryFn: () => client.call('books.volumes', {}) });
  const next = volumes.data?.next[direction] ?? 1;

  useEffect(
    () =>
      client.subscribe(
        (name, payload) => {
          const p = payload as { task: string; done: number; total: number };
          if (name === 'books.progressed' && p.task === 'print') setProgress({ done: p.done, total: p.total });
        },
        () => undefined,
      ),
    [client],
  );

  const print = useMutation({
    mutationFn: () =>
      client.call('books.print', {
        Direction: direction,
        ...range!,
        Paper: paper,
        ...(secretOn ? { Series: SECRET_SERIES[direction], Lock: false } : { Lock: lock }),
      }),
    onMutate: () => setProgress(null),
    onSettled: () => {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: ['books.volumes'] });
    },
  });

  const submit = () => {
    if (!lock || secretOn) return print.mutate();
    modal.confirm({ title: t('books.lockConfirmTitle', { next }), content: t('books.lockConfirm'), onOk: () => print.mutate() });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="vertical" style={{ maxWidth: 900 }}>
        <Form.Item label={t('books.title')}>
          <Radio.Group value={direction} onChange={(e) => setDirection(e.target.value as Direction)} data-testid="books-direction">
            <Radio.Button value="den">{t('books.direction.den')}</Radio.Button>
            <Radio.Button value="di">{t('books.direction.di')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('books.period.label')} extra={`${t('books.yearRule')} ${t('books.emptyRule')}`}>
          <PeriodPicker value={period} onChange={setPeriod} />
        </Form.Item>
        <Form.Item label={t('books.paper.label')}>
          <Radio.Group value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'a3')}>
            <Radio value="a4">{t('books.paper.a4')}</Radio>
            <Radio value="a3">{t('books.paper.a3')}</Radio>
          </Radio.Group>
        </Form.Item>
        {maySecret && (
          <Form.Item extra={secretOn ? t('books.secretHelp') : undefined}>
            <Checkbox checked={secret} onChange={(e) => setSecret(e.target.checked)} data-testid="books-secret">
              {t('books.secret')}
            </Checkbox>
          </Form.Item>
        )}
        <Form.Item extra={t('books.lockHelp', { next })}>
          <Checkbox checked={lock && !secretOn} disabled={secretOn} onChange={(e) => setLock(e.target.checked)} data-testid="books-lock">
            <LockOutlined /> {t('books.lock')}
          </Checkbox>
        </Form.Item>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!range}
          loading={print.isPending}
          onClick={submit}
          data-testid="books-print"
        >
          {t('books.print')}
        </Button>
      </Form>
      {print.isPending && progress && (
        <div style={{ maxWidth: 420 }}>
          <Typography.Text type="secondary">{t('books.printing', progress)}</Typography.Text>
          <Progress percent={Math.round((100 * progress.done) / Math.max(1, progress.total))} size="small" />
        </div>
      )}
      {print.isError && <ErrorAlert error={print.error} testId="books-print-error" />}
      {print.data && <PrintResultView result={print.data} />}
    </Space>
  );
}
