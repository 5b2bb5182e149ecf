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
  name: z.string({ error: "Enter a name." }).trim().min(1, { error: "Enter a name." }).max(120, { error: "Use at most 120 characters." }),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean({ error: "active must be true or false." }).optional(),
  })
  .refine((value) => value.role !== undefined || value.active !== undefined, {
    error: "Give a new role or an active flag.",
  });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const signInSchema = z.object({
  email: z.string({ error: "Enter your email address." }).trim().min(1, { error: "Enter your email address." }),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }),
});
export type SignInInput = z.input<typeof signInSchema>;
