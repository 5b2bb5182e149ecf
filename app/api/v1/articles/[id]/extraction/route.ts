import { rerunExtraction } from "@/lib/claims/additions";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute({}, async ({ user, params }) => rerunExtraction(user, params.id));
