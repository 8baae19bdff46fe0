// Keeps HTML parsing out of the shipped code. Factlens renders only through preact's virtual DOM and
// never passes markup (biome's noDangerouslySetInnerHtml keeps the source that way), yet preact's diff
// carries one `dom.innerHTML = props.dangerouslySetInnerHTML.__html` for apps that do. That dead sink
// is what addons.mozilla.org's linter flags in every bundle with preact in it. This plugin replaces it
// with a throw, so the sink is gone from the bundle and any future use fails loudly instead of parsing
// HTML; and it fails the build if any `innerHTML =` is left in the output, whoever wrote it.

/** preact's one assignment, in its minified dist: `(t.innerHTML=h.__html)`. */
const PREACT_SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
/** An assignment (not a comparison) to innerHTML or outerHTML. */
const ANY_SINK = /\.(inner|outer)HTML\s*=(?!=)/;

const REFUSAL = '(()=>{throw new TypeError("Factlens renders no HTML strings: dangerouslySetInnerHTML")})()';

/** Replaces preact's sink in its dist source; throws when preact no longer has exactly one (an update). */
export function removePreactSink(code, id = 'preact') {
  const found = code.match(PREACT_SINK)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `no-html-sink: expected preact's one innerHTML assignment in ${id}, found ${found}; update scripts/no-html-sink.mjs`,
    );
  }
  return code.replace(PREACT_SINK, REFUSAL);
}

/** The first line of code that assigns innerHTML/outerHTML, or null. */
export function findHtmlSink(code) {
  const match = ANY_SINK.exec(code);
  return match ? code.slice(Math.max(0, match.index - 60), match.index + 40) : null;
}

/** @returns {import('vite').Plugin} */
export function noHtmlSink() {
  return {
    name: 'factlens-no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id.split('?')[0] ?? id)) return null;
      return { code: removePreactSink(code, id), map: null };
    },
    generateBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sink = findHtmlSink(chunk.code);
        if (sink) this.error(`${name} assigns HTML (addons.mozilla.org refuses it): …${sink}…`);
      }
    },
  };
}
