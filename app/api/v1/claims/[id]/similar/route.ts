import { apiRoute } from "@/lib/http/api";
import { similarForClaim } from "@/lib/similar/data";

export const GET = apiRoute({}, ({ user, params }) => similarForClaim(user, params.id));
