import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  DeleteOutlined,
  DownOutlined,
  RotateLeftOutlined,
  RotateRightOutlined,
  ScissorOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePage } from '../../../src-shared/contracts/intake.contract';
import { ACCEPT, isFileDrag } from './file-drop';
import styles from './page-editor.module.css';
import { PageThumb, type DropSide } from './PageThumb';
import type { Anchor, IntakeBatchState } from './use-intake-batch';

const PAGE_MIME = 'application/x-vanthu-page';

/**
 * The page editor: thumbnails in reading order. Reorder by dragging (native HTML5 drag and drop) or
 * from the keyboard; rotate, delete, split into documents, insert or replace pages from the scanner
 * or a file. Every edit is one intake.editPages call, saved by the main process at once.
 */
export function PageEditor({ s, onScan }: { s: IntakeBatchState; onScan: (anchor: Anchor) => void }) {
  const { t } = useTranslation();
  const pages: IntakePage[] = useMemo(() => s.batch?.pages ?? [], [s.batch?.pages]);
  const [selected, setSelected] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; side: Exclude<DropSide, null> } | null>(null);
  const [fileOver, setFileOver] = useState(false);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const fileInput = useRef<HTMLInputElement>(null);
  const fileAnchor = useRef<Anchor>({});
  const locked = s.busy !== null || s.batch?.status === 'scanning';

  // Selection follows the batch: pages that are gone (deleted, split off) leave it.
  const live = selected.filter((id) => pages.some((p) => p.id === id));
  const sel = pages.filter((p) => live.includes(p.id));
  const indexOf = (id: string) => pages.findIndex((p) => p.id === id);

  useEffect(() => {
    if (focusId && document.activeElement?.closest('[data-intake-grid]')) refs.current.get(focusId)?.focus();
  }, [focusId, pages]);

  const choose = (id: string, e?: MouseEvent | KeyboardEvent) => {
    setFocusId(id);
    if (e && (e.ctrlKey || e.metaKey)) setSelected((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id]));
    else if (e?.shiftKey && live.length > 0) {
      const [a, b] = [indexOf(live[0]!), indexOf(id)].sort((x, y) => x - y);
      setSelected(pages.slice(a, b! + 1).map((p) => p.id));
    } else setSelected([id]);
  };

  const ids = sel.map((p) => p.id);
  const rotate = (degrees: 90 | 270) => ids.length > 0 && void s.edit({ op: 'rotate', pageIds: ids, degrees });
  const remove = () => {
    if (ids.length === 0) return;
    const after = pages.slice(indexOf(ids[ids.length - 1]!) + 1).find((p) => !ids.includes(p.id)) ?? pages.find((p) => !ids.includes(p.id));
    void s.edit({ op: 'delete', pageIds: ids });
    setSelected(after ? [after.id] : []);
    setFocusId(after?.id ?? null);
  };
  const move = (dir: -1 | 1) => {
    if (ids.length === 0) return;
    const first = indexOf(ids[0]!);
    const last = indexOf(ids[ids.length - 1]!);
    if (dir < 0 && first > 0) void s.edit({ op: 'move', pageIds: ids, before: pages[first - 1]!.id });
    if (dir > 0 && last < pages.length - 1) void s.edit({ op: 'move', pageIds: ids, before: pages[last + 2]?.id ?? null });
  };
  const split = () => {
    const starts = ids.filter((id) => indexOf(id) > 0);
    if (starts.length === 0) s.setNotice({ type: 'info', text: t('intake.editor.splitFirst') });
    else void s.split(starts);
  };
  const pickFile = (anchor: Anchor) => {
    fileAnchor.current = anchor;
    fileInput.current?.click();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (pages.length === 0 || locked) return;
    const at = focusId ? indexOf(focusId) : -1;
    const go = (i: number) => {
      const p = pages[Math.max(0, Math.min(pages.length - 1, i))]!;
      if (e.shiftKey) choose(p.id, e);
      else choose(p.id);
    };
    const k = e.key;
    if ((k === 'ArrowLeft' || k === 'ArrowRight') && (e.ctrlKey || e.metaKey)) move(k === 'ArrowLeft' ? -1 : 1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp') go(at - 1);
    else if (k === 'ArrowRight' || k === 'ArrowDown') go(at + 1);
    else if (k === 'Home') go(0);
    else if (k === 'End') go(pages.length - 1);
    else if (k === 'r' || k === 'R') rotate(e.shiftKey ? 270 : 90);
    else if (k === 'Delete' || k === 'Backspace') remove();
    else return;
    e.preventDefault();
  };

  // Drag and drop: a page dragged onto another goes before or after it (by the half it is over);
  // files dragged in from the desktop are imported at that place.
  const dragOver = (e: DragEvent, id: string | null) => {
    if (locked) return;
    const files = isFileDrag(e);
    if (!files && !e.dataTransfer.types.includes(PAGE_MIME)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = files ? 'copy' : 'move';
    setFileOver(files);
    if (!id) return setDrop(null);
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    setDrop({ id, side: e.clientX < r.left + r.width / 2 ? 'before' : 'after' });
  };
  const dropOn = (e: DragEvent, id: string | null) => {
    e.preventDefault();
    e.stopPropagation();
    const side = drop?.side ?? 'before';
    setDrop(null);
    setFileOver(false);
    if (locked) return;
    const target = id ? indexOf(id) : -1;
    const before = id === null ? null : side === 'before' ? id : (pages[target + 1]?.id ?? null);
    if (isFileDrag(e)) {
      void s.importFiles(Array.from(e.dataTransfer.files), before ? { insertBefore: before } : {});
      return;
    }
    const dragged = e.dataTransfer.getData(PAGE_MIME);
    if (!dragged) return;
    const moving = live.includes(dragged) ? ids : [dragged];
    if (before && moving.includes(before)) return;
    void s.edit({ op: 'move', pageIds: moving, before });
  };

  const one = sel.length === 1 ? sel[0]! : null;
  const anchorMenu = (kind: 'insert' | 'replace') => ({
    items: [
      { key: 'scan', label: t('intake.editor.fromScanner'), 'data-testid': `${kind}-scan` },
      { key: 'file', label: t('intake.editor.fromFile'), 'data-testid': `${kind}-file` },
    ],
    onClick: ({ key }: { key: string }) => {
      if (!one) return;
      const anchor: Anchor = kind === 'insert' ? { insertBefore: one.id } : { replacePage: one.id };
      if (key === 'scan') onScan(anchor);
      else pickFile(anchor);
    },
  });

  return (
    <div>
      <Space wrap style={{ marginBottom: 10 }}>
        <Tooltip title="Shift+R">
          <Button icon={<RotateLeftOutlined />} disabled={locked || !sel.length} onClick={() => rotate(270)} data-testid="page-rotate-left">
            {t('intake.editor.rotateLeft')}
          </Button>
        </Tooltip>
        <Tooltip title="R">
          <Button
            icon={<RotateRightOutlined />}
            disabled={locked || !sel.length}
            onClick={() => rotate(90)}
            data-testid="page-rotate-right"
          >
            {t('intake.editor.rotateRight')}
          </Button>
        </Tooltip>
        <Button icon={<ArrowLeftOutlined />} disabled={locked || !sel.length} onClick={() => move(-1)} data-testid="page-move-left">
          {t('intake.editor.moveLeft')}
        </Button>
        <Button icon={<ArrowRightOutlined />} disabled={locked || !sel.length} onClick={() => move(1)} data-testid="page-move-right">
          {t('intake.editor.moveRight')}
        </Button>
        <Tooltip title="Delete">
          <Button danger icon={<DeleteOutlined />} disabled={locked || !sel.length} onClick={remove} data-testid="page-delete">
            {t('intake.editor.remove')}
          </Button>
        </Tooltip>
        <Button icon={<ScissorOutlined />} disabled={locked || !sel.length} onClick={split} data-testid="page-split">
          {t('intake.editor.split')}
        </Button>
        <Dropdown menu={anchorMenu('insert')} disabled={locked || !one} trigger={['click']}>
          <Button data-testid="page-insert">
            {t('intake.editor.insert')} <DownOutlined />
          </Button>
        </Dropdown>
        <Dropdown menu={anchorMenu('replace')} disabled={locked || !one} trigger={['click']}>
          <Button data-testid="page-replace">
            {t('intake.editor.replace')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) void s.importFiles(files, fileAnchor.current);
        }}
        data-testid="page-file-input"
      />
      <div
        role="listbox"
        aria-multiselectable
        aria-label={t('intake.steps.pages')}
        tabIndex={pages.length > 0 && !focusId ? 0 : -1}
        data-intake-grid
        className={`${styles.grid} ${fileOver ? styles.fileOver : ''}`}
        onKeyDown={onKeyDown}
        onFocus={() => !focusId && pages[0] && choose(pages[0].id)}
        onDragOver={(e) => dragOver(e, null)}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
            setFileOver(false);
            setDrop(null);
          }
        }}
        onDrop={(e) => dropOn(e, null)}
        data-testid="intake-pages"
      >
        {pages.length === 0 && <div className={styles.empty}>{fileOver ? t('intake.editor.dropHere') : t('intake.editor.empty')}</div>}
        {pages.map((p, i) => (
          <PageThumb
            key={p.id}
            ref={(el) => {
              if (el) refs.current.set(p.id, el);
              else refs.current.delete(p.id);
            }}
            page={p}
            index={i}
            selected={live.includes(p.id)}
            dropSide={drop?.id === p.id ? drop.side : null}
            onSelect={(e) => choose(p.id, e)}
            onDragStart={(e) => {
              e.dataTransfer.setData(PAGE_MIME, p.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => dragOver(e, p.id)}
            onDrop={(e) => dropOn(e, p.id)}
            onDragEnd={() => setDrop(null)}
          />
        ))}
      </div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('intake.editor.keyboard')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {sel.length > 1 ? t('intake.editor.selected', { count: sel.length }) : t('intake.editor.pages', { count: pages.length })}
        </Typography.Text>
      </Space>
    </div>
  );
}
