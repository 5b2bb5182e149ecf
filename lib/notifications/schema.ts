// Inputs of the notification centre, shared by the settings form, the server actions and the API.
// Imports nothing server-side.
import { z } from "zod";
import { idSchema } from "@/lib/schemas";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

export const channelSchema = z.enum(NOTIFICATION_CHANNELS, {
  error: "Choose APP, EMAIL, DIGEST or OFF.",
});

/**
 * The whole set of choices (PUT replaces it): one channel per kind. A kind left out goes back to
 * its default; a kind this server does not know is refused, so a typo is not silently ignored.
 */
export const notificationPreferencesSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, channelSchema.optional()])) as Record<
    NotificationKind,
    z.ZodOptional<typeof channelSchema>
  >,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown kind: ${issue.keys.join(", ")}.`
        : "Send an object of kind → channel.",
  },
);
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesSchema>;

/** Mark some notifications read (`ids`), or all of yours (`all: true`). */
export const markNotificationsReadSchema = z
  .object({
    ids: z
      .array(idSchema, { error: "Send the ids of the notifications to mark read." })
      .max(200, { error: "Mark at most 200 notifications at once." })
      .optional(),
    all: z.literal(true, { error: "all must be true when sent." }).optional(),
  })
  .refine((input) => (input.ids !== undefined) !== (input.all !== undefined), {
    error: "Send either ids or all: true.",
    path: ["ids"],
  });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadSchema>;

/** The list's filter: everything, or only unread ones. */
export const notificationListQuerySchema = z.object({
  unread: z.enum(["true", "false"], { error: "unread must be true or false." }).optional(),
});
