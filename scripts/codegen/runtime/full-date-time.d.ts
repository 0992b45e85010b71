// Types of the plain-JavaScript runtime piece beside it (the generator copies its text).
/** ajv-formats' full `date-time` verdict, by char code. */
export function fullDateTime(s: string): boolean;
