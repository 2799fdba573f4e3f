/**
 * 评估日期 of the project pages: a day (the server's default is today, Beijing time). A year from the
 * other pages' address (?asOf=2024) stands for its last day, as the API reads it.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LabeledControl } from '../LabeledControl';

export function ProjectAsOf({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange(next?: string): void;
}) {
  const { t } = useTranslation();
  return (
    <LabeledControl label={t('projects.asOf')} className="inline-field">
      {(id) => (
        <DatePicker
          id={id}
          value={value ? dayjs(value) : null}
          placeholder={t('projects.today')}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
        />
      )}
    </LabeledControl>
  );
}
