/** One shared second-tick for every timer on screen (call timers, time in state). */
class Ticker {
  now = $state(Date.now());

  constructor() {
    setInterval(() => (this.now = Date.now()), 1000);
  }

  secondsSince = (since: number | string): number => Math.max(0, Math.floor((this.now - new Date(since).getTime()) / 1000));
}

export const ticker = new Ticker();
