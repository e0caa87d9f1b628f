import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MAILER } from './mailer';
import { SmtpMailer } from './smtp-mailer';

/** Mail is optional: without SMTP_URL, invitations are links an administrator hands over. */
@Global()
@Module({
  providers: [
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : null,
    },
  ],
  exports: [MAILER],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: SmtpMailer | null) {}

  onApplicationShutdown(): void {
    this.mailer?.close();
  }
}
