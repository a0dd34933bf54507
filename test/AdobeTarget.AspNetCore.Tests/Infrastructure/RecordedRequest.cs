using System.Text.Json.Nodes;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>A request the stub edge received, as it arrived on the wire.</summary>
public sealed record RecordedRequest(
    string Method,
    string Host,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? ContentType,
    long? ContentLength,
    string ConnectionId,
    string Body)
{
    /// <summary>Gets the body as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body)!;
}
