import { apiRoute } from "@/lib/http/api";
import { publishArticle } from "@/lib/publishing/mutations";

export const POST = apiRoute({ readsBody: true }, async ({ user, body, params }) => publishArticle(user, params.id, body));
