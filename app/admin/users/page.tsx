import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import type { OpenAssignmentItem, ReviewerOption } from "@/components/admin/open-work-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { formatDate, formatDue } from "@/components/format";
import { listOpenAssignmentsOf } from "@/lib/assignments/data";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listUsers, openAssignmentCountsByUser } from "@/lib/users/data";
import { claimLabel } from "@/lib/workflow/states";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const admin = await requirePermission("user.manage");
  const zone = await viewerTimeZone(admin);
  const [users, openCounts] = await Promise.all([listUsers(), openAssignmentCountsByUser()]);
  const reviewers: ReviewerOption[] = users
    .filter((user) => user.active && user.role === "REVIEWER")
    .map((user) => ({ id: user.id, name: user.name, openLoad: openCounts.get(user.id) ?? 0 }));
  // The open work of everyone who holds some: what deactivating them would leave behind.
  const holders = users.filter((user) => user.id !== admin.id && openCounts.has(user.id));
  const openWork = new Map<string, OpenAssignmentItem[]>(
    await Promise.all(
      holders.map(async (user) => {
        const assignments = await listOpenAssignmentsOf(admin, user.id);
        const items = assignments.map((assignment) => ({
          id: assignment.id,
          claimId: assignment.claim.id,
          claimLabel: claimLabel(assignment.claim),
          articleTitle: assignment.claim.article.title,
          dueLabel: assignment.dueAt ? formatDue(assignment.dueAt, zone) : null,
        }));
        return [user.id, items] as const;
      }),
    ),
  );
  return (
    <>
      <h1>Users</h1>
      <section className="card" aria-labelledby="new-user">
        <h2 id="new-user">Add a user</h2>
        <CreateUserForm />
      </section>
      <table aria-label="Users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">
              <span className="muted">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-row-${user.email}`}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.active ? "Active" : `Deactivated ${formatDate(user.deactivatedAt, zone)}`}</td>
              <td>{formatDate(user.createdAt, zone)}</td>
              <td>
                {user.id === admin.id ? (
                  <span className="muted">You</span>
                ) : (
                  <div className="stack">
                    <UserRowControls
                      user={{ id: user.id, name: user.name, role: user.role, active: user.active }}
                      openAssignments={openWork.get(user.id) ?? []}
                      reviewers={reviewers.filter((reviewer) => reviewer.id !== user.id)}
                    />
                    <SetPasswordForm user={{ id: user.id, name: user.name }} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
