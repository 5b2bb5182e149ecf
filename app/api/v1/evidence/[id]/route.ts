import { editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { apiRoute } from "@/lib/http/api";

export const PATCH = apiRoute({ readsBody: true }, async ({ user, body, params }) =>
  editEvidence(user, params.id, body),
);

// DELETE carries the claim version as ?version=N (a DELETE body is unusual for HTTP clients).
export const DELETE = apiRoute({}, async ({ user, params, request }) => {
  const raw = request.nextUrl.searchParams.get("version");
  return removeEvidence(user, params.id, { version: raw === null || raw === "" ? undefined : Number(raw) });
});
