namespace AdobeTarget.Decisioning;

/// <summary>
/// A rule of the artifact that the engine skipped at load (an unknown operator, a malformed rule), so that
/// the integration can log it. Requests it would have matched get no answer from it.
/// </summary>
/// <param name="Location">Where the rule sits: <c>mbox:&lt;name&gt;</c> or <c>view:&lt;name&gt;</c>.</param>
/// <param name="RuleKey">The rule's key (activity), when it could be read.</param>
/// <param name="Reason">Why it was skipped.</param>
public sealed record UnsupportedRule(string Location, string? RuleKey, string Reason);
