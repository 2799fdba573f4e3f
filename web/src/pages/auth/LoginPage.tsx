/**
 * 登录. After signing in: the password change when the password is one-time, else where the person
 * was going.
 */
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AuthFrame } from './AuthFrame';

interface Fields {
  username: string;
  password: string;
}

/** Only same-site paths: a crafted ?next= must not send the person elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  if (me.data && !login.isPending) {
    return <Navigate to={me.data.user.mustChangePassword ? '/password' : next} replace />;
  }
  const submit = (fields: Fields) =>
    login.mutate(fields, {
      onSuccess: (session) => void navigate(session.user.mustChangePassword ? '/password' : next),
    });
  return (
    <AuthFrame title={t('auth.loginTitle')}>
      <Form<Fields> layout="vertical" onFinish={submit} requiredMark={false} disabled={login.isPending}>
        <Form.Item
          label={t('auth.username')}
          name="username"
          rules={[{ required: true, message: t('auth.usernameRequired') }]}
        >
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('auth.password')}
          name="password"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {login.error && (
          <Form.Item>
            <ErrorAlert error={login.error} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.login')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
