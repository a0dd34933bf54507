using System.Collections.Frozen;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// The artifacts an edge publishes: <c>rules.json</c> and <c>rules.bin</c> for each environment Target knows
/// (production, staging, development), each built once from the activities, on its first request.
/// </summary>
internal sealed class LocalArtifacts
{
    /// <summary>Target's environments; a path naming another one is not found.</summary>
    public static readonly string[] Environments = ["production", "staging", "development"];

    private readonly FrozenDictionary<string, Lazy<(PublishedArtifact Json, PublishedArtifact Bin)>> _byEnvironment;

    public LocalArtifacts(LocalActivities activities, LocalEdgeOptions options, EventTokens tokens)
    {
        _byEnvironment = Environments.ToFrozenDictionary(
            environment => environment,
            environment => new Lazy<(PublishedArtifact, PublishedArtifact)>(() =>
            {
                var json = ArtifactWriter.Write(activities, options.ClientCode, environment, tokens);
                return (new PublishedArtifact(json, "application/json"), new PublishedArtifact(ArtifactObfuscation.Obfuscate(json, options.OrganizationId), "application/octet-stream"));
            }),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Finds the artifact of an environment (any case) and format (<c>rules.json</c> or <c>rules.bin</c>).</summary>
    public PublishedArtifact? Find(string environment, string file) =>
        !_byEnvironment.TryGetValue(environment, out var pair) ? null
        : file switch
        {
            "rules.json" => pair.Value.Json,
            "rules.bin" => pair.Value.Bin,
            _ => null,
        };
}
