import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Tag } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { TFunction } from 'i18next';
import styles from './register-table.module.css';
import { showDate } from '../../i18n/dates';
import { typeLabel } from '../../i18n/document-types';

const ROW_HEIGHT = 44;

function priorityTag(e: RegisterEntry, t: TFunction) {
  const secret = e.Confidentiality !== 'none' && (
    <Tag color="volcano" data-testid="secret-tag">
      {t(`safety.level.${e.Confidentiality}`)}
    </Tag>
  );
  if (e.Priority === 'thuong') return secret || null;
  return (
    <>
      {secret}
      <Tag color={e.Priority === 'khan' ? 'orange' : 'red'}>{t(`urgency.${e.Priority}`)}</Tag>
    </>
  );
}

function subjectCell(e: RegisterEntry, cancelledLabel: string) {
  return (
    <div className={styles.subject} title={e.Subject}>
      <b>{typeLabel(e.TypeName)}</b> {e.Subject}
      {e.Status === 'cancelled' && (
        <Tag color="default" style={{ marginLeft: 6 }}>
          {cancelledLabel}
        </Tag>
      )}
    </div>
  );
}

/** Columns in the order of the ND30 Phụ lục IV books, so the screen reads like the paper register. */
function useColumns(direction: Direction): ColumnDef<RegisterEntry>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const cancelled = t('register.cancelled');
    if (direction === 'den') {
      return [
        { id: 'n', header: t('register.col.arrivalNumber'), size: 70, cell: ({ row }) => <b>{row.original.ArrivalNumber}</b> },
        { id: 'ad', header: t('register.col.arrivalDate'), size: 112, cell: ({ row }) => showDate(row.original.ArrivalDate) },
        {
          id: 'org',
          header: t('register.col.organ'),
          size: 220,
          cell: ({ row }) => <div className={styles.clip}>{row.original.OrganName}</div>,
        },
        { id: 'skh', header: t('register.col.soKyHieu'), size: 130, cell: ({ row }) => row.original.SoKyHieu ?? '' },
        { id: 'id', header: t('register.col.issuedDate'), size: 112, cell: ({ row }) => showDate(row.original.IssuedDate) },
        { id: 'sub', header: t('register.col.subject'), size: 460, cell: ({ row }) => subjectCell(row.original, cancelled) },
        { id: 'pri', header: t('register.col.priority'), size: 100, cell: ({ row }) => priorityTag(row.original, t) },
        {
          id: 'to',
          header: t('register.col.toPlaces'),
          size: 160,
          cell: ({ row }) => <div className={styles.clip}>{row.original.ToPlaces ?? ''}</div>,
        },
      ];
    }
    return [
      {
        id: 'skh',
        header: t('register.col.soKyHieu'),
        size: 140,
        cell: ({ row }) => <b className={row.original.Status === 'cancelled' ? styles.struck : undefined}>{row.original.SoKyHieu}</b>,
      },
      { id: 'id', header: t('register.col.issuedDate'), size: 112, cell: ({ row }) => showDate(row.original.IssuedDate) },
      { id: 'sub', header: t('register.col.subject'), size: 480, cell: ({ row }) => subjectCell(row.original, cancelled) },
      {
        id: 'sig',
        header: t('register.col.signer'),
        size: 170,
        cell: ({ row }) => <div className={styles.clip}>{row.original.SignerInfo?.FullName ?? ''}</div>,
      },
      {
        id: 'rcp',
        header: t('register.col.recipients'),
        size: 220,
        cell: ({ row }) => <div className={styles.clip}>{row.original.To.map((r) => r.OrganName).join('; ')}</div>,
      },
      { id: 'pri', header: t('register.col.priority'), size: 100, cell: ({ row }) => priorityTag(row.original, t) },
    ];
  }, [direction, t]);
}

/**
 * The register as a virtualized grid: only the rows on screen are in the DOM, so 100,000 entries
 * scroll like 100. Reaching the end asks for the next page.
 */
export function RegisterTable(props: {
  direction: Direction;
  rows: RegisterEntry[];
  loading: boolean;
  hasMore: boolean;
  onEndReached: () => void;
  onOpen: (entry: RegisterEntry) => void;
  emptyText: string;
}) {
  const columns = useColumns(props.direction);
  const table = useReactTable({ data: props.rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const { hasMore, loading, onEndReached } = props;
  useEffect(() => {
    if (last && last.index >= props.rows.length - 20 && hasMore && !loading) onEndReached();
  }, [last, props.rows.length, hasMore, loading, onEndReached]);

  const width = table.getTotalSize();
  const tableRows = table.getRowModel().rows;
  return (
    <div className={styles.frame} data-testid={`register-table-${props.direction}`}>
      <div ref={scrollRef} className={styles.scroll}>
        <div style={{ width, minWidth: '100%' }}>
          <div className={styles.head} role="row">
            {table.getFlatHeaders().map((h) => (
              <div key={h.id} className={styles.th} style={{ width: h.getSize() }} role="columnheader">
                {flexRender(h.column.columnDef.header, h.getContext())}
              </div>
            ))}
          </div>
          {props.rows.length === 0 && !props.loading && <Empty style={{ padding: 48 }} description={props.emptyText} />}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((vi) => {
              const row = tableRows[vi.index]!;
              return (
                <div
                  key={row.id}
                  role="row"
                  tabIndex={0}
                  data-testid="register-row"
                  className={`${styles.tr} ${row.original.Status === 'cancelled' ? styles.cancelled : ''}`}
                  style={{ transform: `translateY(${vi.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => props.onOpen(row.original)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') props.onOpen(row.original);
                  }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <div key={cell.id} className={styles.td} style={{ width: cell.column.getSize() }}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {props.loading && (
            <div style={{ padding: 16, textAlign: 'center' }}>
              <Spin />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
