// A claim by its permanent number in its article (/articles/{id}/claims/7, or .../C7): the
// claim page lives at /claims/{claimId}, so this only resolves the number and redirects.
import { redirect } from "next/navigation";
import { renderAppError } from "@/lib/http/page-errors";
import { requireUser } from "@/lib/http/session";
import { claimIdByNumber } from "@/lib/review/claim-page";

export default async function ClaimByNumberPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const user = await requireUser();
  const { id, number } = await params;
  const claimId = await claimIdByNumber(user, id, number).catch(renderAppError);
  redirect(`/claims/${claimId}`);
}
