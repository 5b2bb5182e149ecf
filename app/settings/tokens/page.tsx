import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { UserText } from "@/components/user-text";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listOwnTokens } from "@/lib/tokens/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

export default async function TokensPage() {
  const user = await requirePermission("token.manage", { owner: true });
  const [zone, locale, t, to] = await Promise.all([
    viewerTimeZone(user),
    getLocale(),
    getTranslations("tokens"),
    getTranslations("tokenOptions"),
  ]);
  const now = new Date();
  const tokens = await listOwnTokens(user);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t.rich("intro", {
          name: user.name,
          email: user.email,
          who: () => <UserText text={user.name} />,
          code: (chunks) => <code dir="ltr">{chunks}</code>,
        })}
      </p>
      <section className="card" aria-labelledby="new-token">
        <h2 id="new-token">{t("createHeading")}</h2>
        <CreateTokenForm />
      </section>
      {tokens.length === 0 ? (
        <div className="card empty">{t("empty")}</div>
      ) : (
        <div className="table-scroll">
          <table aria-label={t("tableLabel")}>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("startsWith")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("lastUsed")}</th>
                <th scope="col">{to("scope")}</th>
                <th scope="col">{to("expires")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid={`token-row-${token.name}`}>
                  <td>
                    <UserText text={token.name} />
                  </td>
                  <td>
                    <code dir="ltr">{token.tokenStart}…</code>
                  </td>
                  <td>{formatDate(token.createdAt, zone, locale)}</td>
                  <td>{formatDate(token.lastUsedAt, zone, locale)}</td>
                  <td>{token.readOnly ? to("readOnlyScope") : to("readWriteScope")}</td>
                  <td>
                    {token.expiresAt
                      ? to(token.expiresAt <= now ? "expiredOn" : "expiresOn", {
                          date: formatDate(token.expiresAt, zone, locale),
                        })
                      : to("never")}
                  </td>
                  <td>
                    {token.revokedAt ? (
                      t("revokedOn", { date: formatDate(token.revokedAt, zone, locale) })
                    ) : (
                      <RevokeTokenButton tokenId={token.id} name={token.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
