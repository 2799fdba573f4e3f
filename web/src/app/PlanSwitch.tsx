/**
 * The plan being worked on: its short name, and a menu of the others when the deployment carries
 * several plans (a dropdown, so the first load needs no Select).
 */
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/localized';
import { usePlan } from '../state/plan-context';

export function PlanSwitch() {
  const { t } = useTranslation();
  const { isEn } = useLocalized();
  const { code, summary, plans, choose } = usePlan();
  const label = isEn ? summary.region.nameEn : summary.shortName;
  if (plans.length < 2) {
    return (
      <span className="plan-name" title={isEn ? summary.nameEn : summary.name}>
        {label}
      </span>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [code],
        items: plans.map((p) => ({ key: p.code, label: isEn ? p.nameEn : p.shortName })),
        onClick: ({ key }) => choose(key),
      }}
    >
      <Button type="text" className="plan-name" aria-label={t('plan.choose')} aria-haspopup="menu">
        {label} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
