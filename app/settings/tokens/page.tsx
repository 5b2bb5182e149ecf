import type { Metadata } from "next";
import { formatDate } from "@/components/format";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listOwnTokens } from "@/lib/tokens/data";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePermission("token.manage", { owner: true });
  const zone = await viewerTimeZone(user);
  const tokens = await listOwnTokens(user);
  return (
    <>
      <h1>API tokens</h1>
      <p className="muted">
        Signed in as {user.name} ({user.email}). A token acts with your role: send it as <code>Authorization: Bearer TOKEN</code>.
        Tokens are created and revoked only here (a token cannot manage tokens); deactivating an account revokes all of its
        tokens.
      </p>
      <section className="card" aria-labelledby="new-token">
        <h2 id="new-token">Create a token</h2>
        <CreateTokenForm />
      </section>
      {tokens.length === 0 ? (
        <div className="card empty">You have no API tokens.</div>
      ) : (
        <table aria-label="Your tokens">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-testid={`token-row-${token.name}`}>
                <td>{token.name}</td>
                <td>
                  <code>{token.tokenStart}…</code>
                </td>
                <td>{formatDate(token.createdAt, zone)}</td>
                <td>{formatDate(token.lastUsedAt, zone)}</td>
                <td>{token.revokedAt ? `Revoked ${formatDate(token.revokedAt, zone)}` : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
