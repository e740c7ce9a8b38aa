/**
 * `.env` files for the scripts that run outside Next (`npm start`, `npm run admin`, `npm run
 * db:reset`): loaded exactly as the Next server loads them (@next/env: `.env.production.local`,
 * `.env.local`, `.env.production`, `.env`, or the development ones), so a script checks the same
 * configuration the server will run with. A variable already in the environment wins.
 */
import nextEnv from "@next/env";

export function loadEnvFiles(root: string, dev = false): void {
  // A broken .env file is told to the person running the script, in plain text.
  nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: (...args: unknown[]) => console.error(...args) });
}
