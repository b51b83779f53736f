import { validateEnvironment } from '../../../src/config/environment';

describe('validateEnvironment', () => {
  it('applies the defaults to an empty environment', () => {
    const environment = validateEnvironment({});

    expect(environment.PORT).toBe(3000);
    expect(environment.DATA_DIR).toBe('./.data');
    expect(environment.STRATEGY_CACHE_TTL_MS).toBe(300000);
    expect(environment.DATABASE_URL).toBeUndefined();
    expect(environment.ADMIN_TOKEN).toBeUndefined();
  });

  it('parses numbers from strings', () => {
    const environment = validateEnvironment({ PORT: '8080', STRATEGY_CACHE_TTL_MS: '1000' });

    expect(environment.PORT).toBe(8080);
    expect(environment.STRATEGY_CACHE_TTL_MS).toBe(1000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['STRATEGY_CACHE_TTL_MS', '-5'],
    ['STRATEGY_CACHE_TTL_MS', '5m'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['REDIS_URL', 'localhost:6379'],
    ['ADMIN_TOKEN', 'short'],
    ['LOG_LEVEL', 'chatty'],
  ])('names %s=%s in the error', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(name);
  });

  it('does not print the admin token', () => {
    expect(() => validateEnvironment({ ADMIN_TOKEN: 'short' })).not.toThrow(/short/);
  });
});
