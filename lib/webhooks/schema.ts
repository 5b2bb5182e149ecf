// Input of the webhook endpoints, shared by the admin form and the API. Browser-safe: zod only.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

export const MIN_SECRET_LENGTH = 16;
export const MAX_SECRET_LENGTH = 200;

const url = z
  .string({ error: "Enter the endpoint's URL." })
  .trim()
  .min(1, "Enter the endpoint's URL.")
  .max(2000, "The URL is too long (at most 2,000 characters).")
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.username && !parsed.password;
    } catch {
      return false;
    }
  }, "Enter a web address starting with https:// (or http://), without a user name or password.");

const events = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `Unknown event: choose from ${WEBHOOK_EVENTS.join(", ")}.` }), {
    error: "events must be a list of event names.",
  })
  .min(1, "Choose at least one event.")
  .transform((list) => [...new Set(list)]);

/** A secret the admin chose; empty means "generate one". */
const secret = z
  .string({ error: "The secret must be text." })
  .trim()
  .refine(
    (value) => value === "" || value.length >= MIN_SECRET_LENGTH,
    `The secret must be at least ${MIN_SECRET_LENGTH} characters (or leave it empty to have one generated).`,
  )
  .refine((value) => value.length <= MAX_SECRET_LENGTH, `The secret must be at most ${MAX_SECRET_LENGTH} characters.`)
  .optional()
  .transform((value) => value || undefined);

export const createWebhookSchema = z.object({ url, events, secret });

export const updateWebhookSchema = z
  .object({
    url: url.optional(),
    events: events.optional(),
    enabled: z.boolean({ error: "enabled must be true or false." }).optional(),
    /** A new secret chosen by the admin; or rotateSecret: true for a generated one. */
    secret,
    rotateSecret: z.literal(true, { error: "rotateSecret can only be true." }).optional(),
  })
  .refine((value) => !(value.secret && value.rotateSecret), {
    message: "Send either a secret or rotateSecret, not both.",
    path: ["rotateSecret"],
  });

export type CreateWebhookInput = z.input<typeof createWebhookSchema>;
export type UpdateWebhookInput = z.input<typeof updateWebhookSchema>;
