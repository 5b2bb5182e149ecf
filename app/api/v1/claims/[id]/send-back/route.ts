import { apiRoute } from "@/lib/http/api";
import { sendBackClaim } from "@/lib/signoff/mutations";

export const POST = apiRoute({ readsBody: true }, async ({ user, body, params }) => sendBackClaim(user, params.id, body));
