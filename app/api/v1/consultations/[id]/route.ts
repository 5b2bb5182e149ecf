import { endConsultation } from "@/lib/comments/mutations";
import { apiRoute } from "@/lib/http/api";

export const DELETE = apiRoute({}, async ({ user, params }) => endConsultation(user, params.id));
