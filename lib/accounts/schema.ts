// Input schemas for the account screens, shared by the forms and the server.
import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/users/schema";

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, { error: "Enter your current password." }),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const requestResetSchema = z.object({ email: emailSchema });
export type RequestResetInput = z.input<typeof requestResetSchema>;

export const completeResetSchema = z.object({
  token: z.string({ error: "This link is not valid." }).trim().min(20, { error: "This link is not valid." }).max(200),
  newPassword: passwordSchema,
});
export type CompleteResetInput = z.input<typeof completeResetSchema>;

/** A 6-digit code from the authenticator app. */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: "Enter the 6-digit code from your app." })
    .trim()
    .regex(/^\d{6}$/, { error: "Enter the 6-digit code from your app." }),
});
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

/** Turning two-factor sign-in off needs the password, so a session left open is not enough. */
export const disableTwoFactorSchema = z.object({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, { error: "Enter your current password." }),
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorSchema>;

export const twoFactorPolicySchema = z.object({
  requiredForStaff: z.boolean({ error: "requiredForStaff must be true or false." }),
});
