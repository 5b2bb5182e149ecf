import { apiRoute } from "@/lib/http/api";
import { setVerdict } from "@/lib/verdicts/mutations";

export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  setVerdict(user, params.id, body),
);
