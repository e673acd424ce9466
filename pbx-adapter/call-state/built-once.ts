/**
 * `build`, run once per object: a call's state is immutable (the reducer returns a new one), so what
 * is derived from it (its view, its public view) is built once per state, and a list of live calls
 * taken after every event holds the same object for each call the event did not touch.
 */
export function builtOnce<From extends object, To>(build: (from: From) => To): (from: From) => To {
  const built = new WeakMap<From, To>();
  return (from) => {
    let result = built.get(from);
    if (result === undefined) built.set(from, (result = build(from)));
    return result;
  };
}
