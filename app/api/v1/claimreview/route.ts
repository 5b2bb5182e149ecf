import { apiRoute } from "@/lib/http/api";
import { claimReviewFeed } from "@/lib/publishing/data";

// Any signed-in caller or token: the feed holds only what is already public.
export const GET = apiRoute({}, async ({ request }) => claimReviewFeed(request.nextUrl.searchParams));
