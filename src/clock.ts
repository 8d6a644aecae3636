// The one source of "now". RAPPORTEUR_NOW starts the clock at a given instant
// and lets it run forward, so the 2016 committee can be demonstrated as if live.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `start` at the moment it is made and runs forward from there. */
export function clockStartingAt(start: Date, monotonicMs: () => number = () => performance.now()): Clock {
  const origin = monotonicMs();
  return { now: () => new Date(start.getTime() + (monotonicMs() - origin)) };
}

/** A clock that moves only when told to: for tests. */
export interface ManualClock extends Clock {
  set(instant: Date): void;
  advance(ms: number): void;
}

export function manualClock(start: Date): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = instant.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export function clockFromEnv(rapporteurNow: Date | undefined): Clock {
  return rapporteurNow ? clockStartingAt(rapporteurNow) : systemClock;
}
