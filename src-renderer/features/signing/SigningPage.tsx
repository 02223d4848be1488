import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Collapse, Radio, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COPY_FORMS, SIGNING_ROLES, type SigningRole, type StoredDocumentInput } from '../../../src-shared/contracts/signing.contract';
import { BridgeError } from '../../bridge/client';
import { useClient } from '../../bridge/context';
import { BatchProgress, type BatchState } from './BatchProgress';
import { DocumentPicker, useSignableDocuments, type SignableDoc } from './DocumentPicker';
import { PinDialog } from './PinDialog';
import { PlacementPicker, type Placement } from './PlacementPicker';
import { SignatureImages } from './SignatureImages';
import { tokenRefOf, TokenPicker, type TokenSelection } from './TokenPicker';
import { REVISIONS_KEY, useSigningSettings, useTokens, VERIFY_KEY } from './use-signing';
import { showDate } from '../../i18n/dates';

const MM = 72 / 25.4;
type CopyForm = (typeof COPY_FORMS)[number];

const newBatchId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `b${Date.now()}${Math.random().toString(16).slice(2)}`;

/** What each selected document is signed with: the role's appearance, the number on a first signature. */
function documentsFor(
  docs: SignableDoc[],
  o: { role: SigningRole; stamp: boolean; copyForm: CopyForm; placement: Placement | null },
): StoredDocumentInput[] {
  return docs.map((d) => {
    const where = o.placement ? { page: o.placement.page, rect: o.placement.rect } : {};
    const appearance: StoredDocumentInput['appearance'] =
      o.role === 'signer'
        ? { kind: 'signer', ...where }
        : o.role === 'seal'
          ? { kind: 'seal', ...where }
          : o.role === 'attachment'
            ? { kind: 'attachment' }
            : { kind: 'copy', copyForm: o.copyForm };
    const e = d.entry;
    const first = d.revisions.length === 0;
    const number =
      o.role === 'signer' && o.stamp && first && e.SoKyHieu
        ? { number: e.SoKyHieu, ...(e.IssuedDate ? { issuedDate: e.IssuedDate } : {}) }
        : o.role === 'attachment' && e.SoKyHieu
          ? { number: e.SoKyHieu }
          : {};
    return { sha256: d.currentSha256, entryId: e.id, appearance, ...number };
  });
}

