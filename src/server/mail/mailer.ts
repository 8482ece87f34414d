import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { QueuedMessage } from '../store/outbox';

/** Delivers one message; throws when the mail server refuses it or cannot be reached. */
export type Mailer = { send(message: QueuedMessage): Promise<void>; describe: string; close(): void };

const toNodemailer = (message: QueuedMessage, from: string) => ({
  from,
  to: message.to,
  ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  subject: message.subject,
  text: message.text,
  html: message.html,
  headers: message.headers ?? {},
  // The same Message-ID on a retry, so a server that got it once can tell.
  messageId: `<outbox-${message.id}@rattslaget>`,
});

/**
 * SMTP (`SMTP_URL`, smtp:// or smtps:// with credentials) through nodemailer; without it,
 * every message becomes an .eml file in `outboxDir` and one log line, so `npm start` needs
 * no mail server and a person can open what would have gone.
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string; outboxDir: string; log?: (line: string) => void }): Mailer {
  const log = options.log ?? ((line) => console.log(line));
  if (options.smtpUrl) {
    // A pool of connections, reused from message to message, as many as the sender sends at once.
    const transport = nodemailer.createTransport({ url: options.smtpUrl, pool: true, maxConnections: 4 } as Parameters<typeof nodemailer.createTransport>[0]);
    const where = new URL(options.smtpUrl);
    return {
      describe: `SMTP ${where.hostname}:${where.port || (where.protocol === 'smtps:' ? 465 : 587)}`,
      async send(message) {
        await transport.sendMail(toNodemailer(message, options.from));
      },
      close: () => transport.close(),
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: `filer i ${options.outboxDir}`,
    async send(message) {
      const { message: eml } = (await files.sendMail(toNodemailer(message, options.from))) as { message: Buffer };
      await mkdir(options.outboxDir, { recursive: true });
      const file = path.join(options.outboxDir, `${String(message.id).padStart(8, '0')}-${message.kind}.eml`);
      await writeFile(file, eml);
      log(`E-post till ${message.to} ("${message.subject}") sparad som ${file}`);
    },
    close: () => files.close(),
  };
}
