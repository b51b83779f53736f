import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AuthModule } from './auth/auth.module';
import { UsersService } from './auth/users.service';
import { validateEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  users:create --name NAME   Create a user and print its id and API key (shown once).

The database is DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when DATABASE_URL is unset.`;

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    DatabaseModule,
    AuthModule,
  ],
})
class CliModule {}

async function createUser(name: string): Promise<void> {
  const context = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  context.enableShutdownHooks();

  try {
    const user = await context.get(UsersService).create(name);
    process.stdout.write(`${JSON.stringify({ id: user.id, name: user.name, apiKey: user.apiKey }, null, 2)}\n`);
    process.stderr.write('Keep the API key now: Cadence stores only its hash and cannot show it again.\n');
  } finally {
    await context.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;

  if (command === 'users:create') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } }, strict: true });
    const name = values.name?.trim();
    if (!name || name.length > 200) {
      process.stderr.write(`users:create needs --name with 1 to 200 characters\n\n${USAGE}\n`);
      return 2;
    }
    await createUser(name);
    return 0;
  }

  process.stderr.write(`${command ? `Unknown command '${command}'.\n\n` : ''}${USAGE}\n`);
  return command ? 2 : 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    new Logger('Cli').error(error.message);
    process.exit(1);
  });
