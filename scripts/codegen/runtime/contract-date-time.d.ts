// Types of the plain-JavaScript runtime piece beside it (the generator copies its text).
/** ajv-formats' full `date-time` check in, the same verdicts out, fast on the contract's shape. */
export function contractDateTime(
  fullDateTime: (value: string) => boolean,
): (value: string) => boolean;
