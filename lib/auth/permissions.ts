// The one policy: "may this actor do this", one row per action and role. A rule is always,
// never, or a list of relations the actor must have to the target (any one suffices). Pure.
// lib/access turns the same rule into both shapes callers need: a yes/no for one claim or
// article (from loaded facts), and the query filter for "which rows may this actor see".

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
  active: boolean;
  /** The zone the actor enters dates in: a bare day in their input is read in it (UTC when absent). */
  timeZone?: string | null;
}

/** How an actor can be related to a claim, an article or another thing. */
export const RELATIONS = [
  "assignedToClaim", // an open or completed assignment on this claim
  "reviewsArticle", // an open or completed assignment on a live claim of this article
  "consultedOnClaim", // @mentioned on this claim, until an editor ends the consultation
  "owner", // the thing is the actor's own (their API token)
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Which relations hold between the actor and the target. Missing means false. */
export type Facts = Partial<Record<Relation, boolean>>;

export type Rule = boolean | readonly Relation[];

export const ACTIONS = [
  "user.manage", // list, create, change role, deactivate
  "job.manage", // see failed background jobs and retry them
  "webhook.manage", // register, change and delete webhook endpoints, see their deliveries
  "ratingScale.manage", // define, edit, reorder, retire and delete the desk's rating labels
  "article.list", // see the articles list (reviewers see only theirs)
  "article.listAll",
  "article.read",
  "article.import",
  "article.finalize", // finalize (lock verdicts) and reopen
  "claim.curate", // edit wording, claimant, split, merge, delete, add, re-run extraction
  "claim.assign",
  "claim.beAssigned", // may be the assignee of a claim (the one who reviews it)
  "claim.read",
  "claim.verdict",
  "claim.reopen", // take a verdict back to "not yet reviewed"
  "claim.signoff", // approve another person's verdict, or send it back (never one's own: lib/signoff)
  "article.publish", // publish an article's approved verdicts, exclude claims from publication
  "publicPage.manage", // turn the public fact-check pages on or off
  "claim.consult", // @mention a colleague who cannot read the claim, so they may read it and reply
  "consultation.end",
  "evidence.write",
  "claim.match", // confirm or dismiss a similar earlier claim suggested for this claim
  "comment.write",
  "mention.read", // one's own mentions, limited to claims one may read
  "report.export",
  "queue.view", // one's own queue
  "token.manage", // one's own API tokens
] as const;
export type Action = (typeof ACTIONS)[number];

const staff = (rule: Rule): Record<Role, Rule> => ({ ADMIN: true, EDITOR: true, REVIEWER: rule });

/** The whole policy. Tests enumerate it. */
export const PERMISSIONS: Record<Action, Record<Role, Rule>> = {
  "user.manage": { ADMIN: true, EDITOR: false, REVIEWER: false },
  "job.manage": { ADMIN: true, EDITOR: false, REVIEWER: false },
  "webhook.manage": { ADMIN: true, EDITOR: false, REVIEWER: false },
  "ratingScale.manage": { ADMIN: true, EDITOR: false, REVIEWER: false },
  "article.list": staff(true),
  "article.listAll": staff(false),
  "article.read": staff(["reviewsArticle"]),
  "article.import": staff(false),
  "article.finalize": staff(false),
  "claim.curate": staff(false),
  "claim.assign": staff(false),
  "claim.beAssigned": { ADMIN: false, EDITOR: false, REVIEWER: true },
  // Reviewers read every claim of an article they review (for context), and a claim they are consulted on.
  "claim.read": staff(["reviewsArticle", "consultedOnClaim"]),
  "claim.verdict": staff(["assignedToClaim"]),
  "claim.reopen": staff(false),
  "claim.signoff": staff(false),
  "article.publish": staff(false),
  "publicPage.manage": { ADMIN: true, EDITOR: false, REVIEWER: false },
  // Those who may decide the claim may ask a colleague; a consulted person consults nobody further.
  "claim.consult": staff(["assignedToClaim"]),
  "consultation.end": staff(false),
  "evidence.write": staff(["assignedToClaim"]),
  // Whoever decides the claim decides whether an earlier claim is the same one (lib/similar).
  "claim.match": staff(["assignedToClaim"]),
  "comment.write": staff(["assignedToClaim", "consultedOnClaim"]),
  "mention.read": staff(true),
  "report.export": staff(false),
  "queue.view": staff(true),
  "token.manage": { ADMIN: ["owner"], EDITOR: ["owner"], REVIEWER: ["owner"] },
};

/** The rule that applies to this actor, or false for nobody / a deactivated account. */
export function ruleFor(actor: Actor | null | undefined, action: Action): Rule {
  if (!actor || !actor.active) return false;
  return PERMISSIONS[action][actor.role];
}

export function can(actor: Actor | null | undefined, action: Action, facts: Facts = {}): boolean {
  const rule = ruleFor(actor, action);
  return typeof rule === "boolean" ? rule : rule.some((relation) => facts[relation] === true);
}

/** The relations a decision on this action can depend on, for callers that load facts lazily. */
export function relationsFor(action: Action): Relation[] {
  const all = Object.values(PERMISSIONS[action]).flatMap((rule) => (typeof rule === "boolean" ? [] : rule));
  return [...new Set(all)];
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" };
