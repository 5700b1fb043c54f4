// The one way the checkers turn whatever they are given as a query into URLSearchParams. Apart
// from url.ts so a checker without dates reads its answers without loading the date code.

/** Any query ('?a=b', 'a=b', URLSearchParams, nothing) as URLSearchParams; never throws. */
export function toParams(input: URLSearchParams | string | null | undefined): URLSearchParams {
  // Any string makes a URLSearchParams (a malformed one just gives odd names).
  return input instanceof URLSearchParams ? input : new URLSearchParams(input ?? '');
}
