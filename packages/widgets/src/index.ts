// Classes only: importing this module registers no tag. Import './define.js' for that.
export { KeyfigureElement, Theme } from './shared/keyfigure-element.js';
export type { Ready } from './shared/keyfigure-element.js';
export type { DataState, KfErrorDetail } from './shared/dataset-controller.js';
export { lazyOptions } from './shared/lazy.js';
