import type { IncomingMessage, ServerResponse } from 'node:http';

/** Path prefix of the requests that are held open. */
export declare const HOLD_PREFIX: string;
/** Path prefix of the requests that answer once per token, then fail. */
export declare const ONCE_PREFIX: string;
/** Connect-style middleware for both endpoints; other requests go to `next`. */
export declare function storyEndpoints(req: IncomingMessage, res: ServerResponse, next: () => void): void;
/** Ends every held request (before a server closes). */
export declare function releaseHeld(): void;
