// next-intl's per-request configuration (named in next.config.js): the interface language is the
// signed-in user's choice, else the browser's Accept-Language, else English. Not a URL segment:
// a claim's address is the same for every reader, so links pasted between colleagues keep working.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getCurrentUser } from "./session";
import { viewerTimeZone } from "./time-zone";

/** The browser's language as it asks for it ("ar-SY,ar;q=0.9,…"), for "follow my browser". */
export async function browserLocale() {
  return resolveLocale(null, (await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const locale = resolveLocale(user?.locale, (await headers()).get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: await viewerTimeZone(user) };
});
