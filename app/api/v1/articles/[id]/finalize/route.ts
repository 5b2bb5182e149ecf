import { finalizeArticle } from "@/lib/articles/finalize";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute({}, async ({ user, params }) => finalizeArticle(user, params.id));
