import { App, Button, Empty, Input, Modal, Space, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../src-shared/contracts/exchange.contract';
import { findDocumentKindByCode, findDocumentTypeByCode, readSoKyHieu } from '../../../src-shared/domain';
import { useClient } from '../../bridge/context';
import { errorText, formatTime, useLoaded } from './use-exchange';

/**
 * The packet header carries no Tên loại in the inbox row: the Phụ lục III abbreviation of the ký
 * hiệu gives it ("12/QĐ-UBND" → Quyết định); a ký hiệu without one is a công văn (Điều 8 NĐ 30).
 */
export function typeNameOf(code: string | null): string {
  // The shared reader knows both tables: "19-QC/HU" is the Party Quy chế, "05/QĐ-UBND" a Quyết định.
  const r = code ? readSoKyHieu(code) : null;
  const kind = r?.ok && r.value.typeCode ? findDocumentKindByCode(r.value.typeCode) : undefined;
  return kind?.name ?? findDocumentTypeByCode('cong-van')?.name ?? '';
}

/** Electronic documents waiting for a số đến: register (with the PDF) or refuse with a reason. */
export function InboxTab({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const rows = useLoaded(() => client.call('exchange.listInbox', { kind: 'edoc', states: ['new'], limit: 500 }), version, [] as InboxItem[]);
  const [busy, setBusy] = useState<string | null>(null);
  const [refusing, setRefusing] = useState<InboxItem | null>(null);
  const [reason, setReason] = useState('');

  const register = async (row: InboxItem) => {
    setBusy(row.id);
    try {
      let FileSha256: string | undefined;
      const pdf = row.Attachments.find((a) => a.ContentType === 'application/pdf' || /\.pdf$/i.test(a.AttachmentName)) ?? row.Attachments[0];
      if (pdf) {
        try {
          FileSha256 = (await client.call('files.import', { path: pdf.path })).sha256;
        } catch (err) {
          void message.warning(t('exchange.inbox.fileNotImported', { message: errorText(err) }));
        }
      }
      const r = await client.call('register.addIncoming', {
        Medium: 'dien-tu',
        DocumentId: row.DocumentId ?? undefined,
        SoKyHieu: row.Code ?? undefined,
        OrganName: row.From.OrganName ?? row.From.OrganId ?? '',
        TypeName: typeNameOf(row.Code),
        Subject: row.Subject ?? '',
        IssuedDate: row.PromulgationDate ?? undefined,
        ...(FileSha256 ? { FileSha256 } : {}),
      });
      void message.success(t('exchange.inbox.registered', { number: r.entry.ArrivalNumber }));
      onChanged();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const refuse = async () => {
    if (!refusing) return;
    try {
      await client.call('exchange.refuseIncoming', { id: refusing.id, reason });
      void message.success(t('exchange.inbox.refused'));
      setRefusing(null);
      setReason('');
      onChanged();
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  return (
    <>
      <Table<InboxItem>
        data-testid="inbox-table"
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('exchange.inbox.empty')} /> }}
        onRow={() => ({ 'data-testid': 'inbox-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('exchange.inbox.subject'), dataIndex: 'Subject' },
          { title: t('exchange.inbox.sender'), render: (_, r) => r.From.OrganName ?? r.From.OrganId },
          { title: t('exchange.inbox.code'), dataIndex: 'Code', width: 140 },
          { title: t('exchange.inbox.receivedAt'), width: 170, render: (_, r) => formatTime(r.ReceivedAt) },
          { title: t('exchange.inbox.attachments'), width: 80, render: (_, r) => r.Attachments.length },
          {
            title: t('exchange.inbox.actions'),
            width: 190,
            render: (_, r) => (
              <Space>
                <Button type="primary" size="small" loading={busy === r.id} onClick={() => void register(r)} data-testid="inbox-register">
                  {t('exchange.inbox.register')}
                </Button>
                <Button danger size="small" onClick={() => setRefusing(r)} data-testid="inbox-refuse">
                  {t('exchange.inbox.refuse')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t('exchange.inbox.refuseTitle')}
        okText={t('exchange.inbox.refuse')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), ...({ 'data-testid': 'refuse-confirm' } as Record<string, string>) }}
        onOk={() => void refuse()}
        onCancel={() => setRefusing(null)}
      >
        <Typography.Paragraph strong>{refusing?.Subject}</Typography.Paragraph>
        <Typography.Text>{t('exchange.inbox.refuseReason')}</Typography.Text>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="refuse-reason" />
      </Modal>
    </>
  );
}
