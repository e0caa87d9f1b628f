import { useMemo } from 'react';
import { useLanguage } from '../../i18n';

/**
 * Numbers, shares and byte sizes written the way readers of the interface language expect
 * (1.234,5 in Dutch, 1,234.5 in English).
 */
export function useNumberFormat() {
  const { locale } = useLanguage();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    const bytesIn = units.map(
      (unit) =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: 'short',
          maximumFractionDigits: 1,
        }),
    );
    return {
      integer: (value: number) => integer.format(value),
      /** Any number, to six significant digits: means and histogram edges. */
      number: (value: number) => decimal.format(value),
      /** A share between 0 and 1 as a percentage. */
      percent: (share: number) => percent.format(share),
      bytes: (value: number) => {
        let unit = 0;
        let scaled = value;
        while (scaled >= 1024 && unit < units.length - 1) {
          scaled /= 1024;
          unit += 1;
        }
        return bytesIn[unit].format(scaled);
      },
    };
  }, [locale]);
}
