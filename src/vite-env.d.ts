/// <reference types="vite/client" />

/** True in dev (without a token) and in the demo build: the MSW worker answers /api. */
declare const __MOCK_API__: boolean;
