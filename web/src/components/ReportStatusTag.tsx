/** 待填报 / 草稿 / 已提交 / 已通过 / 已退回. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../api/types';

const color: Record<ReportStatus, string> = {
  pending: 'default',
  draft: 'blue',
  submitted: 'gold',
  approved: 'green',
  returned: 'red',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={color[status]}>{t(`reportStatus.${status}`)}</Tag>;
}
