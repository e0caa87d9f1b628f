import { createBrowserRouter, Navigate } from 'react-router';
import {
  AcceptInvitationPage,
  RequireAdmin,
  RequireSession,
  SignInPage,
} from '../features/session';
import { NotFound } from '../shared/page';
import { AppLayout } from './layout/app-layout';

/**
 * The route table. Pages behind sign-in load lazily, one chunk per feature, so the first
 * download holds only the shell and the sign-in page.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    HydrateFallback: () => null,
    children: [
      { path: 'inloggen', element: <SignInPage /> },
      { path: 'uitnodiging/:token', element: <AcceptInvitationPage /> },
      {
        element: <RequireSession />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/projects')).ProjectListPage,
            }),
          },
          {
            path: 'projecten',
            lazy: async () => ({
              Component: (await import('../features/projects')).ProjectListPage,
            }),
          },
          {
            path: 'projecten/:projectId',
            lazy: async () => ({
              Component: (await import('../features/projects')).ProjectOverviewPage,
            }),
          },
          {
            path: 'projecten/:projectId/vragen/:questionId',
            lazy: async () => ({
              Component: (await import('../features/questions')).QuestionPage,
            }),
          },
          {
            path: 'projecten/:projectId/hypothesen',
            lazy: async () => ({
              Component: (await import('../features/hypotheses')).HypothesisBoardPage,
            }),
          },
          {
            path: 'projecten/:projectId/hypothesen/nieuw',
            lazy: async () => ({
              Component: (await import('../features/hypotheses')).ProposeHypothesisPage,
            }),
          },
          {
            path: 'projecten/:projectId/hypothesen/:hypothesisId',
            lazy: async () => ({
              Component: (await import('../features/hypotheses')).HypothesisPage,
            }),
          },
          {
            path: 'projecten/:projectId/datasets',
            lazy: async () => ({
              Component: (await import('../features/datasets')).DatasetListPage,
            }),
          },
          {
            path: 'projecten/:projectId/datasets/nieuw',
            lazy: async () => ({
              Component: (await import('../features/datasets')).NewDatasetPage,
            }),
          },
          {
            path: 'projecten/:projectId/datasets/:datasetId',
            lazy: async () => ({
              Component: (await import('../features/datasets')).DatasetPage,
            }),
          },
          {
            path: 'projecten/:projectId/instellingen',
            lazy: async () => ({
              Component: (await import('../features/project-settings')).ProjectSettingsPage,
            }),
          },
          {
            path: 'meldingen',
            lazy: async () => ({
              Component: (await import('../features/notifications')).NotificationsPage,
            }),
          },
          {
            path: 'zoeken',
            lazy: async () => ({ Component: (await import('../features/search')).SearchPage }),
          },
          {
            path: 'tokens',
            lazy: async () => ({
              Component: (await import('../features/personal-tokens')).PersonalTokensPage,
            }),
          },
          {
            path: 'beheer',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="organisaties" replace /> },
              {
                path: 'organisaties',
                lazy: async () => ({
                  Component: (await import('../features/organisations')).OrganisationsPage,
                }),
              },
              {
                path: 'accounts',
                lazy: async () => ({
                  Component: (await import('../features/accounts')).AccountsPage,
                }),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
