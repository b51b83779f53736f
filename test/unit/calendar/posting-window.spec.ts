import { parsePostingWindow } from '../../../src/calendar/planner/posting-window';
import type { PostingWindow } from '../../../src/calendar/planner/types';

const hours = (start: number, end: number) => ({ startMinute: start * 60, endMinute: end * 60 });

describe('parsePostingWindow', () => {
  it.each<[string, PostingWindow]>([
    ['Tuesday Morning', { days: [2], ...hours(8, 11) }],
    ['Lunch (12-2 PM)', hours(12, 14)],
    ['Early Morning (6-9 AM)', hours(6, 9)],
    ['Mid-Morning (9-11 AM)', hours(9, 11)],
    ['Mid-morning (9-11 AM)', hours(9, 11)],
    ['Evening (5-8 PM)', hours(17, 20)],
    ['Evening (5-7 PM)', hours(17, 19)],
    ['Weekend', { days: [6, 7], ...hours(0, 24) }],
    ['Weekend Mornings', { days: [6, 7], ...hours(8, 11) }],
    ['Thursday', { days: [4], ...hours(0, 24) }],
    ['Morning', hours(8, 11)],
    ['Afternoon', hours(13, 17)],
    ['9 AM', hours(9, 10)],
    ['9:30 am', { startMinute: 570, endMinute: 630 }],
    ['14:00-16:00', hours(14, 16)],
    ['11-1 PM', hours(11, 13)],
    ['10 AM - 2 PM', hours(10, 14)],
    ['Weekdays 9 AM', { days: [1, 2, 3, 4, 5], ...hours(9, 10) }],
    ['Mon-Wed evening', { days: [1, 2, 3], ...hours(17, 20) }],
    ['Fri to Mon', { days: [1, 5, 6, 7], ...hours(0, 24) }],
    ['Tuesdays and Thursdays', { days: [2, 4], ...hours(0, 24) }],
    ['Monday 9 AM', { days: [1], ...hours(9, 10) }],
    ['Late afternoon', hours(15, 17)],
    ['Night', hours(20, 23)],
    ['12 AM', hours(0, 1)],
  ])('parses "%s"', (phrase, expected) => {
    expect(parsePostingWindow(phrase)).toEqual(expected);
  });

  it.each(['Whenever the audience is online', 'ASAP', '', '25:00', '13 PM', '22:00-02:00', 'Monthly'])(
    'returns undefined for "%s"',
    (phrase) => {
      expect(parsePostingWindow(phrase)).toBeUndefined();
    },
  );

  it('prefers the clock time over the part-of-day word', () => {
    expect(parsePostingWindow('Morning (7-8 AM)')).toEqual(hours(7, 8));
  });

  it('does not read weekdays inside other words', () => {
    expect(parsePostingWindow('Sunrise month wedding')).toBeUndefined();
  });
});
