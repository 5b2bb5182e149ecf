import { apiRoute } from "@/lib/http/api";
import { listRatingLabels } from "@/lib/rating-scale/data";
import { scaleBounds } from "@/lib/rating-scale/scale";

// Everyone signed in reads the scale (reviewers choose a label from it).
export const GET = apiRoute({}, async ({ user }) => {
  const labels = await listRatingLabels(user);
  return { scale: scaleBounds(labels.some((label) => !label.retiredAt)), labels };
});
