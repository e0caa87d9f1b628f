import type { NotificationItemFragment } from '../../gql/graphql';
import { notificationPath } from './notification-text';

const item = (overrides: Partial<NotificationItemFragment>): NotificationItemFragment => ({
  id: 'n1',
  kind: 'sign_off_requested',
  projectId: 'p1',
  projectTitle: 'Project',
  objectType: 'question',
  objectId: 'q1',
  title: 'Vraag',
  fromStatus: null,
  toStatus: null,
  createdAt: '2026-12-03T08:00:00.000Z',
  readAt: null,
  actor: null,
  ...overrides,
});

describe(notificationPath.name, () => {
  it('leads to the hypothesis or the question it is about', () => {
    expect(notificationPath(item({ objectType: 'hypothesis', objectId: 'h1' }))).toBe(
      '/projecten/p1/hypothesen/h1',
    );
    expect(notificationPath(item({ objectType: 'question' }))).toBe('/projecten/p1/vragen/q1');
  });

  it('leads to the project for what has no page of its own, and home without a project', () => {
    expect(notificationPath(item({ objectType: 'preregistration' }))).toBe('/projecten/p1');
    expect(notificationPath(item({ projectId: null }))).toBe('/');
  });
});
