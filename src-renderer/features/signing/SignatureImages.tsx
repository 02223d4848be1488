import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureImage, SigningSettings } from '../../../src-shared/contracts/signing.contract';
import { useClient } from '../../bridge/context';
import { fileToBase64 } from '../../components/file-to-base64';
import { useFileUrl } from '../../bridge/use-file-url';
import { SETTINGS_KEY } from './use-signing';
import { FilePickButton } from '../../components/FilePickButton';

function ImageSlot({ kind, image }: { kind: 'signature' | 'seal'; image: SignatureImage | null }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const url = useFileUrl(image?.sha256);
  const save = useMutation({
    mutationFn: async (file: File) => client.call('signing.saveImage', { kind, fileName: file.name, dataBase64: await fileToBase64(file) }),
    onSuccess: (r) => {
      queryClient.setQueryData(SETTINGS_KEY, r.settings);
      void message.success(t('signing.images.saved'));
    },
  });
  return (
    <Card
      size="small"
      title={kind === 'seal' ? t('signing.images.seal') : t('signing.images.signature')}
      style={{ flex: '1 1 220px' }}
      data-testid={`image-${kind}`}
    >
      <div
        style={{
          height: 120,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: 'repeating-conic-gradient(#f3f3f3 0% 25%, #fff 0% 50%) 50% / 16px 16px',
        }}
      >
        {url ? (
          <img src={url} alt="" style={{ maxHeight: 110, maxWidth: '100%' }} />
        ) : (
          <Typography.Text type="secondary">{t('signing.images.none')}</Typography.Text>
        )}
      </div>
      {image && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
          {t('signing.images.size', { w: image.width, h: image.height })}
          {image.widthMm !== null && image.heightMm !== null
            ? ` · ${t('signing.images.sizeMm', { w: image.widthMm, h: image.heightMm })}`
            : ''}
        </Typography.Text>
      )}
      <FilePickButton
        accept="image/png,.png"
        onFile={(f) => save.mutate(f)}
        loading={save.isPending}
        icon={<UploadOutlined />}
        style={{ marginTop: 8 }}
        testId={`upload-${kind}`}
      >
        {image ? t('signing.images.replace') : t('signing.images.upload')}
      </FilePickButton>
      {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginTop: 8 }} />}
    </Card>
  );
}

/** The leader's signature and the agency's seal, uploaded once and stored by sha256 in the data folder. */
export function SignatureImages({ settings }: { settings: SigningSettings }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const saveSize = useMutation({
    mutationFn: (sealSizeMm: number | null) => client.call('signing.saveSettings', { sealSizeMm }),
    onSuccess: (s) => queryClient.setQueryData(SETTINGS_KEY, s),
  });
  const sealNoDpi = settings.sealImage !== null && settings.sealImage.widthMm === null;
  // Saved when the clerk leaves the field (or presses Enter), not on every keystroke.
  const [size, setSize] = useState<number | null>(settings.sealSizeMm);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('signing.images.rule')}</Typography.Text>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <ImageSlot kind="signature" image={settings.signatureImage} />
        <ImageSlot kind="seal" image={settings.sealImage} />
      </div>
      {(sealNoDpi || settings.sealSizeMm !== null) && (
        <Space>
          {sealNoDpi && <Typography.Text type="warning">{t('signing.images.noDpi')}</Typography.Text>}
          <Typography.Text>{t('signing.images.sealSize')}</Typography.Text>
          <InputNumber
            min={10}
            max={80}
            value={size}
            onChange={(v) => setSize(typeof v === 'number' ? v : null)}
            onBlur={() => size !== settings.sealSizeMm && saveSize.mutate(size)}
            onPressEnter={() => size !== settings.sealSizeMm && saveSize.mutate(size)}
          />
        </Space>
      )}
    </Space>
  );
}
