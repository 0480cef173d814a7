import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import { calendarDate, formatDate, machineDate } from '../../../src/article/render/date.js';

it('writes the calendar date as written, with no timezone shift', () => {
  assert.equal(formatDate('2014-09-28'), 'September 28, 2014');
  assert.equal(formatDate('2014-09-28T23:30:00-05:00'), 'September 28, 2014');
  assert.equal(formatDate('2014-09-28T00:15:00+09:00'), 'September 28, 2014');
  assert.equal(formatDate('2014-09-28 08:00'), 'September 28, 2014');
});

it('keeps reduced precision', () => {
  assert.equal(formatDate('2014-09'), 'September 2014');
  assert.equal(formatDate('2014'), '2014');
  assert.deepEqual(calendarDate('2014-09'), { year: 2014, month: 9 });
});

it('gives up on dates that do not exist or are not ISO 8601', () => {
  for (const bad of ['2014-02-30', '2014-13-01', '28 September 2014', '20140928', '', 'soon']) {
    assert.equal(formatDate(bad), undefined, bad);
  }
  assert.equal(formatDate(undefined), undefined);
  assert.equal(formatDate('2024-02-29'), 'February 29, 2024');
});

it('gives `datetime` the string itself when strict, else its calendar date', () => {
  assert.equal(machineDate('2014-09-28T10:00:00+04:00'), '2014-09-28T10:00:00+04:00');
  assert.equal(machineDate('2014-09-28T10:00:00 Moscow'), '2014-09-28');
  assert.equal(machineDate('nonsense'), undefined);
});
