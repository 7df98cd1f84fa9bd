import type { IncomingMessage, ServerResponse } from 'node:http';

/** Path prefix of the requests that are held open. */
export declare const HOLD_PREFIX: string;
/** Connect-style middleware: holds requests under HOLD_PREFIX until the client goes away. */
export declare function holdRequests(req: IncomingMessage, res: ServerResponse, next: () => void): void;
/** Ends every held request (before a server closes). */
export declare function releaseHeld(): void;
