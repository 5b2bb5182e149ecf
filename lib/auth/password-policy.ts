// Kept apart from password.ts so browser code (forms) can import it without the argon2 binding.
export const MIN_PASSWORD_LENGTH = 10;
