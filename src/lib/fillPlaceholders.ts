/*
 * Filling {placeholders} in a translated template. Pure and tiny: the browser scripts (countdown,
 * widget) use it too, so they word sentences exactly as the server-rendered page does.
 */

/**
 * Replaces each {name} in `template` with `values[name]`; unknown names stay visible so they get
 * noticed. A value that ends in a full stop swallows the template's own full stop right after it, so
 * "Object by {datetime}." never reads "… 9:59 μ.μ.." in a language whose times end in one.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (match, name: string, stop: string) => {
    if (!(name in values)) return match;
    const value = String(values[name]);
    return stop && value.endsWith('.') ? value : `${value}${stop}`;
  });
}

/**
 * The names of the {placeholders} in a text, sorted, each as often as it occurs:
 * placeholderNames('{b} by {a}') → ['a', 'b']. A translation must keep English's.
 */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/**
 * Splits a filled-in template around one placeholder, so a component can put an element there:
 * splitAt('The deadline was {datetime}.', 'datetime') → ['The deadline was ', '.'].
 */
export function splitAt(text: string, placeholder: string): [string, string] {
  const marker = `{${placeholder}}`;
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`"${text}" has no ${marker}`);
  return [text.slice(0, index), text.slice(index + marker.length)];
}

/**
 * A template split around one placeholder whose value an element will show, with the same rule for
 * a full stop as fillPlaceholders: ('Object by {datetime}.', 'datetime', '9:59 μ.μ.') → ['Object by ', ''].
 */
export function textAround(template: string, placeholder: string, value: string): [string, string] {
  const [before, after] = splitAt(template, placeholder);
  return [before, value.endsWith('.') && after.startsWith('.') ? after.slice(1) : after];
}
