/*
 * The value a reader has chosen among the controls named `name` inside `root`: the checked radio
 * or checkbox, or the select's value; null when nothing is chosen. The guide's path chooser and
 * the embed generator are groups of controls that change the page as the reader picks, not forms
 * that are sent anywhere, so they read their controls with this instead of FormData.
 */
export function chosenValue(root: ParentNode, name: string): string | null {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(
    `select[name="${name}"], input[name="${name}"]:checked`,
  );
  return control ? control.value : null;
}