/** The Ký số screen: token and certificate, documents, role and placement, PIN, batch progress. */
export function SigningPage() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const settings = useSigningSettings();
  const s = settings.data;
  const tokens = useTokens(s?.modulePath ?? null);
  const signable = useSignableDocuments();
  const [selection, setSelection] = useState<TokenSelection | null>(null);
  const [role, setRole] = useState<SigningRole>('signer');
  const [copyForm, setCopyForm] = useState<CopyForm>('SAO Y');
  const [stamp, setStamp] = useState(true);
  const [manual, setManual] = useState(false);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [pinOpen, setPinOpen] = useState(false);
  const [pinError, setPinError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [batch, setBatch] = useState<BatchState | null>(null);

  const allTokens = useMemo(() => tokens.data?.modules.flatMap((m) => m.tokens) ?? [], [tokens.data]);
  const token = allTokens.find((tk) => tokenRefOf(tk) === selection?.token) ?? null;
  const cert = token?.certificates.find((c) => c.id === selection?.keyId) ?? null;
  const chosen = signable.docs.filter((d) => selectedIds.includes(d.entry.id));

  // Preselect what was used last for this role (token, certificate), when it is still there and usable.
  useEffect(() => {
    if (!s || allTokens.length === 0) return;
    const wanted = s.keyByRole[role];
    const tk =
      allTokens.find((x) => tokenRefOf(x) === s.lastToken || x.label === s.lastToken) ??
      (allTokens.length === 1 ? allTokens[0] : undefined);
    const c = tk?.certificates.find((x) => x.id === wanted && x.canSign && !x.expired);
    if (tk && c) setSelection({ token: tokenRefOf(tk), keyId: c.id });
  }, [s, allTokens, role]);

  // The picked place belongs to one file and one role.
  useEffect(() => setPlacement(null), [role, selectedIds]);

  // Follow this window's batch through the main process's progress events.
  const batchId = batch?.id;
  useEffect(() => {
    if (!batchId) return;
    return client.subscribe(
      (name, payload) => {
        const p = payload as { batchId?: string; index: number; ok: boolean; message?: string; signedSha256?: string };
        if (name !== 'signing.batchProgressed' || p.batchId !== batchId) return;
        setBatch((b) => (b && b.id === batchId ? { ...b, progress: [...b.progress.filter((x) => x.index !== p.index), p] } : b));
      },
      () => undefined,
    );
  }, [client, batchId]);

  const imageMissing = role === 'signer' ? !s?.signatureImage : role === 'seal' ? !s?.sealImage : false;
  const placeable = role === 'signer' || role === 'seal';
  const boxSize = (() => {
    if (role === 'seal') {
      const mm = s?.sealImage?.widthMm ?? s?.sealSizeMm ?? 36;
      return { width: mm * MM, height: mm * MM };
    }
    const img = s?.signatureImage;
    const w = (img?.widthMm ?? 50) * MM;
    return { width: w, height: img ? (w * img.height) / img.width : 20 * MM };
  })();
  const canSign = selection !== null && chosen.length > 0 && !imageMissing && !(manual && placeable && (chosen.length !== 1 || !placement));

  const sign = async (pin: string, acceptFinalTry: boolean) => {
    if (!selection) return;
    const id = newBatchId();
    const documents = documentsFor(chosen, { role, stamp, copyForm, placement: manual && placeable ? placement : null });
    setBusy(true);
    setPinError(null);
    setBatch({
      id,
      total: documents.length,
      labels: chosen.map((d) => d.entry.SoKyHieu ?? d.entry.Subject.slice(0, 40)),
      progress: [],
      result: null,
    });
    try {
      const result = await client.call('signing.signStoredBatch', {
        token: selection.token,
        keyId: selection.keyId,
        pin,
        acceptFinalTry,
        batchId: id,
        documents,
      });
      setBatch((b) => (b && b.id === id ? { ...b, result } : b));
      setPinOpen(false);
      setSelectedIds([]);
    } catch (err) {
      setBatch(null);
      setPinError((err as Error).message);
      if (err instanceof BridgeError && err.data.kind === 'TokenLocked') setPinOpen(false);
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: [REVISIONS_KEY] });
      void queryClient.invalidateQueries({ queryKey: [VERIFY_KEY] });
      void queryClient.invalidateQueries({ queryKey: ['signing.listTokens'] });
      void queryClient.invalidateQueries({ queryKey: ['signing.settings'] });
    }
  };

  // Ctrl+Enter asks for the PIN from anywhere on the screen, once everything is chosen.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && canSign && !pinOpen && !busy) {
        e.preventDefault();
        setPinError(null);
        setPinOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSign, pinOpen, busy]);

  if (settings.isPending) return <Spin />;
  if (settings.error || !s) return <Alert type="error" showIcon title={settings.error?.message} />;
  const single = chosen.length === 1 ? chosen[0]! : null;

  return (
    <div data-testid="signing-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('signing.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('signing.intro')}</Typography.Paragraph>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Space direction="vertical" style={{ flex: '1 1 520px', minWidth: 0 }} size="middle">
          <Card size="small" title={t('signing.step.token')}>
            <TokenPicker settings={s} value={selection} onChange={setSelection} />
          </Card>
          <Card size="small" title={t('signing.step.documents')}>
            {signable.error && <Alert type="error" showIcon title={signable.error.message} />}
            <DocumentPicker docs={signable.docs} loading={signable.isPending} selected={selectedIds} onChange={setSelectedIds} />
          </Card>
          <Collapse
            size="small"
            defaultActiveKey={s.signatureImage && s.sealImage ? [] : ['images']}
            items={[{ key: 'images', label: t('signing.step.images'), children: <SignatureImages settings={s} /> }]}
          />
        </Space>
        <Space direction="vertical" style={{ flex: '0 0 440px', minWidth: 0 }} size="middle">
          <Card size="small" title={t('signing.step.role')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Radio.Group value={role} onChange={(e) => setRole(e.target.value as SigningRole)} data-testid="role">
                <Space direction="vertical">
                  {SIGNING_ROLES.map((r) => (
                    <Radio key={r} value={r} data-testid={`role-${r}`}>
                      {t(`signing.role.${r}`)}
                      <div style={{ fontSize: 12, color: '#888' }}>{t(`signing.role.${r}Help`)}</div>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              {role === 'copy' && (
                <Space>
                  <Typography.Text>{t('signing.role.copyForm')}</Typography.Text>
                  <Select
                    value={copyForm}
                    onChange={setCopyForm}
                    options={COPY_FORMS.map((f) => ({ value: f, label: f }))}
                    style={{ width: 140 }}
                  />
                </Space>
              )}
              {role === 'signer' && (
                <Checkbox checked={stamp} onChange={(e) => setStamp(e.target.checked)} data-testid="stamp-number">
                  {t('signing.stamp.label')}
                  {single?.entry.SoKyHieu && single.revisions.length === 0 && stamp && (
                    <div style={{ fontSize: 12, color: '#1f4e8c' }} data-testid="stamp-preview">
                      {t('signing.stamp.preview', {
                        number: single.entry.SoKyHieu,
                        date: showDate(single.entry.IssuedDate, true),
                      })}
                    </div>
                  )}
                </Checkbox>
              )}
              {placeable ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Radio.Group
                    value={manual ? 'manual' : 'auto'}
                    onChange={(e) => setManual(e.target.value === 'manual')}
                    data-testid="placement-mode"
                  >
                    <Radio value="auto">{t('signing.placement.auto')}</Radio>
                    <Radio value="manual">{t('signing.placement.manual')}</Radio>
                  </Radio.Group>
                  {manual && !single && <Alert type="info" showIcon title={t('signing.placement.onlyOne')} />}
                  {manual && single && (
                    <PlacementPicker sha256={single.currentSha256} size={boxSize} value={placement} onChange={setPlacement} width={400} />
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('signing.placement.fixed')}</Typography.Text>
              )}
              {imageMissing && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('signing.sign.noImage', {
                    what: role === 'seal' ? t('signing.images.seal').toLowerCase() : t('signing.images.signature').toLowerCase(),
                  })}
                />
              )}
              <Button
                type="primary"
                size="large"
                icon={<SafetyCertificateOutlined />}
                disabled={!canSign || busy}
                onClick={() => {
                  setPinError(null);
                  setPinOpen(true);
                }}
                data-testid="sign-button"
              >
                {t('signing.sign.button', { count: chosen.length })}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('signing.sign.keyboardHint')}
              </Typography.Text>
              {!canSign && !imageMissing && <Typography.Text type="secondary">{t('signing.sign.nothing')}</Typography.Text>}
            </Space>
          </Card>
          {batch && <BatchProgress batch={batch} />}
          {!pinOpen && pinError && <Alert type="error" showIcon title={pinError} closable onClose={() => setPinError(null)} />}
        </Space>
      </div>
      <PinDialog
        open={pinOpen}
        count={chosen.length}
        certName={cert?.commonName ?? ''}
        finalTry={token?.pin.finalTry ?? false}
        busy={busy}
        error={pinError}
        onSubmit={(pin, accept) => void sign(pin, accept)}
        onCancel={() => setPinOpen(false)}
      />
    </div>
  );
}
