namespace AdobeTarget.Decisioning.Artifact;

/// <summary>Bounds on what an artifact may contain.</summary>
internal static class ArtifactLimits
{
    /// <summary>Deepest JSON nesting accepted (conditions included).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Default size cap for an artifact, in bytes (64 MiB; the production artifact is ~0.75 MB).</summary>
    public const int DefaultMaxBytes = 64 * 1024 * 1024;

    /// <summary>Most rules accepted per mbox or view.</summary>
    public const int MaxRulesPerLocation = 10_000;
}
