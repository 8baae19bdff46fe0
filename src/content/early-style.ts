// Runs at document_start, while the page is still empty: installs the highlight styles in their
// default look. A new style sheet makes the browser restyle the whole page (Firefox: tens of
// milliseconds on a long one), which costs nothing now and would delay the first marks later. The
// main content script (same extension world) takes the sheet over, rewrites it only when the
// settings or the page's theme call for another look, and removes it where marking is off.

import { SETTINGS_DEFAULTS } from '../core/settings';
import { highlightCss, installHighlightStyle, offerEarlyStyle } from './highlight-style';

const css = highlightCss(SETTINGS_DEFAULTS.markStyle, false);
offerEarlyStyle({ css, style: installHighlightStyle(css) });
