// What the editor gets back with a split, merge or delete: the undo ticket and until when it
// works (browser-safe type; the ticket itself is lib/claims/undo.ts).
export interface UndoOffer {
  token: string;
  expiresAt: string;
}
