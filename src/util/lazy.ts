/** Loads something on first use: each AWS client is a bundle chunk of its own. */
export type Lazy<T> = () => Promise<T>
