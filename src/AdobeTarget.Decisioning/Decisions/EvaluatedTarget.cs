using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>The trace of one activity's evaluated rules: its context, audiences and conditions.</summary>
internal sealed class EvaluatedTarget(JsonElement context, JsonNode? campaignId, JsonNode? campaignType)
{
    /// <summary>Audience ids of satisfied rules, unique, in order.</summary>
    public List<JsonElement> MatchedSegments { get; } = [];

    /// <summary>Audience ids of unsatisfied rules, unique, in order.</summary>
    public List<JsonElement> UnmatchedSegments { get; } = [];

    /// <summary>Conditions of satisfied rules.</summary>
    public List<JsonElement> MatchedConditions { get; } = [];

    /// <summary>Conditions of unsatisfied rules.</summary>
    public List<JsonElement> UnmatchedConditions { get; } = [];

    /// <summary>Writes the trace entry.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("context");
        context.WriteTo(writer);
        if (campaignId is not null)
        {
            writer.WritePropertyName("campaignId");
            campaignId.WriteTo(writer);
        }

        if (campaignType is not null)
        {
            writer.WritePropertyName("campaignType");
            campaignType.WriteTo(writer);
        }

        WriteArray(writer, "matchedSegmentIds", MatchedSegments);
        WriteArray(writer, "unmatchedSegmentIds", UnmatchedSegments);
        WriteArray(writer, "matchedRuleConditions", MatchedConditions);
        WriteArray(writer, "unmatchedRuleConditions", UnmatchedConditions);
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, List<JsonElement> elements)
    {
        writer.WriteStartArray(name);
        foreach (var element in elements)
        {
            element.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
