import { apiRoute } from "@/lib/http/api";
import { setOwnTimeZone } from "@/lib/time/mutations";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ user }) => ({ timeZone: user.timeZone }));

export const PUT = apiRoute({ readsBody: true }, async ({ user, body }) => setOwnTimeZone(user, body));
