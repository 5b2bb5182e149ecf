import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreateUserForm } from "@/components/admin/create-user-form";
import type { OpenAssignmentItem, ReviewerOption } from "@/components/admin/open-work-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { formatDate, formatDue } from "@/components/format";
import { UserText } from "@/components/user-text";
import { listOpenAssignmentsOf } from "@/lib/assignments/data";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listUsers, openAssignmentCountsByUser } from "@/lib/users/data";
import { claimLabel } from "@/lib/workflow/states";
import { SetPasswordForm } from "./set-password-form";
import { RequireNewPasswordButton } from "@/components/accounts/require-new-password-button";
import { TwoFactorPolicyForm } from "@/components/accounts/two-factor-policy-form";
import { accountFlagsOf } from "@/lib/accounts/password";
import { twoFactorRequiredForStaff } from "@/lib/accounts/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const admin = await requirePermission("user.manage");
  const [zone, locale, t, roles] = await Promise.all([
    viewerTimeZone(admin),
    getLocale(),
    getTranslations("admin"),
    getTranslations("roles"),
  ]);
  const [users, openCounts, requiredForStaff, ta] = await Promise.all([
    listUsers(),
    openAssignmentCountsByUser(),
    twoFactorRequiredForStaff(),
    getTranslations("adminAccounts"),
  ]);
  const accountFlags = await accountFlagsOf(users.map((user) => user.id));
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
          articleLanguage: assignment.claim.article.language,
          dueLabel: assignment.dueAt ? formatDue(assignment.dueAt, zone, locale) : null,
        }));
        return [user.id, items] as const;
      }),
    ),
  );
  return (
    <>
      <AdminNav current="people" />
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="new-user">
        <h2 id="new-user">{t("addUser")}</h2>
        <CreateUserForm />
      </section>
      <section className="card" aria-labelledby="sign-in-requirements">
        <h2 id="sign-in-requirements">{ta("heading")}</h2>
        <TwoFactorPolicyForm requiredForStaff={requiredForStaff} />
      </section>
      <div className="table-scroll">
        <table aria-label={t("tableLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("since")}</th>
              <th scope="col">
                <span className="muted">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid={`user-row-${user.email}`}>
                <td>
                  <UserText text={user.name} />
                </td>
                <td>
                  <bdi dir="ltr">{user.email}</bdi>
                </td>
                <td>{roles(user.role)}</td>
                <td>
                  {user.active
                    ? t("active")
                    : t("deactivatedOn", { date: formatDate(user.deactivatedAt, zone, locale) })}
                  {!user.active && openCounts.get(user.id) ? (
                    // Work left with a deactivated account waits for someone: flag it where admins look.
                    <p className="held-by-deactivated small" data-testid="deactivated-holds">
                      {t("holdsOpen", { count: openCounts.get(user.id) ?? 0 })}
                    </p>
                  ) : null}
                  {accountFlags.get(user.id)?.mustChangePassword ? (
                    <p className="small" data-testid="new-password-required">
                      {ta("newPasswordRequired")}
                    </p>
                  ) : null}
                  {accountFlags.get(user.id)?.twoFactorOn ? <p className="small muted">{ta("twoFactorOn")}</p> : null}
                </td>
                <td>{formatDate(user.createdAt, zone, locale)}</td>
                <td>
                  {user.id === admin.id ? (
                    <span className="muted">{t("you")}</span>
                  ) : (
                    <div className="stack">
                      <UserRowControls
                        user={{ id: user.id, name: user.name, role: user.role, active: user.active }}
                        openAssignments={openWork.get(user.id) ?? []}
                        reviewers={reviewers.filter((reviewer) => reviewer.id !== user.id)}
                      />
                      <SetPasswordForm user={{ id: user.id, name: user.name }} />
                      {user.active ? <RequireNewPasswordButton user={{ id: user.id, name: user.name }} /> : null}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
