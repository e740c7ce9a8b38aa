/** A rule's answer: ok, or the closed list of every reason it failed (STYLE principle 5). */
export interface RuleResult<B extends string> {
  readonly ok: boolean;
  readonly blockers: readonly B[];
}

export function ruleResult<B extends string>(checks: ReadonlyArray<readonly [B, boolean]>): RuleResult<B> {
  const blockers = checks.filter(([, failed]) => failed).map(([code]) => code);
  return { ok: blockers.length === 0, blockers };
}
