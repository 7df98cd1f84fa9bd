// Vite imports style sheets as side effects.
declare module '*.css';
