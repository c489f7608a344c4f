// Filling a template's parameters: no catalog here, so the panel's first script can use it without them.

/**
 * `template` with each `{name}` replaced by `value(name)`, and each `{n|one|other}` reading `one` when
 * n is 1 and `other` otherwise (English plurals); a parameter without a value stays as written.
 * The core's messages and the panel's labels share it.
 */
export function fillTemplate(template: string, value: (name: string) => string | number | undefined): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (written, name: string, one?: string, other?: string) => {
      const v = value(name);
      if (v === undefined) return written;
      return one === undefined ? String(v) : Number(v) === 1 ? one : (other ?? '');
    },
  );
}
