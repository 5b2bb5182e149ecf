import { apiRoute } from "@/lib/http/api";
import { getRatingLabel } from "@/lib/rating-scale/data";
import { deleteRatingLabel, updateRatingLabel } from "@/lib/rating-scale/mutations";

export const GET = apiRoute({}, async ({ user, params }) => ({ label: await getRatingLabel(user, params.id) }));

export const PATCH = apiRoute({ readsBody: true }, async ({ user, params, body }) => ({
  label: await updateRatingLabel(user, params.id, body),
}));

// 409 when a claim carries the label: rename or retire it instead.
export const DELETE = apiRoute({}, async ({ user, params }) => deleteRatingLabel(user, params.id));
