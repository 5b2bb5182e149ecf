import { importArticle } from "@/lib/articles/mutations";
import { apiRoute, created } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created(await importArticle(user, body)));
