import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process, on a free loopback port (or `port`), keeping what it is sent (parsed). */
export async function startSmtp(port = 0): Promise<{ url: string; port: number; received: ParsedMail[]; envelopes: string[][]; stop(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Stopping does not wait for the senders' pooled connections to say goodbye.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((address) => address.address);
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          envelopes.push(to);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${bound}`, port: bound, received, envelopes, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
