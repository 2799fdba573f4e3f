/**
 * 版本记录: every version of the project with who changed it, when and why.
 */
import { Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProjectRevisions } from '../../api/projects';
import type { ProjectDetail, ProjectRevisionView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRevisionColumns } from '../../components/revision-columns';
import { usePlan } from '../../state/plan-context';

export function RevisionsModal({
  project,
  open,
  onClose,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const revision = useRevisionColumns();
  const { code } = usePlan();
  const revisions = useProjectRevisions(code, project.code, open);
  return (
    <Modal open={open} title={t('project.versionsTitle')} onCancel={onClose} footer={null} width={760}>
      {revisions.error && <ErrorAlert error={revisions.error} />}
      <Table<ProjectRevisionView>
        rowKey="id"
        size="small"
        loading={revisions.isPending}
        dataSource={[...(revisions.data ?? [])].reverse()}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('project.noVersions') }}
        columns={[
          { title: t('project.version'), dataIndex: 'version', width: 70, render: (v: number) => `#${v}` },
          { title: t('ledger.why'), dataIndex: 'reason' },
          revision.who,
          revision.when,
        ]}
      />
    </Modal>
  );
}
