import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DuplicateMatch, RegisterEntry, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import { BridgeError } from '../../bridge/client';

/**
 * Registration with the duplicate round trip: the first attempt may come back as kind Duplicate with
 * the matches; the clerk's confirmation resends the same record with `confirmNotDuplicate`.
 */
export function useRegistration<I extends object>(
  send: (input: I) => Promise<{ entry: RegisterEntry; warnings: RegisterWarning[] }>,
  onDone: (entry: RegisterEntry, warnings: RegisterWarning[]) => void,
) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ input: I; matches: DuplicateMatch[] } | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      setPending(null);
      onDone(result.entry, result.warnings);
      await queryClient.invalidateQueries({ queryKey: ['register.rows'] });
    },
  });
  const duplicateMatches = (err: unknown): DuplicateMatch[] | null =>
    err instanceof BridgeError && err.data.kind === 'Duplicate'
      ? ((err.data.details?.matches as DuplicateMatch[] | undefined) ?? [])
      : null;

  return {
    submit(input: I) {
      mutation.mutate(input, {
        onError: (err) => {
          const matches = duplicateMatches(err);
          if (matches) setPending({ input, matches });
        },
      });
    },
    confirmNotDuplicate() {
      if (pending) mutation.mutate({ ...pending.input, confirmNotDuplicate: true });
    },
    dropDuplicate() {
      setPending(null);
      mutation.reset();
    },
    matches: pending?.matches ?? null,
    busy: mutation.isPending,
    error: mutation.error && !duplicateMatches(mutation.error) ? mutation.error : null,
  };
}
