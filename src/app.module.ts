import { CacheModule } from '@nestjs/cache-manager';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { createKeyv } from 'cacheable';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { Environment, validateEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { StrategyModule } from './strategy/strategy.module';

const memoryCache = CacheModule.registerAsync({
  isGlobal: true,
  inject: [ConfigService],
  useFactory: (config: ConfigService<Environment, true>) => ({
    stores: [
      createKeyv({
        ttl: config.get('STRATEGY_CACHE_TTL_MS', { infer: true }),
        lruSize: config.get('STRATEGY_CACHE_MAX_ENTRIES', { infer: true }),
        // Purge expired entries once a minute so `entries` in the statistics stays close to the truth.
        checkInterval: 60_000,
        // Return cached values without a structuredClone on every read (about 10 µs of a 15 µs hit);
        // StrategyCacheService deep-freezes what it stores, so no reader can change a shared value.
        useClone: false,
      }),
    ],
  }),
});

@Module({})
export class AppModule {
  /**
   * Build the root module, reading and validating the environment now rather than when this file is
   * imported, so each application (and each e2e test) reads the environment of its own start.
   */
  static register(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
        memoryCache,
        DatabaseModule,
        AuthModule,
        HealthModule,
        StrategyModule,
        CalendarModule,
      ],
    };
  }
}
