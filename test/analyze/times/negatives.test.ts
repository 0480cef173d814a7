/**
 * What the tagger must not report: durations, sets, vague references, and words that only look
 * like dates (modal "may", "the march", newspaper titles). Fictional sentences, written for
 * these tests; each names the phrase that must stay untagged.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findTimes } from '../../../src/analyze/times/index.js';

const PUBLISHED = '2014-09-28';

/** Sentences whose every time phrase is a non-date: nothing may be found in them. */
const NOTHING: readonly string[] = [
  'The protest lasted for three days before police cleared the square.',
  'He served two years in prison and was released on parole.',
  'The pass stayed closed for 24 hours as crews cleared the snow.',
  'Organisers planned a week-long festival and a two-year restoration.',
  'Cases have doubled over the past week, and the past three years were the warmest.',
  'The regulator will publish the cap a week earlier than planned.',
  'Voters may be tired after so many elections, analysts said.',
  'About 5,000 people took part in the march through central Valdora.',
  'Every Sunday, about 3,000 people visit the market.',
  'The minister gave an interview to the Sunday Courier.',
  'Sunday Times readers were asked to name the best novel.',
  'A reporter for USA Today spotted the candidate at the gate.',
  'Prices have fallen recently, and traders now expect a rebound in the coming weeks.',
  'The mine employs 2000 workers and produced 1500 tons of ore.',
  'Shares rose 2014 points to 18,230 on heavy trading.',
  'Tariffs were imposed on Christmas trees and Halloween costumes.',
  'The government could fall of its own weight, a senator said.',
];

describe('findTimes leaves non-dates alone', () => {
  for (const text of NOTHING)
    it(text, () => {
      assert.deepEqual(findTimes(text, PUBLISHED), []);
    });

  it('finds the date beside a duration, and only the date', () => {
    const text = 'The strike, which lasted six weeks, ended on Friday.';
    const found = findTimes(text, PUBLISHED).map((t) => text.slice(t.span[0], t.span[1]));
    assert.deepEqual(found, ['Friday']);
  });

  it('tells the month May from the modal and the name', () => {
    const text = 'Council leader Gwen May said the bypass may open in May. May told councillors it would.';
    const found = findTimes(text, PUBLISHED).map((t) => [text.slice(t.span[0], t.span[1]), t.value]);
    assert.deepEqual(found, [['May', '2015-05']]);
  });

  it('tells the month March from the noun', () => {
    const text = 'Organisers said the march would go ahead on March 3 as planned.';
    const found = findTimes(text, PUBLISHED).map((t) => [text.slice(t.span[0], t.span[1]), t.value]);
    assert.deepEqual(found, [['March 3', '2015-03-03']]);
  });
});
