import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSettings } from '../../../src-shared/contracts/workflow.contract';
import { useClient } from '../../bridge/context';

interface Values {
  soon: number;
  def: number | null;
  khan: number | null;
  thuongKhan: number | null;
  hoaToc: number | null;
}

/** The urgencies with a default deadline of their own: the form field and the stored key. */
const URGENT = [
  ['khan', 'khan'],
  ['thuongKhan', 'thuong-khan'],
  ['hoaToc', 'hoa-toc'],
] as const;

/** Cài đặt → Thời hạn giải quyết: the sắp đến hạn window and default deadlines (workflow.saveSettings, audited). */
export function DeadlineSettings() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const q = useQuery({ queryKey: ['workflow.getSettings'], queryFn: () => client.call('workflow.getSettings', {}) });
  useEffect(() => {
    const s = q.data;
    if (s)
      form.setFieldsValue({
        soon: s.soonWorkingDays,
        def: s.defaultWorkingDays,
        khan: s.byUrgency.khan ?? null,
        thuongKhan: s.byUrgency['thuong-khan'] ?? null,
        hoaToc: s.byUrgency['hoa-toc'] ?? null,
      });
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const byUrgency: Record<string, number> = {};
      for (const [name, urgency] of URGENT) if (v[name] != null) byUrgency[urgency] = v[name];
      const next: WorkflowSettings = { ...q.data!, soonWorkingDays: v.soon, defaultWorkingDays: v.def ?? null, byUrgency };
      return client.call('workflow.saveSettings', next);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow.getSettings'] }),
  });
  return (
    <div data-testid="deadline-settings" style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('workflow.deadlineSettings.help')}</Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ span: 12 }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="soon" label={t('workflow.deadlineSettings.soon')} rules={[{ required: true }]}>
          <InputNumber min={0} max={30} />
        </Form.Item>
        <Form.Item name="def" label={t('workflow.deadlineSettings.default')}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        {URGENT.map(([name, urgency]) => (
          <Form.Item key={name} name={name} label={t(`urgency.${urgency}`)}>
            <InputNumber min={0} max={365} />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!q.data} data-testid="deadline-save">
            {t('post.save')}
          </Button>
          {save.isSuccess && <Typography.Text type="success">{t('workflow.deadlineSettings.saved')}</Typography.Text>}
        </Space>
      </Form>
      {(q.error ?? save.error) && <Alert type="error" showIcon title={(q.error ?? save.error)!.message} style={{ marginTop: 8 }} />}
    </div>
  );
}
