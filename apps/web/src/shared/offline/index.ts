export { forgetOfflineCopies } from './forget-offline-copies';
