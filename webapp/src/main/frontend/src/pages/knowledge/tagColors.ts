/**
 * Tag colours that keep WCAG AA contrast (4.5:1) with the white text Ant Design puts on a custom
 * colour; its light presets ("green", "gold", "orange") fall short of it on their pale backgrounds.
 */
export const TAG_COLORS = {
  green: '#237804',
  gold: '#874d00',
  orange: '#ad4e00',
  red: '#a8071a',
  blue: '#0958d9',
  grey: '#595959',
} as const;
