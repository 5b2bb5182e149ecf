import { describe, expect, it } from "vitest";
import {
  restoreOverlapRefusal,
  UNDO_WINDOW_MS,
  undoExpiry,
  undoRefusal,
  type CurrentClaim,
  type UndoTicket,
} from "@/lib/claims/undo-rules";

const madeAt = new Date("2026-12-01T12:00:00Z");
const ticket = (overrides: Partial<UndoTicket> = {}): UndoTicket => ({
  actorId: "editor-1",
  expiresAt: undoExpiry(madeAt),
  undoneAt: null,
  produced: [
    { id: "a", number: 3, version: 2, deleted: false },
    { id: "b", number: 9, version: 1, deleted: false },
  ],
  ...overrides,
});
const asLeft = (): Map<string, CurrentClaim | null> =>
  new Map([
    ["a", { version: 2, deleted: false, worked: false }],
    ["b", { version: 1, deleted: false, worked: false }],
  ]);
const soon = new Date(madeAt.getTime() + 60_000);

describe("undoRefusal", () => {
  it("lets the same editor undo within the window while the claims are as the change left them", () => {
    expect(undoRefusal(ticket(), "editor-1", soon, asLeft())).toBeNull();
  });

  it("documents a window of 5 minutes, and the last millisecond still counts", () => {
    expect(UNDO_WINDOW_MS).toBe(300_000);
    expect(undoRefusal(ticket(), "editor-1", new Date(madeAt.getTime() + UNDO_WINDOW_MS), asLeft())).toBeNull();
    const late = undoRefusal(ticket(), "editor-1", new Date(madeAt.getTime() + UNDO_WINDOW_MS + 1), asLeft());
    expect(late).toEqual({ code: "CONFLICT", message: expect.stringMatching(/5 minutes\) has passed/) });
  });

  it("refuses another user (even another editor) with FORBIDDEN", () => {
    expect(undoRefusal(ticket(), "editor-2", soon, asLeft())?.code).toBe("FORBIDDEN");
  });

  it("refuses a second undo", () => {
    expect(undoRefusal(ticket({ undoneAt: soon }), "editor-1", soon, asLeft())).toMatchObject({
      code: "CONFLICT",
      message: "This change was already undone.",
    });
  });

  it("refuses when a produced claim changed version, was deleted or brought back, or is gone, naming it", () => {
    const changed = asLeft();
    changed.set("b", { version: 2, deleted: false, worked: false });
    expect(undoRefusal(ticket(), "editor-1", soon, changed)?.message).toMatch(/^C9 has changed since/);
    const deleted = asLeft();
    deleted.set("a", { version: 2, deleted: true, worked: false });
    expect(undoRefusal(ticket(), "editor-1", soon, deleted)?.message).toMatch(/^C3 has changed since/);
    const gone = asLeft();
    gone.set("a", null);
    expect(undoRefusal(ticket(), "editor-1", soon, gone)?.code).toBe("CONFLICT");
  });

  it("refuses when someone started reviewing a produced claim (assignment, source, comment)", () => {
    const worked = asLeft();
    worked.set("b", { version: 1, deleted: false, worked: true });
    expect(undoRefusal(ticket(), "editor-1", soon, worked)).toEqual({
      code: "CONFLICT",
      message: expect.stringMatching(/^C9 is being reviewed now/),
    });
  });

  it("expects a deleted claim to still be deleted at its version", () => {
    const deletion = ticket({ produced: [{ id: "a", number: 3, version: 2, deleted: true }] });
    expect(
      undoRefusal(deletion, "editor-1", soon, new Map([["a", { version: 2, deleted: true, worked: false }]])),
    ).toBeNull();
    expect(
      undoRefusal(deletion, "editor-1", soon, new Map([["a", { version: 2, deleted: false, worked: false }]]))?.code,
    ).toBe("CONFLICT");
  });
});

describe("restoreOverlapRefusal", () => {
  it("refuses bringing back a claim whose text a live claim now covers, naming both", () => {
    const restored = [{ id: "a", number: 1, start: 10, end: 40 }];
    expect(restoreOverlapRefusal(restored, [{ id: "c", number: 12, start: 39, end: 50 }])?.message).toBe(
      "The text of C1 is now part of C12, so this change can no longer be undone.",
    );
    expect(restoreOverlapRefusal(restored, [{ id: "c", number: 12, start: 40, end: 50 }])).toBeNull();
    expect(restoreOverlapRefusal(restored, [{ id: "a", number: 1, start: 10, end: 40 }])).toBeNull();
  });
});
