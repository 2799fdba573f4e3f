/**
 * The menu: only the entries the signed-in role may use; 管理 groups the administration pages.
 */
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { adminNav, mainNav, type NavEntry, visibleNav } from './permissions';

function selectedKey(pathname: string, entries: readonly NavEntry[]): string[] {
  const hit = [...entries]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => (e.path === '/' ? pathname === '/' : pathname.startsWith(e.path)));
  return hit ? [hit.key] : [];
}

export function MainMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const role = useMe().data?.user.role;
  const main = visibleNav(role, mainNav);
  const admin = visibleNav(role, adminNav);
  const link = (e: NavEntry) => ({ key: e.key, label: <Link to={e.path}>{t(`nav.${e.key}`)}</Link> });
  const items: MenuProps['items'] = [
    ...main.map(link),
    ...(admin.length > 0 ? [{ key: 'admin', label: t('nav.admin'), children: admin.map(link) }] : []),
  ];
  return (
    <nav className="main-menu" aria-label={t('nav.label')}>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={selectedKey(pathname, [...main, ...admin])}
        items={items}
        className="main-menu-inner"
      />
    </nav>
  );
}
