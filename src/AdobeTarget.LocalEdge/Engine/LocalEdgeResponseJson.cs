using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>Source-generated JSON for the scalar values the edge writes into response tokens.</summary>
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class LocalEdgeResponseJson : JsonSerializerContext;
