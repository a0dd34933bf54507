using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>The trace of one activity's evaluated rules: its context, audiences and conditions.</summary>
internal sealed class EvaluatedTarget(JsonNode context, JsonNode? campaignId, JsonNode? campaignType)
{
    /// <summary>Audience ids of satisfied rules, unique, in order.</summary>
    public List<JsonElement> MatchedSegments { get; } = [];

    /// <summary>Audience ids of unsatisfied rules, unique, in order.</summary>
    public List<JsonElement> UnmatchedSegments { get; } = [];

    /// <summary>Conditions of satisfied rules.</summary>
    public List<JsonElement> MatchedConditions { get; } = [];

    /// <summary>Conditions of unsatisfied rules.</summary>
    public List<JsonElement> UnmatchedConditions { get; } = [];

    /// <summary>The trace entry.</summary>
    public JsonObject ToJson()
    {
        var result = new JsonObject { ["context"] = context.DeepClone() };
        if (campaignId is not null)
        {
            result["campaignId"] = campaignId.DeepClone();
        }

        if (campaignType is not null)
        {
            result["campaignType"] = campaignType.DeepClone();
        }

        result["matchedSegmentIds"] = ToArray(MatchedSegments);
        result["unmatchedSegmentIds"] = ToArray(UnmatchedSegments);
        result["matchedRuleConditions"] = ToArray(MatchedConditions);
        result["unmatchedRuleConditions"] = ToArray(UnmatchedConditions);
        return result;
    }

    private static JsonArray ToArray(List<JsonElement> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements)
        {
            array.Add(TraceJson.ToNode(element));
        }

        return array;
    }
}
