// The time zone setting, shared by the settings form and the server.
import { z } from "zod";
import { canonicalTimeZone } from "./zones";

const TIME_ZONE_MESSAGE = "Choose a time zone from the list (an IANA name such as Europe/Berlin).";

/** An IANA zone name, stored canonical; null (or "") goes back to the browser's zone. */
export const timeZoneSettingSchema = z.object({
  timeZone: z
    .union([z.string({ error: TIME_ZONE_MESSAGE }), z.null()], { error: TIME_ZONE_MESSAGE })
    .transform((value, context) => {
      if (value === null || value.trim() === "") return null;
      const zone = canonicalTimeZone(value.trim());
      if (!zone) context.addIssue({ code: "custom", message: TIME_ZONE_MESSAGE });
      return zone ?? z.NEVER;
    }),
});
export type TimeZoneSettingInput = z.input<typeof timeZoneSettingSchema>;

/** The cookie in which the browser reports its own zone, used while the user has chosen none. */
export const BROWSER_TIME_ZONE_COOKIE = "claimledger-tz";
