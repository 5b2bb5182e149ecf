import { apiRoute, created } from "@/lib/http/api";
import { listRevisions } from "@/lib/revisions/data";
import { importRevisionFromUrl } from "@/lib/revisions/import-url";
import { importRevision } from "@/lib/revisions/mutations";

export const GET = apiRoute({}, async ({ user, params }) => listRevisions(user, params.id));

/** A body with a `url` and no `body` fetches the page at that address (as POST /api/v1/articles does). */
const isUrlImport = (body: unknown): boolean =>
  typeof body === "object" && body !== null && "url" in body && !("body" in body);

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) => {
  const { revision, counts, claims } = await (isUrlImport(body) ? importRevisionFromUrl : importRevision)(user, params.id, body);
  return created({ revision, counts, claims });
});
