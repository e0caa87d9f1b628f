/** Sends one plain-text message; absent (null) when no SMTP server is configured. */
export abstract class Mailer {
  abstract send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export const MAILER = Symbol('MAILER');
