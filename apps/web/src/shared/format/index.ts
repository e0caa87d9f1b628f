export { FormattedDate } from './formatted-date';
export { useFormat } from './use-format';
export { useNumberFormat } from './use-number-format';
