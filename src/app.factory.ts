import { BadRequestException, INestApplication, LogLevel, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import type { Environment } from './config/environment';
import { bodyParserErrors, jsonBodyParserOptions, requireJsonContentType } from './common/http/json-body-parser';
import { MAX_BODY_DEPTH, MAX_BODY_MEMBERS, MAX_OBJECT_KEYS } from './common/http/json-body-scanner';
import { rejectReservedQueryKeys } from './common/http/reserved-keys';
import { UnhandledExceptionFilter } from './common/http/unhandled-exception.filter';
import { flattenValidationErrors } from './common/validation/flatten-validation-errors';

const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Build the Nest application with everything main.ts and the e2e tests share; the caller listens. */
export async function createApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { bodyParser: false, bufferLogs: true });
  const config = app.get<ConfigService<Environment, true>>(ConfigService);

  const level = config.get('LOG_LEVEL', { infer: true }) as LogLevel;
  app.useLogger(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1));
  app.flushLogs();

  app.disable('x-powered-by');
  app.use(rejectReservedQueryKeys);
  app.use(requireJsonContentType);
  // NOTE: with `rawBody: true` in NestFactory.create, Nest replaces the parser's `verify` hook with
  // its own, and the checks of scanJsonBody would no longer run.
  app.useBodyParser('json', jsonBodyParserOptions(config.get('MAX_BODY_BYTES', { infer: true })));
  app.use(bodyParserErrors);
  app.useGlobalFilters(new UnhandledExceptionFilter(app.getHttpAdapter()));

  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors)),
    }),
  );
  app.enableShutdownHooks();

  setUpSwagger(app);
  return app;
}

function setUpSwagger(app: INestApplication): void {
  const document = new DocumentBuilder()
    .setTitle('Cadence')
    .setDescription(
      'Content strategies, one active strategy per user, and the calendars planned from it. ' +
        'Send a user API key as `Authorization: Bearer cad_…`; admin endpoints take the ADMIN_TOKEN setting ' +
        'instead. Request bodies are JSON objects in UTF-8, sent with `Content-Type: application/json`, nested at ' +
        `most ${MAX_BODY_DEPTH} levels deep, with at most ${MAX_OBJECT_KEYS} keys per object and ` +
        `${MAX_BODY_MEMBERS} object members and list items in total.`,
    )
    .setVersion('1')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'opaque API key', description: 'A user API key (cad_…)' },
      'api-key',
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'opaque token', description: 'The ADMIN_TOKEN setting' },
      'admin-token',
    )
    .build();

  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document), {
    jsonDocumentUrl: 'docs-json',
  });
}
