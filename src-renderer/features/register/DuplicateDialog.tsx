import { Alert, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../src-shared/contracts/register.contract';

/**
 * Shown before a number is consumed (Phụ lục VI III.1.h): the earlier entries and why they match.
 * The clerk either drops the registration or confirms it is a different document (recorded).
 */
export function DuplicateDialog(props: { matches: DuplicateMatch[] | null; onCancel: () => void; onConfirm: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const reason = (r: DuplicateMatch['reasons'][number]) => t(`register.dup.reason${r}`);
  return (
    <Modal
      open={props.matches !== null}
      title={t('register.dup.title')}
      onCancel={props.onCancel}
      onOk={props.onConfirm}
      okText={t('register.dup.confirm')}
      cancelText={t('register.dup.cancel')}
      okButtonProps={{ danger: true, loading: props.busy, 'data-testid': 'dup-confirm' }}
      cancelButtonProps={{ 'data-testid': 'dup-cancel' }}
      width={720}
      data-testid="duplicate-dialog"
    >
      <Alert type="warning" showIcon title={t('register.dup.body')} style={{ marginBottom: 12 }} />
      <List
        dataSource={props.matches ?? []}
        renderItem={(m) => (
          <List.Item>
            <List.Item.Meta
              title={
                <span>
                  {m.Direction === 'den' ? `${t('register.col.arrivalNumber')} ${m.Number}` : m.SoKyHieu} — {m.OrganName}
                </span>
              }
              description={
                <>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                    {m.SoKyHieu ? `${m.SoKyHieu}: ` : ''}
                    {m.Subject}
                  </Typography.Paragraph>
                  {m.reasons.map((r) => (
                    <Tag key={r} color="orange">
                      {reason(r)}
                    </Tag>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
