// @mentions in comments. The rule (also in docs/review-workflow.md): "@" followed by either a
// full email address (@reviewer2@claimledger.local) or the part of a user's email before the "@"
// (@reviewer2). "@" must start the text or follow a space or punctuation, so an email address
// written in a comment (a@b.c) is not a mention. Matching ignores case; a local part shared by
// several users mentions nobody (write the full email); trailing dots are sentence punctuation.
// Pure: resolving tokens to users is the caller's job.

const MENTION = /(?:^|[^A-Za-z0-9._%+-])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/g;

/** The distinct mention tokens, lowercased: full emails or email local parts. */
export function extractMentionTokens(body: string): string[] {
  const tokens = new Set<string>();
  for (const match of body.matchAll(MENTION)) {
    const token = match[1].replace(/\.+$/, "").toLowerCase();
    if (token) tokens.add(token);
  }
  return [...tokens];
}

/** Which users the tokens mention, given candidate users (those whose email could match). */
export function resolveMentions(tokens: string[], users: { id: string; email: string }[]): string[] {
  const ids = new Set<string>();
  for (const token of tokens) {
    if (token.includes("@")) {
      const user = users.find((candidate) => candidate.email.toLowerCase() === token);
      if (user) ids.add(user.id);
      continue;
    }
    const matches = users.filter((candidate) => candidate.email.toLowerCase().split("@")[0] === token);
    if (matches.length === 1) ids.add(matches[0].id);
  }
  return [...ids];
}

/** Users the tokens mention, and the tokens that match nobody (or several people: ambiguous). */
export function resolveMentionTokens<T extends { id: string; email: string }>(tokens: string[], users: T[]) {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const ids = resolveMentions([token], users);
    if (ids.length === 0) unknown.push(token);
    for (const id of ids) {
      const user = users.find((candidate) => candidate.id === id);
      if (user && !found.includes(user)) found.push(user);
    }
  }
  return { users: found, unknown };
}
