// After a burst the idle server gives its garbage back: two full collections
// a second apart when Node exposes gc (npm start passes --expose-gc), nothing otherwise.
import { afterEach, describe, expect, it, vi } from "vitest";
import { collectAfterBurst } from "../../src/heap.ts";

const global = globalThis as { gc?: () => void };
const original = global.gc;

afterEach(() => {
  vi.useRealTimers();
  global.gc = original;
});

describe("collectAfterBurst", () => {
  it("collects at once and again a second later, when gc is exposed", () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    global.gc = gc;
    collectAfterBurst();
    expect(gc).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it("does nothing when gc is not exposed", () => {
    delete global.gc;
    expect(() => collectAfterBurst()).not.toThrow();
  });
});
