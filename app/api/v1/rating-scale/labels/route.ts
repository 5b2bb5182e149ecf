import { apiRoute, created } from "@/lib/http/api";
import { createRatingLabel } from "@/lib/rating-scale/mutations";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created({ label: await createRatingLabel(user, body) }));
