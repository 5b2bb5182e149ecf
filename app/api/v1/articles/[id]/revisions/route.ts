import { apiRoute, created } from "@/lib/http/api";
import { listRevisions } from "@/lib/revisions/data";
import { importRevision } from "@/lib/revisions/mutations";

export const GET = apiRoute({}, async ({ user, params }) => listRevisions(user, params.id));

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) => {
  const { revision, counts, claims } = await importRevision(user, params.id, body);
  return created({ revision, counts, claims });
});
