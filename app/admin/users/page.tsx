import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { formatDate } from "@/components/format";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/http/session";
import { listUsers } from "@/lib/users/data";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const admin = await requirePermission("user.manage");
  const users = await listUsers();
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
              <td>{user.active ? "Active" : `Deactivated ${formatDate(user.deactivatedAt)}`}</td>
              <td>{formatDate(user.createdAt)}</td>
              <td>
                {user.id === admin.id ? (
                  <span className="muted">You</span>
                ) : (
                  <UserRowControls user={{ id: user.id, name: user.name, role: user.role, active: user.active }} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
