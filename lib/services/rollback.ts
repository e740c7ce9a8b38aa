/** Thrown inside a transaction to roll it back with a service error (transaction.ts turns it into a failure). */
import type { ServiceError } from "@/lib/view/result";

export class Rollback extends Error {
  constructor(readonly error: ServiceError) {
    super(error.code);
  }
}
