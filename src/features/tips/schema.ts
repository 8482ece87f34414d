import { z } from 'zod/mini';

export const MAX_TIP_RECIPIENTS = 10;
export const MAX_TIP_MESSAGE = 1000;

export const tipRequestSchema = z.object({
  recipients: z.array(z.string()),
  senderName: z.string(),
  senderEmail: z.string(),
  message: z.optional(z.string()),
});
export const tipReceiptSchema = z.object({ sent: z.int().check(z.nonnegative()) });

export type TipRequest = z.infer<typeof tipRequestSchema>;
export type TipReceipt = z.infer<typeof tipReceiptSchema>;
