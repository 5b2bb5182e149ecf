import { apiRoute } from "@/lib/http/api";
import { setOwnLocale } from "@/lib/i18n/mutations";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ user }) => ({ locale: user.locale }));

export const PUT = apiRoute({ readsBody: true }, async ({ user, body }) => setOwnLocale(user, body));
