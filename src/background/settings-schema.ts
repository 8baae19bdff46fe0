// The updateSettings payload. It is bounded and typed here; values within bounds are then normalised
// by the settings repair (site patterns, colours), so the worker stores only what readSettings accepts.
import * as v from 'valibot';
import { HOVER_DELAY_RANGE, MARK_STYLE_KINDS, SITE_MODES } from '../core/settings';
import { ENTITY_TYPES, MAX_ID_LENGTH, MAX_MUTED, MAX_SITES } from '../core/settings-fields';

const sites = v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(MAX_SITES));

export const settingsPatch = v.strictObject({
  markingEnabled: v.optional(v.boolean()),
  siteMode: v.optional(v.picklist(SITE_MODES)),
  disabledSites: v.optional(sites),
  onlySites: v.optional(sites),
  markTypes: v.optional(v.pipe(v.array(v.picklist(ENTITY_TYPES)), v.maxLength(ENTITY_TYPES.length * 2))),
  markStyle: v.optional(
    v.strictObject({
      kind: v.picklist(MARK_STYLE_KINDS),
      color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #4080e6')),
    }),
  ),
  hoverDelayMs: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  ),
  firstMentionOnly: v.optional(v.boolean()),
  mutedEntities: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH))), v.maxLength(MAX_MUTED)),
  ),
});
