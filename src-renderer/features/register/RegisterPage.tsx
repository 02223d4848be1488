import { PlusOutlined, ScanOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Drawer, Select, Space, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, RegisterEntry, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import { DOCUMENT_TYPES } from '../../../src-shared/domain/document-types';
import { URGENCY_LEVELS, type Urgency } from '../../../src-shared/domain/priority';
import { vnYear } from '../../../src-shared/domain/vn-time';
import { IncomingForm } from './IncomingForm';
import { foldedFilter } from './inputs';
import { LazyEntryDetail } from './LazyEntryDetail';
import { OutgoingForm } from './OutgoingForm';
import { RegisterTable } from './RegisterTable';
import { useDebounced, useRegisterRows, type RegisterFilters } from './use-register-rows';
import { useDates } from '../../i18n/dates';
import { useMay } from '../../app/use-may';
import { errorText } from '../../i18n/error-text';
import { SearchInput } from '../../components/SearchInput';

// Scanning (intake) is a chunk of its own, fetched when first opened (the detail view too: LazyEntryDetail).
const IntakeDrawer = lazy(() => import('../intake/IntakeWorkspace').then((m) => ({ default: m.IntakeDrawer })));

/** One register (đến or đi): search and filters, the virtualized list, the entry form and the detail view. */
export function RegisterPage({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const { picker } = useDates();
  // A chuyên viên reads the register but does not number documents: no Thêm, no scanning.
  const may = useMay();
  const mayAdd = may(direction === 'den' ? 'register.addIncoming' : 'register.addOutgoing');
  const { message, notification } = App.useApp();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<RegisterFilters>({});
  const [formOpen, setFormOpen] = useState(false);
  const [intakeOpen, setIntakeOpen] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  // Mounted from the first opening on (not before: that would fetch their chunks), kept for the close animation.
  const [intakeUsed, setIntakeUsed] = useState(false);
  if (intakeOpen && !intakeUsed) setIntakeUsed(true);
  const debounced = useDebounced(q);
  const rows = useRegisterRows(direction, debounced, filters);
  const thisYear = vnYear(new Date());

  // F2 opens the entry form from anywhere on the page: the most frequent action is one key away.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Not while the scan workspace is open: its own form is the one being filled.
      if (e.key === 'F2' && !intakeOpen && mayAdd) {
        e.preventDefault();
        setFormOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [intakeOpen, mayAdd]);

  const onRegistered = useCallback(
    (entry: RegisterEntry, warnings: RegisterWarning[]) => {
      void message.success({
        content:
          entry.Direction === 'den'
            ? t('register.form.registeredIncoming', { number: entry.ArrivalNumber })
            : t('register.form.registeredOutgoing', { soKyHieu: entry.SoKyHieu }),
        duration: 6,
      });
      if (warnings.length > 0) {
        notification.warning({ title: t('register.warnings'), description: warnings.map((w) => errorText(w)).join(' '), duration: 10 });
      }
    },
    [message, notification, t],
  );

  const { fetchNextPage } = rows;
  const onEndReached = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const set = <K extends keyof RegisterFilters>(k: K, v: RegisterFilters[K] | undefined) => setFilters((f) => ({ ...f, [k]: v }));

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {direction === 'den' ? t('register.titleIncoming') : t('register.titleOutgoing')}
        </Typography.Title>
        <Space>
          {direction === 'den' && mayAdd && may('intake.importFiles') && (
            <Button icon={<ScanOutlined />} onClick={() => setIntakeOpen(true)} data-testid="open-intake">
              {t('intake.open')}
            </Button>
          )}
          {mayAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)} data-testid="open-register-form">
              {direction === 'den' ? t('register.addIncoming') : t('register.addOutgoing')} (F2)
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t('register.searchPlaceholder')}
          style={{ width: 460 }}
          testId="register-search"
        />
        <Select
          allowClear
          placeholder={t('register.filterYear')}
          value={filters.Year}
          onChange={(v: number | undefined) => set('Year', v)}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        <Select
          allowClear
          showSearch={{ filterOption: foldedFilter }}
          placeholder={t('register.filterType')}
          value={filters.TypeCode}
          onChange={(v: string | undefined) => set('TypeCode', v)}
          options={DOCUMENT_TYPES.map((d) => ({ value: d.code, label: d.name }))}
          style={{ width: 170 }}
        />
        <Select
          allowClear
          placeholder={t('register.filterPriority')}
          value={filters.Priority}
          onChange={(v: Urgency | undefined) => set('Priority', v)}
          options={URGENCY_LEVELS.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
          style={{ width: 130 }}
        />
        <DatePicker.RangePicker
          format={picker}
          onChange={(r) => setFilters((f) => ({ ...f, DateFrom: r?.[0]?.format('YYYY-MM-DD'), DateTo: r?.[1]?.format('YYYY-MM-DD') }))}
        />
        {rows.total !== null && !debounced.trim() && (
          <Typography.Text type="secondary">{t('register.count', { count: rows.total })}</Typography.Text>
        )}
      </Space>
      {rows.error && <Alert type="error" showIcon title={rows.error.message} style={{ marginBottom: 12 }} />}
      <RegisterTable
        direction={direction}
        rows={rows.rows}
        loading={rows.isFetching}
        hasMore={rows.hasNextPage}
        onEndReached={onEndReached}
        onOpen={(e) => setOpenId(e.id)}
        emptyText={debounced.trim() ? t('register.noMatch') : t('register.empty')}
      />
      {mayAdd && (
        <Drawer
          open={formOpen}
          onClose={() => setFormOpen(false)}
          size={980}
          title={direction === 'den' ? t('register.addIncoming') : t('register.addOutgoing')}
          forceRender
          data-testid="register-drawer"
        >
          {direction === 'den' ? <IncomingForm onRegistered={onRegistered} /> : <OutgoingForm onRegistered={onRegistered} />}
        </Drawer>
      )}
      <Suspense fallback={null}>
        {direction === 'den' && intakeUsed && (
          <IntakeDrawer open={intakeOpen} onClose={() => setIntakeOpen(false)} onRegistered={onRegistered} />
        )}
      </Suspense>
      <LazyEntryDetail id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
