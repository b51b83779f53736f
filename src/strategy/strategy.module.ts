import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActiveStrategyController } from './active-strategy/active-strategy.controller';
import { ActiveStrategyService } from './active-strategy/active-strategy.service';
import { ActivationService } from './activation/activation.service';
import { StrategyActivation } from './activation/strategy-activation.entity';
import { AdminCacheController } from './cache/admin-cache.controller';
import { StrategyCacheService } from './cache/strategy-cache.service';
import { UserCacheInterceptor } from './cache/user-cache.interceptor';
import { ContentStrategy } from './content-strategy.entity';
import { StrategyController } from './strategy.controller';
import { StrategyRepository } from './strategy.repository';
import { StrategyRevision } from './strategy-revision.entity';
import { StrategyService } from './strategy.service';

@Module({
  imports: [TypeOrmModule.forFeature([ContentStrategy, StrategyActivation, StrategyRevision])],
  // ActiveStrategyController comes first: Express matches routes in registration order.
  controllers: [ActiveStrategyController, StrategyController, AdminCacheController],
  providers: [
    StrategyCacheService,
    ActiveStrategyService,
    ActivationService,
    StrategyRepository,
    StrategyService,
    UserCacheInterceptor,
  ],
  exports: [ActiveStrategyService, StrategyCacheService],
})
export class StrategyModule {}
