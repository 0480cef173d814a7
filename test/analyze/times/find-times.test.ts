/**
 * findTimes on realistic news paragraphs (fictional places and people, written for these tests):
 * each date found with its TIMEX3 span and resolved against the publication date; the output
 * sorted and non-overlapping; relative phrases dropped when there is no publication date.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findTimes } from '../../../src/analyze/times/index.js';

/** The tagger's output as `[span text, value]` pairs, for readable assertions. */
const tag = (text: string, published?: string): [string, string][] =>
  findTimes(text, published).map((t) => [text.slice(t.span[0], t.span[1]), t.value]);

describe('findTimes on news paragraphs', () => {
  it('resolves a wire story against its Sunday publication date', () => {
    const text =
      'The governing coalition of Estavia collapsed on Friday after the Farmers Party walked out, ' +
      'Prime Minister Tomas Brevik said Saturday. Brevik, in office since March 2013, will ask ' +
      'parliament for a confidence vote next week. The opposition has demanded early elections ' +
      'since last year and held a rally in August.';
    assert.deepEqual(tag(text, '2014-09-28'), [
      ['Friday', '2014-09-26'],
      ['Saturday', '2014-09-27'],
      ['March 2013', '2013-03'],
      ['next week', '2014-W40'],
      ['last year', '2013'],
      ['August', '2014-08'],
    ]);
  });

  it('reads the tense: a past weekday goes back, a scheduled one forward', () => {
    const text =
      'Officials said Wednesday that the Calder bridge, which closed on Monday, will reopen on ' +
      'Friday. A hearing on the contract is set for Oct. 14, and work must be done by the end of ' +
      'the year.';
    assert.deepEqual(tag(text, '2014-10-01'), [
      ['Wednesday', '2014-10-01'],
      ['Monday', '2014-09-29'],
      ['Friday', '2014-10-03'],
      ['Oct. 14', '2014-10-14'],
      ['the end of the year', '2014'],
    ]);
  });

  it('handles British day-month dates, ranges and ordinals', () => {
    const text =
      'Rail staff at Northvale will strike on Saturday 3 June and again on 14-15 June, the union ' +
      'said. Talks broke down on 19 May. A concert is planned for Sept. 15th and the 3rd of October.';
    assert.deepEqual(tag(text, '2023-05-22'), [
      ['Saturday 3 June', '2023-06-03'],
      ['14', '2023-06-14'],
      ['15 June', '2023-06-15'],
      ['19 May', '2023-05-19'],
      ['Sept. 15th', '2023-09-15'],
      ['the 3rd of October', '2023-10-03'],
    ]);
  });

  it('gives a range its second day and numeric dates their values', () => {
    const text =
      'Ministers meet in Halden on Oct. 12-13. The order, dated 11/2/2016, was filed on ' +
      '2016-10-18 and takes effect on 12/15/2016.';
    assert.deepEqual(tag(text, '2016-11-09'), [
      ['Oct. 12', '2016-10-12'],
      ['13', '2016-10-13'],
      ['11/2/2016', '2016-11-02'],
      ['2016-10-18', '2016-10-18'],
      ['12/15/2016', '2016-12-15'],
    ]);
  });

  it('counts back and resolves anaphora against the last time named', () => {
    const text =
      'Three years ago the town of Pellick had no library. The dam failed on Aug. 30, 2011, and ' +
      'the mayor resigned the following month. Sales rose 2 percent in November from a year earlier.';
    assert.deepEqual(tag(text, '2014-12-19'), [
      ['Three years ago', '2011'],
      ['Aug. 30, 2011', '2011-08-30'],
      ['the following month', '2011-09'],
      ['November', '2014-11'],
      ['a year earlier', '2013-11'],
    ]);
  });

  it('gives parts of day, clock times, weekends, quarters, seasons and decades', () => {
    const text =
      'Polls closed at 8 p.m. Tuesday and the mayor conceded on Wednesday afternoon. Floodwater ' +
      'receded this morning; more rain is due tonight and over the weekend. Profit fell in the third ' +
      'quarter, and the plant, built in the 1950s, will close in the autumn.';
    assert.deepEqual(tag(text, '2016-11-09'), [
      ['8 p.m. Tuesday', '2016-11-08T20:00'],
      ['Wednesday afternoon', '2016-11-09TAF'],
      ['this morning', '2016-11-09TMO'],
      ['tonight', '2016-11-09TNI'],
      ['the weekend', '2016-W45-WE'],
      ['the third quarter', '2016-Q3'],
      ['the 1950s', '195'],
      ['the autumn', '2016-FA'],
    ]);
  });

  it('keeps a weekday in a possessive: "Friday\'s attack" is a date', () => {
    assert.deepEqual(tag("Friday's attack on the depot killed two guards.", '2014-09-28'), [
      ['Friday', '2014-09-26'],
    ]);
  });

  it('returns mentions sorted, non-overlapping and carrying their rule ids', () => {
    const text = 'On Monday, Sept. 15, 2014, at 9 a.m. the vote began; results came Sept. 16-17.';
    const found = findTimes(text, '2014-09-28');
    assert.ok(found.length >= 3);
    for (let i = 1; i < found.length; i++)
      assert.ok((found[i - 1]?.span[1] ?? 0) <= (found[i]?.span[0] ?? 0));
    for (const t of found) assert.match(t.rule, /^[a-z0-9-]+$/);
    assert.deepEqual(found[0], { span: [3, 25], value: '2014-09-15', rule: 'month-day-year' });
  });
});

describe('findTimes without a publication date', () => {
  const text =
    'The bank, fined on Sept. 28, 2014, and again in 2016, said on Friday that last week was calm.';

  it('keeps what carries its own year and drops what is relative', () => {
    assert.deepEqual(tag(text), [
      ['Sept. 28, 2014', '2014-09-28'],
      ['2016', '2016'],
    ]);
  });

  it('drops a day without a year ("Sept. 15") and treats a bad date as none', () => {
    assert.deepEqual(tag('The talks began on Sept. 15 in Halden.'), []);
    assert.deepEqual(tag('The talks began on Sept. 15 in Halden.', 'not a date'), []);
  });

  it('takes the calendar day of a date-time, in its own zone', () => {
    assert.deepEqual(tag('The minister resigned yesterday.', '2014-09-28T23:30:00-04:00'), [
      ['yesterday', '2014-09-27'],
    ]);
  });
});
