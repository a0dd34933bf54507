using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// Turns a satisfied rule's consequence into response options and metrics as the edge shapes them: execute strips
/// event tokens, drops blank options and keeps click metrics; prefetch fills missing event tokens from the display
/// metric at the same index and keeps metrics only for views; every option gets response tokens; campaign macros
/// are replaced.
/// </summary>
internal sealed class OutcomeShaper
{
    private readonly TargetArtifact _artifact;
    private readonly GeoContext _geo;
    private KeyValuePair<string, JsonElement>[]? _requestTokens;

    /// <summary>Creates the shaper for one decision (geo response tokens are request-wide).</summary>
    public OutcomeShaper(TargetArtifact artifact, GeoContext geo)
    {
        _artifact = artifact;
        _geo = geo;
    }

    // Built on the first option shaped: a decision that matches nothing pays nothing.
    private KeyValuePair<string, JsonElement>[] RequestTokens => _requestTokens ??= BuildRequestTokens(_artifact, _geo);

    private static KeyValuePair<string, JsonElement>[] BuildRequestTokens(TargetArtifact artifact, GeoContext geo)
    {
        var settings = artifact.ResponseTokens;
        var tokens = new List<KeyValuePair<string, JsonElement>>(5);
        AddString(tokens, settings.GeoCity, "geo.city", geo.City);
        AddString(tokens, settings.GeoCountry, "geo.country", geo.Country);
        AddString(tokens, settings.GeoState, "geo.state", geo.Region);
        if (settings.GeoLatitude && geo.Latitude is { } latitude)
        {
            tokens.Add(KeyValuePair.Create("geo.latitude", DecisioningJsonContext.NumberElement(latitude)));
        }

        if (settings.GeoLongitude && geo.Longitude is { } longitude)
        {
            tokens.Add(KeyValuePair.Create("geo.longitude", DecisioningJsonContext.NumberElement(longitude)));
        }

        return [.. tokens];
    }

    /// <summary>The options of an execute outcome.</summary>
    public List<Option> ExecuteOptions(CompiledRule rule, MacroSource detail)
    {
        var options = new List<Option>(rule.Options.Length);
        foreach (var option in rule.Options)
        {
            if (option.Type is not null || option.Content is not null)
            {
                options.Add(Create(rule, option, null, detail));
            }
        }

        return options;
    }

    /// <summary>The metrics of an execute outcome (click metrics only), or null when there are none.</summary>
    public static List<Metric>? ExecuteMetrics(CompiledRule rule)
    {
        List<Metric>? metrics = null;
        foreach (var metric in rule.Metrics)
        {
            if (metric.Type == "click")
            {
                (metrics ??= []).Add(Create(metric));
            }
        }

        return metrics;
    }

    /// <summary>The options of a prefetch outcome.</summary>
    public List<Option> PrefetchOptions(CompiledRule rule, MacroSource detail)
    {
        var options = new List<Option>(rule.Options.Length);
        for (int i = 0; i < rule.Options.Length; i++)
        {
            var option = rule.Options[i];
            var token = option.EventToken;
            if (token is null && i < rule.Metrics.Length && rule.Metrics[i].Type == "display")
            {
                token = rule.Metrics[i].EventToken;
            }

            options.Add(Create(rule, option, token, detail));
        }

        return options;
    }

    /// <summary>All metrics of a rule (prefetched views keep them).</summary>
    public static List<Metric> AllMetrics(CompiledRule rule)
    {
        var metrics = new List<Metric>(rule.Metrics.Length);
        foreach (var metric in rule.Metrics)
        {
            metrics.Add(Create(metric));
        }

        return metrics;
    }

    private static Metric Create(CompiledMetric metric) => new()
    {
        Type = metric.Type is null ? null : new MetricType(metric.Type),
        Selector = metric.Selector,
        EventToken = metric.EventToken,
        AdditionalProperties = metric.Extra is null ? null : new Dictionary<string, JsonElement>(metric.Extra),
    };

    private Option Create(CompiledRule rule, CompiledOption option, string? eventToken, MacroSource detail)
    {
        var tokens = new Dictionary<string, JsonElement>(rule.ResponseTokens, StringComparer.Ordinal);
        foreach (var (key, value) in RequestTokens)
        {
            tokens[key] = value;
        }

        return new Option
        {
            Type = option.Type is null ? null : new OptionType(option.Type),
            Content = option.HasMacros ? ReplaceMacros(rule, option, detail) : option.Content,
            EventToken = eventToken,
            ResponseTokens = tokens,
            AdditionalProperties = option.Extra is null ? null : new Dictionary<string, JsonElement>(option.Extra),
        };
    }

    private static JsonElement? ReplaceMacros(CompiledRule rule, CompiledOption option, MacroSource detail)
    {
        var content = option.Content!.Value;
        if (option.Type == "html")
        {
            return DecisioningJsonContext.StringElement(CampaignMacros.Replace(content.GetString()!, rule, detail));
        }

        if (JsonNode.Parse(content.GetRawText()) is not JsonArray actions)
        {
            return content;
        }

        foreach (var action in actions)
        {
            if (action is JsonObject obj && obj["content"] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                obj["content"] = CampaignMacros.Replace(text, rule, detail);
            }
        }

        using var document = JsonDocument.Parse(actions.ToJsonString());
        return document.RootElement.Clone();
    }

    private static void AddString(List<KeyValuePair<string, JsonElement>> tokens, bool listed, string key, string? value)
    {
        if (listed && value is not null)
        {
            tokens.Add(KeyValuePair.Create(key, DecisioningJsonContext.StringElement(value)));
        }
    }
}
