import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Tabs, Typography, message } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AgencyProfileSchema, type AgencyProfile, type AgencyProfileInput } from '../../../src-shared/contracts/agency.contract';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import type { SettingsTab } from '../../app/nav-sections';
import { useClient } from '../../bridge/context';
import { enterMovesOn } from '../../components/enter-moves-on';
import { AgencyFields } from '../setup/AgencyFields';
import { DocumentTypesCard } from './DocumentTypesCard';
import { PartyTermsCard } from './PartyTermsCard';
import { CalendarPage } from '../calendar/CalendarPage';
import { DirectoryEditor } from '../workflow/DirectoryEditor';
import { AccountsCard } from '../accounts/AccountsCard';
import { BackupCard } from '../backup/BackupCard';
import { PurgeCard } from '../backup/PurgeCard';
import { DeadlineSettings } from '../workflow/DeadlineSettings';

const FIELDS = ['name', 'parentName', 'code', 'abbreviation', 'address', 'placeName', 'system'] as const;

/** `tabs`: the ones the account may use (nav-sections.ts, from permissions.ts). */
export function SettingsPage({ info, tabs }: { info: AppInfo; tabs: readonly SettingsTab[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const form = useForm<AgencyProfileInput, unknown, AgencyProfile>({
    resolver: zodResolver(AgencyProfileSchema),
    defaultValues: info.agency ?? undefined,
  });
  const save = useMutation({
    mutationFn: (profile: AgencyProfile) => client.call('agency.saveProfile', profile),
    onSuccess: async () => {
      void message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['app.info'] });
    },
  });
  const submit = () => void form.handleSubmit((p) => save.mutate(p))();

  const profile = (
    <div style={{ maxWidth: 760 }}>
      <Card title={t('settings.agencyProfile')} style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div" onKeyDown={enterMovesOn(submit)}>
          <AgencyFields fields={FIELDS} control={form.control} errors={form.formState.errors} />
          {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 16 }} />}
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={!form.formState.isDirty}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      {info.agency?.system === 'party' && <PartyTermsCard />}
      {info.agency && <DocumentTypesCard system={info.agency.system} />}
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('settings.dataFolder')}>{info.dataDir}</Descriptions.Item>
        <Descriptions.Item label={t('settings.version')}>{info.version}</Descriptions.Item>
        <Descriptions.Item label={t('settings.schema')}>{info.schemaVersion}</Descriptions.Item>
      </Descriptions>
    </div>
  );

  return (
    <div>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'profile', label: t('settings.agencyProfile'), children: profile },
          {
            key: 'directory',
            label: <span data-testid="settings-tab-directory">{t('workflow.directory.title')}</span>,
            children: <DirectoryEditor />,
          },
          {
            key: 'deadlines',
            label: <span data-testid="settings-tab-deadlines">{t('workflow.deadlineSettings.title')}</span>,
            children: <DeadlineSettings />,
          },
          { key: 'calendar', label: <span data-testid="settings-tab-calendar">{t('calendar.tab')}</span>, children: <CalendarPage /> },
          { key: 'accounts', label: <span data-testid="settings-tab-accounts">{t('accounts.card.tab')}</span>, children: <AccountsCard /> },
          {
            key: 'backup',
            label: <span data-testid="settings-tab-backup">{t('backup.tab')}</span>,
            children: (
              <>
                <BackupCard />
                {/* Purge is quản trị's (permissions.ts), like the accounts tab: shown with it. */}
                {tabs.includes('accounts') && <PurgeCard />}
              </>
            ),
          },
        ].filter((tab) => tabs.includes(tab.key as SettingsTab))}
      />
    </div>
  );
}
