import type { Metadata } from "next";
import Link from "next/link";
import { formatDue } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { listQueue } from "@/lib/review/queue";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { claimLabel } from "@/lib/workflow/states";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage() {
  const user = await requirePermission("queue.view");
  const zone = await viewerTimeZone(user);
  const queue = await listQueue(user.id);
  return (
    <>
      <h1>My queue</h1>
      <p data-testid="queue-counts">
        <strong>{queue.openCount}</strong> open ·{" "}
        <strong className={queue.overdueCount ? "overdue" : undefined}>{queue.overdueCount}</strong> overdue
      </p>
      <p className="muted small">
        A verdict (corroborated, disputed or unverified) completes an assignment and takes it off this list.
      </p>
      {queue.items.length === 0 ? (
        <div className="card empty">Nothing assigned to you right now.</div>
      ) : (
        <table aria-label="Open assignments">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Claim</th>
              <th scope="col">Claimant</th>
              <th scope="col">Article</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.id} data-testid="queue-item">
                <td>{claimLabel(item.claim)}</td>
                <td>
                  <Link href={`/claims/${item.claim.id}`}>{item.claim.statement}</Link>
                  {item.note ? <div className="muted small">Note: {item.note}</div> : null}
                </td>
                <td>{item.claim.claimant ?? <span className="muted">—</span>}</td>
                <td>
                  <Link href={`/articles/${item.claim.article.id}#claim-${item.claim.id}`}>
                    {item.claim.article.title}
                  </Link>
                </td>
                <td className={item.overdue ? "overdue" : undefined}>
                  <span data-testid="queue-due">{formatDue(item.dueAt, zone)}</span>
                  {item.overdue ? " (overdue)" : ""}
                </td>
                <td>
                  <StatusBadge status={item.claim.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
