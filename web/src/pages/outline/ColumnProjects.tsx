/**
 * A 专栏: its stated investment, its programmes (专项) and the projects each names.
 */
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackageColumn, PackageProject } from '../../api/types';

export function ColumnProjects({ column, projects }: { column: PackageColumn; projects: PackageProject[] }) {
  const { t } = useTranslation();
  const loose = projects.filter((p) => p.programme === null);
  return (
    <Card
      title={`${t('outline.number.column', { n: column.number })} ${column.title}`}
      extra={column.investment && <Tag color="blue">{column.investment.text}</Tag>}
    >
      {column.programmes.map((programme) => {
        const mine = projects.filter((p) => p.programme === programme.id);
        return (
          <section key={programme.id} className="programme">
            <h3>
              {programme.name} {programme.investment && <Tag>{programme.investment.text}</Tag>}
            </h3>
            {programme.note && <p className="muted">{programme.note}</p>}
            {mine.length > 0 ? (
              <ul className="project-list">
                {mine.map((p) => (
                  <li key={p.code}>{p.name}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('outline.noProjects')}</p>
            )}
          </section>
        );
      })}
      {loose.length > 0 && (
        <ul className="project-list">
          {loose.map((p) => (
            <li key={p.code}>{p.name}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
