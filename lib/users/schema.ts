// Input schemas for users, shared by the admin forms, the API and the CLI.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }).max(254, { error: "Email is too long." }));

export const roleSchema = z.enum(ROLES, { error: "Choose ADMIN, EDITOR or REVIEWER." });

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { error: "Use at most 200 characters." });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: "Enter a name." })
    .trim()
    .min(1, { error: "Enter a name." })
    .max(120, { error: "Use at most 120 characters." }),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** An admin's change to a user: a role, an active flag, a new password, or several at once. */
export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean({ error: "active must be true or false." }).optional(),
    password: passwordSchema.optional(),
  })
  .refine((value) => value.role !== undefined || value.active !== undefined || value.password !== undefined, {
    error: "Give a new role, an active flag or a new password.",
  });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** Setting someone's password (the admin form, `npx claimledger user set-password`). */
export const setPasswordSchema = z.object({ password: passwordSchema });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/**
 * What happens to a person's open assignments: all to one chosen reviewer, spread over every
 * other active reviewer by open load, or (only when deactivating) left where they are, for the
 * dashboards to flag as held by a deactivated user.
 */
export const OPEN_WORK_CHOICES = ["reassign", "spread", "leave"] as const;
export type OpenWorkChoice = (typeof OPEN_WORK_CHOICES)[number];

const CHOOSE_REVIEWER = "Choose the reviewer who takes them.";

function openWorkSchema<const C extends readonly [OpenWorkChoice, ...OpenWorkChoice[]]>(choices: C) {
  return z
    .object({
      openAssignments: z.enum(choices, { error: "Choose what happens to their open assignments." }),
      /** The reviewer who takes them all; only for "reassign" ("" when none is chosen yet). */
      toReviewerId: z.string({ error: CHOOSE_REVIEWER }).trim().max(64, { error: CHOOSE_REVIEWER }).optional(),
    })
    .superRefine((value, context) => {
      if (value.openAssignments === "reassign" && !value.toReviewerId) {
        context.addIssue({ code: "custom", path: ["toReviewerId"], message: CHOOSE_REVIEWER });
      }
    });
}

/** Deactivating a user, and in the same step deciding about their open assignments. */
export const deactivateUserSchema = openWorkSchema(OPEN_WORK_CHOICES);
export type DeactivateUserInput = z.input<typeof deactivateUserSchema>;

/** Moving the open assignments of someone already deactivated (they were left at deactivation). */
export const reassignOpenWorkSchema = openWorkSchema(["reassign", "spread"]);
export type ReassignOpenWorkInput = z.input<typeof reassignOpenWorkSchema>;

export const signInSchema = z.object({
  email: z.string({ error: "Enter your email address." }).trim().min(1, { error: "Enter your email address." }),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }),
  /** The second step, when two-factor sign-in is on: a code from the app or a recovery code. */
  code: z.string().trim().max(40, { error: "Enter the 6-digit code from your app or a recovery code." }).optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

/**
 * Codes the credentials sign-in throws for answers other than "wrong email or password" (which
 * next-auth reports as its own generic error); the login form turns them into messages.
 */
export const SIGN_IN_ERRORS = {
  throttled: "THROTTLED",
  deactivated: "DEACTIVATED",
  /** The password was right and the account uses two-factor sign-in: the form asks for a code. */
  "second-factor-required": "TWO_FACTOR_REQUIRED",
  "second-factor-invalid": "TWO_FACTOR_INVALID",
} as const;

const SIGN_IN_MESSAGES: Record<string, string> = {
  [SIGN_IN_ERRORS.throttled]: "Too many failed sign-in attempts from your network. Wait a few minutes and try again.",
  [SIGN_IN_ERRORS.deactivated]: "This account has been deactivated. Ask an admin to reactivate it.",
  [SIGN_IN_ERRORS["second-factor-required"]]: "Enter the 6-digit code from your authenticator app.",
  [SIGN_IN_ERRORS["second-factor-invalid"]]: "That code is not valid. Enter the current code from your app, or an unused recovery code.",
};

/** One message for every wrong combination: it must not tell whether the email exists. */
export const INVALID_SIGN_IN_MESSAGE = "Incorrect email or password.";

/** The message for a failed sign-in, from the error code next-auth passes back. */
export function signInErrorMessage(code: string | null | undefined): string {
  return (code && SIGN_IN_MESSAGES[code]) || INVALID_SIGN_IN_MESSAGE;
}
