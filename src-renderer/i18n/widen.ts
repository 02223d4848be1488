/** A catalog's shape with every text widened to string: the type a translation of it must have. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
