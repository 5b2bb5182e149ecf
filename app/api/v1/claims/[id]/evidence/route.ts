import { addEvidence } from "@/lib/evidence/mutations";
import { apiRoute, created } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  created(await addEvidence(user, params.id, body)),
);
