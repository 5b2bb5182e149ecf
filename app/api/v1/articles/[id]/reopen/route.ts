import { reopenArticle } from "@/lib/articles/finalize";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute({}, async ({ user, params }) => reopenArticle(user, params.id));
