// Official pages the site's own components link to (pages list theirs in their frontmatter).

/**
 * The Immigration Services Agency's notice of the fees in force (facts A6.1, A7.3: "show them
 * as of 1 Apr 2025 with a link to the ISA fee page"). The fact sheet names no other ISA fee page;
 * replace this address when the agency publishes the fees set under the 2026 law.
 */
export const isaFeePage = 'https://www.moj.go.jp/isa/content/001431802.pdf';
