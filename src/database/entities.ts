import { User } from '../auth/user.entity';
import { ContentStrategy } from '../strategy/content-strategy.entity';
import { StrategyActivation } from '../strategy/activation/strategy-activation.entity';
import { StrategyRevision } from '../strategy/strategy-revision.entity';

export const ENTITIES = [User, ContentStrategy, StrategyActivation, StrategyRevision];
