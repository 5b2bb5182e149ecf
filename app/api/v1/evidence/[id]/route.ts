import { editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { apiRoute } from "@/lib/http/api";
import { versionFromQuery } from "@/lib/http/etag";

export const PATCH = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  editEvidence(user, params.id, body),
);

export const DELETE = apiRoute({ ifMatch: "query" }, async ({ user, params, request, ifMatchVersion }) =>
  removeEvidence(user, params.id, { version: versionFromQuery(request.nextUrl.searchParams, ifMatchVersion) }),
);
