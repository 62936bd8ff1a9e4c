// The site's own Fluent catalogues (app/locales/), read for the browser tests: a test finds a
// Georgian label by what the Georgian catalogue says, so it also proves the page uses it.
// Reads the plain messages the tests need: text, `{ $argument }`, `{ "literal" }` and
// `{ -term }`; a message with choices is refused rather than guessed.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const locales = resolve(dirname(fileURLToPath(import.meta.url)), '../../../app/locales');

/** Every message and term of `lang`, as written (continuation lines joined by a space). */
function entries(lang) {
  const found = new Map();
  for (const file of readdirSync(join(locales, lang)).filter((name) => name.endsWith('.ftl'))) {
    let current = null;
    for (const line of readFileSync(join(locales, lang, file), 'utf8').split('\n')) {
      const entry = /^(-?[a-zA-Z][\w-]*) =\s?(.*)$/.exec(line);
      if (entry) {
        current = entry[1];
        found.set(current, entry[2]);
      } else if (current && /^\s+\S/.test(line) && !/^\s+\./.test(line)) {
        const previous = found.get(current);
        found.set(current, previous ? `${previous} ${line.trim()}` : line.trim());
      } else if (!/^\s/.test(line)) {
        current = null;
      }
    }
  }
  return found;
}

/** `text(key, args)`: the message `key` of `lang` as a page shows it. */
export function catalogue(lang) {
  const all = entries(lang);
  const text = (key, args = {}) => {
    const pattern = all.get(key);
    if (pattern === undefined) throw new Error(`${lang} has no message ${key}`);
    if (pattern.includes('->')) throw new Error(`${lang}'s ${key} has choices: give the test its text`);
    return pattern.replace(/\{\s*([^}]*?)\s*\}/g, (_, expression) => {
      if (expression.startsWith('$')) {
        const name = expression.slice(1);
        if (!(name in args)) throw new Error(`${lang}'s ${key} needs ${name}`);
        return String(args[name]);
      }
      if (expression.startsWith('-')) return text(expression);
      const literal = /^"(.*)"$/.exec(expression);
      if (literal) return literal[1];
      throw new Error(`${lang}'s ${key}: cannot read { ${expression} }`);
    });
  };
  return text;
}
