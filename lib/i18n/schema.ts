// The interface-language setting, shared by the settings form and the server.
import { z } from "zod";
import { LOCALES } from "./locales";

const LOCALE_MESSAGE = `Choose one of the interface languages (${LOCALES.join(", ")}), or none to follow your browser.`;

/** A supported language; null (or "") goes back to the browser's preference. */
export const localeSettingSchema = z.object({
  locale: z
    .union([z.enum(LOCALES), z.literal(""), z.null()], { error: LOCALE_MESSAGE })
    .transform((value) => (value === "" ? null : value)),
});
export type LocaleSettingInput = z.input<typeof localeSettingSchema>;
