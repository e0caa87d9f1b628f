// The bell lives in the always-loaded header; import it from './notification-bell' there, so that
// this face (the page) stays in its own lazily loaded chunk.
export { NotificationsPage } from './notifications.page';
