import { undoCurationRequest } from "@/lib/claims/undo";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => undoCurationRequest(user, body));
