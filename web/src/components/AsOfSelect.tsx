/**
 * 评估时点: the year the evaluation is made at, kept in the address so a view can be shared.
 */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../state/plan-context';
import { LabeledControl } from './LabeledControl';

export function AsOfSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { asOf, years, setAsOf } = useAsOf();
  return (
    <LabeledControl label={t('common.asOf')} className={`inline-field ${className ?? ''}`}>
      {(id) => (
        <Select
          id={id}
          value={asOf}
          onChange={setAsOf}
          style={{ minWidth: 120 }}
          options={years.map((y) => ({ value: String(y), label: t('common.yearLabel', { year: y }) }))}
        />
      )}
    </LabeledControl>
  );
}
