import { finalizeArticle, previewFinalize } from "@/lib/articles/finalize";
import { apiRoute } from "@/lib/http/api";

/** What finalizing would leave unfinished (the counts a POST must confirm). */
export const GET = apiRoute({}, async ({ user, params }) => previewFinalize(user, params.id));

export const POST = apiRoute({ readsBody: "optional" }, async ({ user, body, params }) =>
  finalizeArticle(user, params.id, body ?? {}),
);
