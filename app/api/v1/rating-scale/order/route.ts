import { apiRoute } from "@/lib/http/api";
import { reorderRatingLabels } from "@/lib/rating-scale/mutations";

export const PUT = apiRoute({ readsBody: true }, async ({ user, body }) => reorderRatingLabels(user, body));
