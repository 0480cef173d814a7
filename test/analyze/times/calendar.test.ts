/**
 * Calendar arithmetic and value shifting at the edges where date code usually breaks: ISO weeks
 * across New Year, month ends, leap days, Easter.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  addMonths,
  easter,
  formatDay,
  formatWeek,
  isoWeek,
  makeDay,
  nthWeekday,
  parsePublished,
  weekdayOf,
} from '../../../src/analyze/times/calendar.js';
import { readValue, shiftPeriod } from '../../../src/analyze/times/values.js';

const day = (iso: string) => {
  const d = parsePublished(iso);
  assert.ok(d, iso);
  return d;
};

describe('calendar', () => {
  it('numbers ISO weeks across the turn of the year', () => {
    assert.deepEqual(isoWeek(day('2014-12-29')), { y: 2015, w: 1 });
    assert.deepEqual(isoWeek(day('2016-01-03')), { y: 2015, w: 53 });
    assert.deepEqual(isoWeek(day('2021-01-04')), { y: 2021, w: 1 });
    assert.equal(formatWeek(day('2014-09-28')), '2014-W39');
  });

  it('knows weekdays, leap days and month ends', () => {
    assert.equal(weekdayOf(day('2014-09-28')), 0);
    assert.equal(weekdayOf(day('1969-07-21')), 1);
    assert.equal(makeDay(2015, 2, 29), undefined);
    assert.ok(makeDay(2016, 2, 29));
    assert.equal(formatDay(addMonths(day('2016-01-31'), 1)), '2016-02-29');
    assert.equal(formatDay(addMonths(day('2016-01-31'), -2)), '2015-11-30');
  });

  it('computes Easter and Thanksgiving', () => {
    assert.equal(formatDay(easter(2022)), '2022-04-17');
    assert.equal(formatDay(easter(2019)), '2019-04-21');
    assert.equal(formatDay(easter(2038)), '2038-04-25');
    assert.equal(formatDay(nthWeekday(2021, 11, 4, 4)), '2021-11-25');
  });

  it('reads a publication date or date-time, and nothing else', () => {
    assert.deepEqual(parsePublished('2014-09-28T23:30:00-04:00'), { y: 2014, m: 9, d: 28 });
    assert.equal(parsePublished('2014-02-30'), undefined);
    assert.equal(parsePublished('Sept. 28, 2014'), undefined);
    assert.equal(parsePublished(undefined), undefined);
  });
});

describe('shifting values', () => {
  const shift = (value: string, n: number, unit: 'day' | 'week' | 'month' | 'year') => {
    const p = readValue(value);
    assert.ok(p, value);
    return shiftPeriod(p, n, unit);
  };

  it('keeps the grain of the anchor for year shifts', () => {
    assert.equal(shift('2018-Q1', -1, 'year'), '2017-Q1');
    assert.equal(shift('2018-11', -1, 'year'), '2017-11');
    assert.equal(shift('2016-02-29', -1, 'year'), '2015-02-28');
    assert.equal(shift('2014-SU', 1, 'year'), '2015-SU');
  });

  it('turns a day into a month for month shifts, and refuses what has no meaning', () => {
    assert.equal(shift('2011-08-30', 1, 'month'), '2011-09');
    assert.equal(shift('2014-09-26T15:00', -1, 'day'), '2014-09-25');
    assert.equal(shift('2014-W01', -1, 'week'), '2013-W52');
    assert.equal(shift('2014', 1, 'day'), undefined);
  });
});
