import { z } from 'zod/mini';
import { emailAddress } from '../../lib/email.ts';
import { nonEmpty, oneLine, plainLines } from '../../lib/schemaChecks.ts';

export const MAX_TIP_RECIPIENTS = 10;
/** The sender's note, as it goes into the e-mail to each recipient. */
export const MAX_TIP_MESSAGE = 500;
export const MAX_TIP_NAME = 100;

/**
 * At most `max` items. Not z.maxLength: that stops zod before it checks the
 * items, and a wrong address is worth hearing about whatever the count.
 */
function atMost(max: number) {
  return z.superRefine<unknown[]>((items, ctx) => {
    if (items.length > max) ctx.addIssue({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, input: items });
  });
}

export const tipRequestSchema = z.object({
  recipients: z.array(emailAddress).check(nonEmpty, atMost(MAX_TIP_RECIPIENTS)),
  // One line: a line break in it could forge headers of the e-mail it is put in.
  senderName: z.string().check(z.trim(), nonEmpty, z.maxLength(MAX_TIP_NAME), oneLine),
  senderEmail: emailAddress,
  message: z.optional(z.string().check(z.trim(), z.maxLength(MAX_TIP_MESSAGE), plainLines)),
});
export const tipReceiptSchema = z.object({ sent: z.int().check(z.nonnegative()) });

export type TipRequest = z.infer<typeof tipRequestSchema>;
