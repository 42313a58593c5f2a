// The look of the sheets' charts: the report's palette and text sizes (pipeline/charts), so a fact sheet and
// the report draw the same way.
export { AXIS, CATEGORICAL, GRID, HIGHLIGHT, PRIMARY, TEXT, TEXT_MUTED } from '../../charts/palette.ts';
export { ANNOTATION_SIZE, LABEL_SIZE } from '../../charts/theme.ts';
