/**
 * Writes. After any successful write every cached answer but the session is stale — an approval moves
 * statuses on the dashboard, a new assignment fills an inbox — so they are all refetched when shown.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meKey } from './session';

export function useWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] }),
  });
}
