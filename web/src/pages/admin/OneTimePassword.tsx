/**
 * A one-time password, shown exactly once (the server keeps only its hash): copy it and hand it over.
 */
import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Issued {
  username: string;
  password: string;
}

export function OneTimePassword({ issued, onClose }: { issued: Issued | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={issued !== null}
      title={t('users.passwordTitle', { username: issued?.username ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('users.passwordNoted')}
    >
      <Alert type="warning" showIcon className="block-gap" title={t('users.passwordOnce')} />
      <Typography.Paragraph>
        {t('users.passwordLabel')}{' '}
        <Typography.Text code copyable className="one-time-password" data-testid="one-time-password">
          {issued?.password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
