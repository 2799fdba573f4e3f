/**
 * 代为上传: a unit sent its filled template by e-mail or on paper, and the plan office uploads it for
 * them. The rows become that unit's drafts (the server refuses another unit's file or rows); the
 * unit still checks and submits them, and the audit log names the office as the one who uploaded.
 */
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { TemplateUpload } from '../../../components/excel/TemplateUpload';

export interface ProxyUploadTarget {
  roundId: number;
  unit: string;
  unitName: string;
}

export function ProxyUploadModal({ target, onClose }: { target: ProxyUploadTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={target !== null}
      title={target ? t('rounds.proxyTitle', { unit: target.unitName }) : ''}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <p className="muted">{t('rounds.proxyHint', { unit: target?.unitName ?? '' })}</p>
      {target && (
        <TemplateUpload
          onBehalfOf={{ round: target.roundId, unit: target.unit, unitName: target.unitName }}
        />
      )}
    </Modal>
  );
}
