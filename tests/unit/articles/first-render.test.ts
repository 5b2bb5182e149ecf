// Long lists drawn in two steps (components/articles/first-render.ts): the server and the hydrating
// browser draw the first items, and every item is drawn from the render after hydration on.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { itemsToDraw, SERVER_DRAWN_ITEMS, useHydrated } from "@/components/articles/first-render";

const items = Array.from({ length: 250 }, (_, index) => index + 1);

describe("itemsToDraw", () => {
  it("draws the first items before hydration and says how many follow", () => {
    const { drawn, later } = itemsToDraw(items, false);
    expect(drawn).toEqual(items.slice(0, SERVER_DRAWN_ITEMS));
    expect(later).toBe(250 - SERVER_DRAWN_ITEMS);
  });

  it("draws every item once hydrated", () => {
    expect(itemsToDraw(items, true)).toEqual({ drawn: items, later: 0 });
  });

  it("draws a short list whole from the start", () => {
    const short = items.slice(0, SERVER_DRAWN_ITEMS);
    expect(itemsToDraw(short, false)).toEqual({ drawn: short, later: 0 });
    expect(itemsToDraw([], false)).toEqual({ drawn: [], later: 0 });
  });

  it("takes another first count", () => {
    expect(itemsToDraw(items, false, 2)).toEqual({ drawn: [1, 2], later: 248 });
  });
});

describe("useHydrated", () => {
  it("is false when the server renders", () => {
    function Probe() {
      return createElement("p", null, useHydrated() ? "hydrated" : "server");
    }
    expect(renderToStaticMarkup(createElement(Probe))).toBe("<p>server</p>");
  });
});
