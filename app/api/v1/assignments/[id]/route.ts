import { unassign } from "@/lib/assignments/mutations";
import { apiRoute } from "@/lib/http/api";

export const DELETE = apiRoute({}, async ({ user, params }) => unassign(user, params.id));
