/**
 * 规划纲要: the outline tree beside the plan summary or the selected node (kept in ?node=).
 */
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAssignments } from '../../api/admin';
import { useIndicators, useOutline } from '../../api/plans';
import { AsOfSelect } from '../../components/AsOfSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useAsOf, usePlan } from '../../state/plan-context';
import { NodeDetail } from './NodeDetail';
import { OutlineTree } from './OutlineTree';
import { PlanSummaryPanel } from './PlanSummaryPanel';

export default function OutlinePage() {
  const { t } = useTranslation();
  const { code } = usePlan();
  const { asOf } = useAsOf();
  const [params, setParams] = useSearchParams();
  const outline = useOutline(code);
  const indicators = useIndicators(code, asOf);
  const assignments = useAssignments(code);
  const selectedId = params.get('node');
  const node = outline.data?.outline.find((n) => n.id === selectedId) ?? null;
  const select = (id: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('node', id);
      else next.delete('node');
      return next;
    });
  return (
    <>
      <PageHeader title={t('outline.title')} extra={<AsOfSelect />} />
      {outline.error && <ErrorAlert error={outline.error} />}
      {!outline.data && !outline.error && <PageSpin />}
      {outline.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={9} xl={7}>
            <Card title={t('outline.tree')} className="outline-card">
              <button type="button" className="link-button block-gap" onClick={() => select(null)}>
                {t('outline.summaryLink')}
              </button>
              <OutlineTree nodes={outline.data.outline} selected={selectedId} onSelect={select} />
            </Card>
          </Col>
          <Col xs={24} md={15} xl={17}>
            {node ? (
              <NodeDetail
                node={node}
                outline={outline.data}
                indicators={indicators.data?.indicators ?? []}
                assignments={assignments.data ?? []}
                onSelect={select}
              />
            ) : (
              <PlanSummaryPanel />
            )}
          </Col>
        </Row>
      )}
    </>
  );
}
