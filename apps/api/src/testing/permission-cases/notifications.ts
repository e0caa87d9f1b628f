import { UnitOfWork } from '../../database/unit-of-work';
import { NotificationsService } from '../../notifications/notifications.service';
import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** The caller's own notifications. */
export const NOTIFICATION_CASES: Cases = {
  notifications: {
    action: 'notification.read',
    call: () => ({
      query: '{ notifications(unreadOnly: true, first: 5) { items { id actor { id } } hasMore } }',
    }),
  },
  unreadNotificationCount: {
    action: 'notification.read',
    call: () => ({ query: '{ unreadNotificationCount }' }),
  },
  notificationAdded: {
    action: 'notification.read',
    call: () => ({ query: 'subscription { notificationAdded { id kind actor { id } } }' }),
    // A notification for the caller about nothing in a project, so that every caller may have
    // it (the lead is asked by the admin, everyone else by the lead).
    trigger: (w, caller) => {
      if (caller === 'anonymous') return Promise.resolve();
      const recipient = w.callers[caller].user;
      const asker = caller === 'lead' ? w.admin.user : w.lead.user;
      return w.test.app.get(UnitOfWork).run((m) =>
        w.test.app.get(NotificationsService).notify(m, {
          kind: 'sign_off_requested',
          projectId: null,
          readAction: 'project.read',
          objectType: 'preregistration',
          objectId: w.projectId,
          detail: { title: `Ondertekenen ${next()}` },
          recipientIds: [recipient.id],
          actorId: asker.id,
        }),
      );
    },
  },
  markNotificationsRead: {
    action: 'notification.markRead',
    call: () => ({
      query: 'mutation { markNotificationsRead(input: { all: true }) }',
    }),
  },
};
