import { User } from '../auth/user.entity';
import { CalendarEntryRow } from '../calendar/generation/calendar-entry.entity';
import { CalendarGeneration } from '../calendar/generation/calendar-generation.entity';
import { ContentStrategy } from '../strategy/content-strategy.entity';
import { StrategyActivation } from '../strategy/activation/strategy-activation.entity';
import { StrategyRevision } from '../strategy/strategy-revision.entity';

export const ENTITIES = [User, ContentStrategy, StrategyActivation, StrategyRevision, CalendarGeneration, CalendarEntryRow];
