// Splits one line of a tab-separated file. Fields that start with a double quote and close with one
// right before a tab or the line end are CSV-quoted ("" inside stands for "), as spreadsheet exports
// write them: "Keating called them ""nutters"" …". Anything else is taken verbatim, so a sentence that
// merely begins with a quotation mark is not mangled. Fields spanning several lines are not supported:
// every record is one line, which keeps error messages pointing at the right line.

function quotedField(line: string, from: number): { value: string; next: number } | null {
  let value = '';
  let i = from + 1;
  for (;;) {
    const q = line.indexOf('"', i);
    if (q < 0) return null;
    value += line.slice(i, q);
    if (line[q + 1] === '"') {
      value += '"';
      i = q + 2;
      continue;
    }
    if (q + 1 === line.length || line[q + 1] === '\t') return { value, next: q + 1 };
    return null;
  }
}

export function splitTsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const quoted = quotedField(line, i);
      if (quoted) {
        fields.push(quoted.value);
        if (quoted.next >= line.length) return fields;
        i = quoted.next + 1;
        continue;
      }
    }
    const tab = line.indexOf('\t', i);
    if (tab < 0) {
      fields.push(line.slice(i));
      return fields;
    }
    fields.push(line.slice(i, tab));
    i = tab + 1;
  }
}

/** Splits file content into lines, dropping a trailing \r from each (files written on Windows). */
export function splitLines(content: string): string[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
