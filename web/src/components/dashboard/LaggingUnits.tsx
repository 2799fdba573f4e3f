/**
 * The units most behind on reporting in open rounds (outstanding reports, overdue first).
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitLag } from '../../api/types';
import { useUnitNames } from '../unit-names';

export function LaggingUnits({ units }: { units: UnitLag[] }) {
  const { t } = useTranslation();
  const names = useUnitNames();
  if (units.length === 0) return <p className="muted">{t('dashboard.noLaggingUnits')}</p>;
  return (
    <table className="plain-table">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.unit')}</th>
          <th scope="col">{t('dashboard.outstanding')}</th>
          <th scope="col">{t('dashboard.dueOn')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={`${u.unit}-${u.dueOn}`}>
            <td>{names.byCode(u.unit)}</td>
            <td>{u.outstanding}</td>
            <td>
              {u.dueOn} {u.overdue && <Tag color="red">{t('dashboard.overdue')}</Tag>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
