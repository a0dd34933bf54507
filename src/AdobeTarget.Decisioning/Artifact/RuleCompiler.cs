using System.Collections.Frozen;
using System.Text.Json;
using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>Compiles raw rules; a rule that cannot be compiled is reported and skipped.</summary>
internal sealed class RuleCompiler
{
    /// <summary>Meta keys copied to response tokens when the artifact lists them.</summary>
    private static readonly string[] MetaTokenKeys =
    [
        "activity.id", "activity.name", "activity.type", "experience.id", "experience.name",
        "location.id", "location.name", "location.type", "offer.id", "offer.name", "option.id", "option.name",
    ];

    /// <summary>The rule key used when a rule has none (all such rules share it, as in Adobe's engine).</summary>
    internal const string MissingRuleKey = "\u0000undefined";

    private static readonly JsonElement OnDevice = Decisions.DecisioningJsonContext.StringElement("on-device");

    private readonly FrozenSet<string> _responseTokens;
    private readonly List<UnsupportedRule> _unsupported;

    /// <summary>Creates a compiler for an artifact listing these response tokens.</summary>
    public RuleCompiler(IEnumerable<string>? responseTokens, List<UnsupportedRule> unsupported)
    {
        _responseTokens = (responseTokens ?? []).Where(t => t is not null).ToFrozenSet(StringComparer.Ordinal);
        _unsupported = unsupported;
    }

    /// <summary>Compiles the rules of one mbox or view, in artifact order.</summary>
    public CompiledRule[] CompileAll(string location, List<JsonElement>? rules)
    {
        if (rules is null || rules.Count == 0)
        {
            return [];
        }

        var compiled = new List<CompiledRule>(Math.Min(rules.Count, ArtifactLimits.MaxRulesPerLocation));
        for (int i = 0; i < rules.Count; i++)
        {
            if (i >= ArtifactLimits.MaxRulesPerLocation)
            {
                _unsupported.Add(new UnsupportedRule(location, null, $"More than {ArtifactLimits.MaxRulesPerLocation} rules; the rest were skipped."));
                break;
            }

            var rule = Compile(location, rules[i]);
            if (rule is not null)
            {
                compiled.Add(rule);
            }
        }

        return [.. compiled];
    }

    private CompiledRule? Compile(string location, JsonElement element)
    {
        ArtifactRule? rule;
        try
        {
            rule = element.Deserialize(ArtifactJsonContext.Default.ArtifactRule);
        }
        catch (JsonException exception)
        {
            _unsupported.Add(new UnsupportedRule(location, null, $"Malformed rule: {exception.Message}"));
            return null;
        }

        if (rule is null)
        {
            _unsupported.Add(new UnsupportedRule(location, null, "Malformed rule: null."));
            return null;
        }

        var meta = rule.Meta ?? [];
        long? activityId = meta.TryGetValue("activity.id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var parsed)
            ? parsed
            : rule.ActivityId;
        if (activityId is null)
        {
            return Skip(location, rule, "No numeric activity id.");
        }

        if (rule.Consequence is null)
        {
            return Skip(location, rule, "No consequence.");
        }

        Func<RuleContext, bool> predicate;
        try
        {
            predicate = rule.Condition.ValueKind == JsonValueKind.Undefined
                ? static _ => false
                : ConditionCompiler.CompilePredicate(rule.Condition);
        }
        catch (UnsupportedConditionException exception)
        {
            return Skip(location, rule, exception.Message);
        }

        return new CompiledRule
        {
            RuleKey = rule.RuleKey ?? MissingRuleKey,
            ActivityId = activityId.Value,
            PropertyTokens = rule.PropertyTokens?.Where(t => t is not null).ToArray() ?? [],
            IsSatisfied = predicate,
            Condition = rule.Condition,
            Meta = meta.ToFrozenDictionary(StringComparer.Ordinal),
            ConsequenceName = rule.Consequence.Name,
            Options = rule.Consequence.Options?.Where(o => o is not null).Select(o => new CompiledOption(o)).ToArray() ?? [],
            Metrics = rule.Consequence.Metrics?.Where(m => m is not null).Select(m => new CompiledMetric(m)).ToArray() ?? [],
            ResponseTokens = ResponseTokensOf(meta),
        };
    }

    private Dictionary<string, JsonElement> ResponseTokensOf(Dictionary<string, JsonElement> meta)
    {
        var tokens = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var key in MetaTokenKeys)
        {
            if (_responseTokens.Contains(key) && meta.TryGetValue(key, out var value))
            {
                tokens[key] = value;
            }
        }

        tokens["activity.decisioningMethod"] = OnDevice;
        return tokens;
    }

    private CompiledRule? Skip(string location, ArtifactRule rule, string reason)
    {
        _unsupported.Add(new UnsupportedRule(location, rule.RuleKey, reason));
        return null;
    }

    /// <summary>Whether the artifact lists this response token.</summary>
    public bool ListsToken(string token) => _responseTokens.Contains(token);
}
