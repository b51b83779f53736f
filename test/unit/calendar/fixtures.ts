import type { StrategyContent } from '../../../src/strategy/strategy-content';
import type { CalendarRequest } from '../../../src/calendar/planner/types';

/** Builds a small, complete B2B strategy; tests override the fields they vary. */
export function makeStrategy(overrides: Partial<StrategyContent> = {}): StrategyContent {
  return {
    name: 'Ledgerline — close-automation launch',
    industry: 'B2B software (finance)',
    businessObjectives: ['Generate 200 sales-qualified leads per quarter', 'Reduce churn in the first 90 days'],
    teamSize: 50,
    contentFrequency: 'Weekly',
    preferredFormats: ['Blog Posts', 'Social Media Posts'],
    consumptionPatterns: { primaryChannels: ['Blog', 'LinkedIn'] },
    optimalTiming: {
      blogPosts: ['Tuesday Morning'],
      socialMedia: ['Mid-Morning (9-11 AM)'],
      timezone: 'Europe/Berlin',
    },
    brandVoice: { personalityTraits: ['Expert', 'Approachable'], communicationStyle: 'Plain language with numbers' },
    contentPillars: [
      { name: 'Close faster', weight: 3, keywords: ['month-end close', 'reconciliation'] },
      { name: 'Self-service analytics', weight: 2, keywords: ['finance dashboards'] },
      { name: 'Customer stories', weight: 1, keywords: ['customer success'] },
    ],
    marketGaps: [
      { gapDescription: 'No one publishes month-end close playbooks for small teams', priority: 'High' },
      { gapDescription: 'Few guides on finance dashboards for controllers', priority: 'Medium' },
    ],
    ...overrides,
  };
}

/** Builds a request for eight weeks from Monday 2027-03-01 in Berlin; tests override the fields they vary. */
export function makeRequest(overrides: Partial<CalendarRequest> = {}): CalendarRequest {
  return {
    startDate: '2027-03-01',
    endDate: '2027-04-25',
    timezone: 'Europe/Berlin',
    ...overrides,
  };
}
