using System.Text.Json.Nodes;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>The request-wide parts of a trace: client, artifact facts, visitor profile, session.</summary>
/// <param name="ClientCode">The Target client code.</param>
/// <param name="Artifact">Artifact facts (location, version, meta).</param>
/// <param name="Profile">The visitor profile (ids, tntId split into id and profile location).</param>
/// <param name="SessionId">The session id, if known.</param>
/// <param name="Environment">The artifact's environment.</param>
internal sealed record TraceHeader(string ClientCode, JsonObject Artifact, JsonObject Profile, string? SessionId, string? Environment);
