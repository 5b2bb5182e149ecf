import { presentImportedArticle } from "@/lib/api/present";
import { importArticle } from "@/lib/articles/mutations";
import { apiRoute, created } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) =>
  created(presentImportedArticle(await importArticle(user, body))),
);
