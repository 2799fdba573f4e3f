/**
 * 修改密码: required after the first sign-in with a one-time password, available any time after.
 * The rules are the server's (password.ts); the page states them and shows its verdict per field.
 */
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChangePassword, useMe } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useLocalized } from '../../i18n/localized';
import { AuthFrame } from './AuthFrame';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function PasswordPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const me = useMe().data;
  const change = useChangePassword();
  const submit = ({ currentPassword, newPassword }: Fields) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => void navigate('/', { replace: true }),
        onError: (error) => showFieldIssues(form, error, text, ['currentPassword', 'newPassword']),
      },
    );
  return (
    <AuthFrame title={t('auth.passwordTitle')}>
      {me?.user.mustChangePassword && (
        <Alert className="block-gap" type="info" showIcon title={t('auth.oneTimeNotice')} />
      )}
      <Form<Fields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('auth.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('auth.newPassword')}
          name="newPassword"
          extra={t('auth.passwordRule')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {change.error && (
          <Form.Item>
            <ErrorAlert error={change.error} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {t('auth.savePassword')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
