/** Step number and name of each planning phase, shared by planCalendar and the phase providers. */
export const PHASE_DEFINITIONS = {
  strategyAnalysis: { step: 1, name: 'Content strategy analysis' },
  gapAnalysis: { step: 2, name: 'Gap analysis' },
  platformStrategy: { step: 3, name: 'Audience and platform strategy' },
  calendarFramework: { step: 4, name: 'Calendar framework' },
  pillarDistribution: { step: 5, name: 'Content pillar distribution' },
  platformContent: { step: 6, name: 'Platform-specific strategy' },
} as const;

export type PhaseKey = keyof typeof PHASE_DEFINITIONS;
