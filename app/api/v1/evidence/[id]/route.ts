import { AppError } from "@/lib/errors";
import { editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { apiRoute } from "@/lib/http/api";

export const PATCH = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  editEvidence(user, params.id, body),
);

// DELETE carries the claim version as ?version=N or If-Match (a DELETE body is unusual for HTTP clients).
export const DELETE = apiRoute({ ifMatch: "query" }, async ({ user, params, request, ifMatchVersion }) => {
  const raw = request.nextUrl.searchParams.get("version");
  const version = raw === null || raw === "" ? undefined : Number(raw);
  if (ifMatchVersion !== null && version !== undefined && version !== ifMatchVersion) {
    throw new AppError("VALIDATION_FAILED", "?version and If-Match name different versions; send one of them.", {
      fields: { version: ["?version and If-Match name different versions; send one of them."] },
    });
  }
  return removeEvidence(user, params.id, { version: ifMatchVersion ?? version });
});
