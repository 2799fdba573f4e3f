/**
 * Routes, each page its own chunk (React.lazy): the first load carries the shell only, and ECharts
 * arrives with the first page that draws a chart.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { AppLayout } from './app/AppLayout';
import { PlanProvider } from './app/PlanProvider';
import { RequireAuth } from './app/RequireAuth';
import { PageSpin } from './components/PageSpin';

const LoginPage = lazy(() => import('./pages/auth/LoginPage'));
const PasswordPage = lazy(() => import('./pages/auth/PasswordPage'));
/** The pages a first visit most often opens, loadable ahead of their route (app/first-screen.ts). */
export const loadDashboardPage = () => import('./pages/dashboard/DashboardPage');
export const loadScreenPage = () => import('./pages/screen/ScreenPage');
const DashboardPage = lazy(loadDashboardPage);
const ScreenPage = lazy(loadScreenPage);
const OutlinePage = lazy(() => import('./pages/outline/OutlinePage'));
const IndicatorsPage = lazy(() => import('./pages/indicators/IndicatorsPage'));
const IndicatorPage = lazy(() => import('./pages/indicator/IndicatorPage'));
const ProjectsPage = lazy(() => import('./pages/projects/ProjectsPage'));
const ProjectPage = lazy(() => import('./pages/project/ProjectPage'));
const TasksPage = lazy(() => import('./pages/tasks/TasksPage'));
const TaskPage = lazy(() => import('./pages/tasks/TaskPage'));
const MyTasksPage = lazy(() => import('./pages/tasks/MyTasksPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const PublicPage = lazy(() => import('./pages/public/PublicPage'));
const InboxPage = lazy(() => import('./pages/reporting/InboxPage'));
const ReviewPage = lazy(() => import('./pages/reporting/ReviewPage'));
const RoundsPage = lazy(() => import('./pages/reporting/RoundsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage'));
const AssignmentsPage = lazy(() => import('./pages/admin/AssignmentsPage'));
const TargetsPage = lazy(() => import('./pages/admin/TargetsPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const ImportPage = lazy(() => import('./pages/admin/ImportPage'));
const PublishPage = lazy(() => import('./pages/admin/PublishPage'));
const PlanDraftsPage = lazy(() => import('./pages/plan-draft/PlanDraftsPage'));
const DraftReviewPage = lazy(() => import('./pages/plan-draft/DraftReviewPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function page(element: ReactNode) {
  return <Suspense fallback={<PageSpin />}>{element}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  // 信息公开: read-only, without sign-in.
  { path: '/public', element: page(<PublicPage />) },
  {
    path: '/password',
    element: <RequireAuth allowOneTimePassword>{page(<PasswordPage />)}</RequireAuth>,
  },
  {
    element: (
      <RequireAuth>
        <PlanProvider>
          <Outlet />
        </PlanProvider>
      </RequireAuth>
    ),
    children: [
      { path: '/screen', element: page(<ScreenPage />) },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: page(<DashboardPage />) },
          { path: 'outline', element: page(<OutlinePage />) },
          { path: 'indicators', element: page(<IndicatorsPage />) },
          { path: 'indicators/:code', element: page(<IndicatorPage />) },
          { path: 'projects', element: page(<ProjectsPage />) },
          { path: 'projects/:code', element: page(<ProjectPage />) },
          { path: 'tasks', element: page(<TasksPage />) },
          { path: 'tasks/:code', element: page(<TaskPage />) },
          { path: 'my-tasks', element: page(<MyTasksPage />) },
          { path: 'reports', element: page(<ReportsPage />) },
          { path: 'inbox', element: page(<InboxPage />) },
          { path: 'review', element: page(<ReviewPage />) },
          { path: 'rounds', element: page(<RoundsPage />) },
          { path: 'admin/users', element: page(<UsersPage />) },
          { path: 'admin/units', element: page(<UnitsPage />) },
          { path: 'admin/assignments', element: page(<AssignmentsPage />) },
          { path: 'admin/targets', element: page(<TargetsPage />) },
          { path: 'admin/audit', element: page(<AuditPage />) },
          { path: 'admin/import', element: page(<ImportPage />) },
          { path: 'admin/publish', element: page(<PublishPage />) },
          { path: 'plan-drafts', element: page(<PlanDraftsPage />) },
          { path: 'plan-drafts/:id', element: page(<DraftReviewPage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
