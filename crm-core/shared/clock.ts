/** The current time, passed in as a dependency so that tests can set it. */
export interface Clock {
  now(): Date;
}
