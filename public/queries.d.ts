// Types of public/queries.js for the server, which imports it (server/warmup.ts).
export declare const STATEMENT_FIELDS: string;
export declare const ENTITY_FIELDS: string;
export declare const PAGE_QUERY: string;
export declare const NEIGHBOURHOOD_QUERY: string;
export declare const DEFAULT_PAGE_SIZE: number;
