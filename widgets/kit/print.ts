// Printing one part of a checker's result (a checklist), with the print rules in ./checker.css.

/**
 * Prints only the element marked `checker-printable` (with the office and date it carries for
 * paper): the page is marked while the print dialog is open, and the print rules in checker.css
 * take everything else out of the layout.
 */
export function printPart(): void {
  const { classList } = document.documentElement;
  classList.add('checker-printing');
  addEventListener('afterprint', () => classList.remove('checker-printing'), { once: true });
  print();
}
