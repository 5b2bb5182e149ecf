// The notification centre: your notifications (newest first, paged), marking them read, and your
// preferences per kind. Kinds, defaults and email: docs/notifications.md.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { markNotificationsReadSchema, notificationPreferencesSchema } from "@/lib/notifications/schema";
import { authRequired, invalidInput, json, nextCursor, pageQuery } from "../openapi-helpers";

const kind = z.enum(NOTIFICATION_KINDS).meta({
  description:
    "ASSIGNED, MENTIONED, CONSULTED, DUE_TOMORROW, OVERDUE, VERDICT_REOPENED (your verdict was taken back), VERDICT_CHANGED (someone else set a new verdict over yours), SOURCE_CHANGED (a source you cited changed or is gone), SIGNOFF_REQUESTED (a verdict on a claim you assigned awaits sign-off), WEBHOOK_DISABLED (admins: a webhook endpoint failing for a day was disabled; no article or claim). New kinds may be added.",
});
const channel = z.enum(NOTIFICATION_CHANNELS).meta({
  description:
    "APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.",
});

export const notificationBody = z
  .object({
    id: z.string(),
    kind,
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    articleId: z
      .string()
      .nullable()
      .meta({ description: "null for a notice about the server itself (WEBHOOK_DISABLED), shown to admins only." }),
    articleTitle: z.string().nullable(),
    claimId: z.string().nullable(),
    claimNumber: z.int().nullable(),
    actor: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .meta({ description: "Who made the change; null for reminders and source checks." }),
    link: z
      .string()
      .meta({ description: "The app's page of the thing (a path such as /claims/ID, or /admin/webhooks)." }),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).meta({
      description:
        "Facts of the kind: commentId, assignmentId, dueAt, fromStatus, toStatus, evidenceId, state; for WEBHOOK_DISABLED endpointId, url and failingSince (never the secret).",
    }),
  })
  .meta({ id: "Notification" });

const preferencesBody = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((name) => [name, channel])))
  .meta({ id: "NotificationPreferences", description: "Every kind's channel (your choice, else the default)." });

export const notificationPaths: ZodOpenApiPathsObject = {
  "/api/v1/notifications": {
    get: {
      summary:
        "Your notifications, newest first, on claims you may still read (and, for admins, notices about the server)",
      requestParams: {
        query: pageQuery.extend({
          unread: z.enum(["true", "false"]).optional().meta({ description: "true: only unread ones." }),
        }),
      },
      responses: {
        "200": {
          description: "A page of notifications, with your unread count",
          ...json(
            z.object({
              notifications: z.array(notificationBody),
              unread: z.int().meta({ description: "All your unread notifications (the header badge)." }),
              next: nextCursor,
            }),
          ),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
  "/api/v1/notifications/read": {
    post: {
      summary: "Mark some of your notifications read (`ids`), or all of them (`all: true`)",
      requestBody: json(markNotificationsReadSchema, { all: true }),
      responses: {
        "200": {
          description: "Marked",
          ...json(z.object({ count: z.int().meta({ description: "Notifications that were unread." }) })),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
  "/api/v1/me/notification-preferences": {
    get: {
      summary: "How each kind of notification reaches you",
      responses: {
        "200": {
          description: "Every kind's channel",
          ...json(
            z.object({
              preferences: preferencesBody,
              emailEnabled: z.boolean().meta({
                description: "false: this server has no SMTP settings, so EMAIL and DIGEST reach the app only.",
              }),
            }),
          ),
        },
        ...authRequired,
      },
    },
    put: {
      summary: "Choose how each kind reaches you (a kind left out goes back to its default)",
      requestBody: json(notificationPreferencesSchema, {
        ASSIGNED: "EMAIL",
        MENTIONED: "APP",
        SOURCE_CHANGED: "DIGEST",
      }),
      responses: {
        "200": {
          description: "Saved; every kind's channel now",
          ...json(z.object({ preferences: preferencesBody, emailEnabled: z.boolean() })),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
};
