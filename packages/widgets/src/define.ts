// Registers every keyfigures element. The only module with side effects (package.json sideEffects).
import { defineAll } from './shared/define-all.js';

defineAll();
