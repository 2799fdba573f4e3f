/**
 * 示例数据: whenever simulated values entered the numbers on screen, the screen says so, prominently.
 */
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function DemoBanner({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Alert
      className="demo-banner"
      type="warning"
      showIcon
      banner
      title={
        <span>
          <Tag color="orange" className="demo-badge">
            {t('demo.badge')}
          </Tag>
          {t('demo.banner')}
        </span>
      }
    />
  );
}

export function DemoBadge({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Tag color="orange" className="demo-badge">
      {t('demo.badge')}
    </Tag>
  );
}
