import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Typography, message } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseDdMmYyyy, parseIsoDate } from '../../../src-shared/domain';
import { domainText, type DomainError } from '../../../src-shared/domain/domain-result';
import { useClient } from '../../bridge/context';
import { fileToBase64 } from '../../components/file-to-base64';
import { errorText } from '../../i18n/error-text';
import { FilePickButton } from '../../components/FilePickButton';

interface Line {
  date: string;
  reason: string;
}

/** A line of the notice that cannot be read: its date's refusal (keyed), or a kind that is neither nghỉ nor làm bù. */
class LineError extends Error {
  constructor(
    readonly line: number,
    readonly problem: { date: DomainError } | { kind: string },
  ) {
    super(`line ${line}`);
  }
}

/** A line's problem in the window's language. */
function lineErrorText(err: LineError, t: TFunction): string {
  if ('kind' in err.problem) return t('calendar.notice.unknownKind', { line: err.line, kind: err.problem.kind });
  const refusal = err.problem.date;
  return t('calendar.notice.badLine', {
    line: err.line,
    error: errorText(domainText(refusal)),
  });
}

/**
 * "dd/mm/yyyy; nghỉ; lý do" or "…; làm bù; …" per line → a notice. Parsing here only shapes the
 * input; the main process checks the notice as a whole (year, swaps, weeks) and names problems.
 */
function parseLines(text: string): { daysOff: Line[]; workingDays: Line[]; error: LineError | null } {
  const daysOff: Line[] = [];
  const workingDays: Line[] = [];
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const [d = '', kind = '', ...rest] = line.split(';').map((s) => s.trim());
    const p = parseIsoDate(d).ok ? parseIsoDate(d) : parseDdMmYyyy(d);
    if (!p.ok) return { daysOff, workingDays, error: new LineError(i + 1, { date: p.error }) };
    const reason = rest.join(';').trim() || (kind.toLowerCase().startsWith('l') ? 'Làm bù' : 'Nghỉ');
    if (/^l[àa]m/i.test(kind)) workingDays.push({ date: p.value.iso, reason });
    else if (/^ngh/i.test(kind)) daysOff.push({ date: p.value.iso, reason });
    else return { daysOff, workingDays, error: new LineError(i + 1, { kind }) };
  }
  return { daysOff, workingDays, error: null };
}

/** Enter or import a year's notice (số/ký hiệu as its source); it replaces the year's defaults. */
export function NoticeForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [source, setSource] = useState('');
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const done = async () => {
    void message.success(t('common.saved'));
    await queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
  const save = useMutation({
    mutationFn: () => {
      const parsed = parseLines(text);
      if (parsed.error) throw parsed.error;
      return client.call('calendar.saveNotice', { year, source, daysOff: parsed.daysOff, workingDays: parsed.workingDays });
    },
    onSuccess: done,
  });
  const importFile = useMutation({
    mutationFn: async (file: File) =>
      client.call('calendar.importNotice', {
        fileName: file.name,
        dataBase64: await fileToBase64(file),
        year,
        ...(source ? { source } : {}),
      }),
    onSuccess: done,
  });
  const saveError = save.error instanceof LineError ? lineErrorText(save.error, t) : save.error?.message;
  const error = localError ?? saveError ?? importFile.error?.message ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('calendar.notice.help', { year })}</Typography.Text>
      <Input
        value={source}
        onChange={(e) => setSource(e.target.value)}
        placeholder={t('calendar.notice.source')}
        style={{ maxWidth: 320 }}
        data-testid="notice-source"
      />
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setLocalError(null);
        }}
        rows={5}
        placeholder={t('calendar.notice.linesPlaceholder')}
        data-testid="notice-lines"
      />
      <Space wrap>
        <Button
          type="primary"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!source.trim() || !text.trim()}
          data-testid="notice-save"
        >
          {t('calendar.notice.save', { year })}
        </Button>
        <FilePickButton
          accept=".csv,.xlsx,.json"
          onFile={(f) => importFile.mutate(f)}
          loading={importFile.isPending}
          testId="notice-import"
        >
          {t('calendar.notice.import')}
        </FilePickButton>
      </Space>
      {error && <Alert type="error" showIcon title={error} data-testid="notice-error" />}
    </Space>
  );
}
