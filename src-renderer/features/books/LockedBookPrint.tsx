import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Checkbox, Space, Typography } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockedBookPrintOutput } from '../../../src-shared/contracts/locked-book.contract';
import { FileButtons } from './FileButtons';

/**
 * The print row of a book that can be locked as the next quyển số (sổ theo dõi, sổ gửi bưu điện):
 * `before` (the book's own options), "khóa quyển", the print button, then what was printed and its
 * file. `testId` prefixes the controls' ids: -lock, -print, -result, -file.
 */
export function LockedBookPrint(props: {
  testId: string;
  label: string;
  disabled: boolean;
  /** Prints; its variable says whether to lock the quyển. */
  print: UseMutationResult<LockedBookPrintOutput, Error, boolean>;
  before?: ReactNode;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const { print, testId } = props;
  const [lock, setLock] = useState(false);
  return (
    <Space wrap style={props.style}>
      {props.before}
      <Checkbox checked={lock} onChange={(e) => setLock(e.target.checked)} data-testid={`${testId}-lock`}>
        {t('books.lock')}
      </Checkbox>
      <Button
        type="primary"
        disabled={props.disabled}
        loading={print.isPending}
        onClick={() => print.mutate(lock)}
        data-testid={`${testId}-print`}
      >
        {props.label}
      </Button>
      {print.data && (
        <Space wrap>
          <Typography.Text data-testid={`${testId}-result`}>
            {t('books.result', { pages: print.data.Pages, entries: print.data.Entries, font: '' })}
            {print.data.Volume && ` · ${t('books.resultLocked', { volume: print.data.Volume.VolumeNo, year: print.data.Volume.Year })}`}
          </Typography.Text>
          <FileButtons file={print.data.File} testId={`${testId}-file`} />
        </Space>
      )}
    </Space>
  );
}
