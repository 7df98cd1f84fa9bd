// Classes only: importing this module registers no tag. Import './define.js' for that.
export { KeyfigureElement, Theme } from './shared/keyfigure-element.js';
export type { Ready } from './shared/keyfigure-element.js';
export type { DataState, KfErrorDetail, KfUpdateDetail, Staleness } from './shared/dataset-controller.js';
export { lazyOptions } from './shared/lazy.js';
