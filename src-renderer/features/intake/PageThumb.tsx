import { FileOutlined } from '@ant-design/icons';
import { Spin, Tag, Typography } from 'antd';
import { forwardRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePage } from '../../../src-shared/contracts/intake.contract';
import styles from './page-editor.module.css';
import { useFileUrl } from '../../bridge/use-file-url';

export type DropSide = 'before' | 'after' | null;

/** One page of the batch: its thumbnail (turned as it will be assembled), number, origin and mode. */
export const PageThumb = forwardRef<
  HTMLDivElement,
  {
    page: IntakePage;
    index: number;
    selected: boolean;
    dropSide: DropSide;
    onSelect: (e: MouseEvent | KeyboardEvent) => void;
    onDragStart: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDrop: (e: DragEvent) => void;
    onDragEnd: () => void;
  }
>(function PageThumb(p, ref) {
  const { t } = useTranslation();
  const url = useFileUrl(p.page.thumb);
  const fromFile = p.page.origin.startsWith('file:');
  const className = [
    styles.thumb,
    p.selected ? styles.selected : '',
    p.dropSide === 'before' ? styles.dropBefore : '',
    p.dropSide === 'after' ? styles.dropAfter : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={ref}
      role="option"
      aria-selected={p.selected}
      aria-label={t('intake.editor.page', { n: p.index + 1 })}
      tabIndex={p.selected ? 0 : -1}
      className={className}
      draggable
      onClick={p.onSelect}
      onDragStart={p.onDragStart}
      onDragOver={p.onDragOver}
      onDrop={p.onDrop}
      onDragEnd={p.onDragEnd}
      data-testid="intake-page"
      data-page-id={p.page.id}
      data-rotation={p.page.rotation}
    >
      <div className={styles.image}>
        {p.page.thumb === null ? (
          <FileOutlined style={{ fontSize: 40, color: '#bbb' }} />
        ) : url ? (
          <img src={url} alt="" draggable={false} style={{ transform: `rotate(${p.page.rotation}deg)` }} />
        ) : (
          <Spin size="small" />
        )}
      </div>
      <div className={styles.caption}>
        <Typography.Text strong>{t('intake.editor.page', { n: p.index + 1 })}</Typography.Text>
        <span>
          {p.page.rotation !== 0 && <Tag color="blue">↻ {p.page.rotation}°</Tag>}
          {p.page.colorMode !== 'color' && <Tag color="orange">{t(`intake.editor.${p.page.colorMode}`)}</Tag>}
          <Tag title={p.page.origin.replace(/^(file|scan):/, '')}>
            {fromFile ? t('intake.editor.origin.file') : t('intake.editor.origin.scan')}
          </Tag>
        </span>
      </div>
    </div>
  );
});
