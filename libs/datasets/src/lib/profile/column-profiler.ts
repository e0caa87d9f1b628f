import type { CellValue } from '../row';
import { isEmptyValue } from '../values/empty-value';
import { inferColumnType } from './column-type';
import type { ColumnProfile } from './dataset-profile';
import { NumericStats } from './numeric-stats';
import {
  BOOLEAN_WORD,
  CODE_LIKE,
  COMMA_NUMBER,
  DATE,
  DIGITS_ONLY,
  DOT_NUMBER,
  ONE,
  ValueFacts,
  ZERO,
  readValue,
} from './value-facts';
import { ValueCounter } from './value-counter';

/** Distinct values counted exactly per column before switching to estimates. */
export const EXACT_DISTINCT_BOUND = 10_000;
const HEAVY_HITTER_COUNTERS = 1_000;
const TOP_VALUES = 10;
const HISTOGRAM_BINS = 10;

/**
 * Everything the profile needs about one column, gathered cell by cell in bounded memory.
 * Each new text value is tried as every type at once (the type is only known at the end);
 * a value seen before reuses what was learnt about it.
 */
export class ColumnProfiler {
  private cells = 0;
  private empty = 0;
  private booleanWords = 0;
  private zeros = 0;
  private ones = 0;
  private readonly decimalComma = new NumericStats();
  private readonly decimalDot = new NumericStats();
  private dates = 0;
  private minDate = Infinity;
  private maxDate = -Infinity;
  private codeLike = 0;
  private digitsOnly = 0;
  private minLength = Infinity;
  private maxLength = 0;
  private readonly values = new ValueCounter(EXACT_DISTINCT_BOUND, HEAVY_HITTER_COUNTERS);
  private readonly facts = new ValueFacts();
  private readonly numbers = new Float64Array(2);

  constructor(readonly name: string) {}

  add(cell: CellValue): void {
    this.cells++;
    if (typeof cell === 'string') this.addText(cell);
    else if (cell === null) this.empty++;
    else if (typeof cell === 'number') this.addNumber(cell);
    else if (typeof cell === 'boolean') {
      this.booleanWords++;
      this.values.add(cell ? 'true' : 'false');
    } else this.addDate(cell.getTime(), cell.toISOString());
  }

  /** The cells seen so far that held a value. */
  get filled(): number {
    return this.cells - this.empty;
  }

  result(): ColumnProfile {
    const nonEmpty = this.filled;
    const distinct = this.values.distinct();
    const inferred = inferColumnType({
      nonEmpty,
      booleanWords: this.booleanWords,
      zeros: this.zeros,
      ones: this.ones,
      decimalComma: this.decimalComma,
      decimalDot: this.decimalDot,
      dates: this.dates,
      codeLike: this.codeLike,
      digitsOnly: this.digitsOnly,
      minLength: this.minLength,
      maxLength: this.maxLength,
      distinct: distinct.count,
      distinctExact: distinct.exact,
    });
    const emptyShare = this.cells === 0 ? 0 : this.empty / this.cells;
    const profile: ColumnProfile = {
      name: this.name,
      type: inferred.type,
      emptyCount: this.empty,
      emptyShare,
      completeness: 1 - emptyShare,
      nonConforming: nonEmpty - inferred.conforming,
      distinct,
      topValues: this.values.top(TOP_VALUES).map(([value, count]) => ({ value, count })),
      topValuesExact: this.values.isExact,
    };
    if (inferred.numberFormat) {
      const numbers = inferred.numberFormat === 'decimal-dot' ? this.decimalDot : this.decimalComma;
      return {
        ...profile,
        numberFormat: inferred.numberFormat,
        min: numbers.min,
        max: numbers.max,
        mean: numbers.sum / numbers.count,
        histogram: numbers.histogram.build(HISTOGRAM_BINS),
      };
    }
    if (inferred.type === 'date') {
      return {
        ...profile,
        min: new Date(this.minDate).toISOString(),
        max: new Date(this.maxDate).toISOString(),
      };
    }
    return profile;
  }

  private addText(raw: string): void {
    const text = needsTrim(raw) ? raw.trim() : raw;
    if (isEmptyValue(text)) {
      this.empty++;
      return;
    }
    const index = this.values.add(text);
    const facts = this.facts;
    if (index >= 0 && index < facts.size) {
      this.count(facts.flags(index), facts.number(index, 0), facts.number(index, 1));
      return;
    }
    const length = text.length;
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    const numbers = this.numbers;
    const flags = readValue(text, numbers);
    if (index >= 0) facts.push(flags, numbers);
    this.count(flags, numbers[0], numbers[1]);
  }

  /** Adds one value with the given facts (see `readValue`) to the evidence. */
  private count(flags: number, first: number, second: number): void {
    if (flags & CODE_LIKE) this.codeLike++;
    if (flags & DIGITS_ONLY) this.digitsOnly++;
    if (flags & BOOLEAN_WORD) this.booleanWords++;
    if (flags & ZERO) this.zeros++;
    if (flags & ONE) this.ones++;
    if (flags & COMMA_NUMBER) this.decimalComma.add(first);
    if (flags & DOT_NUMBER) this.decimalDot.add(second);
    if (flags & DATE) this.addDateCount(first);
  }

  private addNumber(value: number): void {
    const text = String(value);
    this.values.add(text);
    if (!Number.isFinite(value)) return;
    this.decimalComma.add(value);
    this.decimalDot.add(value);
    if (value === 0) this.zeros++;
    else if (value === 1) this.ones++;
  }

  private addDate(time: number, text: string): void {
    this.values.add(text);
    if (!Number.isNaN(time)) this.addDateCount(time);
  }

  private addDateCount(time: number): void {
    this.dates++;
    if (time < this.minDate) this.minDate = time;
    if (time > this.maxDate) this.maxDate = time;
  }
}

function needsTrim(text: string): boolean {
  return (
    text.length > 0 && (text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20)
  );
}
