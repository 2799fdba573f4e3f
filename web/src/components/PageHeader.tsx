/**
 * A page's title line: the heading (one h1 per page) and the page's tools on the right.
 */
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-title">
        <Typography.Title level={1}>{title}</Typography.Title>
        {sub && <div className="page-sub">{sub}</div>}
      </div>
      {extra && <div className="page-tools">{extra}</div>}
    </header>
  );
}
