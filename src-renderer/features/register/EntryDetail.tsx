import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Input, Modal, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { useMay } from '../../app/use-may';
import { SignaturePanel } from '../signing/SignaturePanel';
import { EntryFiles } from './EntryFiles';
import { EntryExchangePanel } from '../exchange/EntryExchangePanel';
import { LifePanel } from '../workflow/LifePanel';
import { PostEntryPanel } from '../post/PostEntryPanel';
import { showDate, showDateTime } from '../../i18n/dates';
import { typeLabel } from '../../i18n/document-types';

const d = (iso: string | null) => showDate(iso, true);

function CancelNumber({ entry, onDone }: { entry: RegisterEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => client.call('register.cancelOutgoing', { id: entry.id, Reason: reason }),
    onSuccess: async () => {
      setOpen(false);
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['register.rows'] });
      await queryClient.invalidateQueries({ queryKey: ['register.get', entry.id] });
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="cancel-number">
        {t('register.detail.cancelNumber')}
      </Button>
      <Modal
        open={open}
        title={`${t('register.detail.cancelNumber')} ${entry.SoKyHieu ?? ''}`}
        okText={t('register.detail.cancelConfirm')}
        okButtonProps={{ danger: true, loading: cancel.isPending, 'data-testid': 'cancel-confirm' }}
        onOk={() => cancel.mutate()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t('register.detail.cancelReason')}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoFocus data-testid="cancel-reason" />
        {cancel.error && <Alert type="error" showIcon title={cancel.error.message} style={{ marginTop: 8 }} />}
      </Modal>
    </>
  );
}

/** One entry with its file and its history; opening it is itself audited by the main process. */
export function EntryDetail({ id: opened, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const may = useMay();
  // A linked entry (replaces / replaced by…) opens in the same drawer; a new entry from the list resets it.
  const [jump, setJump] = useState<{ from: string | null; to: string } | null>(null);
  // Closed or another entry opened: the jump is over (reopening X shows X, not the entry last jumped to).
  if (jump && jump.from !== opened) setJump(null);
  const id = jump && jump.from === opened && opened !== null ? jump.to : opened;
  const q = useQuery({ queryKey: ['register.get', id], queryFn: () => client.call('register.get', { id: id! }), enabled: id !== null });
  const e = q.data?.entry;
  const action = (a: string) => t(`register.detail.actions.${a}`, { defaultValue: a });
  return (
    <Drawer open={id !== null} onClose={onClose} size={1100} title={t('register.detail.title')} data-testid="entry-detail">
      {q.isPending && <Spin />}
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {e && (
        <div style={{ display: 'flex', gap: 24 }}>
          <div style={{ flex: '1 1 480px', minWidth: 0 }}>
            {e.Cancellation && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('register.detail.cancelledBecause', { reason: e.Cancellation.Reason })}
              />
            )}
            <Descriptions column={1} bordered size="small">
              {e.Direction === 'den' && <Descriptions.Item label={t('register.col.arrivalNumber')}>{e.ArrivalNumber}</Descriptions.Item>}
              {e.Direction === 'den' && <Descriptions.Item label={t('register.col.arrivalDate')}>{d(e.ArrivalDate)}</Descriptions.Item>}
              <Descriptions.Item label={t('register.col.soKyHieu')}>
                <b>{e.SoKyHieu ?? '—'}</b>
                {e.NotationSystem === 'party' && <Typography.Text type="secondary"> · {t('register.detail.partyForm')}</Typography.Text>}
                {e.NotationSystem === 'unparsed' && (
                  <Typography.Text type="warning" data-testid="unparsed-note">
                    {' '}
                    · {t('register.detail.unparsed')}
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('register.col.issuedDate')}>{d(e.IssuedDate)}</Descriptions.Item>
              <Descriptions.Item label={t('register.form.organName')}>{e.OrganName}</Descriptions.Item>
              <Descriptions.Item label={t('register.form.typeName')}>{typeLabel(e.TypeName)}</Descriptions.Item>
              <Descriptions.Item label={t('register.form.subject')}>{e.Subject}</Descriptions.Item>
              <Descriptions.Item label={t('register.col.signer')}>
                {[e.SignerInfo?.Position, e.SignerInfo?.FullName].filter(Boolean).join(' ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('register.form.priority')}>
                {e.Priority === 'thuong' ? t('urgency.thuong') : <Tag color="red">{t(`urgency.${e.Priority}`)}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('safety.confidentiality')}>
                {e.Confidentiality === 'none' ? (
                  t('safety.level.none')
                ) : (
                  <Tag color="volcano" data-testid="detail-secret">
                    {t(`safety.level.${e.Confidentiality}`)} · {e.Series}
                  </Tag>
                )}
                {e.ChannelRestriction && <Tag>{t(`safety.restrictionLabel.${e.ChannelRestriction}`)}</Tag>}
              </Descriptions.Item>
              {e.Direction === 'den' ? (
                <Descriptions.Item label={t('register.form.toPlaces')}>{e.ToPlaces ?? '—'}</Descriptions.Item>
              ) : (
                <Descriptions.Item label={t('register.col.recipients')}>{e.To.map((r) => r.OrganName).join('; ') || '—'}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('register.form.dueDate')}>{d(e.DueDate)}</Descriptions.Item>
              <Descriptions.Item label={t('register.form.description')}>{e.Description ?? '—'}</Descriptions.Item>
            </Descriptions>
            <EntryExchangePanel entry={e} onOpen={(to) => setJump({ from: opened, to })} />
            {e.Direction === 'den' && e.Status === 'registered' && <LifePanel entryId={e.id} />}
            {e.Direction === 'di' && e.Status === 'registered' && may('post.list') && <PostEntryPanel entryId={e.id} />}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('register.detail.history')}
            </Typography.Title>
            <Timeline
              items={(q.data?.history ?? []).map((h) => ({
                color: h.action.includes('cancel') ? 'red' : h.action.includes('view') ? 'gray' : 'blue',
                content: `${showDateTime(h.at, { seconds: true })} — ${action(h.action.replace(/^register\./, ''))} (${h.actor})`,
              }))}
            />
            {e.Direction === 'di' && e.Status === 'registered' && may('register.cancelOutgoing') && (
              <Space>
                <CancelNumber entry={e} onDone={() => void q.refetch()} />
              </Space>
            )}
          </div>
          <div style={{ flex: '0 0 560px' }}>
            <Typography.Title level={5}>{t('register.detail.file')}</Typography.Title>
            <EntryFiles entryId={e.id} direction={e.Direction} />
            {e.File && <SignaturePanel sha256={e.File.sha256} entryId={e.id} />}
          </div>
        </div>
      )}
    </Drawer>
  );
}
