export { FormattedDate } from './formatted-date';
export { useFormat } from './use-format';
