using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>Source-generated JSON for the activities file and the report.</summary>
[JsonSourceGenerationOptions(
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalActivities))]
[JsonSerializable(typeof(LocalEdgeReport))]
internal sealed partial class LocalEdgeJsonContext : JsonSerializerContext;
