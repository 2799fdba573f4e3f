/**
 * The account menu: who is signed in with which role, password change, sign-out.
 */
import { UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout, useMe } from '../api/session';

export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const logout = useLogout();
  if (!me) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'role', label: t(`roles.${me.user.role}`), disabled: true },
          { type: 'divider' },
          { key: 'password', label: t('auth.changePassword') },
          { key: 'logout', label: t('auth.logout') },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/password');
          if (key === 'logout') logout.mutate(undefined, { onSettled: () => void navigate('/login') });
        },
      }}
    >
      <Button type="text" className="account-button" icon={<UserOutlined />} aria-haspopup="menu">
        {me.user.displayName}
      </Button>
    </Dropdown>
  );
}
