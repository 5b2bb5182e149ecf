// Input of the two ways a person gives a source's content (browser-safe: the form and the server
// check the same rules). The pasted text of a page that cannot be fetched (a paywall), kept as a
// snapshot marked as pasted.
import { z } from "zod";

export const MAX_PASTED_CHARACTERS = 1_000_000;

export const pasteSourceTextSchema = z.object({
  text: z
    .string({ error: "Paste the text of the source." })
    .refine((text) => text.trim().length > 0, { error: "Paste the text of the source." })
    .refine((text) => text.length <= MAX_PASTED_CHARACTERS, {
      error: `The pasted text must be at most ${MAX_PASTED_CHARACTERS.toLocaleString("en")} characters.`,
    }),
});
export type PasteSourceTextInput = z.input<typeof pasteSourceTextSchema>;

/** The kinds of file a reviewer may attach as evidence, by the type their content shows. */
export const ATTACHMENT_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/gif",
  "text/plain",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_TYPES_MESSAGE =
  "Attach a PDF, an image (PNG, JPEG, WebP, GIF), a plain text file or a document (.docx, .odt).";
