import { HistogramBuilder } from './histogram';

/** Count, range, mean and histogram of the numbers in one reading of a column. */
export class NumericStats {
  count = 0;
  nonIntegers = 0;
  min = Infinity;
  max = -Infinity;
  sum = 0;
  readonly histogram = new HistogramBuilder();

  add(value: number): void {
    this.count++;
    if (!Number.isInteger(value)) this.nonIntegers++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sum += value;
    this.histogram.add(value);
  }
}
