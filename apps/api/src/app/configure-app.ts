import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';

/** Paths the API owns; everything else under GET is the single-page web app. */
const API_PATHS = /^\/(graphql|health|collab|api)(\/|$)/;

/** Everything main.ts and the tests both need, so tests boot the app as production does. */
export function configureApp(
  app: NestExpressApplication,
  webDist = resolve(process.env['WEB_DIST_DIR'] ?? 'dist/web'),
) {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.enableShutdownHooks();
  if (existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
}
