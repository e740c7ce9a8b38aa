"use client";

import { createAuthClient } from "better-auth/react";

/** Sign-in and sign-out go through better-auth's HTTP endpoints, so its rate limits apply. */
export const authClient = createAuthClient();
