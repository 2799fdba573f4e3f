/**
 * Unit codes (park-jinshan) to names in the reader's language (金山园区 / Jinshan Park).
 */
import { useUnits } from '../api/plans';
import type { OrgUnit } from '../api/types';
import { useLocalized } from '../i18n/localized';

export function useUnitNames() {
  const units = useUnits().data ?? [];
  const { name } = useLocalized();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const show = (unit: OrgUnit | undefined, fallback: string) => (unit ? name(unit) : fallback);
  return {
    units,
    byCode: (code: string | null | undefined): string => (code ? show(byCode.get(code), code) : '—'),
    byId: (id: number | null | undefined): string =>
      id === null || id === undefined ? '—' : show(byId.get(id), String(id)),
    codeOf: (id: number | null | undefined): string | null =>
      id === null || id === undefined ? null : (byId.get(id)?.code ?? null),
  };
}
