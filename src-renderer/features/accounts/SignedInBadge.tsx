import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { ShellText } from '../../components/ShellText';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { STATUS_KEY } from './AccountGate';

/** Who is signed in, and sign-out; nothing at all in a data folder without accounts. */
export function SignedInBadge() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => client.call('accounts.status', {}) });
  const signOut = useMutation({
    mutationFn: () => client.call('accounts.signOut', {}),
    onSuccess: (s) => {
      // The gate watches this query: update it in place (a clear() would detach the gate from it, and the
      // shell would stay on screen), then drop everything the previous person's session had loaded.
      queryClient.setQueryData(STATUS_KEY, s);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
    },
  });
  const a = status.data?.account;
  if (!a) return null;
  return (
    <Space>
      <ShellText data-testid="signed-in-as">
        {t('accounts.signedInAs', { name: a.fullName, roles: a.roles.map((r) => t(`accounts.roles.${r}`)).join(', ') })}
      </ShellText>
      <Button size="small" onClick={() => signOut.mutate()} data-testid="sign-out">
        {t('accounts.signOut')}
      </Button>
    </Space>
  );
}
