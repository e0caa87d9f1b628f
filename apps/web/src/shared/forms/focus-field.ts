/** Moves focus to a field by id: the control itself, or the first control in a group. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches('input, select, textarea')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea');
  (control ?? element).focus();
}
