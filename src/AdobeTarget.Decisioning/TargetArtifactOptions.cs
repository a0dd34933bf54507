namespace AdobeTarget.Decisioning;

/// <summary>Limits applied when loading a rules artifact.</summary>
public sealed class TargetArtifactOptions
{
    /// <summary>The largest artifact accepted, in bytes.</summary>
    /// <remarks>Default 64 MiB (Adobe's production artifacts are well under 1 MB).</remarks>
    public int MaxArtifactBytes { get; init; } = Artifact.ArtifactLimits.DefaultMaxBytes;

    /// <summary>The clock used to measure load time (reported for telemetry).</summary>
    /// <remarks>Default <see cref="TimeProvider.System"/>.</remarks>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
