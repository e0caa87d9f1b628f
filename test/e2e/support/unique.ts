let counter = 0;

/** A suffix that keeps names from one run apart, since all specs share one database. */
export function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter}`;
}
