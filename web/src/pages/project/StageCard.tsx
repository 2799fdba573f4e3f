/**
 * 阶段历史: every move with its date, the kind of move, the reason, who recorded it and when; the
 * plan office moves the project on (or back) from here.
 */
import { SwapOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, ProjectStage } from '../../api/types';
import { useCan } from '../../app/use-can';
import { StageTag } from '../../components/projects/ProjectTags';
import { useRevisionColumns } from '../../components/revision-columns';
import { usePlan } from '../../state/plan-context';
import { StageMoveModal } from './StageMoveModal';

type Move = ProjectDetail['stageHistory'][number];

const kindColor: Record<Move['kind'], string> = {
  created: 'default',
  next: 'blue',
  skip: 'purple',
  back: 'orange',
};

export function StageCard({ project, onConflict }: { project: ProjectDetail; onConflict(): void }) {
  const { t } = useTranslation();
  const revision = useRevisionColumns();
  const can = useCan();
  const { code } = usePlan();
  const [moving, setMoving] = useState(false);
  return (
    <Card
      title={t('project.stageHistory')}
      extra={
        can('project.manage') && (
          <Button size="small" type="primary" icon={<SwapOutlined />} onClick={() => setMoving(true)}>
            {t('stageMove.title')}
          </Button>
        )
      }
    >
      <Table<Move>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...project.stageHistory].reverse()}
        scroll={{ x: 820 }}
        locale={{ emptyText: t('project.noMoves', { stage: t(`projectStage.${project.stage}`) }) }}
        columns={[
          { title: t('project.movedOn'), dataIndex: 'movedOn', width: 110 },
          {
            title: t('project.move'),
            key: 'move',
            width: 220,
            render: (_, m) => (
              <>
                {m.fromStage && <StageTag stage={m.fromStage as ProjectStage} />}
                {m.fromStage && '→ '}
                <StageTag stage={m.toStage as ProjectStage} />
              </>
            ),
          },
          {
            title: t('project.moveKind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: Move['kind']) => <Tag color={kindColor[k]}>{t(`stageMove.kindShort.${k}`)}</Tag>,
          },
          { title: t('ledger.why'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
          revision.who,
          revision.when,
        ]}
      />
      <StageMoveModal
        plan={code}
        project={project}
        open={moving}
        onClose={() => setMoving(false)}
        onConflict={onConflict}
      />
    </Card>
  );
}
