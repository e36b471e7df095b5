/**
 * `true` only when `Listed` names every member of `All`: lets a list of enum values repeated
 * in the renderer (which imports only types from the core) fail to compile when it falls behind.
 */
export type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
