import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import type { EdocBuildInputRaw } from '../../../src-shared/contracts/exchange.contract';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { urgencyToEdxmlPriority } from '../../../src-shared/domain/priority';
import { foldVietnamese } from '../../../src-shared/domain/text-fold';
import { useClient } from '../../bridge/context';
import { errorText, useLoaded } from './use-exchange';

type Agency = { code: string; name: string };

/**
 * Where the file store keeps a stored PDF (`<data>/files/<aa>/<sha256>`, file-store.ts). The
 * exchange takes a path on this machine and the renderer only knows the sha256: this mirrors the
 * store layout rather than adding an operation (see the report).
 */
export function storedFilePath(dataDir: string, sha256: string): string {
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return [dataDir.replace(/[\\/]+$/, ''), 'files', sha256.slice(0, 2), sha256].join(sep);
}

/** The edXML packet for a registered outgoing document, addressed to `to`. */
export function packetFor(entry: RegisterEntry, info: AppInfo, to: Agency[], dataDir: string): EdocBuildInputRaw {
  const agency = info.agency!;
  return {
    MessageHeader: {
      From: { OrganId: agency.code, OrganName: agency.name, OrganizationInCharge: agency.parentName ?? undefined, OrganAdd: agency.address ?? undefined },
      To: to.map((a) => ({ OrganId: a.code, OrganName: a.name })),
      Code: { CodeNumber: entry.CodeNumber ?? '', CodeNotation: entry.CodeNotation ?? '' },
      PromulgationInfo: { Place: agency.placeName ?? '', PromulgationDate: entry.IssuedDate ?? new Date().toISOString().slice(0, 10) },
      DocumentType: { Type: 1, TypeDetail: 0, TypeName: entry.TypeName },
      Subject: entry.Subject,
      SignerInfo: { Position: entry.SignerInfo?.Position ?? undefined, FullName: entry.SignerInfo?.FullName ?? '' },
      OtherInfo: { Priority: urgencyToEdxmlPriority(entry.Priority), PageAmount: entry.PageAmount ?? undefined, Direction: false, Appendixes: [] },
      ToPlaces: entry.ToPlaces ? [entry.ToPlaces] : [],
    },
    Attachments: entry.File ? [{ path: storedFilePath(dataDir, entry.File.sha256), AttachmentName: `${entry.SoKyHieu ?? entry.id}.pdf`.replace(/[\\/]/g, '-') }] : [],
  };
}

/** Send a registered outgoing document (with its PDF) to agencies from the hub directory. */
export function SendForm({ info, version, onSent }: { info: AppInfo; version: number; onSent: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const page = useLoaded(() => client.call('register.list', { Direction: 'di', Status: 'registered', limit: 200 }), version, null);
  const entries = (page?.items ?? []).filter((e) => e.File && e.CodeNumber);
  const agencies = useLoaded(() => client.call('exchange.listAgencies', { limit: 5000 }), version, [] as Agency[]);
  const [entryId, setEntryId] = useState<string>();
  const [to, setTo] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => setTo([]), [entryId]);

  const send = async () => {
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) return;
    setBusy(true);
    try {
      const recipients = agencies.filter((a) => to.includes(a.code));
      await client.call('exchange.sendDocument', { packet: packetFor(entry, info, recipients, info.dataDir) as never });
      void message.success(t('exchange.send.queued'));
      setEntryId(undefined);
      onSent();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const own = info.agency?.code;
  return (
    <Form layout="vertical" style={{ maxWidth: 720 }} data-testid="send-form">
      {page && entries.length === 0 && <Alert type="info" showIcon message={t('exchange.send.noEntries')} style={{ marginBottom: 12 }} />}
      <Form.Item label={t('exchange.send.entry')} required>
        <Select
          data-testid="send-entry"
          value={entryId}
          onChange={setEntryId}
          placeholder={t('exchange.send.entryPlaceholder')}
          showSearch
          filterOption={(input, o) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input))}
          options={entries.map((e) => ({ value: e.id, label: `${e.SoKyHieu ?? ''} · ${e.Subject}` }))}
        />
      </Form.Item>
      <Form.Item label={t('exchange.send.recipients')} required extra={agencies.length === 0 ? t('exchange.send.noAgencies') : undefined}>
        <Select
          data-testid="send-recipients"
          mode="multiple"
          value={to}
          onChange={setTo}
          placeholder={t('exchange.send.recipientsPlaceholder')}
          filterOption={(input, o) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input))}
          options={agencies.filter((a) => a.code !== own).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
        />
      </Form.Item>
      <Button type="primary" icon={<SendOutlined />} disabled={!entryId || to.length === 0} loading={busy} onClick={() => void send()} data-testid="send-submit">
        {t('exchange.send.submit')}
      </Button>
    </Form>
  );
}
