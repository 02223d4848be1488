import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostRecipient } from '../../../src-shared/contracts/post.contract';
import { useClient } from '../../bridge/context';
import { useDates } from '../../i18n/dates';

interface Values {
  date?: dayjs.Dayjs;
  receipt?: string;
  cost?: number | null;
  envelopes?: number | null;
  address?: string;
  note?: string;
}

/** "Ghi gửi" / "Sửa": records the post sending of one paper recipient (post.record). */
export function RecordSending({ row }: { row: PostRecipient }) {
  const { t } = useTranslation();
  const { picker } = useDates();
  const client = useClient();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      client.call('post.record', {
        EntryId: row.EntryId,
        Recipient: row.Recipient,
        SentDate: v.date ? v.date.format('YYYY-MM-DD') : null,
        ReceiptNo: v.receipt ?? null,
        Cost: v.cost ?? null,
        Envelopes: v.envelopes ?? 1,
        Address: v.address ?? null,
        Note: v.note ?? null,
      }),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['post.list'] });
    },
  });
  const start = () => {
    form.setFieldsValue({
      date: row.Sent ? dayjs(row.Sent.SentDate) : dayjs(),
      receipt: row.Sent?.ReceiptNo ?? '',
      cost: row.Sent?.Cost ?? null,
      envelopes: row.Sent?.Envelopes ?? 1,
      address: row.Address ?? '',
      note: row.Sent?.Note ?? '',
    });
    save.reset();
    setOpen(true);
  };
  return (
    <>
      <Button size="small" type={row.Sent ? 'default' : 'primary'} onClick={start} data-testid="post-record">
        {row.Sent ? t('post.correct') : t('post.record')}
      </Button>
      <Modal
        open={open}
        title={t('post.recordTitle', { recipient: row.Recipient })}
        okText={t('post.save')}
        okButtonProps={{ loading: save.isPending, 'data-testid': 'post-record-save' }}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" data-testid="post-record-form">
          <Form.Item name="date" label={t('post.form.date')}>
            <DatePicker format={picker} />
          </Form.Item>
          <Form.Item name="receipt" label={t('post.form.receipt')}>
            <Input maxLength={50} data-testid="post-receipt" />
          </Form.Item>
          <Form.Item name="cost" label={t('post.form.cost')}>
            <InputNumber min={0} max={999_999_999} style={{ width: 200 }} data-testid="post-cost" />
          </Form.Item>
          <Form.Item name="envelopes" label={t('post.form.envelopes')}>
            <InputNumber min={1} max={99} />
          </Form.Item>
          <Form.Item name="address" label={t('post.form.address')}>
            <Input.TextArea maxLength={300} autoSize data-testid="post-address" />
          </Form.Item>
          <Form.Item name="note" label={t('post.form.note')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
        {save.error && <Alert type="error" showIcon title={save.error.message} />}
      </Modal>
    </>
  );
}
