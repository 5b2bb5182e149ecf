// The one place that decides "may this user do this to this thing". Pure: callers load the
// facts (role, whether the reviewer is assigned) and every page, action and route asks here.

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
  active: boolean;
}

/** Facts about the target that some decisions need. */
export interface Target {
  /** The actor has an assignment (open or done) on a claim of this article, or on this claim. */
  actorIsAssigned?: boolean;
  /** The target belongs to the actor (their own token, their own comment). */
  ownedByActor?: boolean;
}

export const ACTIONS = [
  "user.manage", // list, create, change role, deactivate
  "article.list", // see the articles list (reviewers see only theirs)
  "article.listAll",
  "article.read",
  "article.import",
  "article.finalize", // finalize (lock verdicts) and reopen
  "claim.curate", // edit wording, split, merge, delete, add, re-run extraction
  "claim.assign",
  "claim.beAssigned", // may be the assignee of a claim (the one who reviews it)
  "claim.read",
  "claim.verdict",
  "evidence.write",
  "comment.write",
  "mention.read", // one's own mentions, limited to claims one may read
  "report.export",
  "queue.view", // one's own queue
  "token.manage", // one's own API tokens
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (actor: Actor, target: Target) => boolean;
const always: Rule = () => true;
const never: Rule = () => false;
const whenAssigned: Rule = (_actor, target) => target.actorIsAssigned === true;
const whenOwned: Rule = (_actor, target) => target.ownedByActor === true;

/** The whole policy, one row per action. Tests enumerate it. */
export const PERMISSIONS: Record<Action, Record<Role, Rule>> = {
  "user.manage": { ADMIN: always, EDITOR: never, REVIEWER: never },
  "article.list": { ADMIN: always, EDITOR: always, REVIEWER: always },
  "article.listAll": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "article.read": { ADMIN: always, EDITOR: always, REVIEWER: whenAssigned },
  "article.import": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "article.finalize": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "claim.curate": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "claim.assign": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "claim.beAssigned": { ADMIN: never, EDITOR: never, REVIEWER: always },
  "claim.read": { ADMIN: always, EDITOR: always, REVIEWER: whenAssigned },
  "claim.verdict": { ADMIN: always, EDITOR: always, REVIEWER: whenAssigned },
  "evidence.write": { ADMIN: always, EDITOR: always, REVIEWER: whenAssigned },
  "comment.write": { ADMIN: always, EDITOR: always, REVIEWER: whenAssigned },
  "mention.read": { ADMIN: always, EDITOR: always, REVIEWER: always },
  "report.export": { ADMIN: always, EDITOR: always, REVIEWER: never },
  "queue.view": { ADMIN: always, EDITOR: always, REVIEWER: always },
  "token.manage": { ADMIN: whenOwned, EDITOR: whenOwned, REVIEWER: whenOwned },
};

export function can(actor: Actor | null | undefined, action: Action, target: Target = {}): boolean {
  if (!actor || !actor.active) return false;
  return PERMISSIONS[action][actor.role](actor, target);
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" };
