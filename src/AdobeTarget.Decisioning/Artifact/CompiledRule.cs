using System.Text.Json;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>A rule compiled once at artifact load: a condition delegate plus its prepared consequence. Immutable.</summary>
internal sealed class CompiledRule
{
    /// <summary>The rule key (the same for an activity's rules); a fixed marker when the artifact has none.</summary>
    public required string RuleKey { get; init; }

    /// <summary>The activity id (meta <c>activity.id</c>), which allocation hashes.</summary>
    public required long ActivityId { get; init; }

    /// <summary>Property tokens the rule is limited to; empty for any.</summary>
    public required string[] PropertyTokens { get; init; }

    /// <summary>The compiled condition.</summary>
    public required Func<RuleContext, bool> IsSatisfied { get; init; }

    /// <summary>The condition as JSON (for traces).</summary>
    public required JsonElement Condition { get; init; }

    /// <summary>Activity, experience, offer and audience facts.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Meta { get; init; }

    /// <summary>The mbox or view name the consequence answers.</summary>
    public required string? ConsequenceName { get; init; }

    /// <summary>The consequence's options.</summary>
    public required CompiledOption[] Options { get; init; }

    /// <summary>The consequence's metrics.</summary>
    public required CompiledMetric[] Metrics { get; init; }

    /// <summary>
    /// The response tokens every option of this rule carries: <c>activity.decisioningMethod</c> plus the meta keys the
    /// artifact lists. Never handed out: options get copies.
    /// </summary>
    public required Dictionary<string, JsonElement> ResponseTokens { get; init; }

    /// <summary>Whether the rule applies to a request with this property token (null: none given).</summary>
    public bool AppliesTo(string? propertyToken) =>
        PropertyTokens.Length == 0 || (propertyToken is not null && Array.IndexOf(PropertyTokens, propertyToken) >= 0);
}
