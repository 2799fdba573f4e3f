/**
 * Whether the signed-in person may use a control, from the menu's copy of the grants (permissions.ts).
 * Only hides what would be refused: the server decides every request, unit scope included.
 */
import type { Permission } from '../../../src/contracts/permissions';
import { useMe } from '../api/session';
import { can } from './permissions';

export function useCan(): (permission: Permission) => boolean {
  const role = useMe().data?.user.role;
  return (permission) => can(role, permission);
}
