import { apiRoute } from "@/lib/http/api";
import { approveClaim } from "@/lib/signoff/mutations";

// The body is optional: an approval names the verdict in force; `version` pins it.
export const POST = apiRoute({ readsBody: "optional" }, async ({ user, body, params }) => approveClaim(user, params.id, body));
